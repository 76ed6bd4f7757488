"""Pictures on paper: the screen's SVG read by svglib into vector ReportLab drawings."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing
from svglib.svglib import svg2rlg


class DrawingError(Exception):
    """svglib could not read a picture."""


def svg_drawing(svg: str, name: str, font: str | None = None) -> Drawing:
    """The SVG as a ReportLab drawing; raises DrawingError naming the picture.

    ReportLab starts every drawing in Helvetica, which a PDF does not embed; ``font`` (one
    the caller has registered and embeds) is used instead.
    """
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    if drawing is None:
        raise DrawingError(f"svglib could not draw the picture '{name}'")
    if font:
        drawing.initialFontName = font  # type: ignore[attr-defined]  # ReportLab attribute missing from its stubs
    return drawing


def fit_drawing(drawing: Drawing, width: float, height: float) -> Drawing:
    """Scale the drawing (keeping its shape) to fit inside width × height points."""
    factor = min(width / drawing.width, height / drawing.height)
    drawing.scale(factor, factor)
    drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    return drawing
