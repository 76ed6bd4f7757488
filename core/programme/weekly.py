"""Exercise and pain together, week by week, and how regularly the routine was done between two
assessments: read from the exercise log (ticked by hand or filled by a guided session)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from core.adherence import Tick, week_start

LogRow = tuple[date, str, str, bool, int | None]


def pain_by_week(log: Iterable[LogRow]) -> list[tuple[date, float]]:
    """(Monday, mean of each day's highest pain) for each week with a pain rating, oldest first."""
    daily: dict[date, int] = {}
    for day, _exercise, _side, _done, pain in log:
        if pain is not None:
            daily[day] = max(pain, daily.get(day, pain))
    weeks: dict[date, list[int]] = defaultdict(list)
    for day, pain in daily.items():
        weeks[week_start(day)].append(pain)
    return [(week, round(fmean(pains), 1)) for week, pains in sorted(weeks.items())]


@dataclass(frozen=True)
class Regularity:
    """How regularly the routine was done between two assessments."""

    days_between: int
    days_exercised: int
    weeks_with_exercise: int
    weeks: int
    percent_of_plan: float | None  # None when nothing was planned


def regularity_between(planned: list[Tick], log: Iterable[LogRow], start: date, end: date) -> Regularity:
    """From the day of the earlier assessment up to (not including) the later one.

    A week counts a tick at most as often as the dose asks (core.adherence); the plan is each
    tick's sessions a week times the weeks between, so a part week asks for its part.
    """
    between = [row for row in log if start <= row[0] < end and row[3]]
    days_between = max((end - start).days, 0)
    counts: dict[date, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for day, exercise, side, _done, _pain in between:
        counts[week_start(day)][(exercise, side)] += 1
    done = sum(min(week.get((tick.exercise, tick.side), 0), tick.per_week) for week in counts.values()
               for tick in planned)
    asked = sum(tick.per_week for tick in planned) * days_between / 7
    percent = min(100.0, round(100.0 * done / asked, 0)) if asked else None
    weeks = -(-days_between // 7)
    return Regularity(days_between, len({row[0] for row in between}), len(counts), weeks, percent)
