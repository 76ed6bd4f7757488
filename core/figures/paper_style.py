"""What svglib makes of our SVG's presentation attributes, as PDF graphics-state operators.

svglib converts each attribute (Svg2RlgAttributeConverter) and sets it on a new ReportLab shape
(applyStyleOnShape); ReportLab's renderer then writes the shape's state before painting it.
Here the same conversions, for the values core.figures.svg writes, set the same attributes on a
shape through ReportLab's own checked setattr, and the state is written as the renderer writes
it. Anything else raises Unsupported, and svglib draws the picture.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.graphics.shapes import Circle, Path
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO  # type: ignore[attr-defined]  # not in the stubs

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
NUMBER_TEXT = r"-?(?:\d+\.?\d*|\.\d+)"  # no exponent: every number is then a PDF number as written
NUMBER = re.compile(NUMBER_TEXT)
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class Unsupported(Exception):
    """The SVG uses more than the subset drawn directly."""


SKIP = object()  # svglib leaves the shape's own value when a conversion fails (as for a "0" line join)
FILL_RULES = {"nonzero": FILL_NON_ZERO, "evenodd": FILL_EVEN_ODD}
LINE_JOINS = {"miter": 0, "round": 1, "bevel": 2}
LINE_CAPS = {"butt": 0, "round": 1, "square": 2}


def _number(text: str) -> float:
    if not NUMBER.fullmatch(text):
        raise Unsupported  # a unit, a percentage: svglib knows them
    return float(text)


@lru_cache(maxsize=512)
def _convert(method: str, value: str | int) -> Any:
    """One attribute value converted as svglib's Svg2RlgAttributeConverter converts it, for the
    values our SVG writer uses (anything else: Unsupported, and svglib draws the picture)."""
    text = str(value)
    if method == "convertColor":
        if text == "none":
            return None
        if not COLOUR.fullmatch(text):
            raise Unsupported
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
    raise Unsupported


@dataclass(frozen=True)
class Style:
    """A shape's graphics state as the PDF operators that set it, and how it is painted."""

    operators: str
    stroke: bool
    fill: bool
    fill_mode: int


def _rgb(colour: Color) -> str:
    return fp_str(colour.red, colour.green, colour.blue)


@lru_cache(maxsize=256)
def shape_style(kind: type[Path] | type[Circle], attributes: tuple[tuple[str, str], ...]) -> Style:
    """The state a new shape has once svglib's applyStyleOnShape has set it from these SVG
    attributes (through ReportLab's own checked setattr, so defaults and refusals are its own),
    written as ReportLab's renderer writes it. Worked out once per distinct style: hundreds of
    paths share a few."""
    shape: Path | Circle = Circle(0, 0, 1) if kind is Circle else Path()
    given = dict(attributes)
    for name, attribute, method, default in STYLE:
        value: str | int = given.get(name, "").replace("!important", "").strip()
        if value == "":
            value = default
        converted = _convert(method, value)
        if converted is not SKIP:
            setattr(shape, attribute, converted)
    state: dict[str, Any] = shape.__dict__
    if state.get("fillOpacity") not in (None, 1) or state.get("strokeOpacity") not in (None, 1):
        raise Unsupported  # transparency needs the page's graphics-state resources: left to svglib
    if state["fillMode"] not in (FILL_NON_ZERO, FILL_EVEN_ODD):
        raise Unsupported
    stroke, fill = state["strokeColor"], state["fillColor"]
    dash = state["strokeDashArray"]
    operators = [f"{_rgb(stroke)} RG"] if stroke is not None else []
    operators += [f"{fp_str(state['strokeWidth'])} w", f"{state['strokeLineCap']:d} J",
                  f"{state['strokeLineJoin']:d} j", f"[{fp_str(dash)}] 0 d" if dash else "[] 0 d"]
    if fill is not None:
        operators.append(f"{_rgb(fill)} rg")
    return Style("\n".join(operators), stroke is not None, fill is not None, state["fillMode"])


def style_of(node: ElementTree.Element) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, value) for name, value in node.attrib.items() if name in STYLE_NAMES))
