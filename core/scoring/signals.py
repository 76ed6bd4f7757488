"""Turns observations into signals: what each observed value says about one muscle side.

A signal carries the set of states it allows, so a passed length test ("not short")
agrees with a posture sign that says "long", and only a real contradiction empties the set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from core.answers import Answers, Value
from core.catalogue import Catalogue
from core.catalogue.models import Bands, Finding, Grade, Sex, Test, TestKind
from core.contract import SIDES, Side

Dimension = Literal["length", "strength"]
OTHER_SIDE: dict[Side, Side] = {"left": "right", "right": "left"}


@dataclass(frozen=True)
class Signal:
    muscle: str
    side: Side
    dimension: Dimension
    allowed: frozenset[str]
    source: str
    tests: tuple[str, ...]
    kind: TestKind
    grade: Grade


def band_of(bands: Bands, value: float, sex: Sex | None) -> str:
    """The last band whose lower bound the value meets (bands rise, the first is open)."""
    label = ""
    for band in bands.for_sex(sex):
        if band.above is not None and not value > band.above:
            break
        if band.at_least is not None and not value >= band.at_least:
            break
        label = band.label
    return label


def categorize(test: Test, value: Value, sex: Sex | None) -> str | None:
    """The category an observed value falls into, or None where no cut-off exists."""
    if test.input.kind == "choice":
        return str(value)
    if test.input.kind == "boolean":
        return "true" if value else "false"
    if test.bands is None:
        return None
    return band_of(test.bands, float(value), sex)


def categories(answers: Answers, catalogue: Catalogue) -> dict[str, dict[Side | None, str | None]]:
    """Every observation's category, by test and side."""
    return {
        test_id: {
            side: categorize(catalogue.tests[test_id], value, answers.sex)
            for side, value in values.items()
        }
        for test_id, values in answers.observations.items()
    }


def finding_sides(finding: Finding, observed: Side | None) -> tuple[Side, ...]:
    """Which sides a finding speaks of, given the side the observation was made on."""
    if finding.side in ("left", "right"):
        return (finding.side,)
    if observed is None or finding.side == "both":
        return SIDES
    return (OTHER_SIDE[observed],) if finding.side == "opposite" else (observed,)


def finding_signals(
    finding: Finding, observed: Side | None, source: str, tests: tuple[str, ...],
    kind: TestKind, grade: Grade,
) -> Iterator[Signal]:
    dimension: Dimension = "length" if finding.length is not None else "strength"
    allowed = frozenset(finding.length or finding.strength or ())
    for side in finding_sides(finding, observed):
        yield Signal(finding.muscle, side, dimension, allowed, source, tests, kind, grade)


def test_signals(
    observed: dict[str, dict[Side | None, str | None]], catalogue: Catalogue,
) -> Iterator[Signal]:
    """Signals from every observation whose category maps to muscle states."""
    for test_id, by_side in observed.items():
        test = catalogue.tests[test_id]
        for side, category in by_side.items():
            grade: Grade = "low" if test.athletes_norm else test.evidence.grade
            for finding in test.findings.get(category or "", ()):
                yield from finding_signals(finding, side, test.id, (test.id,), test.kind, grade)
