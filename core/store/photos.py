"""Posture photos kept with their session, in the same private database file (0600).

A photo of a person in fitted clothes is health data. It is kept inside the database, so it
shares the file's owner-only permissions, its backups and its transactions, and it goes when
its session goes (the foreign key deletes it). It is stored upright and re-encoded without
the camera's metadata: a phone's EXIF can carry where the photo was taken. It leaves the
database only in an export the person asks for with photos.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.posture.landmarks import VIEWS, Landmarks, LandmarksError, parse_landmarks
from core.posture.photo import PhotoError, load_photo
from core.store.errors import ExportError, NotFound
from core.store.models import AssessmentSession, SessionPhoto
from core.store.repository import Store, _now

MEDIA_TYPE = "image/jpeg"
MAX_BYTES = 40_000_000  # an export entry larger than this is not a photo we wrote


# a photo ready to store: its upright, metadata-free JPEG (upright_jpeg) and its landmarks
PreparedPhoto = tuple[bytes, Landmarks]


@dataclass(frozen=True)
class StoredPhoto:
    id: int
    session_id: str
    view: str
    image: bytes  # JPEG, upright
    landmarks: Landmarks


def upright_jpeg(photo: Path) -> bytes:
    """The photo turned upright, full size, as a JPEG with no metadata at all.

    Slow: a quarter of a second for a 12-megapixel photo (decoding and encoding, in Pillow's C
    code, which lets other threads run), so the app calls it off the UI thread."""
    image = load_photo(photo)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def keep_photo(store: Store, session_id: str, photo: Path, landmarks: Landmarks) -> int:
    """Store a photo and its landmarks with a saved session; returns the photo's id."""
    data = upright_jpeg(photo)
    with store._transaction() as session:
        if session.get(AssessmentSession, session_id) is None:
            raise NotFound(f"no session with id '{session_id}'")
        row = _photo_row(session_id, data, landmarks)
        session.add(row)
        session.flush()
        return row.id


def _photo_row(session_id: str, data: bytes, landmarks: Landmarks) -> SessionPhoto:
    return SessionPhoto(session_id=session_id, view=landmarks.view, image=data, landmarks=landmarks.to_document(),
                        saved_at=_now())


def write_photos(session: Session, photos: dict[str, list[PreparedPhoto]]) -> None:
    """Inside an import's transaction: the photos of each session that keeps none yet (so a second
    import of the same file adds no second copy)."""
    for session_id, kept in photos.items():
        if session.scalar(select(SessionPhoto.id).where(SessionPhoto.session_id == session_id).limit(1)) is None:
            session.add_all(_photo_row(session_id, data, landmarks) for data, landmarks in kept)


def session_photos(store: Store, session_id: str) -> list[StoredPhoto]:
    """The photos of one session, in the order they were kept."""
    query = select(SessionPhoto).where(SessionPhoto.session_id == session_id).order_by(SessionPhoto.id)
    with store._transaction() as session:
        return [StoredPhoto(row.id, row.session_id, row.view, row.image, parse_landmarks(row.landmarks))
                for row in session.scalars(query)]


def profile_has_photos(store: Store, profile: str) -> bool:
    """Whether any session of the profile keeps a photo (then an export asks whether to include them)."""
    from core.store.models import Profile

    query = (select(SessionPhoto.id).join(AssessmentSession).join(Profile).where(Profile.name == profile).limit(1))
    with store._transaction() as session:
        return session.scalar(query) is not None


def delete_photo(store: Store, photo_id: int) -> None:
    with store._transaction() as session:
        session.execute(delete(SessionPhoto).where(SessionPhoto.id == photo_id))


def photos_document(store: Store, session_id: str) -> list[dict[str, Any]]:
    """A session's photos as an export carries them (only when the person asked for photos)."""
    return [{"view": photo.view, "media_type": MEDIA_TYPE, "data": base64.b64encode(photo.image).decode("ascii"),
             "landmarks": photo.landmarks.to_document()} for photo in session_photos(store, session_id)]


def read_photos_document(entries: Any, where: str) -> list[PreparedPhoto]:
    """Check an export's photos: JPEG bytes and a landmarks document whose view and size fit them."""
    if not isinstance(entries, list):
        raise ExportError(where, "expected a list of photos")
    checked: list[PreparedPhoto] = []
    for index, entry in enumerate(entries):
        here = f"{where}[{index}]"
        if not isinstance(entry, dict) or entry.get("media_type") != MEDIA_TYPE or entry.get("view") not in VIEWS:
            raise ExportError(here, f"expected a photo with view ({', '.join(VIEWS)}) and media_type {MEDIA_TYPE}")
        text = entry.get("data")
        if not isinstance(text, str) or len(text) > MAX_BYTES * 4 // 3 + 4:
            raise ExportError(f"{here}.data", "expected the photo as base64 text")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ExportError(f"{here}.data", "is not valid base64") from None
        if not data.startswith(b"\xff\xd8"):
            raise ExportError(f"{here}.data", "is not a JPEG photo")
        try:
            landmarks = parse_landmarks(entry.get("landmarks"))
        except LandmarksError as error:
            raise ExportError(f"{here}.landmarks.{error.field_path}", error.message) from None
        if landmarks.view != entry["view"]:
            raise ExportError(f"{here}.landmarks.view", "does not match the photo's view")
        checked.append((data, landmarks))
    return checked


__all__ = ["PhotoError", "PreparedPhoto", "StoredPhoto", "delete_photo", "keep_photo", "photos_document",
           "read_photos_document", "session_photos", "upright_jpeg", "write_photos"]
