"""Two sessions' posture photos side by side, with their lines and angles, the bodies at one height.

Built when the tab is first shown: History opens without reading a single photo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP
from core.posture.measure import measurements
from ui.history.when import SessionNames
from ui.posture.editor import LandmarkEditor
from ui.posture.words import measurement_line

if TYPE_CHECKING:
    from core.store.photos import StoredPhoto
    from core.store.repository import SessionSummary, Store

BODY_SHARE = 0.86  # of the panel's height, from the highest landmark to the lowest, in both photos
DISPLAY_SIZE = 2048
VIEW_NAMES = {"side": QT_TRANSLATE_NOOP("PhotosTab", "From the side"),
              "front": QT_TRANSLATE_NOOP("PhotosTab", "From the front"),
              "back": QT_TRANSLATE_NOOP("PhotosTab", "From behind")}


class PhotosTab(QWidget):
    def __init__(self, store: Store, profile: str) -> None:
        super().__init__()
        self.store, self.profile = store, profile
        self.summaries: list[SessionSummary] = []
        self.loaded = False
        self.photos: dict[str, list[StoredPhoto]] = {}
        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("Which photos"))
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setAccessibleName(self.tr("Earlier assessment"))
        self.newer.setAccessibleName(self.tr("Later assessment"))
        for box in (self.view, self.older, self.newer):
            box.currentIndexChanged.connect(lambda _: self.show_pair())
        self.picker = QWidget()  # hidden while no assessment keeps a photo: empty lists lead nowhere
        self.and_label = QLabel(self.tr("and"))
        picker = QHBoxLayout(self.picker)
        picker.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Photos")), self.view, QLabel(self.tr("of")), self.older,
                       self.and_label, self.newer):
            picker.addWidget(widget)
        picker.addStretch(1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.note)
        layout.addLayout(self.grid, 1)

    def refresh(self, summaries: list[SessionSummary]) -> None:
        self.summaries = summaries
        if self.loaded:
            self.load()

    def load(self) -> None:
        """Read which sessions keep photos (and the photos themselves), then show the latest two."""
        from core.store.photos import session_photos

        self.loaded = True
        self.photos = {s.id: photos for s in self.summaries if (photos := session_photos(self.store, s.id))}
        views = sorted({photo.view for photos in self.photos.values() for photo in photos},
                       key=list(VIEW_NAMES).index)
        for box in (self.view, self.older, self.newer):
            box.blockSignals(True)
            box.clear()
        for view in views:
            self.view.addItem(self.tr(VIEW_NAMES[view]), view)
        names = SessionNames(self.summaries)
        for summary in self.summaries:
            if summary.id in self.photos:
                for box in (self.older, self.newer):
                    box.addItem(names.label(summary), summary.id)
        self.older.setCurrentIndex(max(self.older.count() - 2, 0))
        self.newer.setCurrentIndex(self.newer.count() - 1)
        for box in (self.view, self.older, self.newer):
            box.blockSignals(False)
        self.show_pair()

    def _photo(self, session_id: str | None, view: str | None) -> StoredPhoto | None:
        return next((p for p in self.photos.get(session_id or "", []) if p.view == view), None)

    def show_pair(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.picker.setVisible(bool(self.photos))
        if not self.photos:
            self.note.setText(self.tr("No assessment keeps a photo yet. Use “Measure from a photo…” on the "
                                      "standing tests; the photo is kept with the assessment when you save it."))
            return
        view = self.view.currentData()
        single = len(self.photos) == 1  # one assessment with photos: shown once, not beside itself
        for widget in (self.and_label, self.newer):
            widget.setVisible(not single)
        self.note.setText(self.tr("Only one assessment keeps photos so far. When you repeat the assessment, "
                                  "measure from a photo again to see the two side by side.") if single else
                          self.tr("Both bodies are shown at the same height, so the lines can be compared; "
                                  "small differences are within measuring error."))
        for column, box in enumerate((self.older,) if single else (self.older, self.newer)):
            photo = self._photo(box.currentData(), view)
            self.grid.addWidget(QLabel(box.currentText()), 0, column)
            if photo is None:
                self.grid.addWidget(QLabel(self.tr("No photo from this side in this assessment.")), 1, column)
                continue
            image = QImage.fromData(photo.image)
            if max(image.width(), image.height()) > DISPLAY_SIZE:
                image = image.scaled(DISPLAY_SIZE, DISPLAY_SIZE, aspectMode=Qt.AspectRatioMode.KeepAspectRatio)
            panel = LandmarkEditor(photo.landmarks, image, read_only=True)
            panel.body_height = BODY_SHARE
            panel.setAccessibleName(self.tr("Photo of {date}").format(date=box.currentText()))
            self.grid.addWidget(panel, 1, column)
            numbers = "\n".join(measurement_line(k, v) for k, v in measurements(photo.landmarks).items())
            self.grid.addWidget(QLabel(numbers or self.tr("No angle on this photo.")), 2, column)
        self.grid.setRowStretch(1, 1)

