"""McGill's ratios: flexion:extension >1.0, side bridge R:L outside 0.95-1.05, side:extension >0.75."""

from __future__ import annotations

import math
from typing import Any

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.scoring import Scoring, score
from tests.helpers import answers_document


def scored(catalogue: Catalogue, observations: dict[str, Any]) -> Scoring:
    return score(parse_answers(answers_document(observations), catalogue), catalogue)


def outcome(result: Scoring, rule_id: str) -> Any:
    return next(o for o in result.ratios if o.rule.id == rule_id)


def test_flexion_extension_ratio_limit(catalogue: Catalogue) -> None:
    """Exactly 1.0 is within the limit; just above flags the back extensors weak."""
    even = scored(catalogue, {"trunk_flexor_hold": 100, "trunk_extensor_hold": 100})
    assert not outcome(even, "flexion_extension").flagged
    over = scored(catalogue, {"trunk_flexor_hold": 101, "trunk_extensor_hold": 100})
    assert outcome(over, "flexion_extension").flagged
    assert over.muscles["lumbar_extensors"]["left"].strength.state == "weak"


def test_side_bridge_balance_marks_the_weaker_side(catalogue: Catalogue) -> None:
    """Right 60 s, left 50 s: ratio 1.2 is outside 0.95-1.05, the left side is weaker."""
    result = scored(catalogue, {"side_bridge_hold": {"left": 50, "right": 60}})
    found = outcome(result, "side_bridge_balance")
    assert found.flagged and found.weaker == "left" and math.isclose(found.value, 1.2)
    assert result.muscles["quadratus_lumborum"]["left"].strength.state == "weak"
    assert result.muscles["quadratus_lumborum"]["right"].strength.state == "unknown"


def test_side_bridge_within_five_percent_is_balanced(catalogue: Catalogue) -> None:
    """Right:left of 1.05 is still balanced."""
    result = scored(catalogue, {"side_bridge_hold": {"left": 100, "right": 105}})
    assert not outcome(result, "side_bridge_balance").flagged


def test_side_bridge_to_extension(catalogue: Catalogue) -> None:
    """The mean side bridge above 0.75 of the extensor hold flags the extensors."""
    result = scored(catalogue, {"side_bridge_hold": {"left": 80, "right": 80},
                                "trunk_extensor_hold": 100})
    assert outcome(result, "side_bridge_extension").flagged
    fine = scored(catalogue, {"side_bridge_hold": {"left": 75, "right": 75},
                              "trunk_extensor_hold": 100})
    assert not outcome(fine, "side_bridge_extension").flagged


def test_zero_holds(catalogue: Catalogue) -> None:
    """A zero extensor hold with any flexor hold is flagged; two zeros cannot be compared."""
    flagged = scored(catalogue, {"trunk_flexor_hold": 5, "trunk_extensor_hold": 0})
    assert outcome(flagged, "flexion_extension").flagged
    assert outcome(flagged, "flexion_extension").to_document()["value"] is None
    assert scored(catalogue, {"trunk_flexor_hold": 0, "trunk_extensor_hold": 0}).ratios == []


def test_one_side_bridge_is_not_compared(catalogue: Catalogue) -> None:
    """With one side only, there is no left-right ratio."""
    result = scored(catalogue, {"side_bridge_hold": {"left": 50}})
    assert all(o.rule.id != "side_bridge_balance" for o in result.ratios)
