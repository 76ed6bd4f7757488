"""Comparing sessions honestly: what changed, which way, and whether it matters.

Direction comes from what each test measures (a longer hold is better, fewer degrees
short of straight is better, moving to the reference value is better), never from colour
or sign alone. A measured change smaller than the test's minimal detectable change (data/,
clinical reference section 9) is measurement noise: "same", with the threshold given. Pain
changes are "meaningful" only past the minimal clinically important difference the catalogue
cites. Fewer than two sessions are not a trend.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from core.catalogue import Catalogue
from core.catalogue.models import Test
from core.result import Result, RoutineEntry

Direction = Literal["better", "worse", "same"]


@dataclass(frozen=True)
class Snapshot:
    """What progress needs of a stored session."""

    id: str
    taken_on: date
    answers: dict[str, Any]
    result: Result


def _sign(delta: float, better: str | None, threshold: float = 0.0) -> Direction:
    """Which way a change went; a change within the threshold (measurement error) is "same"."""
    if delta == 0 or abs(delta) < threshold:
        return "same"
    return "better" if (delta > 0) == (better == "higher") else "worse"


def detectable_change(test: Test, earlier: float) -> float:
    """The smallest change from `earlier` that this test can tell from measurement error."""
    return test.input.mdc.of(earlier) if test.input.mdc is not None else 0.0


def _category_direction(test: Test, old: Any, new: Any) -> Direction:
    reference: set[object] = {False} if test.input.kind == "boolean" else {
        choice.value for choice in test.input.choices if choice.normal}
    if (old in reference) == (new in reference):
        return "same"
    return "better" if new in reference else "worse"


def _sides(value: Any) -> dict[str | None, Any]:
    if isinstance(value, dict):
        return {side: v for side, v in value.items() if v is not None}
    return {None: value}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 1)


def compare_tests(old: dict[str, Any], new: dict[str, Any], catalogue: Catalogue) -> list[dict[str, Any]]:
    """Every test measured in both sessions, side by side, with its direction of change."""
    rows = []
    before, after = old.get("observations", {}), new.get("observations", {})
    for test in catalogue.tests.values():
        if before.get(test.id) is None or after.get(test.id) is None:
            continue
        was, now = _sides(before[test.id]), _sides(after[test.id])
        for side in [s for s in (None, "left", "right") if s in was and s in now]:
            row: dict[str, Any] = {"test": test.id, "side": side, "from": was[side], "to": now[side]}
            if test.input.is_numeric:
                delta = float(now[side]) - float(was[side])
                threshold = detectable_change(test, float(was[side]))
                row |= {"from": _number(was[side]), "to": _number(now[side]), "delta": _number(delta),
                        "mdc": _number(threshold), "direction": _sign(delta, test.input.better, threshold)}
            else:
                row["direction"] = _category_direction(test, was[side], now[side])
            rows.append(row)
    return rows


def compare_asymmetry(old: dict[str, Any], new: dict[str, Any], catalogue: Catalogue) -> list[dict[str, Any]]:
    """For measured tests done on both sides: the left-right gap, where less is better."""
    rows = []
    for test in catalogue.tests.values():
        if not (test.input.sided and test.input.is_numeric):
            continue
        gaps, larger = [], 0.0
        for document in (old, new):
            sides = document.get("observations", {}).get(test.id) or {}
            if sides.get("left") is None or sides.get("right") is None:
                break
            gaps.append(abs(float(sides["left"]) - float(sides["right"])))
            larger = larger or max(float(sides["left"]), float(sides["right"]))
        if len(gaps) == 2:
            delta = gaps[1] - gaps[0]
            threshold = detectable_change(test, larger)  # each side carries the test's error
            rows.append({"test": test.id, "from": _number(gaps[0]), "to": _number(gaps[1]),
                         "delta": _number(delta), "mdc": _number(threshold),
                         "direction": _sign(delta, "lower", threshold)})
    return rows


_LENGTH_REFERENCE = {"normal"}
_STRENGTH_REFERENCE = {"normal"}


def compare_muscles(old: Result, new: Result) -> list[dict[str, Any]]:
    """Muscle sides rated in both sessions whose state changed; unrated sides are not judged."""
    rows = []
    for muscle, sides in new.muscles.items():
        for side, state in sides.items():
            earlier = old.muscles.get(muscle, {}).get(side)
            if earlier is None:
                continue
            for dimension, reference in (("length", _LENGTH_REFERENCE), ("strength", _STRENGTH_REFERENCE)):
                was, now = earlier.state(dimension), state.state(dimension)
                if "unknown" in (was, now) or was == now:
                    continue
                if (was in reference) == (now in reference):
                    direction: Direction = "same"
                else:
                    direction = "better" if now in reference else "worse"
                rows.append({"muscle": muscle, "side": side, "dimension": dimension, "from": was,
                             "to": now, "direction": direction})
    return rows


def compare_patterns(old: Result, new: Result) -> dict[str, list[str]]:
    if not old.ok or not new.ok:
        return {"resolved": [], "new": [], "kept": []}  # a stopped session found nothing to compare
    before = [p.id for p in old.patterns]
    after = [p.id for p in new.patterns]
    return {"resolved": [p for p in before if p not in after], "new": [p for p in after if p not in before],
            "kept": [p for p in after if p in before]}


def compare_pain(old: dict[str, Any], new: dict[str, Any], mcid: int) -> dict[str, Any] | None:
    was, now = (old.get("pain") or {}).get("now"), (new.get("pain") or {}).get("now")
    if was is None or now is None:
        return None
    delta = now - was
    return {"from": was, "to": now, "delta": delta, "meaningful": abs(delta) >= mcid,
            "direction": _sign(delta, "lower")}


def compare(old: Snapshot, new: Snapshot, catalogue: Catalogue) -> dict[str, Any]:
    """The change from one session to a later one, as contract.md's history document has it."""
    return {
        "from": old.id, "to": new.id,
        "pain": compare_pain(old.answers, new.answers, catalogue.pain_change.mcid),
        "tests": compare_tests(old.answers, new.answers, catalogue),
        "asymmetry": compare_asymmetry(old.answers, new.answers, catalogue),
        "muscles": compare_muscles(old.result, new.result),
        "patterns": compare_patterns(old.result, new.result),
    }


Series = list[tuple[date, float]]
MIN_TREND_POINTS = 2  # one session is not a trend


def as_trend(points: Series) -> Series | None:
    """The points, or None when there are too few to call a trend."""
    return points if len(points) >= MIN_TREND_POINTS else None


def pain_trend(snapshots: list[Snapshot]) -> Series | None:
    """Pain now (0-10) over time, from the sessions where it was rated; None below two points."""
    return as_trend([(s.taken_on, float(s.answers["pain"]["now"])) for s in snapshots
                   if (s.answers.get("pain") or {}).get("now") is not None])


def asymmetry_trend(snapshots: list[Snapshot], test_id: str) -> Series | None:
    """The left-right gap of a measured test over time; None below two points."""
    points = []
    for snapshot in snapshots:
        sides = snapshot.answers.get("observations", {}).get(test_id)
        if isinstance(sides, dict) and sides.get("left") is not None and sides.get("right") is not None:
            points.append((snapshot.taken_on, abs(float(sides["left"]) - float(sides["right"]))))
    return as_trend(points)


def trend(snapshots: list[Snapshot], test_id: str, side: str | None) -> list[tuple[date, float]] | None:
    """A test's values over time (oldest first); None below two points: one session is not a trend."""
    points = []
    for snapshot in snapshots:
        value = snapshot.answers.get("observations", {}).get(test_id)
        value = value.get(side) if isinstance(value, dict) and side else value
        if isinstance(value, int | float) and not isinstance(value, bool):
            points.append((snapshot.taken_on, float(value)))
    return as_trend(points)


def latest_routine(newest_first: Iterable[Result]) -> tuple[RoutineEntry, ...]:
    """The routine now in use: that of the latest session not stopped at the safety questions.

    Takes the results newest first (a generator is read only as far as needed).
    """
    return next((result.routine for result in newest_first if result.ok), ())
