"""Reading and writing profiles, sessions, drafts and the exercise log.

Every write is one transaction, so a process killed mid-save leaves whole sessions only.
The same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from core import __version__
from core.files import Protected
from core.i18n import translate
from core.jsondoc import DocumentError
from core.names import profile_name
from core.result import Result
from core.store.errors import NotFound, SessionConflict, StoreError
from core.store.inspection import failure_reason
from core.store.models import AssessmentSession, Draft, ExerciseLog, Profile

# (id, date, answers, result, app version) of a session to store
NewSession = tuple[str, date, dict[str, Any], Result, str]


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    year_of_birth: int | None
    sex: str | None
    notes: str
    sessions: int
    last_session: date | None


@dataclass(frozen=True)
class SessionSummary:
    """What the history list shows, read without parsing any stored document."""

    id: str
    taken_on: date
    status: str
    pain_now: int | None
    patterns: list[str]
    saved_at: datetime | None = None  # UTC; tells apart sessions taken on the same day


@dataclass(frozen=True)
class StoredSession:
    id: str
    profile: str
    taken_on: date
    answers: dict[str, Any]
    result: Result
    catalogue_version: str
    app_version: str


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    def __init__(self, engine: Engine, protected: Protected | None = None) -> None:
        self.engine = engine
        self.protected = protected or Protected()  # what the app's file dialogs may not overwrite
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # An in-memory database is one connection shared by every thread (core.store.database): one
        # transaction at a time on it, or one thread's commit would end another's transaction.
        self._one_at_a_time: AbstractContextManager[object] = (
            threading.RLock() if isinstance(engine.pool, StaticPool) else nullcontext())

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        try:
            with self._one_at_a_time, self._sessions.begin() as session:
                yield session
        except OperationalError as error:  # read-only folder, full disk, server gone: say which
            raise StoreError(failure_reason(error)) from error

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ profiles
    def _profile(self, session: Session, name: str) -> Profile:
        profile = session.scalar(select(Profile).where(Profile.name == name))
        if profile is None:
            raise NotFound(f"no profile named '{name}'")
        return profile

    def profiles(self) -> list[ProfileInfo]:
        count = func.count(AssessmentSession.id)
        query = (select(Profile, count, func.max(AssessmentSession.taken_on))
                 .outerjoin(AssessmentSession).group_by(Profile.id).order_by(Profile.name))
        with self._transaction() as session:
            return [ProfileInfo(p.id, p.name, p.year_of_birth, p.sex, p.notes, n, last)
                    for p, n, last in session.execute(query)]

    def _owner_id(self, session: Session, name: str, **fields: Any) -> int:
        """The id of the profile of this name, created (with a checked name) if new.

        Race-safe: two processes creating the same profile at once both end up with the one
        row, because the insert does nothing on a conflict instead of failing.
        """
        for candidate in dict.fromkeys((name, name.strip())):
            found = session.scalar(select(Profile.id).where(Profile.name == candidate))
            if found is not None:
                return found
        name = profile_name(name)
        dialect = self.engine.dialect.name
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        values = {"notes": "", **fields, "name": name, "created_at": _now()}
        session.execute(insert(Profile).values(**values).on_conflict_do_nothing())
        return session.scalars(select(Profile.id).where(Profile.name == name)).one()

    def create_profile(self, name: str, year_of_birth: int | None = None, sex: str | None = None,
                       notes: str = "") -> None:
        with self._transaction() as session:
            session.add(Profile(name=profile_name(name), year_of_birth=year_of_birth, sex=sex, notes=notes,
                                created_at=_now()))

    def ensure_profile(self, name: str) -> None:
        with self._transaction() as session:
            self._owner_id(session, name)

    def rename_profile(self, old: str, new: str) -> None:
        """Rename; a name another profile has is refused by name (two people's sessions
        must never merge, and the database's own refusal would read as a crash)."""
        with self._transaction() as session:
            name = profile_name(new)
            taken = session.scalar(select(Profile.id).where(Profile.name == name))
            profile = self._profile(session, old)
            if taken is not None and taken != profile.id:
                raise DocumentError("name", translate(
                    "names", "there is already a profile called “{name}”").format(name=name), "profile")
            profile.name = name

    def delete_profile(self, name: str) -> None:
        with self._transaction() as session:
            session.delete(self._profile(session, name))

    # ------------------------------------------------------------------ sessions
    def save_session(self, profile: str, answers: dict[str, Any], result: Result, taken_on: date,
                     more: Callable[[Session, str], None] | None = None, replaces: str | None = None) -> str:
        """Store one assessment (creating the profile if new); returns its new stable id.
        ``more`` adds what belongs to the session (its photos) in the same transaction, given the id;
        ``replaces`` is a session it corrects (answers changed after saving), removed in that transaction
        with its photos, so the history never holds both or neither."""
        new_id = str(uuid.uuid4())
        with self._transaction() as session:
            self._add(session, self._owner_id(session, profile), [(new_id, taken_on, answers, result, __version__)])
            if more is not None:
                more(session, new_id)
            if replaces is not None:
                session.execute(delete(AssessmentSession).where(AssessmentSession.id == replaces))
        return new_id

    def add_sessions(self, profile: str, sessions: list[NewSession]) -> int:
        """Add (id, date, answers, result, app version) sessions whose id is new, in one
        transaction; returns how many were added."""
        with self._transaction() as session:
            return self._add(session, self._owner_id(session, profile), sessions)

    def import_profile(self, name: str, fields: dict[str, Any], sessions: list[NewSession],
                       log: list[tuple[date, str, str, bool, int | None]],
                       more: Callable[[Session, int], None] | None = None) -> int:
        """A whole checked export in one transaction: the profile (fields only when new), its
        sessions not stored yet, its exercise log. A session stored under another profile
        stops the import (SessionConflict) with nothing written."""
        with self._transaction() as session:
            owner = self._owner_id(session, name, **fields)
            ids = [session_id for session_id, *_ in sessions]
            for session_id, other in session.execute(
                    select(AssessmentSession.id, Profile.name).join(Profile)
                    .where(AssessmentSession.id.in_(ids), AssessmentSession.profile_id != owner)):
                raise SessionConflict(session_id, other)
            added = self._add(session, owner, sessions)
            for entry in log:
                self._log(session, owner, *entry)
            if more is not None:  # further records of the profile (the programme's), in this transaction
                more(session, owner)
        return added

    @staticmethod
    def _add(session: Session, owner: int, sessions: list[NewSession]) -> int:
        added = 0
        for session_id, taken_on, answers, result, app_version in sessions:
            if session.get(AssessmentSession, session_id) is not None:
                continue
            session.add(AssessmentSession(
                id=session_id, profile_id=owner, taken_on=taken_on, saved_at=_now(),
                status=result.status, pain_now=(answers.get("pain") or {}).get("now"),
                pattern_ids=[p.id for p in result.patterns], answers=answers,
                result=result.to_document(), catalogue_version=result.catalogue_version,
                app_version=app_version))
            added += 1
        return added

    def session_summaries(self, profile: str) -> list[SessionSummary]:
        """Every session of a profile, oldest first, from the summary columns only.

        A plain Core query on the connection: the history list of a year of weekly sessions
        must not pay ORM costs per row (bench/history.py).
        """
        table = AssessmentSession.__table__
        query = (select(table.c.id, table.c.taken_on, table.c.status, table.c.pain_now, table.c.pattern_ids,
                        table.c.saved_at)
                 .join(Profile.__table__, Profile.id == table.c.profile_id).where(Profile.name == profile)
                 .order_by(table.c.taken_on, table.c.saved_at))
        with self._one_at_a_time, self.engine.begin() as connection:
            rows = [SessionSummary(*row) for row in connection.execute(query)]
            if not rows and connection.scalar(select(Profile.id).where(Profile.name == profile)) is None:
                raise NotFound(f"no profile named '{profile}'")
        return rows

    def load_session(self, session_id: str) -> StoredSession:
        with self._transaction() as session:
            row = session.get(AssessmentSession, session_id)
            if row is None:
                raise NotFound(f"no session with id '{session_id}'")
            return StoredSession(row.id, row.profile.name, row.taken_on, row.answers,
                                 Result.from_document(row.result),
                                 row.catalogue_version, row.app_version)

    def delete_session(self, session_id: str) -> None:
        with self._transaction() as session:
            session.execute(delete(AssessmentSession).where(AssessmentSession.id == session_id))

    # ------------------------------------------------------------------ drafts
    def save_draft(self, profile: str, answers: dict[str, Any], page: str) -> None:
        with self._transaction() as session:
            owner = self._profile(session, profile)
            draft = session.get(Draft, owner.id)
            if draft is None:
                session.add(Draft(profile_id=owner.id, answers=answers, page=page, updated_at=_now()))
            else:
                draft.answers, draft.page, draft.updated_at = answers, page, _now()

    def load_draft(self, profile: str) -> tuple[dict[str, Any], str] | None:
        with self._transaction() as session:
            draft = session.get(Draft, self._profile(session, profile).id)
            return (draft.answers, draft.page) if draft else None

    def clear_draft(self, profile: str) -> None:
        with self._transaction() as session:
            owner = self._profile(session, profile)
            session.execute(delete(Draft).where(Draft.profile_id == owner.id))

    # ------------------------------------------------------------------ exercise log
    def log_exercise(self, profile: str, day: date, exercise: str, side: str, done: bool,
                     pain: int | None = None) -> None:
        """Record one exercise on one day; logging the same day again edits it."""
        with self._transaction() as session:
            self._log(session, self._profile(session, profile).id, day, exercise, side, done, pain)

    @staticmethod
    def _log(session: Session, owner: int, day: date, exercise: str, side: str, done: bool,
             pain: int | None) -> None:
        row = session.scalar(select(ExerciseLog).where(
            ExerciseLog.profile_id == owner, ExerciseLog.day == day,
            ExerciseLog.exercise == exercise, ExerciseLog.side == side))
        if row is None:
            session.add(ExerciseLog(profile_id=owner, day=day, exercise=exercise, side=side,
                                    done=done, pain=pain))
        else:
            row.done, row.pain = done, pain

    def exercise_log(self, profile: str) -> list[tuple[date, str, str, bool, int | None]]:
        with self._transaction() as session:
            owner = self._profile(session, profile)
            rows = session.execute(select(ExerciseLog.day, ExerciseLog.exercise, ExerciseLog.side,
                                          ExerciseLog.done, ExerciseLog.pain)
                                   .where(ExerciseLog.profile_id == owner.id)
                                   .order_by(ExerciseLog.day, ExerciseLog.exercise, ExerciseLog.side))
            return [(day, exercise, side, done, pain) for day, exercise, side, done, pain in rows]
