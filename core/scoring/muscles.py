"""Combines the signals for each muscle side into one rating with its confidence.

Agreeing tests raise confidence; tests that disagree give "unknown", which the routine
never stretches or strengthens. Posture alone never rates above low confidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from core.answers import SIDES, Side
from core.catalogue import Catalogue
from core.catalogue.models import Grade
from core.scoring.signals import Dimension, Signal

GRADES: tuple[Grade, ...] = ("low", "moderate", "high")


@dataclass(frozen=True)
class Rating:
    """A muscle side's state in one dimension, and what the physical tests alone say.

    ``physical_state`` lets patterns be confirmed or contradicted by real tests even where
    a posture sign disagrees and the overall state is therefore unknown.
    """

    state: str = "unknown"
    confidence: Grade | None = None
    sources: tuple[str, ...] = ()
    tests: tuple[str, ...] = ()
    conflict: bool = False
    physical_state: str = "unknown"
    physical_sources: tuple[str, ...] = ()
    physical_tests: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.state != "unknown"


@dataclass(frozen=True)
class MuscleSide:
    length: Rating
    strength: Rating

    def rating(self, dimension: Dimension) -> Rating:
        return self.length if dimension == "length" else self.strength

    def to_document(self, test_order: dict[str, int]) -> dict[str, object]:
        tests = sorted({*self.length.tests, *self.strength.tests}, key=test_order.__getitem__)
        return {
            "length": self.length.state,
            "strength": self.strength.state,
            "evidence": tests,
            "evidence_by": {"length": list(self.length.tests), "strength": list(self.strength.tests)},
            "confidence": {"length": self.length.confidence, "strength": self.strength.confidence},
        }


MuscleStates = dict[str, dict[Side, MuscleSide]]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _confidence(agreeing: list[Signal]) -> Grade:
    physical = [signal for signal in agreeing if signal.kind == "physical"]
    if not physical:
        return "low"
    best = max(GRADES.index(signal.grade) for signal in physical)
    if len({signal.source for signal in agreeing}) >= 2:
        best += 1
    return GRADES[min(best, len(GRADES) - 1)]


def _resolve(signals: list[Signal]) -> tuple[str, bool]:
    """(state, conflict): the one state every signal allows; "not short" reads as normal."""
    if not signals:
        return "unknown", False
    allowed = frozenset.intersection(*(signal.allowed for signal in signals))
    if not allowed:
        return "unknown", True
    if "normal" in allowed:
        return "normal", False
    return (next(iter(allowed)), False) if len(allowed) == 1 else ("unknown", False)


def _tests(signals: list[Signal], test_order: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted(_unique(t for s in signals for t in s.tests), key=test_order.__getitem__))


def rate(signals: list[Signal], test_order: dict[str, int]) -> Rating:
    """One muscle side's state in one dimension from all the signals about it."""
    if not signals:
        return Rating()
    state, conflict = _resolve(signals)
    physical = [signal for signal in signals if signal.kind == "physical"]
    physical_state, _ = _resolve(physical)
    return Rating(
        state=state,
        confidence=_confidence(signals) if state != "unknown" else None,
        sources=_unique(signal.source for signal in signals),
        tests=_tests(signals, test_order),
        conflict=conflict,
        physical_state=physical_state,
        physical_sources=_unique(signal.source for signal in physical),
        physical_tests=_tests(physical, test_order),
    )


def rate_muscles(signals: Iterable[Signal], catalogue: Catalogue) -> MuscleStates:
    """Every catalogue muscle, both sides; a midline muscle pools both sides' signals."""
    grouped: dict[tuple[str, Side, Dimension], list[Signal]] = defaultdict(list)
    for signal in signals:
        sides = SIDES if catalogue.muscles[signal.muscle].midline else (signal.side,)
        for side in sides:
            key = (signal.muscle, side, signal.dimension)
            if signal not in grouped[key]:
                grouped[key].append(signal)
    order = {test_id: index for index, test_id in enumerate(catalogue.tests)}
    return {
        muscle: {
            side: MuscleSide(
                rate(grouped[(muscle, side, "length")], order),
                rate(grouped[(muscle, side, "strength")], order),
            )
            for side in SIDES
        }
        for muscle in catalogue.muscles
    }
