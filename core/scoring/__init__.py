"""Scoring: observations and McGill's ratios into per-muscle, per-side length and strength."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from core.answers import Answers
from core.catalogue import Catalogue
from core.contract import Side
from core.scoring.muscles import MuscleSide, MuscleStates, Rating, rate_muscles
from core.scoring.ratios import RatioOutcome, evaluate_ratios, ratio_signals
from core.scoring.signals import categories, test_signals

__all__ = ["MuscleSide", "MuscleStates", "Rating", "RatioOutcome", "Scoring", "score", "suggested_tests"]


@dataclass(frozen=True)
class Scoring:
    categories: dict[str, dict[Side | None, str | None]]
    ratios: list[RatioOutcome]
    muscles: MuscleStates


def score(answers: Answers, catalogue: Catalogue) -> Scoring:
    """Rate every muscle side from the observations; the same answers always score the same."""
    observed = categories(answers, catalogue)
    ratios = evaluate_ratios(answers, catalogue)
    signals = [*test_signals(observed, catalogue), *ratio_signals(ratios)]
    return Scoring(observed, ratios, rate_muscles(signals, catalogue))


def suggested_tests(scoring: Scoring, catalogue: Catalogue, not_advised: Collection[str] = ()) -> list[str]:
    """Direct tests not done that examine a muscle about which only posture hinted.

    Posture sets no state; it tells which test to do (clinical reference section 9). A test not
    advised under a caution in force is never suggested.
    """
    hinted = {(muscle, dimension) for muscle, sides in scoring.muscles.items() for side in sides.values()
              for dimension in ("length", "strength")
              if side.rating(dimension).hints and not side.rating(dimension).known}
    return [
        test.id for test in catalogue.tests.values()
        if test.kind == "direct" and test.id not in scoring.categories and test.id not in not_advised
        and any((f.muscle, "length" if f.length else "strength") in hinted
                for group in test.findings.values() for f in group)
    ]
