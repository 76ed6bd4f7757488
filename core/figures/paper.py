"""Pictures on paper: the screen's SVG drawn as vectors on a ReportLab canvas.

The SVG our figures write (core.figures.svg) uses a small subset: paths of straight lines,
circles, groups that translate and scale, and a handful of presentation attributes. That
subset is turned straight into PDF path operators, drawn as svglib and ReportLab's renderer
would draw it: the same coordinates, transforms, colours, widths, joins, caps and dashes
(svglib's attribute conversions are in core.figures.paper_style), so the page looks the same
to the pixel (a test compares them rasterised). Skipped is their general machinery, a shape
object per element and a graphics-state save, restore and reset around each one, which took
over half of a printed routine's time and made the page's content three times as long.
Anything outside the subset goes through svglib itself. Pictures are kept per SVG text for
the process.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from reportlab.graphics import transform
from reportlab.graphics.shapes import Circle, Drawing, Path
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import pdfgeom
from reportlab.pdfgen.canvas import PATH_OPS, Canvas  # type: ignore[attr-defined]  # not in the stubs

from core.figures.paper_style import NUMBER_TEXT, STYLE_NAMES, Style, Unsupported, shape_style, style_of

SVG = "{http://www.w3.org/2000/svg}"
PX_TO_PT = 0.75  # svglib's
SHAPE_ATTRIBUTES = {"path": {"d"} | STYLE_NAMES, "circle": {"cx", "cy", "r"} | STYLE_NAMES}
GROUP_ATTRIBUTES = {"transform", "id"}
# a path of one subpath of straight lines, as core.figures.svg writes it: "M x y L x y ... [Z]"
LINES = re.compile(f"M {NUMBER_TEXT} {NUMBER_TEXT}(?: L {NUMBER_TEXT} {NUMBER_TEXT})*( Z)?")

Bounds = tuple[float, float, float, float]
Matrix = tuple[float, ...]
# ReportLab's own matrix arithmetic (untyped there), so the numbers are the ones svglib's shapes get
mmult = cast(Callable[[Matrix, Matrix], Matrix], transform.mmult)
transform_point = cast(Callable[[Matrix, tuple[float, float]], tuple[float, float]], transform.transformPoint)
translate = cast(Callable[[float, float], Matrix], transform.translate)
scale = cast(Callable[[float, float], Matrix], transform.scale)


class DrawingError(Exception):
    """svglib could not read a picture."""


@dataclass(frozen=True)
class PaperPicture:
    """An SVG ready for paper, in points: its size, the box around what is drawn (without stroke
    widths, as ReportLab's getBounds), and the drawing itself: PDF operators for our subset,
    or svglib's drawing for anything else."""

    width: float
    height: float
    bounds: Bounds
    operators: str = ""
    fallback: Drawing | None = None

    def draw_on(self, canvas: Canvas, font: str) -> None:
        """Draw in the picture's own points, its origin at the canvas's.

        ``font``: svglib's drawings start in Helvetica, which a PDF does not embed; this one
        (registered and embedded by the caller) is used instead. Our subset has no text."""
        if self.fallback is None:
            canvas.addLiteral(self.operators)
            return
        from reportlab.graphics import renderPDF

        drawing = Drawing(self.width, self.height, *self.fallback.contents)
        drawing.initialFontName = font  # type: ignore[attr-defined]  # ReportLab attribute missing from its stubs
        renderPDF.draw(drawing, canvas, 0, 0)


def paper_picture(svg: str, name: str) -> PaperPicture:
    """The SVG ready for paper; raises DrawingError naming the picture."""
    picture = _picture(svg)
    if picture is None:
        raise DrawingError(f"svglib could not draw the picture '{name}'")
    return picture


@lru_cache(maxsize=64)
def _picture(svg: str) -> PaperPicture | None:
    try:
        return _direct(svg)
    except Unsupported:
        from svglib.svglib import svg2rlg

        drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
        if drawing is None:
            return None
        x0, y0, x1, y1 = drawing.getBounds()
        return PaperPicture(drawing.width, drawing.height, (x0, y0, x1, y1), fallback=drawing)


# ---------------------------------------------------------------- the direct path (svglib's rules)
TRANSFORM = re.compile(r"translate\((-?[\d.]+) (-?[\d.]+)\) scale\((-?[\d.]+)\)")


def _direct(svg: str) -> PaperPicture:
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError as error:
        raise Unsupported from error
    if root.tag != f"{SVG}svg" or set(root.attrib) - {"version", "width", "height", "viewBox"}:
        raise Unsupported
    try:
        x, y, box_width, box_height = (float(v) for v in root.attrib["viewBox"].replace(",", " ").split())
        width, height = float(root.attrib["width"]), float(root.attrib["height"])
    except (KeyError, ValueError) as error:
        raise Unsupported from error
    # svglib's renderSvg for the outermost <svg> with a viewBox ("xMidYMid meet"), then render()
    factor = min(width * PX_TO_PT / box_width, height * PX_TO_PT / box_height)
    shift_x = (width * PX_TO_PT - box_width * factor) / 2
    shift_y = (height * PX_TO_PT - box_height * factor) / 2
    matrix = translate(shift_x, shift_y) if shift_x or shift_y else (1, 0, 0, 1, 0, 0)
    matrix = mmult(mmult(matrix, scale(factor, -factor)), translate(0 - x, -box_height - y))
    writer = _Writer()
    bounds = writer.group(root, matrix)
    return PaperPicture(width * PX_TO_PT, height * PX_TO_PT, bounds or (0.0, 0.0, 0.0, 0.0),
                        "\n".join(writer.operators))


def _transformed(bounds: Bounds | None, matrix: Matrix) -> Bounds | None:
    """The box around a transformed box, as ReportLab's Group.getBounds works it out."""
    if bounds is None:
        return None
    x0, y0, x1, y1 = bounds
    corners = [transform_point(matrix, corner) for corner in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _union(boxes: list[Bounds]) -> Bounds | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


class _Writer:
    """Writes the operators of one picture. The graphics state is set only where it changes:
    shapes in a row share a style (every dot of a texture), and ReportLab's renderer would
    save, set and restore all of it around each one."""

    def __init__(self) -> None:
        self.operators: list[str] = []
        self.state: Style | None = None  # unknown at the start: the first shape sets all of it

    def group(self, node: ElementTree.Element, matrix: Matrix | None) -> Bounds | None:
        """A group's shapes, inside its own graphics state when it transforms them."""
        if matrix is not None:
            self.operators.append(f"q\n{fp_str(*matrix)} cm")
        outer = self.state
        boxes = [box for box in (self._child(child) for child in node) if box is not None]
        if matrix is not None:
            self.operators.append("Q")
            self.state = outer  # Q restores the state set before the group
        return _transformed(_union(boxes), matrix) if matrix is not None else _union(boxes)

    def _child(self, child: ElementTree.Element) -> Bounds | None:
        tag = child.tag.removeprefix(SVG)
        if tag == "title":
            return None
        if tag == "g":
            if set(child.attrib) - GROUP_ATTRIBUTES:
                raise Unsupported
            matrix = None
            if "transform" in child.attrib:
                match = TRANSFORM.fullmatch(child.attrib["transform"])
                if match is None:
                    raise Unsupported
                factor = float(match[3])
                matrix = mmult(translate(float(match[1]), float(match[2])), scale(factor, factor))
            return self.group(child, matrix)
        if tag not in SHAPE_ATTRIBUTES or set(child.attrib) - SHAPE_ATTRIBUTES[tag]:
            raise Unsupported
        return self._path(child) if tag == "path" else self._circle(child)

    def _paint(self, style: Style, path: str, fill: bool) -> None:
        if style != self.state:
            self.operators.append(style.operators)
            self.state = style
        self.operators.append(f"{path} {PATH_OPS[style.stroke, fill, style.fill_mode]}")

    def _path(self, node: ElementTree.Element) -> Bounds:
        """svglib's convertPath for one subpath: M, then L, optionally Z; ReportLab fills it only
        when it is closed."""
        d = node.attrib.get("d", "")
        match = LINES.fullmatch(d)
        if match is None:
            raise Unsupported
        closed = match[1] is not None
        style = shape_style(Path, style_of(node))
        if not closed and style.fill:
            raise Unsupported  # svglib adds a stroke-less closed copy for the fill: left to it
        points = d[2:-2] if closed else d[2:]
        first, *rest = points.split(" L ")
        self._paint(style, first + " m" + "".join(f" {point} l" for point in rest) + (" h" if closed else ""),
                    style.fill)
        numbers = list(map(float, points.replace("L ", "").split()))
        xs, ys = numbers[0::2], numbers[1::2]
        return min(xs), min(ys), max(xs), max(ys)

    def _circle(self, node: ElementTree.Element) -> Bounds:
        """Four Bézier arcs, as the canvas's circle() draws them."""
        try:
            cx, cy, r = (float(node.attrib[name]) for name in ("cx", "cy", "r"))
        except (KeyError, ValueError) as error:
            raise Unsupported from error
        if r <= 0:
            raise Unsupported
        style = shape_style(Circle, style_of(node))
        self._paint(style, _arcs(cx, cy, r), style.fill)
        return cx - r, cy - r, cx + r, cy + r


def _unit_arcs() -> tuple[tuple[float, float], ...]:
    """The points of ReportLab's circle of radius 1 round (0, 0), in the order its path takes them."""
    arcs = pdfgeom.bezierArc(-1, -1, 1, 1, 0, 360)
    points = [arcs[0][:2]] + [curve[i:i + 2] for curve in arcs for i in (2, 4, 6)]
    return tuple((float(x), float(y)) for x, y in points)


UNIT_CIRCLE = _unit_arcs()


def _arcs(cx: float, cy: float, r: float) -> str:
    """The path ReportLab's circle() writes, scaled and moved from its unit circle's points rather
    than worked out anew: a texture's dots are hundreds of circles, and the arcs took most of a
    muscle map's time here. The text is the same (a test checks every circle of every picture):
    the numbers are written to six digits, which the two ways of working them out never differ by."""
    numbers = [fp_str(cx + r * x, cy + r * y) for x, y in UNIT_CIRCLE]
    return (f"n {numbers[0]} m {numbers[1]} {numbers[2]} {numbers[3]} c {numbers[4]} {numbers[5]} {numbers[6]} c "
            f"{numbers[7]} {numbers[8]} {numbers[9]} c {numbers[10]} {numbers[11]} {numbers[12]} c")
