"""McGill's trunk-endurance ratios: the holds are judged against each other, not alone."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from statistics import fmean

from core.answers import Answers
from core.catalogue import Catalogue
from core.catalogue.models import RatioRule
from core.contract import Side
from core.scoring.signals import Signal, finding_signals


@dataclass(frozen=True)
class RatioOutcome:
    rule: RatioRule
    value: float
    flagged: bool
    weaker: Side | None = None

    def to_document(self) -> dict[str, object]:
        limit = self.rule.flag_above if self.rule.kind == "ratio" else self.rule.normal_range
        return {
            "id": self.rule.id,
            "value": round(self.value, 2) if math.isfinite(self.value) else None,
            "flagged": self.flagged,
            "limit": list(limit) if isinstance(limit, tuple) else limit,
            "side": self.weaker,
        }

    @property
    def tests(self) -> tuple[str, ...]:
        names = (self.rule.numerator, self.rule.denominator, self.rule.test)
        return tuple(name for name in names if name)


def _mean_hold(answers: Answers, test_id: str) -> float | None:
    values = answers.observations.get(test_id, {}).values()
    return fmean(float(v) for v in values) if values else None


def _divide(top: float, bottom: float) -> float | None:
    if bottom == 0:
        return None if top == 0 else math.inf
    return top / bottom


def _at_cap(test_id: str, hold: float, catalogue: Catalogue) -> bool:
    cap = catalogue.tests[test_id].cap
    return cap is not None and hold >= cap.value


def _evaluate(rule: RatioRule, answers: Answers, catalogue: Catalogue) -> RatioOutcome | None:
    if rule.kind == "ratio":
        assert rule.numerator and rule.denominator and rule.flag_above is not None
        top, bottom = _mean_hold(answers, rule.numerator), _mean_hold(answers, rule.denominator)
        if top is None or bottom is None:
            return None
        value = _divide(top, bottom)
        # A hold stopped at its cap may have gone on: the true ratio could be lower, so unsure.
        capped = _at_cap(rule.denominator, bottom, catalogue)
        return None if value is None else RatioOutcome(rule, value, value > rule.flag_above and not capped)
    assert rule.test and rule.normal_range
    sides = answers.observations.get(rule.test, {})
    if "left" not in sides or "right" not in sides:
        return None
    value = _divide(float(sides["right"]), float(sides["left"]))
    if value is None:
        return None
    low, high = rule.normal_range
    gap = abs(float(sides["right"]) - float(sides["left"]))
    flagged = not low <= value <= high and gap >= (rule.min_gap or 0)
    weaker: Side | None = ("left" if value > high else "right") if flagged else None
    return RatioOutcome(rule, value, flagged, weaker)


def evaluate_ratios(answers: Answers, catalogue: Catalogue) -> list[RatioOutcome]:
    """Every ratio whose holds were measured, flagged or not, in catalogue order."""
    outcomes = (_evaluate(rule, answers, catalogue) for rule in catalogue.ratios.values())
    return [outcome for outcome in outcomes if outcome is not None]


def ratio_signals(outcomes: list[RatioOutcome]) -> Iterator[Signal]:
    """A flagged ratio marks the lagging group weak (on the weaker side, where it has one)."""
    for outcome in outcomes:
        if not outcome.flagged:
            continue
        for finding in outcome.rule.findings:
            yield from finding_signals(
                finding, outcome.weaker, outcome.rule.id, outcome.tests, "direct",
                outcome.rule.grade,
            )
