"""Progression from the exercise log: offer the harder version, step back after a flare.

The pain-monitoring model (clinical reference section 9; Silbernagel 2007): pain up to 5/10
during exercise is fine if it settles by the next morning and does not build week to week;
otherwise step back. Here, after the window of data/programme.yaml (two weeks) done on at
least 80% of the planned days at one version, with pain during exercise at most 5/10 on every
one of those days and settled by the next session, the harder version is *offered*; a flare
(pain up 2 points or more that has not settled by the next session) steps back to the easier
one. The latest session, whose settling only the next one can tell, is judged then. Nothing
changes silently: each Change says why, and the person accepts an offer.

"Settled by the next morning" is read from the pain rated before the next session: the app
asks it then, and a session is usually done once a day.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from core.catalogue.programme import VERSIONS, Progression, Version


@dataclass(frozen=True)
class Done:
    """One exercise done on a day, at a version (both sides count as one exercise)."""

    exercise: str
    version: Version
    hurt: bool = False  # "it hurts" was pressed during it


@dataclass(frozen=True)
class Day:
    """A guided session: pain before and after (0-10, None when not rated) and what was done."""

    day: date
    pain_before: int | None
    pain_after: int | None
    done: tuple[Done, ...]


@dataclass(frozen=True)
class Change:
    exercise: str
    current: Version
    proposed: Version
    why: Literal["progress", "flare", "hurt"]
    since: date  # the first day the evidence covers
    days_done: int = 0
    days_planned: int = 0


def _step(version: Version, by: int) -> Version | None:
    index = VERSIONS.index(version) + by
    return VERSIONS[index] if 0 <= index < len(VERSIONS) else None


def _settled(day: Day, following: Day | None) -> bool | None:
    """Whether the pain after this session was back to its level before it by the next session.

    None when it cannot be told (a rating missing, or no next session yet).
    """
    if day.pain_before is None or day.pain_after is None:
        return None
    if day.pain_after <= day.pain_before:
        return True
    if following is None or following.pain_before is None:
        return None
    return following.pain_before <= day.pain_before


def is_flare(day: Day, following: Day | None, rules: Progression) -> bool:
    """Pain up by the flare rise or more during the session, and still up at the next one."""
    if day.pain_before is None or day.pain_after is None or day.pain_after - day.pain_before < rules.flare_rise:
        return False
    return following is not None and following.pain_before is not None \
        and following.pain_before - day.pain_before >= rules.flare_rise


def _change_for(exercise: str, version: Version, per_week: int, days: Sequence[Day], today: date,
                rules: Progression, since: date | None) -> Change | None:
    at_version = [(index, day) for index, day in enumerate(days)
                  if (since is None or day.day >= since)
                  and any(d.exercise == exercise and d.version == version for d in day.done)]
    for index, day in reversed(at_version):
        following = days[index + 1] if index + 1 < len(days) else None
        entry = next(d for d in day.done if d.exercise == exercise and d.version == version)
        easier = _step(version, -1)
        if easier and entry.hurt:
            return Change(exercise, version, easier, "hurt", day.day)
        if easier and is_flare(day, following, rules):
            return Change(exercise, version, easier, "flare", day.day)
    harder = _step(version, +1)
    start = today - timedelta(days=rules.window_days - 1)
    if harder is None or not at_version or at_version[0][1].day > start:
        return None  # not yet a whole window at this version
    window = [(index, day) for index, day in at_version if start <= day.day <= today]
    planned = math.ceil(per_week * rules.window_days / 7)
    if len(window) < math.ceil(rules.min_done_share * planned):
        return None
    for index, day in window:
        following = days[index + 1] if index + 1 < len(days) else None
        settled = _settled(day, following)
        if day.pain_after is None or day.pain_after > rules.max_pain_during or settled is False:
            return None  # too much pain, or not settled
        if settled is None and following is not None:
            return None  # a rating missing: wait
        # the latest session's settling is told by the next one: it is judged then (a flare steps back)
    return Change(exercise, version, harder, "progress", start, len(window), planned)


def changes(current: dict[str, Version], per_week: dict[str, int], days: Iterable[Day], today: date,
            rules: Progression, since: Mapping[str, date] | None = None) -> list[Change]:
    """For each exercise at its current version: step back, offer the harder one, or nothing.

    ``days`` are the guided sessions, any order; only those at the exercise's current version,
    and from the day it was set (``since``, when the version was changed), count: a change once
    made is judged afresh on the days after it, and an old flare at a version left and taken up
    again is not held against it.
    """
    ordered = sorted((d for d in days if d.day <= today), key=lambda d: d.day)
    found = [_change_for(exercise, version, per_week.get(exercise, 7), ordered, today, rules,
                         (since or {}).get(exercise))
             for exercise, version in current.items()]
    return [change for change in found if change is not None]
