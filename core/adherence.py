"""How regularly the routine was done: planned ticks per week against the ticks logged.

Each exercise of the routine is ticked per side where it is done one side at a time; a week
counts a tick at most as often as the dose asks (more is not "more adherent").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from core.catalogue import Catalogue
from core.result import RoutineEntry


@dataclass(frozen=True)
class Tick:
    exercise: str
    side: str
    per_week: int


def ticks(routine: Iterable[RoutineEntry], catalogue: Catalogue) -> list[Tick]:
    """What can be ticked each day: every exercise, and each side of a one-sided one done on both."""
    found = []
    for entry in routine:
        exercise = catalogue.exercises[entry.exercise]
        per_week = entry.dose.per_week
        sides = ("left", "right") if entry.side == "both" and exercise.sided else (entry.side,)
        found += [Tick(exercise.id, side, per_week) for side in sides]
    return found


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def adherence_by_week(planned: list[Tick], log: Iterable[tuple[date, str, str, bool, int | None]],
                      ) -> list[tuple[date, float]]:
    """(Monday, percent done) for each week with any log entry, oldest first."""
    done: dict[date, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for day, exercise, side, was_done, _pain in log:
        week = done[week_start(day)]
        if was_done:
            week[(exercise, side)] += 1
    total = sum(tick.per_week for tick in planned)
    if not total:
        return []
    return [(week, 100.0 * sum(min(counts.get((t.exercise, t.side), 0), t.per_week) for t in planned) / total)
            for week, counts in sorted(done.items())]
