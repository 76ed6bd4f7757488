"""A contact sheet of every picture, drawn through svglib as the printed routine will be.

Drawing through the paper path on purpose: if svglib cannot draw a picture, the sheet fails.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

COLUMNS, ROWS = 4, 3


class DrawingError(Exception):
    """svglib could not read a picture."""


def svg_drawing(svg: str, name: str):  # type: ignore[no-untyped-def]
    """The SVG as a ReportLab drawing; raises DrawingError naming the picture."""
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    if drawing is None:
        raise DrawingError(f"svglib could not draw the picture '{name}'")
    return drawing


def write_contact_sheet(pictures: Sequence[tuple[str, str]], path: Path, title: str) -> int:
    """Lay out (caption, svg) pairs on landscape A4 pages; returns the number of pages."""
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setTitle(title)
    margin, header = 12 * mm, 12 * mm
    cell_w = (width - 2 * margin) / COLUMNS
    cell_h = (height - 2 * margin - header) / ROWS
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, len(pictures), per_page):
        pages += 1
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(margin, height - margin - 5 * mm, f"{title}  ({pages})")
        for index, (caption, svg) in enumerate(pictures[start:start + per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x = margin + column * cell_w
            y = height - margin - header - (row + 1) * cell_h
            drawing = svg_drawing(svg, caption)
            box_w, box_h = cell_w - 6 * mm, cell_h - 12 * mm
            scale = min(box_w / drawing.width, box_h / drawing.height)
            drawing.scale(scale, scale)
            drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
            renderPDF.draw(drawing, canvas, x + (cell_w - drawing.width) / 2, y + 9 * mm)
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(x + cell_w / 2, y + 3 * mm, caption[:60])
            canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
            canvas.rect(x + 1 * mm, y + 1 * mm, cell_w - 2 * mm, cell_h - 2 * mm)
        canvas.showPage()
    canvas.save()
    return pages
