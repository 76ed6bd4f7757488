"""The landmark editor: the photo, a handle on each landmark, and the lines and angles they make.

Drag a handle with the mouse, or select it with Tab and nudge it with the arrow keys (Shift:
ten times further). A landmark not yet placed is asked for by name and placed by a click (or
Enter, which puts it mid-photo for the arrow keys). The
two ends of the vertical reference are handles too, laid along a door frame. All numbers come
from core (core.posture.measure); this widget only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.posture.geometry import Frame
from core.posture.landmarks import LANDMARK_IDS, Landmarks, Point
from core.posture.measure import measurements
from ui.posture.words import landmark_name, measurement_line

# Lines drawn between landmarks, per view (the angles of contract.md run along these).
LINES = {
    "side": (("c7", "tragus"), ("psis", "asis"), ("hip", "knee"), ("knee", "ankle"), ("ankle", "toe")),
    "front": (("left_ear", "right_ear"), ("left_shoulder", "right_shoulder"),
              ("left_iliac_crest", "right_iliac_crest"), ("left_knee", "left_ankle"), ("right_knee", "right_ankle")),
}
VERTICAL = ("vertical_top", "vertical_bottom")
COLOURS = {"auto": QColor("#1b7f3b"), "estimated": QColor("#c25e00"), "manual": QColor("#1f5fbf")}
HANDLE = 8  # screen pixels
ZOOM, LENS = 3, 60  # the magnifier: how much larger, and its radius on screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandmarkEditor", text)


class LandmarkEditor(QWidget):
    """Edits a Landmarks value over its photo; emits ``changed`` with the new value after every move."""

    changed = Signal(object)

    def __init__(self, landmarks: Landmarks, image: QImage, parent: QWidget | None = None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.landmarks = landmarks
        self.read_only = read_only  # History shows the lines and angles, nothing moves
        self.body_height: float | None = None  # when set, the body (ear to ankle) fills this share of the height
        self.pixmap = QPixmap.fromImage(image)  # may be smaller than the photo: landmarks stay in its pixels
        self.selected: str | None = None
        self._dragging = False
        self._lens: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Photo with landmarks"))
        self._describe()

    # ----- coordinates: the photo's pixels <-> this widget's
    def _body(self) -> tuple[float, float, float] | None:
        """(top, bottom, middle x) of the body in photo pixels, from the highest to the lowest landmark."""
        points = [mark.point for mark in self.landmarks.points.values()]
        if len(points) < 2:
            return None
        top, bottom = min(p.y for p in points), max(p.y for p in points)
        middle = (min(p.x for p in points) + max(p.x for p in points)) / 2
        return (top, bottom, middle) if bottom - top > 10 else None

    def _scale(self) -> float:
        body = self._body() if self.body_height else None
        if body is not None and self.body_height:
            return self.height() * self.body_height / (body[1] - body[0])
        return min(self.width() / self.landmarks.width, self.height() / self.landmarks.height)

    def _origin(self) -> QPointF:
        scale = self._scale()
        body = self._body() if self.body_height else None
        if body is not None and self.body_height:  # the body's top at the same height, centred across
            top = self.height() * (1 - self.body_height) / 2
            return QPointF(self.width() / 2 - body[2] * scale, top - body[0] * scale)
        return QPointF((self.width() - self.landmarks.width * scale) / 2,
                       (self.height() - self.landmarks.height * scale) / 2)

    def to_screen(self, x: float, y: float) -> QPointF:
        return self._origin() + QPointF(x, y) * self._scale()

    def to_photo(self, where: QPointF) -> tuple[float, float]:
        spot = (where - self._origin()) / self._scale()
        return (min(max(spot.x(), 0.0), float(self.landmarks.width)),
                min(max(spot.y(), 0.0), float(self.landmarks.height)))

    # ----- what there is to edit
    def handles(self) -> dict[str, Point]:
        """Every placed handle: the landmarks, then the vertical's two ends."""
        found = {key: mark.point for key, mark in self.landmarks.points.items()}
        if self.landmarks.vertical is not None:
            found.update(zip(VERTICAL, self.landmarks.vertical, strict=True))
        return found

    def missing(self) -> list[str]:
        """Landmarks of this view not placed yet, in the order they are asked for."""
        return [key for key in LANDMARK_IDS[self.landmarks.view] if key not in self.landmarks.points]

    def prompt(self) -> str:
        """What a click on the photo does now, in words."""
        if self.missing():
            key = self.missing()[0]
            keys = _tr("Click on the photo (or press Enter, then the arrow keys) to place: {name}{where}.")
            where = ""
            if key.startswith(("left_", "right_")):
                on_right = key.startswith("left_") == (self.landmarks.view == "front")
                where = _tr(" (the person's own side: on the right of the photo)") if on_right else _tr(
                    " (the person's own side: on the left of the photo)")
            return keys.format(name=landmark_name(key), where=where)
        return _tr("Every landmark is placed. Drag one, or select it with Tab and move it with the arrow keys.")

    def place(self, key: str, x: float, y: float) -> None:
        if key in VERTICAL:
            ends = list(self.landmarks.vertical or (Point(x, y), Point(x, y)))
            ends[VERTICAL.index(key)] = Point(x, y)
            self.landmarks = self.landmarks.with_vertical((ends[0], ends[1]))
        else:
            self.landmarks = self.landmarks.moved(key, x, y)
        self._describe()
        self.update()
        self.changed.emit(self.landmarks)

    def lay_vertical(self) -> None:
        """Put a vertical reference near the photo's left edge, for the person to drag onto a door frame."""
        x = self.landmarks.width * 0.08
        self.landmarks = self.landmarks.with_vertical((Point(x, self.landmarks.height * 0.1),
                                                       Point(x, self.landmarks.height * 0.9)))
        self.selected = VERTICAL[0]
        self._describe()
        self.update()
        self.changed.emit(self.landmarks)

    def _describe(self) -> None:
        chosen = landmark_name(self.selected) if self.selected else _tr("none")
        self.setAccessibleDescription(_tr("Selected: {name}. {prompt}").format(name=chosen, prompt=self.prompt()))

    def _nearest(self, where: QPointF) -> str | None:
        best, distance = None, float(HANDLE * 2)
        for key, point in self.handles().items():
            gap = (self.to_screen(point.x, point.y) - where).manhattanLength()
            if gap <= distance:
                best, distance = key, gap
        return best

    # ----- mouse and keyboard
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.read_only:
            return
        where = event.position()
        key = self._nearest(where)
        if key is None and self.missing():
            key = self.missing()[0]
            self.place(key, *self.to_photo(where))
        self.selected, self._dragging = key, key is not None
        self._lens = where if self._dragging else None
        self._describe()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and self.selected is not None:
            self._lens = event.position()
            self.place(self.selected, *self.to_photo(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging, self._lens = False, None
        self.update()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks through the handles (and then on out of the photo)."""
        keys = list(self.handles())
        if not keys or self.read_only:
            return super().focusNextPrevChild(forward)
        index = keys.index(self.selected) if self.selected in keys else (-1 if forward else len(keys))
        index += 1 if forward else -1
        if not 0 <= index < len(keys):
            self.selected = None
            self._describe()
            self.update()
            return super().focusNextPrevChild(forward)
        self.selected = keys[index]
        self._describe()
        self.update()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert) and self.missing() and not self.read_only:
            placing = self.missing()[0]  # from the keyboard: put it mid-photo, selected, for the arrows to move
            self.place(placing, self.landmarks.width / 2, self.landmarks.height / 2)
            self.selected = placing
            self._describe()
            return
        step = steps.get(key)
        if step is None or self.selected is None or self.read_only:
            super().keyPressEvent(event)
            return
        far = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        unit = max(1.0, 1 / self._scale())  # one screen pixel, at least one photo pixel
        point = self.handles()[self.selected]
        self.place(self.selected, min(max(point.x + step[0] * far * unit, 0), self.landmarks.width),
                   min(max(point.y + step[1] * far * unit, 0), self.landmarks.height))

    # ----- drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        origin, scale = self._origin(), self._scale()
        target = QRectF(origin.x(), origin.y(), self.landmarks.width * scale, self.landmarks.height * scale)
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        self._draw_marks(painter)
        if self._lens is not None:
            self._draw_lens(painter, self._lens, target)
        painter.end()

    def _draw_marks(self, painter: QPainter) -> None:
        handles = self.handles()
        view = "side" if self.landmarks.view == "side" else "front"
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3))
        for first, second in LINES[view]:
            if first in handles and second in handles:
                painter.drawLine(self.to_screen(handles[first].x, handles[first].y),
                                 self.to_screen(handles[second].x, handles[second].y))
        if "c7" in handles and "tragus" in handles:  # the level line the head angle is measured from
            self._draw_level(painter, handles["c7"], handles["tragus"])
        if self.landmarks.vertical is not None:
            top, bottom = self.landmarks.vertical
            painter.setPen(QPen(QColor("#7a3db8"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(self.to_screen(top.x, top.y), self.to_screen(bottom.x, bottom.y))
        for key, point in handles.items():
            mark = self.landmarks.points.get(key)
            colour = COLOURS[mark.source] if mark else QColor("#7a3db8")
            centre = self.to_screen(point.x, point.y)
            width = 4 if key == self.selected else 2
            style = Qt.PenStyle.DashLine if mark and mark.source == "estimated" else Qt.PenStyle.SolidLine
            painter.setPen(QPen(QColor("white"), width + 2))
            painter.drawEllipse(centre, HANDLE, HANDLE)
            painter.setPen(QPen(colour, width, style))
            painter.drawEllipse(centre, HANDLE, HANDLE)
            if key == self.selected:  # its name on a light label, readable on any photo
                name = landmark_name(key)
                spot = centre + QPointF(HANDLE + 4, -HANDLE)
                box = QRectF(painter.fontMetrics().boundingRect(name)).translated(spot).adjusted(-3, -1, 3, 1)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 220))
                painter.drawRoundedRect(box, 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(colour)
                painter.drawText(spot, name)
        if not self.read_only:  # History lists the numbers under each photo instead of over the body
            self._draw_angles(painter)

    def _draw_level(self, painter: QPainter, start: Point, towards: Point) -> None:
        """A dashed level line from C7 (square to the vertical, when one is laid) as long as the neck line."""
        frame = Frame.from_vertical(self.landmarks.vertical)
        across, _ = frame.components(start, towards)
        right_x, right_y = frame.right
        end = Point(start.x + right_x * across, start.y + right_y * across)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 2, Qt.PenStyle.DashLine))
        painter.drawLine(self.to_screen(start.x, start.y), self.to_screen(end.x, end.y))

    def _draw_angles(self, painter: QPainter) -> None:
        lines = [measurement_line(key, value) for key, value in measurements(self.landmarks).items()]
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

    def _draw_lens(self, painter: QPainter, where: QPointF, target: QRectF) -> None:
        """A magnified circle above the cursor, so a landmark can be placed more finely than a finger's width."""
        x, y = self.to_photo(where)
        source_size = 2 * LENS / (self._scale() * ZOOM) * self.pixmap.width() / self.landmarks.width
        px, py = x * self.pixmap.width() / self.landmarks.width, y * self.pixmap.height() / self.landmarks.height
        source = QRectF(px - source_size / 2, py - source_size / 2, source_size, source_size)
        centre = QPointF(where.x(), max(where.y() - LENS - 2 * HANDLE, LENS))
        circle = QRectF(centre.x() - LENS, centre.y() - LENS, 2 * LENS, 2 * LENS)
        painter.save()
        painter.setBrush(QColor("black"))
        painter.drawEllipse(circle)
        clip = QPainterPath()
        clip.addEllipse(circle)
        painter.setClipPath(clip)
        painter.drawPixmap(circle, self.pixmap, source)
        painter.setClipping(False)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        painter.drawLine(centre - QPointF(6, 0), centre + QPointF(6, 0))
        painter.drawLine(centre - QPointF(0, 6), centre + QPointF(0, 6))
        painter.restore()
