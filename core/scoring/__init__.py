"""Scoring: observations and McGill's ratios into per-muscle, per-side length and strength."""

from __future__ import annotations

from dataclasses import dataclass

from core.answers import Answers, Side
from core.catalogue import Catalogue
from core.scoring.muscles import MuscleSide, MuscleStates, Rating, rate_muscles
from core.scoring.ratios import RatioOutcome, evaluate_ratios, ratio_signals
from core.scoring.signals import categories, test_signals

__all__ = ["MuscleSide", "MuscleStates", "Rating", "RatioOutcome", "Scoring", "score"]


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
