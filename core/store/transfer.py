"""Moving a profile with all its sessions as one JSON file.

An import is validated completely before anything is written, and sessions keep their
ids, so importing the same file twice adds nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.answers import AnswersError, parse_answers
from core.catalogue import Catalogue
from core.store.errors import NotFound
from core.store.repository import Store

KIND = "rebalance-profile"


def export_profile(store: Store, name: str) -> dict[str, Any]:
    """The profile, every session (answers and result as saved) and the exercise log."""
    info = next((p for p in store.profiles() if p.name == name), None)
    if info is None:
        raise NotFound(f"no profile named '{name}'")
    sessions = [store.load_session(summary.id) for summary in store.session_summaries(name)]
    return {
        "format": 1, "kind": KIND,
        "profile": {"name": info.name, "year_of_birth": info.year_of_birth, "sex": info.sex,
                    "notes": info.notes},
        "sessions": [{"id": s.id, "date": s.taken_on.isoformat(), "answers": s.answers,
                      "result": s.result, "catalogue_version": s.catalogue_version,
                      "app_version": s.app_version} for s in sessions],
        "exercise_log": [{"day": day.isoformat(), "exercise": exercise, "side": side, "done": done,
                          "pain": pain} for day, exercise, side, done, pain in store.exercise_log(name)],
    }


def _field(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj or not isinstance(obj[key], kind):
        raise AnswersError(f"{where}.{key}", f"missing or of the wrong type (expected {kind})")
    return obj[key]


def _date(text: Any, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as error:
        raise AnswersError(where, f"expected a date YYYY-MM-DD, got {text!r}") from error


def validate_export(document: Any, catalogue: Catalogue) -> list[tuple[str, date, dict[str, Any]]]:
    """Check the whole file; returns (id, date, session) for each session, or raises AnswersError."""
    if not isinstance(document, dict) or document.get("kind") != KIND or document.get("format") != 1:
        raise AnswersError("(file)", f"not a Rebalance profile export (expected kind '{KIND}', format 1)")
    profile = _field(document, "profile", dict, "")
    _field(profile, "name", str, "profile")
    checked = []
    for index, session in enumerate(_field(document, "sessions", list, "")):
        where = f"sessions[{index}]"
        session_id = _field(session, "id", str, where)
        taken_on = _date(session.get("date"), f"{where}.date")
        _field(session, "result", dict, where)
        try:
            parse_answers(_field(session, "answers", dict, where), catalogue)
        except AnswersError as error:
            raise AnswersError(f"{where}.answers.{error.field_path}", error.message) from error
        checked.append((session_id, taken_on, session))
    for index, entry in enumerate(document.get("exercise_log", [])):
        _date(entry.get("day") if isinstance(entry, dict) else None, f"exercise_log[{index}].day")
    return checked


def import_profile(store: Store, document: Any, catalogue: Catalogue) -> tuple[str, int]:
    """Add the profile's sessions that are not stored yet; returns (profile name, sessions added)."""
    sessions = validate_export(document, catalogue)
    profile = document["profile"]
    name = profile["name"]
    if name not in {p.name for p in store.profiles()}:
        store.create_profile(name, profile.get("year_of_birth"), profile.get("sex"),
                             profile.get("notes") or "")
    added = store.add_sessions(name, [
        (session_id, taken_on, session["answers"], session["result"],
         str(session.get("app_version", "")))
        for session_id, taken_on, session in sessions])
    for entry in document.get("exercise_log", []):
        store.log_exercise(name, date.fromisoformat(entry["day"]), entry["exercise"], entry["side"],
                           bool(entry["done"]), entry.get("pain"))
    return name, added
