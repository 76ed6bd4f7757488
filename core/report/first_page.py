"""The first page: what the assessment found, what it adds up to, and the plan.

The findings flow beside the muscle map and on below it, across a page break when a person
has much to read, so no number of findings can make a block too tall for the paper.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from core.i18n import translate
from core.report.model import Finding, Report
from core.report.parts import beside, bullets, header, para, picture, safety_box, table
from core.report.styles import FONT, MUTED, STRENGTHEN, STRETCH, stylesheet

MAP_WIDTH, MAP_HEIGHT = 66 * mm, 90 * mm


def _finding_lines(findings: tuple[Finding, ...]) -> list[Flowable]:
    if not findings:
        return [para(translate("report", "Nothing found."), "small")]
    lines: list[Flowable] = []
    for finding in findings:
        text = f"<b>{escape(finding.muscle)}</b>, {escape(finding.where)}. " + escape(
            translate("report", "Evidence: {tests} (strength of evidence: {grade}).").format(
                tests=finding.evidence, grade=finding.confidence
            )
        )
        lines.append(Paragraph(text, stylesheet()["tight"], bulletText="•"))
    return lines


def _findings(report: Report) -> list[Flowable]:
    story: list[Flowable] = [para(translate("report", "What the assessment found"), "h2")]
    story += [para(translate("report", "Tested short: to stretch"), "h3"), *_finding_lines(report.short)]
    story += [para(translate("report", "Tested weak: to strengthen"), "h3"), *_finding_lines(report.weak)]
    if report.patterns:
        story.append(para(translate("report", "What the findings add up to"), "h3"))
        for pattern in report.patterns:
            confidence = escape(f"({translate('report', 'confidence')} {pattern.confidence}). ")
            body = f"<b>{escape(pattern.name)}</b> {confidence}{escape(pattern.explanation)}"
            story.append(Paragraph(body, stylesheet()["tight"], bulletText="•"))
    return story


def _plan(report: Report) -> list[Flowable]:
    if not report.exercises:
        return [
            para(translate("report", "Your plan"), "h2"),
            para(
                translate(
                    "report",
                    "The tests found nothing to stretch or strengthen. Keep active, and repeat the "
                    "assessment if your pain changes.",
                )
            ),
        ]
    story: list[Flowable] = [
        para(translate("report", "Your plan"), "h2"),
        para(
            translate(
                "report",
                "Do the {count} exercises on the following pages now, and tick each one off in the four-week log.",
            ).format(count=len(report.exercises))
        ),
    ]
    if report.next_phase:
        story.append(para(translate("report", "Later, once the routine is easy, add these:"), "body"))
        story += bullets(report.next_phase, "tight")
    return story


def _legend() -> Table:
    return table(
        [["", translate("report", "stretch (hatched)"), "", translate("report", "strengthen (dotted)")]],
        [4 * mm, 25 * mm, 4 * mm, 25 * mm],
        [
            ("BACKGROUND", (0, 0), (0, 0), STRETCH),
            ("BACKGROUND", (2, 0), (2, 0), STRENGTHEN),
            ("FONT", (0, 0), (-1, -1), FONT, 7),
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _muscle_map(report: Report) -> Table:
    drawing = picture(report.muscle_map_svg, "muscle map", MAP_WIDTH, MAP_HEIGHT)
    return table([[drawing], [_legend()]], [MAP_WIDTH + 4 * mm], [("ALIGN", (0, 0), (-1, -1), "CENTER")])


def first_page(report: Report, width: float) -> list[Flowable]:
    """Findings beside the muscle map, the plan, the safety box to read before starting."""
    screening = para(translate("report", "Screening: no red flags reported."), "body")
    text = [*_findings(report), *_plan(report)]
    beside_map = beside(_muscle_map(report), text, "right")
    return [
        *header(report),
        screening,
        Spacer(1, 2),
        beside_map,
        Spacer(1, 6),
        KeepTogether([safety_box(report, width)]),
        Spacer(1, 4),
        para(report.disclaimer, "small"),
    ]
