"""The photos measured during one assessment: remembered in its draft, kept with the saved session.

The wizard's state holds, per view, the photo's path, its landmarks and the answers it filled.
An answer counts as measured from the photo only while it still holds the measured value: a
person who then types another number has judged it themselves.

Keeping a photo means decoding it, turning it upright and encoding it again without its
metadata (core.store.photos.upright_jpeg): about a quarter of a second for a 12-megapixel
photo. PhotoPreparer does that in a worker thread, so the window keeps answering while the
assessment is saved; then, still off the UI thread, it hands the prepared photos to the wizard's
`write`, which stores the session and the photos together, in one transaction, after any draft
still being written (ui/wizard/wizard.py, ui/wizard/drafts.py). Megabytes of photo committed to
the disk are no wait for the window either.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread

from core.jsondoc import DocumentError
from core.posture.landmarks import parse_landmarks

if TYPE_CHECKING:
    from core.store.photos import PreparedPhoto


def photo_marks(photos: dict[str, dict[str, Any]], observations: dict[str, Any]) -> list[str]:
    """The test ids whose answer is still the value a photo measured."""
    marks: list[str] = []
    for photo in photos.values():
        for test_id, value in dict(photo.get("filled", {})).items():
            if observations.get(test_id) == value and test_id not in marks:
                marks.append(test_id)
    return marks


def prepare_photos(photos: list[dict[str, Any]]) -> tuple[list[PreparedPhoto], list[str]]:
    """Each remembered photo ready to store, and the paths of those that could not be read (moved or
    removed since they were measured). Slow: call it off the UI thread."""
    from core.store.photos import upright_jpeg

    prepared: list[PreparedPhoto] = []
    missed: list[str] = []
    for photo in photos:
        try:
            prepared.append((upright_jpeg(Path(photo["path"])), parse_landmarks(photo["landmarks"])))
        except (DocumentError, KeyError, TypeError):
            missed.append(str(photo.get("path", "")))
    return prepared, missed


class PhotoPreparer(QThread):
    """prepare_photos, then ``write`` (the session stored with the photos), in a worker thread. Once
    finished: ``prepared`` and ``missed``, and ``saved_id`` or the ``error`` the write raised."""

    def __init__(self, photos: dict[str, dict[str, Any]], write: Callable[[list[PreparedPhoto]], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos = [dict(photo) for photo in photos.values()]  # as they were when Save was pressed
        self.write = write
        self.prepared: list[PreparedPhoto] = []
        self.missed: list[str] = []
        self.saved_id: str | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.prepared, self.missed = prepare_photos(self.photos)
        except Exception:  # anything else Pillow meets (memory, a codec): the photos are not kept, the answers are
            traceback.print_exc()  # the cause, for whoever looks into it; the person is told which photos
            self.prepared, self.missed = [], [str(photo.get("path", "")) for photo in self.photos]
        try:
            self.saved_id = self.write(self.prepared)
        except Exception as error:  # raised again on the UI thread, where the app's error hook tells the person
            self.error = error
