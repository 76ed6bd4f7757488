"""Combines the signals for each muscle side into one rating with its confidence.

Only direct tests set a state (contract.md, "Evidence has two kinds"): a posture sign alone
leaves the muscle unknown and is kept as a hint of which test to do. Direct tests that
disagree give "unknown", which the routine never stretches or strengthens. Confidence is
the diagnostic value of the best agreeing direct test, not a count of agreeing signals;
posture that disagrees lowers it one step, and posture never raises it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from core.catalogue import Catalogue
from core.catalogue.models import Grade
from core.contract import SIDES, Side
from core.scoring.signals import Dimension, Signal

GRADES: tuple[Grade, ...] = ("low", "moderate", "high")


@dataclass(frozen=True)
class Rating:
    """A muscle side's state in one dimension, from direct tests, with the posture hints beside it."""

    state: str = "unknown"
    confidence: Grade | None = None
    sources: tuple[str, ...] = ()
    tests: tuple[str, ...] = ()
    conflict: bool = False
    hints: tuple[str, ...] = ()  # posture signs about this muscle side, which set nothing
    posture_disagrees: bool = False

    @property
    def known(self) -> bool:
        return self.state != "unknown"

    @property
    def one_weak_test(self) -> bool:
        """The state rests on a single direct test, and a weak one."""
        return self.known and len(self.sources) == 1 and self.confidence == "low"


@dataclass(frozen=True)
class MuscleSide:
    length: Rating
    strength: Rating

    def rating(self, dimension: Dimension) -> Rating:
        return self.length if dimension == "length" else self.strength

    def to_document(self, test_order: dict[str, int]) -> dict[str, object]:
        tests = sorted({*self.length.tests, *self.strength.tests}, key=test_order.__getitem__)
        both = {"length": self.length, "strength": self.strength}
        return {
            "length": self.length.state,
            "strength": self.strength.state,
            "evidence": tests,
            "evidence_by": {name: list(rating.tests) for name, rating in both.items()},
            "confidence": {name: rating.confidence for name, rating in both.items()},
            "hints": {name: list(rating.hints) for name, rating in both.items()},
            "one_weak_test": {name: rating.one_weak_test for name, rating in both.items()},
        }


MuscleStates = dict[str, dict[Side, MuscleSide]]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _confidence(direct: list[Signal], posture_disagrees: bool) -> Grade:
    """The best agreeing direct test's grade, one step lower when posture disagrees."""
    best = max(GRADES.index(signal.grade) for signal in direct)
    return GRADES[max(best - 1, 0) if posture_disagrees else best]


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
    """One muscle side's state in one dimension: direct tests decide, posture only hints."""
    direct = [signal for signal in signals if signal.kind == "direct"]
    posture = [signal for signal in signals if signal.kind != "direct"]
    hints = _tests(posture, test_order)
    if not direct:
        return Rating(hints=hints)
    state, conflict = _resolve(direct)
    allowed = frozenset.intersection(*(signal.allowed for signal in direct))
    disagrees = state != "unknown" and any(not allowed & signal.allowed for signal in posture)
    return Rating(
        state=state,
        confidence=_confidence(direct, disagrees) if state != "unknown" else None,
        sources=_unique(signal.source for signal in direct),
        tests=_tests(direct, test_order),
        conflict=conflict,
        hints=hints,
        posture_disagrees=disagrees,
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
