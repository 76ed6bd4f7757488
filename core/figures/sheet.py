"""A contact sheet of every picture, drawn through svglib as the printed routine will be.

Drawing through the paper path on purpose: if svglib cannot draw a picture, the sheet fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core.figures.paper import fit_drawing, svg_drawing

COLUMNS, ROWS = 4, 3


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
            drawing = fit_drawing(svg_drawing(svg, caption), cell_w - 6 * mm, cell_h - 12 * mm)
            renderPDF.draw(drawing, canvas, x + (cell_w - drawing.width) / 2, y + 9 * mm)
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(x + cell_w / 2, y + 3 * mm, caption[:60])
            canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
            canvas.rect(x + 1 * mm, y + 1 * mm, cell_w - 2 * mm, cell_h - 2 * mm)
        canvas.showPage()
    canvas.save()
    return pages
