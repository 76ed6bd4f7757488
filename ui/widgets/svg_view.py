"""Shows one of the app's SVG pictures, scaled to fit and keeping its shape."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class SvgView(QWidget):
    def __init__(self, svg: str = "", description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captions: tuple[str, ...] = ()
        self._renderer = QSvgRenderer(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.set_svg(svg, description)

    def set_svg(self, svg: str, description: str = "") -> None:
        self._renderer.load(QByteArray(svg.encode("utf-8")))
        self.setAccessibleName(self.tr("Picture"))
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def set_captions(self, *captions: str) -> None:
        """Words above equal parts of the picture, left to right (the body maps: Front, Back)."""
        self.captions = captions
        self.update()

    def _caption_band(self) -> float:
        return self.fontMetrics().height() + 6.0 if self.captions else 0.0

    def sizeHint(self) -> QSize:
        size = self._renderer.defaultSize()
        return size if size.isValid() else QSize(320, 240)

    def target_rect(self) -> QRectF:
        """Where the picture is drawn inside the widget (centred, aspect kept)."""
        view = self._renderer.viewBoxF()
        band = self._caption_band()
        if view.isEmpty():
            return QRectF(self.rect()).adjusted(0, band, 0, 0)
        scale = min(self.width() / view.width(), max(self.height() - band, 1.0) / view.height())
        width, height = view.width() * scale, view.height() * scale
        return QRectF((self.width() - width) / 2, band + (self.height() - band - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._renderer.isValid():
            self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            target = self.target_rect()
            self._renderer.render(painter, target)
            part = target.width() / max(len(self.captions), 1)
            painter.setPen(self.palette().color(self.foregroundRole()))
            for index, caption in enumerate(self.captions):
                where = QRectF(target.left() + index * part, target.top() - self._caption_band(), part,
                               self._caption_band())
                painter.drawText(where, Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()
