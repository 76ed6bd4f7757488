"""Light, dark and high-contrast palettes, and text that follows the system size.

Colour never carries meaning alone in Rebalance; the palettes only set legibility.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        QPalette.ColorRole.Window: "#f6f3ef", QPalette.ColorRole.WindowText: "#2b2926",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#efe9e1",
        QPalette.ColorRole.Text: "#2b2926", QPalette.ColorRole.Button: "#ebe5dd",
        QPalette.ColorRole.ButtonText: "#2b2926", QPalette.ColorRole.Highlight: "#2a6f97",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#2b2926", QPalette.ColorRole.PlaceholderText: "#7a736b",
    },
    "dark": {
        QPalette.ColorRole.Window: "#24272b", QPalette.ColorRole.WindowText: "#eceae6",
        QPalette.ColorRole.Base: "#1b1d20", QPalette.ColorRole.AlternateBase: "#2c3035",
        QPalette.ColorRole.Text: "#eceae6", QPalette.ColorRole.Button: "#33373d",
        QPalette.ColorRole.ButtonText: "#eceae6", QPalette.ColorRole.Highlight: "#5ea3cf",
        QPalette.ColorRole.HighlightedText: "#101214", QPalette.ColorRole.ToolTipBase: "#33373d",
        QPalette.ColorRole.ToolTipText: "#eceae6", QPalette.ColorRole.PlaceholderText: "#9a958e",
    },
    "high_contrast": {
        QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff", QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffff00", QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000", QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#cccccc",
    },
}

# a referral reads the same wherever it is shown: a red frame on a faint red ground
REFERRAL_STYLE = ("#referral { border: 2px solid #b3261e; border-radius: 6px; padding: 8px; "
                  "background: rgba(179, 38, 30, 0.08); }")

# disabled text must look disabled: without these Qt uses the enabled colours for every state
_DISABLED = {"light": "#a39d95", "dark": "#77726b", "high_contrast": "#9a9a9a"}
_DISABLED_ROLES = (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text)

_base_point_size: float | None = None


def _indicator_px(point_size: float) -> int:
    """Radio and tick boxes grow with the text (Fusion's own stay about 13 px at any size)."""
    return max(13, round(point_size * 4 / 3 * 1.1))


def _style_sheet(theme: str, point_size: float) -> str:
    size = _indicator_px(point_size)
    sheet = f"QRadioButton::indicator, QCheckBox::indicator {{ width: {size}px; height: {size}px; }}\n"
    if theme != "high_contrast":
        return sheet
    # Fusion draws indicators and button frames in shades of the window colour: on black they
    # vanish. High contrast draws them itself: white outlines, yellow when chosen.
    from core.resources import resource_path

    tick = resource_path("icons", "tick.svg").as_posix()
    return sheet + f"""
QRadioButton::indicator {{ border: 2px solid #ffffff; border-radius: {size // 2 + 1}px; background: #000000; }}
QRadioButton::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
    stop: 0 #ffff00, stop: 0.55 #ffff00, stop: 0.62 #000000); }}
QCheckBox::indicator {{ border: 2px solid #ffffff; background: #000000; }}
QCheckBox::indicator:checked {{ background: #ffff00; image: url({tick}); }}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{ border: 2px dashed #9a9a9a; }}
QRadioButton:focus, QCheckBox:focus {{ outline: 1px solid #ffff00; }}
QPushButton {{ border: 2px solid #ffff00; border-radius: 4px; padding: 4px 12px; background: #000000; }}
QPushButton:focus, QPushButton:default {{ border: 3px solid #ffffff; }}
QPushButton:pressed {{ background: #333300; }}
QPushButton:disabled {{ border: 2px dashed #9a9a9a; color: #9a9a9a; }}
QLineEdit {{ border: 2px solid #ffffff; padding: 2px 4px; }}
QLineEdit:focus {{ border-color: #ffff00; }}
"""


def apply_theme(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the palette and scale the system's own font size by text_scale percent."""
    global _base_point_size
    palette = QPalette()
    for role, colour in _PALETTES.get(theme, _PALETTES["light"]).items():
        palette.setColor(role, QColor(colour))
    for role in _DISABLED_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED.get(theme, _DISABLED["light"])))
    if not app.property("rebalance_fusion"):  # once: setting a style again under a style sheet crashes Qt
        app.setStyle("Fusion")
        app.setProperty("rebalance_fusion", True)
    app.setPalette(palette)
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_scale / 100)
    # the font first, then the sheet: a style sheet fixes each widget's font when it polishes it,
    # so the sheet set first left every widget one change behind; Headings follow afterwards
    app.setFont(font)
    app.setStyleSheet(_style_sheet(theme, font.pointSizeF()))
    app.fontChanged.emit(font)
