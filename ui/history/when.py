"""When a session was taken, as a person tells sessions apart: the day, and the time when a day has two."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.store.repository import SessionSummary

DAY = "%d %b %Y"


def local_moment(summary: SessionSummary) -> datetime:
    """The session's day at the local time it was saved (saved_at is stored in UTC)."""
    if summary.saved_at is None:
        return datetime.combine(summary.taken_on, time(12))
    saved = summary.saved_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return datetime.combine(summary.taken_on, saved.time())


class SessionNames:
    """Labels sessions on demand: "01 Dec 2026", or "01 Dec 2026, 14:05" when another shares its day
    (with seconds when two share the minute too). Only sessions sharing a day pay for a clock."""

    def __init__(self, summaries: list[SessionSummary]) -> None:
        per_day = Counter(summary.taken_on for summary in summaries)
        self.moments = {s.id: local_moment(s) for s in summaries if per_day[s.taken_on] > 1}
        self.minutes = Counter(moment.replace(second=0, microsecond=0) for moment in self.moments.values())

    def label(self, summary: SessionSummary) -> str:
        moment = self.moments.get(summary.id)
        if moment is None:
            return summary.taken_on.strftime(DAY)
        clock = "%H:%M:%S" if self.minutes[moment.replace(second=0, microsecond=0)] > 1 else "%H:%M"
        return summary.taken_on.strftime(DAY) + moment.strftime(", " + clock)

    def widest_candidates(self, summaries: list[SessionSummary]) -> list[str]:
        """Labels wide enough to size a column by: every month's name, and each session with a clock."""
        months = [date(2000, month, 28).strftime(DAY) for month in range(1, 13)]
        return months + [self.label(s) for s in summaries if s.id in self.moments]
