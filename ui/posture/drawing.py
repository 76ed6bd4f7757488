"""Drawing the landmark editor: the lines and handles over the photo, the angles, the magnifier."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from core.posture.geometry import Frame
from core.posture.landmarks import Landmarks, Point
from core.posture.measure import measurements
from ui.posture.words import landmark_name, measurement_line


class LandmarkEditor(Protocol):
    """What drawing reads of the editor (ui/posture/editor.py), which calls it from paintEvent."""

    @property
    def landmarks(self) -> Landmarks: ...
    @property
    def selected(self) -> str | None: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def pixmap(self) -> QPixmap: ...
    def handles(self) -> dict[str, Point]: ...
    def scale(self) -> float: ...
    def to_screen(self, x: float, y: float) -> QPointF: ...
    def to_photo(self, where: QPointF) -> tuple[float, float]: ...

# Lines drawn between landmarks, per view (the angles of contract.md run along these).
LINES = {
    "side": (("c7", "tragus"), ("psis", "asis"), ("hip", "knee"), ("knee", "ankle"), ("ankle", "toe")),
    "front": (("left_ear", "right_ear"), ("left_shoulder", "right_shoulder"),
              ("left_iliac_crest", "right_iliac_crest"), ("left_knee", "left_ankle"), ("right_knee", "right_ankle")),
}
COLOURS = {"auto": QColor("#1b7f3b"), "estimated": QColor("#c25e00"), "manual": QColor("#1f5fbf")}
HANDLE = 8  # screen pixels
ZOOM, LENS = 3, 60  # the magnifier: how much larger, and its radius on screen


def draw_marks(painter: QPainter, editor: LandmarkEditor) -> None:
    handles = editor.handles()
    view = "side" if editor.landmarks.view == "side" else "front"
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3))
    for first, second in LINES[view]:
        if first in handles and second in handles:
            painter.drawLine(editor.to_screen(handles[first].x, handles[first].y),
                             editor.to_screen(handles[second].x, handles[second].y))
    if "c7" in handles and "tragus" in handles:  # the level line the head angle is measured from
        _draw_level(painter, editor, handles["c7"], handles["tragus"])
    if editor.landmarks.vertical is not None:
        top, bottom = editor.landmarks.vertical
        painter.setPen(QPen(QColor("#7a3db8"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(editor.to_screen(top.x, top.y), editor.to_screen(bottom.x, bottom.y))
    for key, point in handles.items():
        mark = editor.landmarks.points.get(key)
        colour = COLOURS[mark.source] if mark else QColor("#7a3db8")
        centre = editor.to_screen(point.x, point.y)
        width = 4 if key == editor.selected else 2
        style = Qt.PenStyle.DashLine if mark and mark.source == "estimated" else Qt.PenStyle.SolidLine
        painter.setPen(QPen(QColor("white"), width + 2))
        painter.drawEllipse(centre, HANDLE, HANDLE)
        painter.setPen(QPen(colour, width, style))
        painter.drawEllipse(centre, HANDLE, HANDLE)
        if key == editor.selected:  # its name on a light label, readable on any photo
            name = landmark_name(key)
            spot = centre + QPointF(HANDLE + 4, -HANDLE)
            box = QRectF(painter.fontMetrics().boundingRect(name)).translated(spot).adjusted(-3, -1, 3, 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRoundedRect(box, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(colour)
            painter.drawText(spot, name)
    if not editor.read_only:  # History lists the numbers under each photo instead of over the body
        _draw_angles(painter, editor)


def _draw_level(painter: QPainter, editor: LandmarkEditor, start: Point, towards: Point) -> None:
    """A dashed level line from C7 (square to the vertical, when one is laid) as long as the neck line."""
    frame = Frame.from_vertical(editor.landmarks.vertical)
    across, _ = frame.components(start, towards)
    right_x, right_y = frame.right
    end = Point(start.x + right_x * across, start.y + right_y * across)
    painter.setPen(QPen(QColor(255, 255, 255, 200), 2, Qt.PenStyle.DashLine))
    painter.drawLine(editor.to_screen(start.x, start.y), editor.to_screen(end.x, end.y))


def _draw_angles(painter: QPainter, editor: LandmarkEditor) -> None:
    lines = [measurement_line(key, value) for key, value in measurements(editor.landmarks).items()]
    if not lines:
        return
    metrics = painter.fontMetrics()
    box = QRectF(8, 8, max(metrics.horizontalAdvance(line) for line in lines) + 16,
                 metrics.height() * len(lines) + 12)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 170))
    painter.drawRoundedRect(box, 6, 6)
    painter.setPen(QColor("white"))
    for index, line in enumerate(lines):
        painter.drawText(QPointF(16, 8 + 6 + metrics.ascent() + index * metrics.height()), line)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def draw_lens(painter: QPainter, editor: LandmarkEditor, where: QPointF) -> None:
    """A magnified circle above the cursor, so a landmark can be placed more finely than a finger's width."""
    x, y = editor.to_photo(where)
    source_size = 2 * LENS / (editor.scale() * ZOOM) * editor.pixmap.width() / editor.landmarks.width
    px, py = x * editor.pixmap.width() / editor.landmarks.width, y * editor.pixmap.height() / editor.landmarks.height
    source = QRectF(px - source_size / 2, py - source_size / 2, source_size, source_size)
    centre = QPointF(where.x(), max(where.y() - LENS - 2 * HANDLE, LENS))
    circle = QRectF(centre.x() - LENS, centre.y() - LENS, 2 * LENS, 2 * LENS)
    painter.save()
    painter.setBrush(QColor("black"))
    painter.drawEllipse(circle)
    clip = QPainterPath()
    clip.addEllipse(circle)
    painter.setClipPath(clip)
    painter.drawPixmap(circle, editor.pixmap, source)
    painter.setClipping(False)
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(circle)
    painter.drawLine(centre - QPointF(6, 0), centre + QPointF(6, 0))
    painter.drawLine(centre - QPointF(0, 6), centre + QPointF(0, 6))
    painter.restore()
