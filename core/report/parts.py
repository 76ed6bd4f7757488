"""Small pieces every page of the printout is made of: text, boxes, pictures, the safety box.

Only layout: what goes on the paper is decided in core.report.model.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Literal, cast
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ImageAndFlowables, Paragraph, Table, TableStyle

from core.figures.paper import PaperPicture, paper_picture
from core.i18n import translate
from core.report.model import Report
from core.report.styles import ACCENT, FONT, KEY_FILL, SAFETY_FILL, SAFETY_LINE, stylesheet

MARGIN = 16 * mm


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped, so a name with '<' or '&' prints as typed)."""
    return Paragraph(escape(text), stylesheet()[style])


def bullets(lines: tuple[str, ...], style: str = "bullet") -> list[Flowable]:
    return [Paragraph(escape(line), stylesheet()[style], bulletText="•") for line in lines]


def day_text(value: date) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def table(rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]], **options: Any) -> Table:
    """Every table in the embedded font: a Table otherwise sets Helvetica in each cell."""
    grid = Table(rows, colWidths=widths, **options)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *style]))
    return grid


def boxed(flowables: Sequence[Flowable], fill: Any, line: Any, width: float) -> Table:
    """A coloured box around a few short flowables (it must fit on one page)."""
    return table(
        [[list(flowables)]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 1.2, line),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _boxed_padded(flowables: Sequence[Flowable], width: float, padding: float) -> Table:
    box = boxed(flowables, SAFETY_FILL, SAFETY_LINE, width)
    box.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]))
    return box


def stop_rules(report: Report, style: str = "fine") -> Paragraph:
    """The stop rules as one paragraph, led by a bold label: they matter while exercising."""
    label = escape(translate("report", "Stop rules:"))
    return Paragraph(f"<b>{label}</b> " + escape(" ".join(report.stop_rules)), stylesheet()[style])


def safety_box(report: Report, width: float, *, compact: bool = False) -> Table:
    """The safety net in a box: on page 1 in the text's size; compact on the log page, with the stop
    rules as one paragraph, so the log and its box share a page. Never smaller than 8.5 pt."""
    if not compact:
        return boxed([para(report.safety_title, "h3"), *bullets(report.safety_net, "tight")],
                     SAFETY_FILL, SAFETY_LINE, width)
    lines: list[Flowable] = [para(report.safety_title, "boxtitle"), *bullets(report.safety_net, "finebullet"),
                             stop_rules(report)]
    return _boxed_padded(lines, width, 3)


def key_message(text: str, width: float) -> Table:
    """What page 1 must say plainly (issue 13): the benefit comes from exercising regularly; a guide,
    not a diagnosis."""
    return boxed([para(text, "key")], KEY_FILL, ACCENT, width)


def header(report: Report) -> list[Flowable]:
    subtitle = translate("report", "Assessed on {date} · catalogue {version}").format(
        date=day_text(report.assessed_on), version=report.catalogue_version
    )
    if report.status == "ok":
        subtitle += " · " + translate("report", "screening: no red flags reported")
    return [para(report.title, "title"), para(subtitle, "subtitle")]


class _Fixed(Flowable):
    """A fixed-size flowable with the two methods ImageAndFlowables asks of an Image."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def _restrictSize(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _unRestrictSize(self) -> None:
        """Nothing to undo: the size never changes."""

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


def beside(fixed: Flowable, text: list[Flowable], side: Literal["left", "right"]) -> ImageAndFlowables:
    """Text that flows beside a picture and on below it, splitting across pages like any text."""
    inner = cast(Any, _Fixed(fixed))  # ImageAndFlowables is typed for an Image; it needs only these methods
    if side == "left":
        return ImageAndFlowables(inner, text, imageSide="left", imageRightPadding=8, imageBottomPadding=2)
    return ImageAndFlowables(inner, text, imageSide="right", imageLeftPadding=6)


class _Picture(Flowable):
    """A picture drawn as vectors, scaled so what is drawn (not the page around it) fills width × height.

    Sizing by the picture's own bounding box keeps every figure as large as its box allows,
    however the figure is framed in its SVG.
    """

    def __init__(self, picture: PaperPicture, width: float, height: float) -> None:
        super().__init__()
        self.picture = picture
        x0, y0, x1, y1 = picture.bounds
        pad = 0.02 * max(x1 - x0, y1 - y0)  # room for stroke widths, which bounds leave out
        x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
        self.factor = min(width / (x1 - x0), height / (y1 - y0))
        self.origin = (-x0 * self.factor, -y0 * self.factor)
        self.width, self.height = (x1 - x0) * self.factor, (y1 - y0) * self.factor

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.transform(self.factor, 0, 0, self.factor, *self.origin)
        self.picture.draw_on(self.canv, FONT)
        self.canv.restoreState()


def picture(svg: str, name: str, width: float, height: float) -> Flowable:
    """The SVG as vectors, as large as fits in width × height (raises DrawingError naming it)."""
    return _Picture(paper_picture(svg, name), width, height)
