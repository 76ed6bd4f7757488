"""Where it hurts: click regions on the figure, or tick them in the list (keyboard users)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from core.catalogue import Catalogue
from core.figures.illustrate import body_map_with_regions
from ui.widgets.svg_view import SvgView


class _ClickableMap(SvgView):
    clicked = Signal(QPointF)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(event.position())


class BodyMap(QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._shapes: dict[str, list[QPolygonF]] = {}
        self.picture = _ClickableMap()
        self.picture.setMinimumSize(320, 300)
        self.picture.set_captions(self.tr("Front"), self.tr("Back"))
        self.picture.clicked.connect(self._on_click)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Where it hurts"))
        self.list.setAccessibleDescription(self.tr("Tick every part of the body that hurts."))
        for region in catalogue.regions.values():
            item = QListWidgetItem(region.name)
            item.setData(Qt.ItemDataRole.UserRole, region.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._refresh())
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 3)
        layout.addWidget(self.list, 1)
        self._refresh()

    def selected(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_selected(self, regions: list[str]) -> None:
        self.list.blockSignals(True)
        for index in range(self.list.count()):
            item = self.list.item(index)
            on = item.data(Qt.ItemDataRole.UserRole) in regions
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._refresh()

    def toggle(self, region: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == region:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def region_at(self, point: QPointF) -> str | None:
        """The smallest region under a point of the widget (knee before thigh)."""
        target = self.picture.target_rect()
        view = self.picture._renderer.viewBoxF()
        if target.width() <= 0 or view.width() <= 0:
            return None
        x = view.left() + (point.x() - target.left()) * view.width() / target.width()
        y = view.top() + (point.y() - target.top()) * view.height() / target.height()
        hits = [(polygon.boundingRect().width() * polygon.boundingRect().height(), region)
                for region, polygons in self._shapes.items() for polygon in polygons
                if polygon.containsPoint(QPointF(x, y), Qt.FillRule.OddEvenFill)]
        return min(hits)[1] if hits else None

    def _on_click(self, point: QPointF) -> None:
        region = self.region_at(point)
        if region is not None:
            self.toggle(region)

    def _refresh(self) -> None:
        svg, shapes = body_map_with_regions(self._catalogue, self.selected())
        self._shapes = {region: [QPolygonF([QPointF(x, y) for x, y in points]) for points in outlines]
                        for region, outlines in shapes.items()}
        names = ", ".join(self._catalogue.regions[r].name for r in self.selected()) or self.tr("none")
        self.picture.set_svg(svg, self.tr("Body map. Chosen: {names}").format(names=names))
        self.changed.emit()
