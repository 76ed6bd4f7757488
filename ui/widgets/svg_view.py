"""Shows one of the app's SVG pictures, scaled to fit and keeping its shape.

The picture is rendered once per size into a pixmap and then only copied: a page that appears
is painted several times while its layout settles, and rendering a body map or an exercise
picture costs a few milliseconds each time, inside the page switch.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class SvgView(QWidget):
    def __init__(self, svg: str = "", description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captions: tuple[str, ...] = ()
        self._renderer = QSvgRenderer(self)
        self._rendered: tuple[tuple[int, int, float], QPixmap] | None = None  # (width, height, pixel ratio), picture
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.set_svg(svg, description)

    def set_svg(self, svg: str, description: str = "") -> None:
        self._renderer.load(QByteArray(svg.encode("utf-8")))
        self._rendered = None
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

    def _pixmap(self, target: QRectF) -> QPixmap:
        """The picture at the target's size, rendered only when the size or the picture changed."""
        ratio = self.devicePixelRatioF()
        key = (round(target.width()), round(target.height()), ratio)
        if self._rendered is None or self._rendered[0] != key:
            pixmap = QPixmap(max(1, round(key[0] * ratio)), max(1, round(key[1] * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            self._renderer.render(painter, QRectF(0, 0, key[0], key[1]))
            painter.end()
            self._rendered = (key, pixmap)
        return self._rendered[1]

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden picture keeps no pixmap: a wizard holds dozens of pages, each with its picture, and only
        the one shown needs its copy (about 1.5 MB at twice the pixels on a high-density screen)."""
        self._rendered = None
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._renderer.isValid():
            target = self.target_rect()
            painter.drawPixmap(round(target.left()), round(target.top()), self._pixmap(target))
            part = target.width() / max(len(self.captions), 1)
            painter.setPen(self.palette().color(self.foregroundRole()))
            for index, caption in enumerate(self.captions):
                where = QRectF(target.left() + index * part, target.top() - self._caption_band(), part,
                               self._caption_band())
                painter.drawText(where, Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()
