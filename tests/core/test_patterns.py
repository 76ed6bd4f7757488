"""Patterns: posture alone stays low; direct tests confirm by their value; contradictions lower it."""

from __future__ import annotations

from typing import Any

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from tests.helpers import answers_document


def patterns(catalogue: Catalogue, observations: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result = assess(parse_answers(answers_document(observations), catalogue), catalogue).to_document()
    return {pattern["id"]: pattern for pattern in result["patterns"]}


def test_posture_alone_never_above_low(catalogue: Catalogue) -> None:
    """Every posture sign of upper crossed together still gives low confidence, with the caveat."""
    found = patterns(catalogue, {"head_position": "forward", "craniovertebral_angle": 40,
                                 "shoulder_position": {"left": "rounded", "right": "rounded"},
                                 "thoracic_curve": "increased"})
    assert found["upper_crossed"]["confidence"] == "low"
    assert "posture alone" in found["upper_crossed"]["explanation"]


def test_confidence_follows_diagnostic_value_not_count(catalogue: Catalogue) -> None:
    """Two agreeing Thomas tests (poor diagnostic value) stay low; a moderate direct test gives moderate."""
    two = patterns(catalogue, {"pelvic_tilt": "anterior", "thomas_hip": {"left": "short"},
                               "thomas_knee": {"left": "short"}})
    assert two["anterior_pelvic_tilt"]["confidence"] == "low"
    assert two["anterior_pelvic_tilt"]["evidence"] == ["pelvic_tilt", "thomas_hip", "thomas_knee"]
    flat = patterns(catalogue, {"pelvic_tilt": "posterior", "knee_extension_90_90": {"left": 60}})
    assert flat["posterior_pelvic_tilt"]["confidence"] == "moderate"


def test_contradiction_lowers_confidence_and_is_named(catalogue: Catalogue) -> None:
    """A physical test against the pattern drops it a step and the explanation says so."""
    found = patterns(catalogue, {"pelvic_tilt": "posterior", "knee_extension_90_90": {"left": 60},
                                 "thomas_hip": {"left": "short", "right": "short"}})
    pattern = found["posterior_pelvic_tilt"]
    assert pattern["confidence"] == "low"
    assert "Not confirmed by" in pattern["explanation"]


def test_lateral_tilt_names_the_high_side(catalogue: Catalogue) -> None:
    """A lateral pelvic tilt gives the high side, confirmed by that side's quadratus lumborum (low test)."""
    found = patterns(catalogue, {"iliac_crest_height": "left_high",
                                 "trunk_side_bend": {"right": "limited"}})
    pattern = found["lateral_pelvic_tilt"]
    assert pattern["side"] == "left" and pattern["confidence"] == "low"
    assert "trunk_side_bend" in pattern["evidence"]


def test_leg_length_stays_low(catalogue: Catalogue) -> None:
    """A leg-length difference is always low confidence and names the short side."""
    pattern = patterns(catalogue, {"supine_leg_length": "right_short"})["leg_length_difference"]
    assert pattern["side"] == "right" and pattern["confidence"] == "low"


def test_trunk_imbalance_from_ratios(catalogue: Catalogue) -> None:
    """A flagged McGill ratio (30 s against 60 s: ratio 2, gap 30 s) gives the pattern and weaker side."""
    found = patterns(catalogue, {"side_bridge_hold": {"left": 30, "right": 60}})
    pattern = found["trunk_endurance_imbalance"]
    assert pattern["side"] == "left" and pattern["confidence"] == "moderate"
    assert pattern["evidence"] == ["side_bridge_hold"]


def test_no_signs_no_patterns(catalogue: Catalogue) -> None:
    """Neutral posture and normal tests find no pattern."""
    assert patterns(catalogue, {"pelvic_tilt": "neutral", "thomas_hip": {"left": "normal"}}) == {}


def test_side_bridge_needs_ratio_and_a_ten_second_gap(catalogue: Catalogue) -> None:
    """20 s against 24 s is outside 0.95-1.05 but only 4 s apart: home timing error, not imbalance."""
    assert "trunk_endurance_imbalance" not in patterns(catalogue, {"side_bridge_hold": {"left": 20, "right": 24}})
    found = patterns(catalogue, {"side_bridge_hold": {"left": 50, "right": 60}})
    assert found["trunk_endurance_imbalance"]["side"] == "left"


def test_capped_denominator_flags_nothing(catalogue: Catalogue) -> None:
    """A back hold stopped at its cap (198 s) might have gone on: the ratio against it is not flagged."""
    found = patterns(catalogue, {"trunk_flexor_hold": 240, "trunk_extensor_hold": 198})
    assert "trunk_endurance_imbalance" not in found
    flagged = patterns(catalogue, {"trunk_flexor_hold": 150, "trunk_extensor_hold": 100})
    assert flagged["trunk_endurance_imbalance"]["confidence"] == "low"


def test_explanation_never_contradicts_the_routine(catalogue: Catalogue) -> None:
    """A tucked-under pelvis with a short Thomas test: the routine stretches the left hip flexors
    (the direct test outweighs posture), so the pattern must not tell the person that the hip
    flexors are "never stretched". No pattern explanation promises what the tests decide."""
    document = answers_document({"pelvic_tilt": "posterior", "thomas_hip": {"left": "short", "right": "normal"}})
    result = assess(parse_answers(document, catalogue), catalogue).to_document()
    assert any("hip_flexors" in entry["targets"] and entry["purpose"] == "stretch" for entry in result["routine"])
    explanation = {p["id"]: p["explanation"] for p in result["patterns"]}["posterior_pelvic_tilt"]
    assert "never stretched" not in explanation
    for pattern in catalogue.patterns.values():
        assert "never stretched" not in pattern.explanation and "are strengthened" not in pattern.explanation
