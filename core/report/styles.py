"""One stylesheet for the whole printout, in an embedded Unicode font (DejaVu Sans)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.HexColor("#2b2926")
MUTED = colors.HexColor("#6b645c")
ACCENT = colors.HexColor("#2a6f97")
STRETCH = colors.HexColor("#f08a5d")
STRENGTHEN = colors.HexColor("#5b9bd5")
KEY_FILL = colors.HexColor("#e9f2f8")
SAFETY_FILL = colors.HexColor("#fff4e5")
SAFETY_LINE = colors.HexColor("#d08a1e")
REFER_FILL = colors.HexColor("#fde8e8")
REFER_LINE = colors.HexColor("#b3261e")
LINE = colors.HexColor("#c9c1b6")


def register_fonts() -> None:
    """Embed DejaVu Sans, so accents and non-Latin names print; fails naming a missing file."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        path: Path = resource_path("fonts", file)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@cache
def stylesheet() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5,
                          textColor=INK)
    sheet.add(base)
    sheet.add(ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22,
                             textColor=ACCENT, spaceAfter=4))
    sheet.add(ParagraphStyle("subtitle", parent=base, fontSize=11, textColor=MUTED, spaceAfter=7))
    sheet.add(ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=13, leading=16, spaceBefore=8,
                             spaceAfter=4, textColor=ACCENT, keepWithNext=1))
    sheet.add(ParagraphStyle("alert", parent=sheet["h2"], spaceBefore=0, textColor=REFER_LINE))
    sheet.add(ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceAfter=2, keepWithNext=1))
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED))
    sheet.add(ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2))
    sheet.add(ParagraphStyle("compact", parent=base, fontSize=9, bulletFontSize=9, leading=11, spaceAfter=1))
    sheet.add(ParagraphStyle("tight", parent=sheet["compact"], leftIndent=10, bulletIndent=1))
    sheet.add(ParagraphStyle("step", parent=sheet["compact"], leftIndent=12, bulletIndent=0, spaceAfter=0.5))
    sheet.add(ParagraphStyle("dose", parent=base, fontName=BOLD, fontSize=9.5, leading=12, textColor=ACCENT,
                             spaceBefore=1, spaceAfter=1))
    sheet.add(ParagraphStyle("exercise", parent=sheet["h3"], fontSize=11, leading=13.5, spaceAfter=1.5))
    sheet.add(ParagraphStyle("fine", parent=base, fontSize=8.5, bulletFontSize=8.5, leading=10.5, spaceAfter=1))
    sheet.add(ParagraphStyle("stopbox", parent=sheet["fine"], backColor=SAFETY_FILL, borderColor=SAFETY_LINE,
                             borderWidth=0.8, borderPadding=4, leftIndent=4, rightIndent=4, spaceBefore=6,
                             spaceAfter=8))
    sheet.add(ParagraphStyle("finebullet", parent=sheet["fine"], leftIndent=10, bulletIndent=1))
    sheet.add(ParagraphStyle("boxtitle", parent=base, fontName=BOLD, fontSize=10, leading=12, spaceAfter=1))
    sheet.add(ParagraphStyle("key", parent=base, fontSize=10.5, leading=14))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9))
    return sheet
