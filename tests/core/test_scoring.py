"""Scoring: cut-offs by sex, agreement and conflict between tests, sides and confidence."""

from __future__ import annotations

from typing import Any

import pytest

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.scoring import Scoring, score
from tests.helpers import answers_document


def scored(catalogue: Catalogue, observations: dict[str, Any], sex: str | None = None) -> Scoring:
    return score(parse_answers(answers_document(observations, sex=sex), catalogue), catalogue)


@pytest.mark.parametrize(("sex", "degrees", "state"), [
    ("female", 23, "normal"), ("female", 24, "short"),
    ("male", 33, "normal"), ("male", 34, "short"),
    (None, 23, "normal"), (None, 30, "unknown"), (None, 34, "short"),
])
def test_knee_extension_cutoffs_follow_sex(catalogue: Catalogue, sex: str | None, degrees: int,
                                           state: str) -> None:
    """Yıldırım's cut-offs (>23.4° women, >33° men); without sex, the gap between is not rated."""
    result = scored(catalogue, {"knee_extension_90_90": {"left": degrees}}, sex)
    assert result.muscles["hamstrings"]["left"].length.state == state
    assert result.muscles["hamstrings"]["right"].length.state == "unknown"


def test_posture_alone_is_low_confidence(catalogue: Catalogue) -> None:
    """Two posture signs that agree still give only low confidence."""
    result = scored(catalogue, {"pelvic_tilt": "anterior", "lumbar_curve": "increased"})
    rating = result.muscles["hip_flexors"]["left"].length
    assert rating.state == "short" and rating.confidence == "low"


def test_agreeing_tests_raise_confidence(catalogue: Catalogue) -> None:
    """A physical test alone is rated by its grade; a second agreeing source raises it one step."""
    alone = scored(catalogue, {"thomas_hip": {"left": "short"}}).muscles["hip_flexors"]["left"].length
    both = scored(catalogue, {"thomas_hip": {"left": "short"}, "pelvic_tilt": "anterior"})
    rating = both.muscles["hip_flexors"]["left"].length
    assert (alone.state, alone.confidence) == ("short", "low")
    assert (rating.state, rating.confidence) == ("short", "moderate")
    assert rating.tests == ("pelvic_tilt", "thomas_hip")


def test_disagreeing_tests_give_unknown(catalogue: Catalogue) -> None:
    """A posterior tilt (hip flexors long) and a short Thomas test disagree: unknown, not short."""
    result = scored(catalogue, {"pelvic_tilt": "posterior", "thomas_hip": {"left": "short"}})
    rating = result.muscles["hip_flexors"]["left"].length
    assert rating.state == "unknown" and rating.conflict
    assert rating.tests == ("pelvic_tilt", "thomas_hip")


def test_passed_length_test_agrees_with_long(catalogue: Catalogue) -> None:
    """'Not short' from the Thomas test fits a posture sign of long: the muscle is long."""
    result = scored(catalogue, {"pelvic_tilt": "posterior", "thomas_hip": {"left": "normal"}})
    assert result.muscles["hip_flexors"]["left"].length.state == "long"
    assert result.muscles["hip_flexors"]["left"].length.confidence == "moderate"


def test_opposite_side_mappings(catalogue: Catalogue) -> None:
    """A limited side bend points to the other side's quadratus lumborum; a neck turn likewise."""
    result = scored(catalogue, {"trunk_side_bend": {"left": "limited", "right": "normal"},
                                "cervical_rotation": {"right": "limited"}})
    assert result.muscles["quadratus_lumborum"]["right"].length.state == "short"
    assert result.muscles["quadratus_lumborum"]["left"].length.state == "normal"
    assert result.muscles["levator_scapulae"]["left"].length.state == "short"
    assert result.muscles["levator_scapulae"]["right"].length.state == "unknown"


def test_midline_muscles_match_on_both_sides(catalogue: Catalogue) -> None:
    """Midline muscles (deep neck flexors) carry one state on both sides."""
    result = scored(catalogue, {"deep_neck_flexor_hold": 12})
    left, right = (result.muscles["deep_neck_flexors"][s].strength for s in ("left", "right"))
    assert left == right and left.state == "weak"


def test_high_iliac_crest_marks_that_side(catalogue: Catalogue) -> None:
    """The quadratus lumborum on the high side is short; the other side is not rated."""
    result = scored(catalogue, {"iliac_crest_height": "right_high"})
    assert result.muscles["quadratus_lumborum"]["right"].length.state == "short"
    assert result.muscles["quadratus_lumborum"]["left"].length.state == "unknown"


def test_measured_value_at_the_cutoff(catalogue: Catalogue) -> None:
    """Deep neck flexor hold: under 20 s is weak, 20 s itself is not (the band's at_least)."""
    assert scored(catalogue, {"deep_neck_flexor_hold": 19.9}).muscles[
        "deep_neck_flexors"]["left"].strength.state == "weak"
    assert scored(catalogue, {"deep_neck_flexor_hold": 20}).muscles[
        "deep_neck_flexors"]["left"].strength.state == "normal"


def test_holds_alone_give_no_rating(catalogue: Catalogue) -> None:
    """Trunk holds have no validated cut-off alone: one hold rates nothing."""
    result = scored(catalogue, {"trunk_extensor_hold": 10})
    assert result.muscles["lumbar_extensors"]["left"].strength.state == "unknown"
    assert result.ratios == []
