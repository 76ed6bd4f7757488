"""Taking a posture photo with the computer's camera, on a 10-second self-timer.

QtMultimedia is imported only when the person asks for the camera. The photo is written into a
private temporary folder (0700) and kept with the assessment when it is saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

TIMER_S = 10


def take_photo(parent: QWidget) -> Path | None:
    """The path of a photo taken with the camera, or None (no camera, or the person cancelled)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError):  # QtMultimedia or its system libraries are missing: no camera to use
        cameras = []
    else:
        cameras = QMediaDevices.videoInputs()
    if not cameras:
        QMessageBox.information(parent, parent.tr("No camera"), parent.tr(
            "No camera was found on this computer. Take the photo with a phone or camera and open it here."))
        return None
    dialog = CameraDialog(parent)
    return dialog.photo if dialog.exec() == QDialog.DialogCode.Accepted else None


class CameraDialog(QDialog):
    """The camera's picture, and a button that takes the photo ten seconds later (time to step back)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.photo: Path | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="rebalance-photo-"))  # 0700: only this user
        self.camera = QCamera(self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        viewer = QVideoWidget()
        viewer.setMinimumSize(480, 360)
        self.session.setVideoOutput(viewer)
        self.count = QLabel(self.tr("Stand where the whole body shows, then press the button."))
        self.button = QPushButton(self.tr("Take the photo in {seconds} s").format(seconds=TIMER_S))
        self.button.clicked.connect(self.start_timer)
        self.left = TIMER_S
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.capture.imageSaved.connect(self.saved)
        self.capture.errorOccurred.connect(lambda _id, _error, text: self.count.setText(text))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(viewer, 1)
        layout.addLayout(row)
        self.camera.start()

    def start_timer(self) -> None:
        self.left = TIMER_S
        self.button.setEnabled(False)
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        if self.left <= 0:
            self.timer.stop()
            self.capture.captureToFile(str(self.folder / "posture.jpg"))
            self.count.setText(self.tr("Taking the photo…"))
            return
        self.count.setText(self.tr("Photo in {seconds} s: stand still, as in the test.").format(seconds=self.left))
        self.left -= 1

    def saved(self, _id: int, path: str) -> None:
        self.photo = Path(path)
        self.camera.stop()
        self.accept()
