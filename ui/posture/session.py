"""The photos measured during one assessment: remembered in its draft, kept with the saved session.

The wizard's state holds, per view, the photo's path, its landmarks and the answers it filled.
An answer counts as measured from the photo only while it still holds the measured value: a
person who then types another number has judged it themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.jsondoc import DocumentError
from core.posture.landmarks import parse_landmarks
from core.store.repository import Store


def photo_marks(photos: dict[str, dict[str, Any]], observations: dict[str, Any]) -> list[str]:
    """The test ids whose answer is still the value a photo measured."""
    marks: list[str] = []
    for photo in photos.values():
        for test_id, value in dict(photo.get("filled", {})).items():
            if observations.get(test_id) == value and test_id not in marks:
                marks.append(test_id)
    return marks


def keep_session_photos(store: Store, session_id: str, photos: dict[str, dict[str, Any]]) -> list[str]:
    """Store each remembered photo with the saved session; returns the paths that could not be read."""
    from core.store.photos import keep_photo

    missed: list[str] = []
    for photo in photos.values():
        try:
            keep_photo(store, session_id, Path(photo["path"]), parse_landmarks(photo["landmarks"]))
        except (DocumentError, KeyError, TypeError):
            missed.append(str(photo.get("path", "")))
    return missed
