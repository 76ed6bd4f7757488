"""A heading that stays larger than the text around it, also when the text size changes live."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Heading(QLabel):
    def __init__(self, text: str = "", scale: float = 1.5, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.scale = scale
        self.setWordWrap(True)
        self.follow(QApplication.font())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # a font set on a widget no longer follows the application's: Preferences change it live
            app.fontChanged.connect(self.follow)

    def follow(self, application_font: QFont) -> None:
        font = QFont(application_font)
        font.setPointSizeF(application_font.pointSizeF() * self.scale)
        font.setBold(True)
        self.setFont(font)
