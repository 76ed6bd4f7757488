"""The programme in force, the days it is planned on, and today's session as beats to play.

ui/session only plays what is decided here: which exercises are due today, at which version,
and the sequence of get-ready counts, holds, repetitions and rests for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from core.catalogue.programme import ProgrammeRules, Version
from core.result import Result, RoutineEntry
from core.result.phase import Phase

Side = Literal["left", "right"]


@dataclass(frozen=True)
class Programme:
    """The routine being done: from the latest assessment with exercises, in its phase."""

    routine: tuple[RoutineEntry, ...]
    phase: Phase
    assessed_on: date  # the assessment the phase was decided at
    routine_from: date  # the assessment the exercises come from (earlier when maintaining)


def programme_from(sessions: Sequence[tuple[date, Result]], rules: ProgrammeRules) -> Programme | None:
    """The programme in force from the saved results (oldest first), or None without one.

    A re-assessment with nothing left to correct after one that had exercises moves the
    programme to maintenance: the same exercises, fewer sessions a week.
    """
    if not sessions or not sessions[-1][1].ok:
        return None  # after a referral (or an unfinished screening) nothing is to be done until it is resolved
    usable = [(day, result) for day, result in sessions
              if result.ok and result.phase is not None]
    if not usable:
        return None
    assessed_on, latest = usable[-1]
    phase = latest.phase
    assert phase is not None
    if latest.routine:
        return Programme(latest.routine, phase, assessed_on, assessed_on)
    earlier = next(((day, r) for day, r in reversed(usable[:-1]) if r.routine), None)
    if earlier is None:
        return None
    maintained = replace(phase, id="maintain", reasons=("findings_resolved",),
                         sources=rules.phases.maintain.sources)
    return Programme(earlier[1].routine, maintained, assessed_on, earlier[0])


def per_week(entry: RoutineEntry, phase: Phase, rules: ProgrammeRules) -> int:
    """Sessions a week for one exercise: its dose, fewer when maintaining."""
    planned = entry.dose.per_week
    if phase.id == "maintain":
        return min(planned, rules.phases.maintain.per_week.get(entry.purpose, planned))
    return planned


def weekdays(times_a_week: int) -> tuple[int, ...]:
    """Monday=0 ...: spread evenly, so 3 a week is never two days running (ACSM: non-consecutive)."""
    times = max(1, min(7, times_a_week))
    return tuple(sorted({round(index * 7 / times) % 7 for index in range(times)}))


def is_due(entry: RoutineEntry, day: date, phase: Phase, rules: ProgrammeRules) -> bool:
    return day.weekday() in weekdays(per_week(entry, phase, rules))


def next_session(programme: Programme, after: date, rules: ProgrammeRules) -> date | None:
    """The first day from ``after`` on with an exercise planned."""
    for offset in range(7):
        day = after + timedelta(days=offset)
        if any(is_due(entry, day, programme.phase, rules) for entry in programme.routine):
            return day
    return None


def reassessment_due(programme: Programme, rules: ProgrammeRules) -> date:
    return programme.assessed_on + timedelta(days=rules.reassess_after_days)


def starting_version(purpose: str, phase: Phase) -> Version:
    """Before any change: strengthening at the phase's version (easier while easing), the rest standard."""
    return phase.strengthen_version if purpose == "strengthen" else "standard"


@dataclass(frozen=True)
class Item:
    """One exercise of today's session."""

    exercise: str
    name: str
    purpose: str
    version: Version
    sides: tuple[Side, ...] | tuple[None]  # (None,) for an exercise done once, not per side
    side_label: str  # left, right or both: as the routine says
    sets: int
    reps: int
    hold_s: int | None


def items_for(programme: Programme, day: date, versions: Mapping[str, Version], sided: Mapping[str, bool],
              rules: ProgrammeRules, everything: bool = False) -> list[Item]:
    """The exercises due on this day (or all of them), each at its version."""
    found = []
    for entry in programme.routine:
        if not everything and not is_due(entry, day, programme.phase, rules):
            continue
        exercise, side = entry.exercise, entry.side
        sides: tuple[Side, ...] | tuple[None]
        if side == "both":
            sides = ("left", "right") if sided.get(exercise) else (None,)
        else:
            sides = ("left",) if side == "left" else ("right",)
        dose = entry.dose
        version = versions.get(exercise) or starting_version(entry.purpose, programme.phase)
        found.append(Item(exercise, entry.name, entry.purpose, version, sides, side,
                          dose.sets, dose.reps, dose.hold_s))
    return found


BeatKind = Literal["get_ready", "hold", "reps", "rest"]


@dataclass(frozen=True)
class Beat:
    """One step of an exercise: a count to wait (get ready, hold, rest) or repetitions to tap."""

    kind: BeatKind
    amount: int  # seconds, or repetitions for "reps"
    side: Side | None
    set_number: int
    rep_number: int = 0  # for holds: which repetition (1-based)
    new_side: bool = False  # the first beat on this side: announce it


def beats(item: Item, rules: ProgrammeRules) -> list[Beat]:
    """The get-ready counts, holds or repetitions, and rests of one exercise, side by side."""
    found: list[Beat] = []
    ready, rest = rules.session.get_ready_s, rules.session.rest_between_sets_s
    for side in item.sides:
        first = True
        for set_number in range(1, item.sets + 1):
            if set_number > 1 and rest:
                found.append(Beat("rest", rest, side, set_number))
            if item.hold_s:
                for rep in range(1, item.reps + 1):
                    found.append(Beat("get_ready", ready, side, set_number, rep, new_side=first))
                    found.append(Beat("hold", item.hold_s, side, set_number, rep))
                    first = False
            else:
                found.append(Beat("get_ready", ready, side, set_number, new_side=first))
                found.append(Beat("reps", item.reps, side, set_number))
                first = False
    return found


def calendar_days(programme: Programme, start: date, weeks: int, rules: ProgrammeRules) -> Iterable[date]:
    """Every planned day for a number of weeks from ``start``."""
    for offset in range(weeks * 7):
        day = start + timedelta(days=offset)
        if any(is_due(entry, day, programme.phase, rules) for entry in programme.routine):
            yield day


def entry_version(entry: RoutineEntry, result: Result) -> Version:
    """The version a routine entry starts at, from its result's phase (standard for results without one)."""
    return starting_version(entry.purpose, result.phase) if result.phase else "standard"
