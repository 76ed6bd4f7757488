"""Measure from a photo: open (or drop) a photo, find or place the landmarks, read the angles.

The detector runs in a process of its own (core/posture/finder.py), started as the dialog opens; a
worker thread waits for its answer, so the window never waits on it, and an install without it works
the same way, by hand.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.catalogue import Catalogue
from core.posture import finder
from core.posture.landmarks import Landmarks, View
from core.posture.measure import PostureMeasurement, measure, whole
from core.posture.photo import load_photo, photo_size
from ui.posture.editor import LandmarkEditor
from ui.posture.words import measurement_name

DISPLAY_SIZE = 2048  # pixels on the longest side shown; landmarks are kept in the full photo's pixels


class DetectWorker(QThread):
    """Waits off the UI thread for the finder's process; reports the landmarks, or the reason there are none.
    Asked to stop (the dialog closing), it stops waiting within a twentieth of a second."""

    found = Signal(object)
    failed = Signal(str, bool)  # the reason, and whether searching again could help

    def __init__(self, photo: Path, view: View, parent: QObject) -> None:
        super().__init__(parent)
        self.photo, self.view = photo, view

    def run(self) -> None:
        from core.jsondoc import DocumentError
        from core.posture.detect import DetectorMissing

        try:
            marks = finder.find_landmarks(self.photo, self.view, lambda: not self.isInterruptionRequested())
        except finder.DetectorBroken as error:
            self.failed.emit(self.tr("The automatic finder could not start ({reason}): place the landmarks by "
                                     "clicking.").format(reason=error), False)
        except DetectorMissing:
            self.failed.emit(self.tr("The automatic finder is not installed: place the landmarks by clicking."), False)
        except finder.FinderStopped:
            self.failed.emit(self.tr("The automatic finder stopped unexpectedly: place the landmarks by clicking, "
                                     "or search again."), True)
        except DocumentError as error:
            self.failed.emit(error.message, True)
        except Exception as error:  # a fault of ours or of the finder: said, never left on "Looking…"
            traceback.print_exc()
            self.failed.emit(self.tr("The automatic finder failed ({reason}): place the landmarks by clicking, "
                                     "or search again.").format(reason=error_text(error)), True)
        else:
            if marks is not None:
                self.found.emit(marks)


class LoadWorker(QThread):
    """Reads and shrinks the photo off the UI thread (a 12-MP PNG takes most of a second)."""

    loaded = Signal(object, int, int, object)  # the photo, its upright width and height, the QImage
    failed = Signal(str)

    def __init__(self, photo: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.photo = photo

    def run(self) -> None:
        from core.jsondoc import DocumentError

        try:
            width, height = photo_size(self.photo)
            self.loaded.emit(self.photo, width, height, qimage(self.photo))
        except DocumentError as error:
            self.failed.emit(error.message)
        except Exception as error:  # never left on "Opening the photo…"
            traceback.print_exc()
            self.failed.emit(self.tr("it could not be read ({reason})").format(reason=error_text(error)))


def error_text(error: Exception) -> str:
    """The error's own words, or its kind when it has none (a MemoryError, say)."""
    return str(error) or type(error).__name__


def qimage(photo: Path) -> QImage:
    """The photo upright (EXIF turn applied by core), shrunk for the screen."""
    image = load_photo(photo, DISPLAY_SIZE)
    data = image.tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


class PostureDialog(QDialog):
    """One view (front, back or side) of one photo; ``measurement`` holds the result once accepted."""

    def __init__(self, view: View, catalogue: Catalogue, parent: QWidget | None = None,
                 asked: frozenset[str] | None = None) -> None:
        """``asked``: the landmarks to ask the person for (a wizard page's test needs only some); None asks
        for every landmark of the view."""
        super().__init__(parent)
        self.view, self.catalogue, self.asked = view, catalogue, asked
        self.photo: Path | None = None
        self.editor: LandmarkEditor | None = None
        self.worker: DetectWorker | None = None  # the search for the photo shown
        self.searches: list[DetectWorker] = []  # every search started and not yet waited for
        self.closing = False
        self.loader: LoadWorker | None = None
        self.measurement: PostureMeasurement | None = None
        titles = {"side": self.tr("Measure from a side photo"), "front": self.tr("Measure from a front photo"),
                  "back": self.tr("Measure from a photo from behind")}
        self.setWindowTitle(titles[view])
        # The finder's process starts while the person chooses a photo; in a turn of the event loop of its
        # own, after the dialog is shown, so starting it adds nothing to the wait for the window.
        QTimer.singleShot(0, finder.warm_up)
        self.setAcceptDrops(True)
        self.resize(980, 760)
        tips = QLabel(self.tr(
            "<b>For a useful photo:</b> camera at hip height and level, 2–3 m away; fitted clothes, bare feet "
            "placed as in the test; the whole body in the picture. A door frame in view lets you lay a vertical "
            "line, so a tilted camera does not tilt the angles."))
        tips.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a photo…"))
        self.open_button.clicked.connect(self.choose_photo)
        self.camera_button = QPushButton(self.tr("Take a photo…"))
        self.camera_button.setToolTip(self.tr("With this computer's camera, on a 10-second self-timer."))
        self.camera_button.clicked.connect(self.use_camera)
        self.find_button = QPushButton(self.tr("Find the landmarks again"))
        self.find_button.clicked.connect(self.find_landmarks)
        self.find_button.setEnabled(False)
        self.vertical_button = QPushButton(self.tr("Lay a vertical line"))
        self.vertical_button.setToolTip(self.tr("Drag its two ends onto a door frame or another truly upright edge."))
        self.vertical_button.clicked.connect(lambda: self.editor.lay_vertical() if self.editor else None)
        self.vertical_button.setEnabled(False)
        tools = QHBoxLayout()
        for button in (self.open_button, self.camera_button, self.find_button, self.vertical_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.status = QLabel(self.tr("Open a photo, or drop one here."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What to do next"))
        self.area = QVBoxLayout()
        self.placeholder = QLabel(self.tr("No photo yet."))
        self.placeholder.setMinimumHeight(360)
        self.area.addWidget(self.placeholder, 1)
        self.readout = QLabel("")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(self.tr("Measurements"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these measurements"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tips)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addLayout(self.area, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.buttons)

    def choose_photo(self) -> None:
        kinds = self.tr("Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)")
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a photo"), "", kinds)
        if name:
            self.open_photo(Path(name))

    def use_camera(self) -> None:
        from ui.posture.camera import take_photo

        photo = take_photo(self)
        if photo is not None:
            self.open_photo(photo)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            self.open_photo(Path(urls[0].toLocalFile()))

    def open_photo(self, photo: Path, marks: Landmarks | None = None) -> None:
        """Read the photo in the background; then show it with the landmarks already placed on it, or with
        none and look for them."""
        if self.loader is not None and self.loader.isRunning():
            return
        self.status.setText(self.tr("Opening the photo…"))
        self.loader = LoadWorker(photo, self)
        self.loader.loaded.connect(lambda path, width, height, image: self._loaded(path, width, height, image, marks))
        self.loader.failed.connect(
            lambda reason: self.status.setText(self.tr("This photo cannot be used: {reason}").format(reason=reason)))
        self.loader.start()

    def _loaded(self, photo: Path, width: int, height: int, image: QImage, marks: Landmarks | None) -> None:
        if self.closing:  # delivered after Cancel: nothing more to show, and no search to start
            return
        self.photo = photo
        if marks is not None and (marks.width, marks.height, marks.view) == (width, height, self.view):
            self.show_landmarks(marks, image)  # the same photo measured on another page: as it was left
            return
        self.show_landmarks(Landmarks(self.view, width, height), image)
        self.find_landmarks()

    def show_landmarks(self, marks: Landmarks, image: QImage | None = None) -> None:
        if self.editor is None or image is not None:
            assert image is not None
            editor = LandmarkEditor(marks, image, asked=self.asked)
            editor.changed.connect(lambda _marks: self.refresh())
            old = self.editor or self.placeholder
            self.area.replaceWidget(old, editor)
            old.hide()
            old.deleteLater()
            self.editor = editor
        else:
            self.editor.landmarks = marks
            self.editor.update()
        self.vertical_button.setEnabled(True)
        self.editor.setFocus()
        self.refresh()

    def find_landmarks(self) -> None:
        """Search the photo shown; a search still running for a photo no longer shown is abandoned."""
        if self.photo is None or self.closing:
            return
        if self.worker is not None and self.worker.isRunning():
            if self.worker.photo == self.photo:
                return
            self.worker.requestInterruption()  # its answer, if it still comes, is ignored (_current)
        self.status.setText(self.tr("Looking for the landmarks…"))
        self.find_button.setEnabled(False)
        self.worker = DetectWorker(self.photo, self.view, self)
        self.worker.found.connect(self._found)
        self.worker.failed.connect(self._not_found)
        self.searches.append(self.worker)
        self.worker.start()

    def _current(self) -> bool:
        """Whether the search that just answered is the one for the photo shown (answers delivered after
        the dialog closed, or for a photo replaced meanwhile, are dropped)."""
        worker = self.sender()
        return (not self.closing and worker is self.worker and isinstance(worker, DetectWorker)
                and worker.photo == self.photo)

    def _found(self, marks: Landmarks) -> None:
        if not self._current() or self.editor is None:
            return
        shown = self.editor.landmarks
        if (marks.width, marks.height, marks.view) != (shown.width, shown.height, shown.view):
            return  # never another photo's points on this one
        self.find_button.setEnabled(True)
        self.show_landmarks(marks.with_vertical(shown.vertical))

    def _not_found(self, reason: str, again: bool) -> None:
        if not self._current():
            return
        self.find_button.setEnabled(again)
        self.find_button.setVisible(again)  # no finder installed: nothing to search with
        self.refresh()
        self.status.setText(f"{reason} {self.status.text()}")

    def refresh(self) -> None:
        """The prompt and the numbers after every change; OK once something can be measured."""
        if self.editor is None:
            return
        self.status.setText(self.editor.prompt())
        result = measure(self.editor.landmarks, self.catalogue)
        lines = []
        for key, value in result.measurements.items():
            if key in result.no_cutoff:
                note = self.tr("no validated cut-off: shown, not used")
            elif key in result.from_estimates:
                note = self.tr("from an estimated point: drag it into place to use it")
            elif key in result.out_of_range:
                note = self.tr("outside the test's range: check the points")
            else:
                note = self.tr("goes into your answers as {value}°").format(value=whole(value))
            lines.append(f"{measurement_name(key)}: <b>{value:.1f}°</b> ({note})")
        self.readout.setText("<br>".join(lines) or self.tr("No angle yet: place the points it needs."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(result.measurements))
        self.measurement = result

    def let_photo_go(self) -> None:
        """Free the photo of a dialog closed for good (the dialog itself is kept: deleting it would delete its
        threads from Python's side, which has crashed Qt)."""
        if self.editor is not None and not self.isVisible():
            self.editor.pixmap = QPixmap()

    def _threads(self) -> list[QThread]:
        return [thread for thread in (self.loader, *self.searches) if thread is not None]

    def loading(self) -> bool:
        """Whether a photo is still being read or searched (tests and the dialog's own buttons wait on it)."""
        return any(thread.isRunning() for thread in self._threads())

    def done(self, code: int) -> None:
        self.closing = True  # what the threads still deliver is dropped: no search starts after this
        for thread in self._threads():
            thread.requestInterruption()  # a search stops waiting for its answer (the reading is short)
            thread.wait()  # never leave a thread running behind a closed window
        self.searches.clear()  # all waited for
        super().done(code)
