"""The wizard's optional "Measure from a photo" button, on the standing pages a photo can measure.

Core decides what a measurement may answer (only a test judged by a number with a sourced
cut-off: the craniovertebral angle); on the other pages the number is shown beside the
choices with "no validated cut-off", and the person still chooses by eye.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core.catalogue.models import Test
from core.jsondoc import DocumentError
from core.posture.landmarks import View, parse_landmarks
from core.posture.measure import MEASUREMENTS, landmarks_needed
from ui.posture.dialog import PostureDialog
from ui.posture.words import measurement_name
from ui.widgets.exam_inputs import TestInputs
from ui.wizard.base import Context


class ExamPage(Protocol):
    """What the photo step reads of the test page it sits on (ui/wizard/exam_page.py)."""

    @property
    def context(self) -> Context: ...
    @property
    def test(self) -> Test: ...
    @property
    def inputs(self) -> TestInputs: ...

# test id -> the view a photo of it is taken from
PHOTO_VIEWS: dict[str, View] = {
    "craniovertebral_angle": "side", "pelvic_tilt": "side", "knee_position": "side",
    "shoulder_height": "back", "iliac_crest_height": "back",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhotoStep", text)


class PhotoStep(QWidget):
    """A button that opens the photo dialog, and a line saying what the photo measured."""

    def __init__(self, page: ExamPage, view: View) -> None:
        super().__init__()
        self.page, self.view = page, view
        self.dialog: PostureDialog | None = None
        self.button = QPushButton(_tr("Measure from a photo…"))
        self.button.setToolTip(_tr("Optional: open a photo and place (or check) the points; the angle is measured."))
        self.button.clicked.connect(self.open_dialog)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.note, 1)

    def open_dialog(self) -> None:
        if self.dialog is not None:  # the one from last time, closed: its photo is not kept in memory
            self.dialog.let_photo_go()
        self.dialog = PostureDialog(self.view, self.page.context.catalogue, self, landmarks_needed(self.page.test.id))
        self.dialog.accepted.connect(self.use_measurement)
        self.dialog.open()
        earlier = self.page.context.state.photos.get(self.view)
        if earlier is not None:  # the photo of this view measured on another page, with its points
            try:
                marks = parse_landmarks(earlier["landmarks"])
            except (DocumentError, KeyError):
                return
            self.dialog.open_photo(Path(earlier["path"]), marks)

    def use_measurement(self) -> None:
        assert self.dialog is not None and self.dialog.measurement is not None
        result = self.dialog.measurement
        test_id = self.page.test.id
        if self.dialog.photo is not None and self.dialog.editor is not None:  # kept with the session when saved
            photos = self.page.context.state.photos
            filled = dict(photos.get(self.view, {}).get("filled", {})) | result.observations
            photos[self.view] = {"path": str(self.dialog.photo), "filled": filled,
                                 "landmarks": self.dialog.editor.landmarks.to_document()}
        if test_id in result.observations:
            self.page.inputs.load(result.observations[test_id], False)
            self.page.inputs.changed.emit()
            self.note.setText(_tr("Measured from your photo: {value}°.").format(value=result.observations[test_id]))
            return
        keys = [key for key in result.measurements if MEASUREMENTS[key][1] == test_id]
        if not keys:
            self.note.setText(_tr("The photo did not give this measurement."))
            return
        numbers = "; ".join(f"{measurement_name(key)}: {result.measurements[key]:.1f}°" for key in keys)
        if any(key in result.from_estimates for key in keys):  # why a number with a cut-off was not used
            why = _tr("{numbers}, from an estimated point: measure again and drag that point into place to use "
                      "it, or enter your result above.")
        elif any(key in result.out_of_range for key in keys):
            why = _tr("{numbers}: outside this test's range, so a point is probably misplaced. Measure again "
                      "and check the points, or enter your result above.")
        else:
            why = _tr("{numbers}. There is no validated cut-off for this, so choose your result above by eye.")
        self.note.setText(why.format(numbers=numbers))


def photo_step(page: ExamPage) -> QWidget | None:
    """The photo button for this page's test, or None where a photo measures nothing of it."""
    view = PHOTO_VIEWS.get(page.test.id)
    return None if view is None else PhotoStep(page, view)
