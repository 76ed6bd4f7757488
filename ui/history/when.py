"""When a session was taken, as a person tells sessions apart: the day, and the time when a day has two."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.store.repository import SessionSummary


def local_moment(summary: SessionSummary) -> datetime:
    """The session's day at the local time it was saved (saved_at is stored in UTC)."""
    if summary.saved_at is None:
        return datetime.combine(summary.taken_on, time(12))
    saved = summary.saved_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return datetime.combine(summary.taken_on, saved.time())


def session_labels(summaries: list[SessionSummary], day_format: str = "%d %b %Y") -> dict[str, str]:
    """Each session's label by id: "01 Dec 2026", or "01 Dec 2026, 14:05" when another shares its day
    (with seconds when two share the minute too)."""
    per_day = Counter(summary.taken_on for summary in summaries)
    minutes = Counter(local_moment(summary).strftime("%Y%m%d%H%M") for summary in summaries)
    labels = {}
    for summary in summaries:
        moment = local_moment(summary)
        clock = "%H:%M:%S" if minutes[moment.strftime("%Y%m%d%H%M")] > 1 else "%H:%M"
        shared = per_day[summary.taken_on] > 1
        labels[summary.id] = summary.taken_on.strftime(day_format) + (moment.strftime(", " + clock) if shared else "")
    return labels

