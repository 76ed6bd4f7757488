"""A contact sheet of every picture, drawn as the printed routine draws them.

Drawing through the paper path on purpose: if a picture cannot be drawn on paper, the sheet fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core.figures.paper import paper_picture

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
            picture = paper_picture(svg, caption)
            factor = min((cell_w - 6 * mm) / picture.width, (cell_h - 12 * mm) / picture.height)
            canvas.saveState()
            canvas.translate(x + (cell_w - picture.width * factor) / 2, y + 9 * mm)
            canvas.scale(factor, factor)
            picture.draw_on(canvas, "Helvetica")
            canvas.restoreState()
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(x + cell_w / 2, y + 3 * mm, caption[:60])
            canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
            canvas.rect(x + 1 * mm, y + 1 * mm, cell_w - 2 * mm, cell_h - 2 * mm)
        canvas.showPage()
    canvas.save()
    return pages
