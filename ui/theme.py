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

_base_point_size: float | None = None


def apply_theme(app: QApplication, theme: str, text_scale: int) -> None:
    """Set the palette and scale the system's own font size by text_scale percent."""
    global _base_point_size
    palette = QPalette()
    for role, colour in _PALETTES.get(theme, _PALETTES["light"]).items():
        palette.setColor(role, QColor(colour))
    app.setStyle("Fusion")
    app.setPalette(palette)
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_scale / 100)
    app.setFont(font)
