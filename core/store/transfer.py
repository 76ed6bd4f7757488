"""Moving a profile with all its sessions as one JSON file.

An import is validated completely before anything is written, and then written in one
transaction or not at all. Sessions keep their ids, so importing the same file twice adds
nothing. A result is never taken on trust: where the session names the current catalogue
it is recomputed from its answers; an older one is kept as it was, but only if its status
agrees with its own red-flag answers (a stored "ok" beside a reported red flag is refused).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from core import contract
from core.answers import AnswersError, parse_answers
from core.catalogue import Catalogue
from core.names import profile_name
from core.posture.landmarks import Landmarks
from core.result import Result, ResultError
from core.store.errors import ExportError as ExportError  # re-exported: importers catch it here
from core.store.errors import NotFound
from core.store.programme_transfer import ProgrammeRecords, check_programme, export_programme, write_programme
from core.store.repository import NewSession, Store

KIND = "rebalance-profile"
STATUSES = ("ok", "refer", "incomplete")
LOG_SIDES = ("left", "right", "both")
MAX_ID = 80
MAX_VERSION = 40  # the width of the version columns


def export_profile(store: Store, name: str, with_photos: bool = False) -> dict[str, Any]:
    """The profile, every session (answers and result as saved) and the exercise log; posture photos
    only when the person asks for them (``with_photos``)."""
    info = next((p for p in store.profiles() if p.name == name), None)
    if info is None:
        raise NotFound(f"no profile named '{name}'")
    sessions = [store.load_session(summary.id) for summary in store.session_summaries(name)]
    document: dict[str, Any] = {
        "format": contract.FORMAT, "kind": KIND,
        "profile": {"name": info.name, "year_of_birth": info.year_of_birth, "sex": info.sex,
                    "notes": info.notes},
        "sessions": [{"id": s.id, "date": s.taken_on.isoformat(), "answers": s.answers,
                      "result": s.result.to_document(), "catalogue_version": s.catalogue_version,
                      "app_version": s.app_version} for s in sessions],
        "exercise_log": [{"day": day.isoformat(), "exercise": exercise, "side": side, "done": done,
                          "pain": pain} for day, exercise, side, done, pain in store.exercise_log(name)],
        "programme": export_programme(store, name),
    }
    if with_photos:
        from core.store.photos import photos_document

        for entry in document["sessions"]:
            entry["photos"] = photos_document(store, entry["id"])
    return document


@dataclass(frozen=True)
class CheckedExport:
    name: str
    fields: dict[str, Any]
    sessions: list[NewSession]
    log: list[tuple[date, str, str, bool, int | None]]
    photos: dict[str, list[tuple[bytes, Landmarks]]] = field(default_factory=dict)
    programme: ProgrammeRecords = field(default_factory=ProgrammeRecords)


def _field(obj: Any, key: str, kind: type | tuple[type, ...], where: str, optional: bool = False) -> Any:
    value = obj.get(key) if isinstance(obj, dict) else None
    if value is None and optional:
        return None
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise ExportError(f"{where}.{key}".lstrip("."), f"missing or of the wrong type (expected {names})")
    return value


def _whole(obj: Any, key: str, low: int, high: int, where: str) -> int | None:
    value: int | None = _field(obj, key, int, where, optional=True)
    if value is not None and not low <= value <= high:
        raise ExportError(f"{where}.{key}", f"expected a whole number from {low} to {high}, got {value}")
    return value


def _version(obj: Any, key: str, where: str) -> str:
    value: str = _field(obj, key, str, where, optional=True) or ""
    if len(value) > MAX_VERSION:
        raise ExportError(f"{where}.{key}", f"expected a version of at most {MAX_VERSION} characters")
    return value


def _date(text: Any, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ExportError(where, f"expected a date YYYY-MM-DD, got {text!r}") from None


def _profile(document: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    profile = _field(document, "profile", dict, "")
    name = profile_name(_field(profile, "name", str, "profile"), "profile.name")
    sex = profile.get("sex")
    if sex not in (None, "female", "male"):
        raise ExportError("profile.sex", f"expected female, male or null, got {sex!r}")
    notes = _field(profile, "notes", str, "profile", optional=True) or ""
    year = _whole(profile, "year_of_birth", 1900, date.today().year, "profile")
    return name, {"year_of_birth": year, "sex": sex, "notes": notes}


def _result(session: dict[str, Any], where: str, catalogue: Catalogue) -> Result:
    """The result to store: recomputed under the current catalogue, else checked against its answers."""
    from core.engine import assess
    from core.screening import screen

    try:
        answers = parse_answers(_field(session, "answers", dict, where), catalogue)
    except AnswersError as error:
        raise ExportError(f"{where}.answers.{error.field_path}", error.message) from None
    stored: dict[str, Any] = _field(session, "result", dict, where)
    version = session.get("catalogue_version", stored.get("catalogue_version"))
    if version == catalogue.version:
        return assess(answers, catalogue)
    for owner, path in ((session, where), (stored, f"{where}.result")):
        _version(owner, "catalogue_version", path)
    status = stored.get("status")
    if status not in STATUSES:
        raise ExportError(f"{where}.result.status", f"expected one of {', '.join(STATUSES)}, got {status!r}")
    try:
        result = Result.from_document(stored)
    except ResultError as error:
        raise ExportError(f"{where}.{error.field_path}", error.message) from None
    if screen(answers, catalogue).status == "refer" and status != "refer":
        raise ExportError(f"{where}.result.status",
                           f"says {status!r}, but its own screening answers report a red flag (refer)")
    return result


def _sessions(document: dict[str, Any], catalogue: Catalogue) -> list[NewSession]:
    checked: list[NewSession] = []
    seen: set[str] = set()
    for index, session in enumerate(_field(document, "sessions", list, "")):
        where = f"sessions[{index}]"
        session_id = _field(session, "id", str, where)
        try:
            session_id = str(uuid.UUID(session_id))
        except ValueError:
            raise ExportError(f"{where}.id", f"expected a session id (a UUID), got {session_id[:60]!r}") from None
        if session_id in seen:
            raise ExportError(f"{where}.id", f"the session {session_id} is in this file twice")
        seen.add(session_id)
        taken_on = _date(session.get("date"), f"{where}.date")
        app_version = _version(session, "app_version", where)
        result = _result(session, where, catalogue)
        checked.append((session_id, taken_on, session["answers"], result, app_version))
    return checked


def _log(document: dict[str, Any]) -> list[tuple[date, str, str, bool, int | None]]:
    entries = []
    for index, entry in enumerate(_field(document, "exercise_log", list, "", optional=True) or []):
        where = f"exercise_log[{index}]"
        day = _date(entry.get("day") if isinstance(entry, dict) else None, f"{where}.day")
        exercise = _field(entry, "exercise", str, where)
        if not 0 < len(exercise) <= MAX_ID:
            raise ExportError(f"{where}.exercise", f"expected an exercise id of 1 to {MAX_ID} characters")
        side = _field(entry, "side", str, where)
        if side not in LOG_SIDES:
            raise ExportError(f"{where}.side", f"expected one of {', '.join(LOG_SIDES)}, got {side!r}")
        done = _field(entry, "done", bool, where)
        entries.append((day, exercise, side, done, _whole(entry, "pain", 0, 10, where)))
    return entries


def validate_export(document: Any, catalogue: Catalogue) -> CheckedExport:
    """Check the whole file and the results it carries; raises ExportError naming the field."""
    if not isinstance(document, dict) or document.get("kind") != KIND or document.get("format") != contract.FORMAT:
        raise ExportError("(file)", f"not a Rebalance profile export (expected kind '{KIND}', format 1)")
    name, fields = _profile(document)
    return CheckedExport(name, fields, _sessions(document, catalogue), _log(document), _photos(document),
                         check_programme(document))


def _photos(document: dict[str, Any]) -> dict[str, list[tuple[bytes, Landmarks]]]:
    from core.store.photos import read_photos_document

    return {str(uuid.UUID(session["id"])): read_photos_document(session["photos"], f"sessions[{index}].photos")
            for index, session in enumerate(document["sessions"]) if session.get("photos") is not None}


def import_checked(store: Store, checked: CheckedExport) -> tuple[str, int]:
    """Write a validated export in one transaction (sessions, log, programme and photos: a failure
    half-way leaves nothing); returns (profile name, sessions added)."""
    return checked.name, store.import_profile(checked.name, checked.fields, checked.sessions, checked.log,
                                              partial(_write_more, checked=checked))


def _write_more(session: Session, owner: int, checked: CheckedExport) -> None:
    write_programme(session, owner, records=checked.programme)
    if checked.photos:
        from core.store.photos import write_photos

        write_photos(session, checked.photos)


def import_profile(store: Store, document: Any, catalogue: Catalogue) -> tuple[str, int]:
    """Add the profile's sessions that are not stored yet; returns (profile name, sessions added)."""
    return import_checked(store, validate_export(document, catalogue))
