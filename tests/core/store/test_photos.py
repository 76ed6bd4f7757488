"""Posture photos kept with their session: private, upright, without metadata, gone with the session,
exported only when asked, and read back from an export strictly. On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.posture.landmarks import Landmarks
from core.store.photos import keep_photo, session_photos
from core.store.repository import Store
from core.store.transfer import ExportError, export_profile, import_profile, validate_export
from tests.helpers import answers_document

ASTRONAUT = Path(__file__).resolve().parents[2] / "data" / "astronaut.png"


def saved(store: Store, catalogue: Catalogue, profile: str = "Alex") -> str:
    document = answers_document({"craniovertebral_angle": 46})
    return store.save_session(profile, document, assess(parse_answers(document, catalogue), catalogue),
                              date(2026, 11, 1))


def gps_photo(tmp_path: Path) -> Path:
    """The astronaut stored sideways with an EXIF turn and a GPS tag, as a phone would write it."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}
    photo = tmp_path / "phone.jpg"
    Image.open(ASTRONAUT).convert("RGB").transpose(Image.Transpose.ROTATE_90).save(photo, exif=exif)
    return photo


def marks() -> Landmarks:
    return Landmarks("side", 512, 512).moved("tragus", 300, 150).moved("c7", 250, 200)


def test_a_photo_is_kept_upright_without_metadata_and_read_back(any_store: Store, catalogue: Catalogue,
                                                                tmp_path: Path) -> None:
    """A phone photo stored sideways with an EXIF turn and a GPS tag is kept turned upright (its top-left
    corner matches the upright original's), with no EXIF at all (no GPS), and its landmarks come back equal."""
    session = saved(any_store, catalogue)
    keep_photo(any_store, session, gps_photo(tmp_path), marks())
    [photo] = session_photos(any_store, session)
    image = Image.open(io.BytesIO(photo.image))
    assert image.format == "JPEG" and image.size == (512, 512)
    assert not image.getexif(), "the camera's metadata (GPS, orientation) must not be stored"
    assert photo.view == "side" and photo.landmarks == marks()
    upright = Image.open(ASTRONAUT).convert("RGB")
    stored = image.convert("RGB")
    # upright: the top-left corner is the flag's (reddish) in both; a wrongly turned photo would not match
    assert abs(stored.getpixel((5, 5))[0] - upright.getpixel((5, 5))[0]) < 40  # type: ignore[index]


def test_photos_go_with_their_session_and_profile(any_store: Store, catalogue: Catalogue, tmp_path: Path) -> None:
    """Deleting the session deletes its photos (foreign key cascade); another session's stay."""
    first, second = saved(any_store, catalogue), saved(any_store, catalogue)
    keep_photo(any_store, first, ASTRONAUT, marks())
    keep_photo(any_store, second, ASTRONAUT, marks())
    any_store.delete_session(first)
    assert session_photos(any_store, first) == [] and len(session_photos(any_store, second)) == 1
    any_store.delete_profile("Alex")
    assert session_photos(any_store, second) == []


def test_the_database_file_holding_photos_is_private(sqlite_store: Store, catalogue: Catalogue) -> None:
    """The photos live in the database file, which only its owner may read (0600)."""
    keep_photo(sqlite_store, saved(sqlite_store, catalogue), ASTRONAUT, marks())
    file = Path(str(sqlite_store.engine.url.database))
    assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_export_leaves_photos_out_unless_asked_and_they_import_back(any_store: Store, catalogue: Catalogue) -> None:
    """A plain export has no photos; --with-photos carries them, and importing that into a fresh profile name
    elsewhere brings the photo and its landmarks back once (a second import adds no second copy)."""
    session = saved(any_store, catalogue)
    keep_photo(any_store, session, ASTRONAUT, marks())
    assert "photos" not in export_profile(any_store, "Alex")["sessions"][0]
    document = export_profile(any_store, "Alex", with_photos=True)
    assert len(document["sessions"][0]["photos"]) == 1
    any_store.delete_profile("Alex")
    import_profile(any_store, json.loads(json.dumps(document)), catalogue)
    import_profile(any_store, json.loads(json.dumps(document)), catalogue)
    [photo] = session_photos(any_store, session)
    assert photo.landmarks == marks()


@pytest.mark.parametrize(("change", "field"), [
    (lambda p: p.update(data="not base64!"), "photos[0].data"),
    (lambda p: p.update(data=base64.b64encode(b"GIF89a").decode()), "photos[0].data"),
    (lambda p: p.update(view="top"), "photos[0]"),
    (lambda p: p["landmarks"].update(view="front"), "photos[0].landmarks"),
    (lambda p: p["landmarks"]["landmarks"].update(c7=[9999, 1]), "photos[0].landmarks.landmarks.c7[0]"),
])
def test_a_broken_photo_in_an_export_is_refused_naming_it(sqlite_store: Store, catalogue: Catalogue,
                                                          change: object, field: str) -> None:
    """Bad base64, a non-JPEG, an unknown view, landmarks of another view or off the picture: the whole import
    is refused before anything is written, and the message names the field."""
    keep_photo(sqlite_store, saved(sqlite_store, catalogue), ASTRONAUT, marks())
    document = json.loads(json.dumps(export_profile(sqlite_store, "Alex", with_photos=True)))
    change(document["sessions"][0]["photos"][0])  # type: ignore[operator]
    with pytest.raises(ExportError) as caught:
        validate_export(document, catalogue)
    assert caught.value.field_path.startswith(f"sessions[0].{field}"), caught.value.field_path


def test_an_import_that_fails_at_its_photos_leaves_nothing(any_store: Store, catalogue: Catalogue,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Photos are written in the import's one transaction: when writing them fails, the profile, its
    sessions and its log are not left behind without them (before, photos followed in a second one)."""
    import core.store.photos

    session = saved(any_store, catalogue)
    keep_photo(any_store, session, ASTRONAUT, marks())
    document = json.loads(json.dumps(export_profile(any_store, "Alex", with_photos=True)))
    any_store.delete_profile("Alex")

    def broken(*_args: object) -> None:
        raise OSError("disk gone while writing photos")

    monkeypatch.setattr(core.store.photos, "write_photos", broken)
    with pytest.raises(OSError, match="disk gone"):
        import_profile(any_store, document, catalogue)
    assert [p.name for p in any_store.profiles()] == []
    monkeypatch.undo()
    import_profile(any_store, document, catalogue)
    assert [p.name for p in any_store.profiles()] == ["Alex"] and len(session_photos(any_store, session)) == 1


def test_a_corrected_session_replaces_the_saved_one_and_its_photos_at_once(
        any_store: Store, catalogue: Catalogue) -> None:
    """Saving a corrected assessment in place of one saved before leaves exactly the new one, and the photo
    kept with the old one goes with it; if the new one cannot be written (its photos fail), the old one
    stays whole: never both, never neither."""
    from core.answers import parse_answers
    from core.engine import assess
    from tests.helpers import answers_document

    first = saved(any_store, catalogue)
    keep_photo(any_store, first, ASTRONAUT, marks())
    document = answers_document({"thomas_hip": {"left": "normal"}}, pain=2)
    result = assess(parse_answers(document, catalogue), catalogue)

    def fails(*args: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        any_store.save_session("Alex", document, result, date(2026, 12, 1), fails, replaces=first)
    assert [s.id for s in any_store.session_summaries("Alex")] == [first]
    assert len(session_photos(any_store, first)) == 1
    second = any_store.save_session("Alex", document, result, date(2026, 12, 1), replaces=first)
    assert [s.id for s in any_store.session_summaries("Alex")] == [second]
    assert any_store.load_session(second).answers["pain"]["now"] == 2
    assert session_photos(any_store, first) == []
