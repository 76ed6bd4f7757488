"""The programme's records: each guided session and the version each exercise is done at.

A guided session also fills the exercise log (one tick per exercise and side done), so the
log's grid and adherence read the same whether a person ticked by hand or was guided.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from core.catalogue.programme import VERSIONS, Version
from core.programme.progression import Day, Done
from core.store.models import ExerciseVersion, ProgrammeDay
from core.store.repository import Store


@dataclass(frozen=True)
class Played:
    """One exercise of a guided session, as saved: its version, the sides done, any skip reason."""

    exercise: str
    version: Version
    sides: tuple[str, ...]  # "left", "right", or "both" for an exercise done once
    hurt: bool = False
    skipped: str | None = None  # too_hard, it_hurts, or None when done

    def to_document(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "version": self.version, "sides": list(self.sides),
                "hurt": self.hurt, "skipped": self.skipped}


def save_day(store: Store, profile: str, day: date, pain_before: int | None, pain_after: int | None,
             played: list[Played]) -> None:
    """Write a guided session and its ticks in one transaction; a second session that day adds to it."""
    with store._transaction() as session:
        owner = store._profile(session, profile).id
        row = session.scalar(select(ProgrammeDay).where(ProgrammeDay.profile_id == owner, ProgrammeDay.day == day))
        entries = [p.to_document() for p in played]
        if row is None:
            session.add(ProgrammeDay(profile_id=owner, day=day, pain_before=pain_before, pain_after=pain_after,
                                     done=entries))
        else:  # the pain before the day's first session stays the day's baseline
            row.pain_before = row.pain_before if row.pain_before is not None else pain_before
            row.pain_after = pain_after if pain_after is not None else row.pain_after
            row.done = [*row.done, *entries]
        for item in played:
            if item.skipped is None:
                for side in item.sides:
                    store._log(session, owner, day, item.exercise, side, True, pain_after)


def days(store: Store, profile: str) -> list[Day]:
    """Every guided session, oldest first, as the progression rules read them: what was done, and what
    was skipped because it hurt (that steps back too)."""
    with store._transaction() as session:
        owner = store._profile(session, profile).id
        rows = session.scalars(select(ProgrammeDay).where(ProgrammeDay.profile_id == owner)
                               .order_by(ProgrammeDay.day)).all()
        return [Day(row.day, row.pain_before, row.pain_after,
                    tuple(Done(str(e["exercise"]), e["version"], bool(e.get("hurt")))
                          for e in row.done
                          if (e.get("skipped") is None or e.get("hurt")) and e.get("version") in VERSIONS))
                for row in rows]


@dataclass(frozen=True)
class VersionChange:
    exercise: str
    version: Version
    since: date
    why: str


def version_changes(store: Store, profile: str) -> list[VersionChange]:
    """Every change of version, oldest first (the latest per exercise is the one in force)."""
    with store._transaction() as session:
        owner = store._profile(session, profile).id
        rows = session.scalars(select(ExerciseVersion).where(ExerciseVersion.profile_id == owner)
                               .order_by(ExerciseVersion.since, ExerciseVersion.id)).all()
        return [VersionChange(r.exercise, r.version, r.since, r.why)
                for r in rows if r.version in VERSIONS]


def current_versions(store: Store, profile: str) -> dict[str, Version]:
    return {change.exercise: change.version for change in version_changes(store, profile)}


def versions_since(store: Store, profile: str) -> dict[str, date]:
    """The day each exercise's current version was set (exercises never changed are absent)."""
    return {change.exercise: change.since for change in version_changes(store, profile)}


def set_version(store: Store, profile: str, exercise: str, version: Version, since: date, why: str) -> None:
    if version not in VERSIONS:
        raise ValueError(f"unknown version {version!r}")
    with store._transaction() as session:
        owner = store._profile(session, profile).id
        session.add(ExerciseVersion(profile_id=owner, exercise=exercise, version=version, since=since, why=why))


def versions_to_print(store: Store, profile: str, session_id: str) -> dict[str, Version] | None:
    """The versions in force, when this session's routine is the one being done (the latest with
    exercises); None for an older routine, which prints as its phase started it."""
    for summary in reversed(store.session_summaries(profile)):
        if summary.status == "ok" and store.load_session(summary.id).result.routine:
            return current_versions(store, profile) if summary.id == session_id else None
    return None
