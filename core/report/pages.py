"""The flowables of each part of the printout: first page, exercise blocks, the log, referral.

Only layout: what goes on the paper is decided in core.report.model.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from core.figures.paper import fit_drawing, svg_drawing
from core.i18n import translate
from core.report.model import ExerciseBlock, Report
from core.report.styles import (
    ACCENT,
    BOLD,
    FONT,
    LINE,
    MUTED,
    REFER_FILL,
    REFER_LINE,
    SAFETY_FILL,
    SAFETY_LINE,
    STRENGTHEN,
    STRETCH,
    stylesheet,
)

MARGIN = 16 * mm


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), stylesheet()[style])


def day_text(value: Any) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def _bullets(lines: tuple[str, ...]) -> list[Flowable]:
    return [Paragraph(escape(line), stylesheet()["bullet"], bulletText="•") for line in lines]


def _table(rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]], **options: Any) -> Table:
    """Every table in the embedded font: a Table otherwise sets Helvetica in each cell."""
    table = Table(rows, colWidths=widths, **options)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *style]))
    return table


def _boxed(flowables: list[Flowable], fill: Any, line: Any, width: float) -> Table:
    return _table(
        [[flowables]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 1.2, line),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def _safety(report: Report, width: float) -> Table:
    lines: list[Flowable] = [_p(translate("report", "Stay safe"), "h3")]
    lines += _bullets(report.safety)
    return _boxed(lines, SAFETY_FILL, SAFETY_LINE, width)


def _header(report: Report) -> list[Flowable]:
    subtitle = translate("report", "Assessed on {date} · catalogue {version}").format(
        date=day_text(report.assessed_on), version=report.catalogue_version
    )
    return [_p(report.title, "title"), _p(subtitle, "subtitle")]


def referral_page(report: Report, width: float) -> list[Flowable]:
    assert report.referral is not None
    referral = report.referral
    inside: list[Flowable] = [_p(referral.title, "h2"), _p(referral.action)]
    inside += [Spacer(1, 4), _p(translate("report", "What you reported (show this page to your doctor):"), "h3")]
    inside += _bullets(referral.reasons)
    note = translate(
        "report",
        "Rebalance does not give exercises when a red flag is reported. This is not a diagnosis: "
        "a doctor needs to check these signs before any exercise programme.",
    )
    return [*_header(report), _boxed(inside, REFER_FILL, REFER_LINE, width), Spacer(1, 8), _p(note, "small")]


def incomplete_page(report: Report) -> list[Flowable]:
    story = [
        *_header(report),
        _p(translate("report", "The screening is not finished"), "h2"),
        _p(
            translate(
                "report",
                "Every safety question must be answered before Rebalance gives exercises. These were not answered:",
            )
        ),
    ]
    return story + _bullets(report.missing)


def _findings(report: Report) -> list[Flowable]:
    story: list[Flowable] = []
    for title, findings in (
        (translate("report", "Tested short: to stretch"), report.short),
        (translate("report", "Tested weak: to strengthen"), report.weak),
    ):
        story.append(_p(title, "h3"))
        if not findings:
            story.append(_p(translate("report", "Nothing found."), "small"))
        for finding in findings:
            text = f"<b>{escape(finding.muscle)}</b>, {escape(finding.where)}. " + escape(
                translate("report", "Evidence: {tests} (strength of evidence: {grade}).").format(
                    tests=finding.evidence, grade=finding.confidence
                )
            )
            story.append(Paragraph(text, stylesheet()["bullet"], bulletText="•"))
    if report.patterns:
        story.append(_p(translate("report", "What the findings add up to"), "h3"))
        for pattern in report.patterns:
            confidence = escape(f"({translate('report', 'confidence')} {pattern.confidence}). ")
            body = f"<b>{escape(pattern.name)}</b> {confidence}{escape(pattern.explanation)}"
            story.append(Paragraph(body, stylesheet()["bullet"], bulletText="•"))
    return story


def _legend() -> Table:
    return _table(
        [["", translate("report", "stretch (hatched)"), "", translate("report", "strengthen (dotted)")]],
        [5 * mm, 35 * mm, 5 * mm, 40 * mm],
        [
            ("BACKGROUND", (0, 0), (0, 0), STRETCH),
            ("BACKGROUND", (2, 0), (2, 0), STRENGTHEN),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ],
    )


def first_page(report: Report, width: float) -> list[Flowable]:
    story = [*_header(report), _p(translate("report", "Screening: no red flags reported."), "body"), Spacer(1, 4)]
    picture = fit_drawing(svg_drawing(report.muscle_map_svg, "muscle map", FONT), 62 * mm, 95 * mm)
    left = [_p(translate("report", "What the assessment found"), "h2"), *_findings(report)]
    layout = _table(
        [[left, [picture, Spacer(1, 3), _legend()]]],
        [width - 66 * mm, 66 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    return [*story, layout, Spacer(1, 6), KeepTogether([_p(report.disclaimer, "small")])]


def _exercise(block: ExerciseBlock, width: float) -> KeepTogether:
    picture = fit_drawing(svg_drawing(block.svg, block.name, FONT), 58 * mm, 52 * mm)
    styles = stylesheet()
    where = f" · {block.side}" if block.side else ""
    text: list[Flowable] = [
        _p(f"{block.number}. {block.name}", "h3"),
        _p(f"{block.purpose.capitalize()}: {block.targets}{where}", "small"),
        _p(block.summary),
    ]
    text += [
        Paragraph(escape(step), styles["step"], bulletText=f"{number}.") for number, step in enumerate(block.steps, 1)
    ]
    text.append(_p(block.dose, "dose"))
    text += [Paragraph(escape(c), styles["bullet"], bulletText="!") for c in block.cautions]
    text.append(Paragraph(f"<b>{escape(translate('report', 'Easier:'))}</b> {escape(block.easier)}", styles["body"]))
    table = _table(
        [[picture, text]],
        [62 * mm, width - 62 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, LINE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ],
    )
    return KeepTogether([table, Spacer(1, 6)])


def _log(report: Report, width: float) -> list[Flowable]:
    numbers = [
        f"{b.number}\n"
        + (translate("report", "daily") if b.per_week >= 7 else translate("report", "{n}×/wk").format(n=b.per_week))
        for b in report.exercises
    ]
    header = [translate("report", "Day"), *numbers, translate("report", "Pain 0-10")]
    rows = [[day.strftime("%a %d %b"), *([""] * len(numbers)), ""] for day in report.log_days]
    day_w, pain_w = 26 * mm, 20 * mm
    tick_w = min((width - day_w - pain_w) / max(len(numbers), 1), 16 * mm)
    grid = _table(
        [header, *rows],
        [day_w, *([tick_w] * len(numbers)), pain_w],
        [
            ("FONT", (0, 0), (-1, -1), FONT, 7.5),
            ("FONT", (0, 0), (-1, 0), BOLD, 8),
            ("GRID", (0, 0), (-1, -1), 0.5, LINE),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), "white"),
        ],
        rowHeights=[9 * mm] + [5.6 * mm] * len(rows),
        repeatRows=1,
    )
    legend = "   ·   ".join(f"{b.number} = {b.name}" for b in report.exercises)
    repeat = (
        translate("report", "Repeat the assessment on {date} to see what changed.").format(
            date=day_text(report.repeat_on)
        )
        if report.repeat_on
        else ""
    )
    notes = _table(
        [[translate("report", "Notes:")], [""], [""]],
        [width],
        [("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)],
        rowHeights=[6 * mm, 7 * mm, 7 * mm],
    )
    return [
        KeepTogether(
            [
                _p(translate("report", "Your four-week log"), "h2"),
                _p(
                    translate("report", "Tick each exercise when you have done it, and write your pain each day."),
                    "small",
                ),
                _p(legend, "small"),
                Spacer(1, 3),
                grid,
                Spacer(1, 4),
                notes,
                Spacer(1, 4),
                _p(repeat, "h3"),
            ]
        )
    ]


def routine_pages(report: Report, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(150 * mm),
        _p(translate("report", "Your routine: do these now"), "h2"),
        _safety(report, width),
        Spacer(1, 6),
    ]
    if not report.exercises:
        story.append(
            _p(
                translate(
                    "report",
                    "The tests found nothing to stretch or strengthen. Keep active, and repeat the "
                    "assessment if your pain changes.",
                )
            )
        )
    story += [_exercise(block, width) for block in report.exercises]
    if report.next_phase:
        story += [
            CondPageBreak(40 * mm),
            _p(translate("report", "Next phase: add these once the routine is easy"), "h2"),
        ]
        story += _bullets(report.next_phase)
    if report.exercises:
        story += [PageBreak(), *_log(report, width), Spacer(1, 6), _safety(report, width)]
    return story
