"""The landmark editor: the photo, a handle on each landmark, and the lines and angles they make.

Drag a handle with the mouse, or select it with Tab and nudge it with the arrow keys (Shift:
ten times further). A landmark not yet placed is asked for by name and placed by a click (or
Enter, which puts it mid-photo for the arrow keys). The two ends of the vertical reference are
handles too, laid along a door frame. All numbers come from core (core.posture.measure); this
widget only shows them, drawn by ui.posture.drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.posture.landmarks import LANDMARK_IDS, Landmarks, Point
from ui.posture.drawing import HANDLE, draw_lens, draw_marks
from ui.posture.words import landmark_name

VERTICAL = ("vertical_top", "vertical_bottom")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandmarkEditor", text)


class LandmarkEditor(QWidget):
    """Edits a Landmarks value over its photo; emits ``changed`` with the new value after every move."""

    changed = Signal(object)

    def __init__(self, landmarks: Landmarks, image: QImage, parent: QWidget | None = None,
                 read_only: bool = False, asked: frozenset[str] | None = None) -> None:
        super().__init__(parent)
        self.landmarks = landmarks
        self.asked = asked  # the landmarks a click places, when only some are needed; None: every one of the view
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

    def scale(self) -> float:
        body = self._body() if self.body_height else None
        if body is not None and self.body_height:
            return self.height() * self.body_height / (body[1] - body[0])
        return min(self.width() / self.landmarks.width, self.height() / self.landmarks.height)

    def _origin(self) -> QPointF:
        scale = self.scale()
        body = self._body() if self.body_height else None
        if body is not None and self.body_height:  # the body's top at the same height, centred across
            top = self.height() * (1 - self.body_height) / 2
            return QPointF(self.width() / 2 - body[2] * scale, top - body[0] * scale)
        return QPointF((self.width() - self.landmarks.width * scale) / 2,
                       (self.height() - self.landmarks.height * scale) / 2)

    def to_screen(self, x: float, y: float) -> QPointF:
        return self._origin() + QPointF(x, y) * self.scale()

    def to_photo(self, where: QPointF) -> tuple[float, float]:
        spot = (where - self._origin()) / self.scale()
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
        """Landmarks asked for (those of this view, or only those needed) not placed yet, in the order they are
        asked for."""
        return [key for key in LANDMARK_IDS[self.landmarks.view]
                if key not in self.landmarks.points and (self.asked is None or key in self.asked)]

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
        if self.asked is not None:
            return _tr("Every point this measurement needs is placed. Drag one, or select it with Tab and move it "
                       "with the arrow keys.")
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
        unit = max(1.0, 1 / self.scale())  # one screen pixel, at least one photo pixel
        point = self.handles()[self.selected]
        self.place(self.selected, min(max(point.x + step[0] * far * unit, 0), self.landmarks.width),
                   min(max(point.y + step[1] * far * unit, 0), self.landmarks.height))

    # ----- drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        origin, scale = self._origin(), self.scale()
        target = QRectF(origin.x(), origin.y(), self.landmarks.width * scale, self.landmarks.height * scale)
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        draw_marks(painter, self)
        if self._lens is not None:
            draw_lens(painter, self, self._lens)
        painter.end()
