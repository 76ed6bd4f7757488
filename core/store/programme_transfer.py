"""The programme's records in a profile export: guided sessions and exercise versions.

Checked whole before anything is written (like the rest of an import), then written in the
import's one transaction; importing the same file twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.catalogue.programme import VERSIONS
from core.jsondoc import DocumentError
from core.store.models import ExerciseVersion, ProgrammeDay
from core.store.repository import Store

SIDES = ("left", "right", "both")
SKIPS = ("too_hard", "it_hurts")
WHYS = ("progress", "flare", "hurt")
MAX_ID = 80


@dataclass(frozen=True)
class ProgrammeRecords:
    days: list[tuple[date, int | None, int | None, list[dict[str, Any]]]] = field(default_factory=list)
    versions: list[tuple[str, str, date, str]] = field(default_factory=list)


def export_programme(store: Store, profile: str) -> dict[str, Any]:
    with store._transaction() as session:
        owner = store._profile(session, profile).id
        days = session.scalars(select(ProgrammeDay).where(ProgrammeDay.profile_id == owner)
                               .order_by(ProgrammeDay.day)).all()
        versions = session.scalars(select(ExerciseVersion).where(ExerciseVersion.profile_id == owner)
                                   .order_by(ExerciseVersion.since, ExerciseVersion.id)).all()
        return {"days": [{"day": d.day.isoformat(), "pain_before": d.pain_before, "pain_after": d.pain_after,
                          "done": d.done} for d in days],
                "versions": [{"exercise": v.exercise, "version": v.version, "since": v.since.isoformat(),
                              "why": v.why} for v in versions]}


def _fail(where: str, message: str) -> DocumentError:
    return DocumentError(where, message, "profile file")


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _fail(where, f"expected a date YYYY-MM-DD, got {str(value)[:40]!r}") from None


def _pain(entry: dict[str, Any], key: str, where: str) -> int | None:
    value = entry.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10):
        raise _fail(f"{where}.{key}", f"expected a whole number from 0 to 10 or null, got {str(value)[:40]!r}")
    return value


def _choice(entry: dict[str, Any], key: str, choices: tuple[str, ...], where: str) -> str:
    value = entry.get(key)
    if value not in choices:
        raise _fail(f"{where}.{key}", f"expected one of {', '.join(choices)}, got {str(value)[:40]!r}")
    return str(value)


def _exercise(entry: dict[str, Any], where: str) -> str:
    value = entry.get("exercise")
    if not isinstance(value, str) or not 0 < len(value) <= MAX_ID:
        raise _fail(f"{where}.exercise", f"expected an exercise id of 1 to {MAX_ID} characters")
    return value


def _done(entry: Any, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise _fail(where, "expected an object")
    sides = entry.get("sides")
    if not isinstance(sides, list) or any(side not in SIDES for side in sides):
        raise _fail(f"{where}.sides", f"expected a list of {', '.join(SIDES)}")
    skipped = entry.get("skipped")
    if skipped is not None and skipped not in SKIPS:
        raise _fail(f"{where}.skipped", f"expected {', '.join(SKIPS)} or null")
    if not isinstance(entry.get("hurt", False), bool):
        raise _fail(f"{where}.hurt", "expected true or false")
    return {"exercise": _exercise(entry, where), "version": _choice(entry, "version", VERSIONS, where),
            "sides": list(sides), "hurt": bool(entry.get("hurt", False)), "skipped": skipped}


def check_programme(document: dict[str, Any]) -> ProgrammeRecords:
    """The optional "programme" part of an export, checked; raises DocumentError naming the field."""
    part = document.get("programme")
    if part is None:
        return ProgrammeRecords()
    if not isinstance(part, dict) or not isinstance(part.get("days", []), list) \
            or not isinstance(part.get("versions", []), list):
        raise _fail("programme", "expected an object with lists 'days' and 'versions'")
    days, seen = [], set()
    for index, entry in enumerate(part.get("days", [])):
        where = f"programme.days[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("done"), list):
            raise _fail(where, "expected an object with a list 'done'")
        day = _date(entry.get("day"), f"{where}.day")
        if day in seen:
            raise _fail(f"{where}.day", f"the day {day} is in this file twice")
        seen.add(day)
        done = [_done(item, f"{where}.done[{n}]") for n, item in enumerate(entry["done"])]
        days.append((day, _pain(entry, "pain_before", where), _pain(entry, "pain_after", where), done))
    versions = []
    for index, entry in enumerate(part.get("versions", [])):
        where = f"programme.versions[{index}]"
        if not isinstance(entry, dict):
            raise _fail(where, "expected an object")
        versions.append((_exercise(entry, where), _choice(entry, "version", VERSIONS, where),
                         _date(entry.get("since"), f"{where}.since"), _choice(entry, "why", WHYS, where)))
    return ProgrammeRecords(days, versions)


def write_programme(session: Session, owner: int, records: ProgrammeRecords) -> None:
    """Inside the import's transaction: days not stored yet, and versions not stored yet."""
    stored_days = set(session.scalars(select(ProgrammeDay.day).where(ProgrammeDay.profile_id == owner)))
    for day, before, after, done in records.days:
        if day not in stored_days:
            session.add(ProgrammeDay(profile_id=owner, day=day, pain_before=before, pain_after=after, done=done))
    stored = {(v.exercise, v.version, v.since, v.why) for v in
              session.scalars(select(ExerciseVersion).where(ExerciseVersion.profile_id == owner))}
    for exercise, version, since, why in records.versions:
        if (exercise, version, since, why) not in stored:
            session.add(ExerciseVersion(profile_id=owner, exercise=exercise, version=version, since=since, why=why))
            stored.add((exercise, version, since, why))
