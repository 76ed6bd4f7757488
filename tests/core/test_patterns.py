"""Patterns: posture alone stays low; physical tests confirm; contradictions lower confidence."""

from __future__ import annotations

from typing import Any

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from tests.helpers import answers_document


def patterns(catalogue: Catalogue, observations: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result = assess(parse_answers(answers_document(observations), catalogue), catalogue)
    return {pattern["id"]: pattern for pattern in result["patterns"]}


def test_posture_alone_never_above_low(catalogue: Catalogue) -> None:
    """Every posture sign of upper crossed together still gives low confidence, with the caveat."""
    found = patterns(catalogue, {"head_position": "forward", "craniovertebral_angle": 40,
                                 "shoulder_position": {"left": "rounded", "right": "rounded"},
                                 "thoracic_curve": "increased"})
    assert found["upper_crossed"]["confidence"] == "low"
    assert "posture alone" in found["upper_crossed"]["explanation"]


def test_physical_tests_raise_confidence(catalogue: Catalogue) -> None:
    """One confirming physical test gives moderate, two give high."""
    one = patterns(catalogue, {"pelvic_tilt": "anterior", "thomas_hip": {"left": "short"}})
    assert one["anterior_pelvic_tilt"]["confidence"] == "moderate"
    two = patterns(catalogue, {"pelvic_tilt": "anterior", "thomas_hip": {"left": "short"},
                               "thomas_knee": {"left": "short"}})
    assert two["anterior_pelvic_tilt"]["confidence"] == "high"
    assert two["anterior_pelvic_tilt"]["evidence"] == ["pelvic_tilt", "thomas_hip", "thomas_knee"]


def test_contradiction_lowers_confidence_and_is_named(catalogue: Catalogue) -> None:
    """A physical test against the pattern drops it a step and the explanation says so."""
    found = patterns(catalogue, {"pelvic_tilt": "anterior", "thomas_knee": {"left": "short"},
                                 "thomas_hip": {"left": "normal", "right": "normal"}})
    pattern = found["anterior_pelvic_tilt"]
    assert pattern["confidence"] == "low"
    assert "Not confirmed by" in pattern["explanation"]


def test_lateral_tilt_names_the_high_side(catalogue: Catalogue) -> None:
    """A lateral pelvic tilt gives the high side, confirmed by that side's quadratus lumborum."""
    found = patterns(catalogue, {"iliac_crest_height": "left_high",
                                 "trunk_side_bend": {"right": "limited"}})
    pattern = found["lateral_pelvic_tilt"]
    assert pattern["side"] == "left" and pattern["confidence"] == "moderate"


def test_leg_length_stays_low(catalogue: Catalogue) -> None:
    """A leg-length difference is always low confidence and names the short side."""
    pattern = patterns(catalogue, {"supine_leg_length": "right_short"})["leg_length_difference"]
    assert pattern["side"] == "right" and pattern["confidence"] == "low"


def test_trunk_imbalance_from_ratios(catalogue: Catalogue) -> None:
    """A flagged McGill ratio gives the trunk pattern, with the weaker side where one applies."""
    found = patterns(catalogue, {"side_bridge_hold": {"left": 30, "right": 60}})
    pattern = found["trunk_endurance_imbalance"]
    assert pattern["side"] == "left" and pattern["confidence"] == "moderate"
    assert pattern["evidence"] == ["side_bridge_hold"]


def test_no_signs_no_patterns(catalogue: Catalogue) -> None:
    """Neutral posture and normal tests find no pattern."""
    assert patterns(catalogue, {"pelvic_tilt": "neutral", "thomas_hip": {"left": "normal"}}) == {}
