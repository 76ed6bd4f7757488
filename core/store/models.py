"""The database tables, as SQLAlchemy 2 typed ORM classes.

A session keeps the whole answers and result documents and the catalogue version that
produced them, so an old session reads exactly as it did; a few summary columns
(status, pain, patterns) let the history list load without parsing any document.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Profile(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    year_of_birth: Mapped[int | None]
    sex: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sessions: Mapped[list[AssessmentSession]] = relationship(
        back_populates="profile", cascade="all, delete-orphan", order_by="AssessmentSession.taken_on")


class AssessmentSession(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(Date, index=True)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12))
    pain_now: Mapped[int | None]
    pattern_ids: Mapped[list[str]]
    answers: Mapped[dict[str, Any]]
    result: Mapped[dict[str, Any]]
    catalogue_version: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))
    profile: Mapped[Profile] = relationship(back_populates="sessions")


class Draft(Base):
    """An assessment in progress: the answers so far and the page reached."""

    __tablename__ = "drafts"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    answers: Mapped[dict[str, Any]]
    page: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ExerciseLog(Base):
    """One exercise on one side on one day; logging the same day again edits the row."""

    __tablename__ = "exercise_log"
    __table_args__ = (UniqueConstraint("profile_id", "day", "exercise", "side"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    exercise: Mapped[str] = mapped_column(String(80))
    side: Mapped[str] = mapped_column(String(8))
    done: Mapped[bool] = mapped_column(Boolean)
    pain: Mapped[int | None]


class SessionPhoto(Base):
    """A posture photo kept with its session (issue 18): upright JPEG bytes without the camera's
    metadata, and its landmarks document. Deleted with the session by the foreign key."""

    __tablename__ = "session_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(8))
    image: Mapped[bytes] = mapped_column(LargeBinary)
    landmarks: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class ProgrammeDay(Base):
    """A guided session: pain before and after, and each exercise done (version, sides, skipped)."""

    __tablename__ = "programme_days"
    __table_args__ = (UniqueConstraint("profile_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    pain_before: Mapped[int | None]
    pain_after: Mapped[int | None]
    done: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class ExerciseVersion(Base):
    """From this day on, this exercise is done at this version (easier, standard, harder), and why."""

    __tablename__ = "exercise_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    exercise: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(10))
    since: Mapped[date] = mapped_column(Date)
    why: Mapped[str] = mapped_column(String(20))
