"""Pictures on paper: the screen's SVG as vector ReportLab drawings.

The SVG our figures write (core.figures.svg) uses a small subset: paths of straight lines,
circles, groups that translate and scale, and a handful of presentation attributes. That
subset is turned into ReportLab shapes directly, exactly as svglib turns it (the same
shapes, transforms and attribute conversions, so the paper is unchanged), without svglib's
general machinery, which took about a third of a printed routine's time. Anything outside
the subset goes through svglib itself. Drawings are kept per SVG text for the process.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Path
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO  # type: ignore[attr-defined]  # not in the stubs

SVG = "{http://www.w3.org/2000/svg}"
PX_TO_PT = 0.75  # svglib's
MOVE_TO, LINE_TO, CLOSE_PATH = 0, 1, 3  # ReportLab's path operators
# svglib's presentation attributes for shapes: (SVG name, ReportLab attribute, converter, default)
STYLE = (("fill", "fillColor", "convertColor", "black"),
         ("fill-opacity", "fillOpacity", "convertOpacity", 1),
         ("fill-rule", "fillMode", "convertFillRule", "nonzero"),
         ("stroke", "strokeColor", "convertColor", "none"),
         ("stroke-width", "strokeWidth", "convertLength", "1"),
         ("stroke-opacity", "strokeOpacity", "convertOpacity", 1),
         ("stroke-linejoin", "strokeLineJoin", "convertLineJoin", "0"),
         ("stroke-linecap", "strokeLineCap", "convertLineCap", "0"),
         ("stroke-dasharray", "strokeDashArray", "convertDashArray", "none"))
STYLE_NAMES = {name for name, *_ in STYLE}
SHAPE_ATTRIBUTES = {"path": {"d"} | STYLE_NAMES, "circle": {"cx", "cy", "r"} | STYLE_NAMES}
GROUP_ATTRIBUTES = {"transform", "id"}
NUMBER = re.compile(r"-?(\d+\.?\d*|\.\d+)")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class DrawingError(Exception):
    """svglib could not read a picture."""


class _Unsupported(Exception):
    """The SVG uses more than the subset drawn directly."""


def svg_drawing(svg: str, name: str, font: str | None = None) -> Drawing:
    """The SVG as a ReportLab drawing; raises DrawingError naming the picture.

    ReportLab starts every drawing in Helvetica, which a PDF does not embed; ``font`` (one
    the caller has registered and embeds) is used instead. The shapes are shared by every
    caller asking for the same SVG (read once per process); the drawing around them is new.
    """
    shared = _drawing(svg)
    if shared is None:
        raise DrawingError(f"svglib could not draw the picture '{name}'")
    drawing = Drawing(shared.width, shared.height, *shared.contents)  # a caller may scale its own drawing
    if font:
        drawing.initialFontName = font  # type: ignore[attr-defined]  # ReportLab attribute missing from its stubs
    return drawing


@lru_cache(maxsize=64)
def _drawing(svg: str) -> Drawing | None:
    try:
        return _direct(svg)
    except _Unsupported:
        from svglib.svglib import svg2rlg

        return svg2rlg(io.BytesIO(svg.encode("utf-8")))


def fit_drawing(drawing: Drawing, width: float, height: float) -> Drawing:
    """Scale the drawing (keeping its shape) to fit inside width × height points."""
    factor = min(width / drawing.width, height / drawing.height)
    drawing.scale(factor, factor)
    drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    return drawing


# ---------------------------------------------------------------- the direct path (svglib's rules)
SKIP = object()  # svglib leaves the shape's own value when a conversion fails (as for a "0" line join)
FILL_RULES = {"nonzero": FILL_NON_ZERO, "evenodd": FILL_EVEN_ODD}
LINE_JOINS = {"miter": 0, "round": 1, "bevel": 2}
LINE_CAPS = {"butt": 0, "round": 1, "square": 2}
TRANSFORM = re.compile(r"translate\((-?[\d.]+) (-?[\d.]+)\) scale\((-?[\d.]+)\)")


def _number(text: str) -> float:
    if not NUMBER.fullmatch(text):
        raise _Unsupported  # a unit, a percentage: svglib knows them
    return float(text)


@lru_cache(maxsize=512)
def _convert(method: str, value: str | int) -> Any:
    """One attribute value converted as svglib's Svg2RlgAttributeConverter converts it, for the
    values our SVG writer uses (anything else: _Unsupported, and svglib draws the picture)."""
    text = str(value)
    if method == "convertColor":
        if text == "none":
            return None
        if not COLOUR.fullmatch(text):
            raise _Unsupported
        return HexColor(text, hasAlpha=False)
    if method == "convertOpacity":
        return float(_number(text))
    if method == "convertLength":
        return _number(text)
    if method == "convertDashArray":
        return SKIP if text == "none" else [_number(part) for part in text.replace(",", " ").split()]
    table = {"convertFillRule": FILL_RULES, "convertLineJoin": LINE_JOINS, "convertLineCap": LINE_CAPS}[method]
    if text in table:
        return table[text]
    if text in ("0", ""):
        return "" if method == "convertFillRule" else SKIP  # svglib's KeyError, caught; "" for an unknown rule
    raise _Unsupported


def _direct(svg: str) -> Drawing:
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError as error:
        raise _Unsupported from error
    if root.tag != f"{SVG}svg" or set(root.attrib) - {"version", "width", "height", "viewBox"}:
        raise _Unsupported
    try:
        x, y, box_width, box_height = (float(v) for v in root.attrib["viewBox"].replace(",", " ").split())
        width, height = float(root.attrib["width"]), float(root.attrib["height"])
    except (KeyError, ValueError) as error:
        raise _Unsupported from error
    group = _children(root)
    # svglib's renderSvg for the outermost <svg> with a viewBox ("xMidYMid meet"), then render()
    scale = min(width * PX_TO_PT / box_width, height * PX_TO_PT / box_height)
    shift_x = (width * PX_TO_PT - box_width * scale) / 2
    shift_y = (height * PX_TO_PT - box_height * scale) / 2
    if shift_x or shift_y:
        group.translate(shift_x, shift_y)
    group.scale(scale, -scale)
    group.translate(0 - x, -box_height - y)
    drawing = Drawing(width * PX_TO_PT, height * PX_TO_PT)
    drawing.add(group)
    return drawing


def _children(node: ElementTree.Element) -> Group:
    group = Group()
    for child in node:
        tag = child.tag.removeprefix(SVG)
        if tag == "title":
            continue
        if tag == "g":
            if set(child.attrib) - GROUP_ATTRIBUTES:
                raise _Unsupported
            inner = _children(child)
            if "transform" in child.attrib:
                match = TRANSFORM.fullmatch(child.attrib["transform"])
                if match is None:
                    raise _Unsupported
                inner.translate(float(match[1]), float(match[2]))
                factor = float(match[3])
                inner.scale(factor, factor)
            if "id" in child.attrib:
                inner.setProperties({"svgid": child.attrib["id"]})
            group.add(inner)
        elif tag in SHAPE_ATTRIBUTES:
            if set(child.attrib) - SHAPE_ATTRIBUTES[tag]:
                raise _Unsupported
            group.add(_path(child) if tag == "path" else _circle(child))
        else:
            raise _Unsupported
    return group


@lru_cache(maxsize=256)
def _style(kind: type[Path] | type[Circle], attributes: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """A new shape's attributes once svglib's applyStyleOnShape has set them from these SVG ones.

    Worked out once per distinct style, through ReportLab's checked setattr; the shapes then
    take the result as it is (hundreds of paths share a few styles)."""
    shape: Path | Circle = Circle(0, 0, 1) if kind is Circle else Path()
    given = dict(attributes)
    for name, attribute, method, default in STYLE:
        value: str | int = given.get(name, "").replace("!important", "").strip()
        if value == "":
            value = default
        converted = _convert(method, value)
        if converted is not SKIP:
            setattr(shape, attribute, converted)
    own = ("cx", "cy", "r", "points", "operators")  # each shape's own, set by the caller
    return {name: value for name, value in shape.__dict__.items() if name not in own}


def _style_of(node: ElementTree.Element) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, value) for name, value in node.attrib.items() if name in STYLE_NAMES))


def _circle(node: ElementTree.Element) -> Circle:
    try:
        cx, cy, r = (float(node.attrib[name]) for name in ("cx", "cy", "r"))
    except (KeyError, ValueError) as error:
        raise _Unsupported from error
    circle = Circle.__new__(Circle)
    circle.__dict__.update(_style(Circle, _style_of(node)), cx=cx, cy=cy, r=r)
    return circle


def _path(node: ElementTree.Element) -> Group:
    """svglib's convertPath for a path of one subpath: M, then L, optionally Z."""
    words = node.attrib.get("d", "").split()
    if len(words) < 3 or words[0] != "M":
        raise _Unsupported
    closed = words[-1] == "Z"
    body = words[:-1] if closed else words
    if len(body) % 3 or any(word != "L" for word in body[3::3]):
        raise _Unsupported
    try:
        points = [float(word) for index, word in enumerate(body) if index % 3]
    except ValueError as error:
        raise _Unsupported from error
    operators = [MOVE_TO] + [LINE_TO] * (len(body) // 3 - 1) + ([CLOSE_PATH] if closed else [])
    style = _style(Path, _style_of(node))
    if not closed and style["fillColor"] is not None:
        raise _Unsupported  # svglib adds a stroke-less closed copy for the fill: left to it
    path = Path.__new__(Path)
    path.__dict__.update(style, points=points, operators=operators)
    group = Group()
    group.add(path)
    return group
