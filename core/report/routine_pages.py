"""The routine, about four exercises a page with big pictures, and the four-week log on one page.

A block keeps its heading, picture and steps together; its text flows beside the picture and
on below it, so a wide picture of a lying exercise takes the page's width and a tall one
leaves room beside it. Should a block ever be taller than a page it splits rather than fail.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from core.i18n import translate
from core.report.model import ExerciseBlock, Report
from core.report.parts import beside, day_text, para, picture, safety_box, table
from core.report.styles import ACCENT, BOLD, FONT, LINE, MUTED, stylesheet

PICTURE_WIDTH, PICTURE_HEIGHT = 75 * mm, 42 * mm
LOG_ROW = 4.9 * mm  # room for a tick and a number; 28 rows and the safety box share a page
ROUTINE_START = 70 * mm  # below this much room (about one exercise), the routine starts on a fresh page


def _title(block: ExerciseBlock) -> Paragraph:
    """Number, name and, in grey on the same line, what it works and on which side."""
    where = f" · {block.side}" if block.side else ""
    aim = escape(f"{block.purpose.capitalize()}: {block.targets}{where}")
    name = escape(f"{block.number}. {block.name}")
    return Paragraph(f'{name}  <font name="{FONT}" size="9" color="{MUTED.hexval()}">{aim}</font>',
                     stylesheet()["exercise"])


def _exercise(block: ExerciseBlock, width: float) -> list[Flowable]:
    """One exercise's flowables, to be kept together (a KeepTogether inside another forces a page break)."""
    styles = stylesheet()
    text: list[Flowable] = [para(block.summary, "compact")]
    text += [
        Paragraph(escape(step), styles["step"], bulletText=f"{number}.") for number, step in enumerate(block.steps, 1)
    ]
    text.append(para(block.dose, "dose"))
    text += [Paragraph(escape(caution), styles["tight"], bulletText="!") for caution in block.cautions]
    easier = translate("report", "Easier:")
    head, _, tail = (block.version or f"{easier} {block.easier}").partition(": ")
    text.append(Paragraph(f"<b>{escape(head)}:</b> {escape(tail)}", styles["compact"]))
    drawing = picture(block.svg, block.name, min(PICTURE_WIDTH, width * 0.5), PICTURE_HEIGHT)
    return [
        _title(block),
        beside(drawing, text, "left"),
        HRFlowable(width="100%", thickness=0.5, color=LINE, spaceBefore=1, spaceAfter=3),
    ]


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
    grid = table(
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
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ],
        rowHeights=[8 * mm] + [LOG_ROW] * len(rows),
        repeatRows=1,
        hAlign="LEFT",
    )
    legend = "   ·   ".join(f"{b.number} = {b.name}" for b in report.exercises)
    notes = table(
        [[translate("report", "Notes:")], [""]],
        [width],
        [("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE)],
        rowHeights=[5 * mm, 6 * mm],
    )
    story: list[Flowable] = [
        para(translate("report", "Your four-week log"), "h2"),
        para(translate("report", "Tick each exercise when you have done it, and write your pain each day."), "small"),
        para(legend, "small"),
        Spacer(1, 3),
        grid,
        Spacer(1, 2),
        notes,
    ]
    if report.repeat_on:
        repeat = translate("report", "Repeat the assessment on {date} to see what changed.")
        story += [Spacer(1, 3), para(repeat.format(date=day_text(report.repeat_on)), "h3")]
    return story


def routine_pages(report: Report, width: float) -> list[Flowable]:
    """The exercises, from a fresh page unless the findings left room for one; then the log with the
    safety box on a page of its own."""
    if not report.exercises:
        return []
    heading = para(translate("report", "Your routine: do these now"), "h2")
    first, *rest = (_exercise(block, width) for block in report.exercises)
    opening = [heading, *first]
    story: list[Flowable] = [CondPageBreak(ROUTINE_START), KeepTogether(opening)]
    story += [KeepTogether(block) for block in rest]
    log = [*_log(report, width), Spacer(1, 4), safety_box(report, width, compact=True)]
    story += [PageBreak(), KeepTogether(log)]
    return story
