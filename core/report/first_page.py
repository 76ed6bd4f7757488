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
from core.report.parts import beside, bullets, header, key_message, para, picture, safety_box, stop_rules, table
from core.report.styles import FONT, MUTED, STRENGTHEN, STRETCH, stylesheet
from core.summary import NOTHING_TESTED

MAP_WIDTH, MAP_HEIGHT = 66 * mm, 90 * mm


def _finding_lines(heading: str, findings: tuple[Finding, ...]) -> list[Flowable]:
    """A heading and a line per finding; an empty group is one line, to leave room for the plan."""
    if not findings:
        nothing = escape(translate("report", "nothing found."))
        return [Paragraph(f"<b>{escape(heading)}</b> — {nothing}", stylesheet()["compact"])]
    lines: list[Flowable] = [para(heading, "h3")]
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
    if not report.tested:
        return [*story, para(translate("summary", NOTHING_TESTED))]
    story += _finding_lines(translate("report", "Tested short: to stretch"), report.short)
    story += _finding_lines(translate("report", "Tested weak: to strengthen"), report.weak)
    if report.patterns:
        story.append(para(translate("report", "What the findings add up to"), "h3"))
        for pattern in report.patterns:
            confidence = escape(f"({translate('report', 'confidence')} {pattern.confidence}). ")
            body = f"<b>{escape(pattern.name)}</b> {confidence}{escape(pattern.explanation)}"
            story.append(Paragraph(body, stylesheet()["finebullet"], bulletText="•"))
    return story


def _phase(report: Report) -> list[Flowable]:
    """The routine's phase in one paragraph: which, why, and what it means for the exercises."""
    if not report.phase:
        return []
    title, *lines = report.phase
    text = f"<b>{escape(title)}.</b> " + " ".join(escape(line) for line in lines)
    return [Paragraph(text, stylesheet()["body"])]


def _plan(report: Report) -> list[Flowable]:
    if not report.tested:
        return [para(translate("report", "Your plan"), "h2"),
                para(translate("report", "No routine yet: it comes from the tests you do.")), *_left_out(report)]
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
            *_left_out(report),
        ]
    story: list[Flowable] = [
        para(translate("report", "Your plan"), "h2"),
        para(
            translate(
                "report",
                "Do the {count} exercises on the following pages now, and tick each one off in the four-week log.",
            ).format(count=len(report.exercises))
        ),
        *_phase(report),
    ]
    if report.next_phase:
        story.append(para(translate("report", "Later, once the routine is easy, add these:"), "body"))
        story += bullets(report.next_phase, "tight")
    # the stop rules just before the exercises, whole: a box split over two pages reads as two
    return [*story, *_left_out(report), KeepTogether([stop_rules(report, "stopbox")])]


def _left_out(report: Report) -> list[Flowable]:
    """Tests not advised under a caution, and tests posture suggests: said on screen, so on paper too."""
    if not report.left_out:
        return []
    heading = para(translate("report", "Left out for safety, or still to check"), "h3")
    return [heading, *bullets(report.left_out, "tight")]


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
    """What to expect and the safety net first, where they cannot be missed; then the findings beside
    the muscle map, flowing on as far as they need, and the plan."""
    return [
        *header(report),
        key_message(report.disclaimer, width),
        Spacer(1, 4),
        safety_box(report, width),
        Spacer(1, 2),
        beside(_muscle_map(report), _findings(report), "right"),
        *_plan(report),  # its heading keeps with the next line; the stop rules may lead the routine's page
    ]
