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


def test_posture_alone_sets_no_state(catalogue: Catalogue) -> None:
    """Two agreeing posture signs set nothing (rule 1b): the muscle stays unknown, with hints."""
    result = scored(catalogue, {"pelvic_tilt": "anterior", "lumbar_curve": "increased"})
    rating = result.muscles["hip_flexors"]["left"].length
    assert rating.state == "unknown" and rating.confidence is None
    assert rating.hints == ("pelvic_tilt", "lumbar_curve")


def test_agreeing_posture_never_raises_a_grade(catalogue: Catalogue) -> None:
    """A Thomas test (poor diagnostic value) alone gives low; agreeing posture leaves it low."""
    alone = scored(catalogue, {"thomas_hip": {"left": "short"}}).muscles["hip_flexors"]["left"].length
    both = scored(catalogue, {"thomas_hip": {"left": "short"}, "pelvic_tilt": "anterior"})
    rating = both.muscles["hip_flexors"]["left"].length
    assert (alone.state, alone.confidence, alone.one_weak_test) == ("short", "low", True)
    assert (rating.state, rating.confidence) == ("short", "low")
    assert rating.tests == ("thomas_hip",) and rating.hints == ("pelvic_tilt",)


def test_direct_test_outweighs_disagreeing_posture(catalogue: Catalogue) -> None:
    """Posterior tilt (hip flexors long) and a short Thomas test: the direct test's state stands."""
    result = scored(catalogue, {"pelvic_tilt": "posterior", "thomas_hip": {"left": "short"}})
    rating = result.muscles["hip_flexors"]["left"].length
    assert rating.state == "short" and rating.confidence == "low"
    assert rating.posture_disagrees and not rating.conflict


def test_posture_disagreeing_lowers_confidence(catalogue: Catalogue) -> None:
    """A moderate 90-90 result stays moderate with agreeing posture, and drops to low against it."""
    agreeing = scored(catalogue, {"knee_extension_90_90": {"left": 60}, "pelvic_tilt": "posterior"}, "male")
    against = scored(catalogue, {"knee_extension_90_90": {"left": 10}, "pelvic_tilt": "posterior"}, "male")
    short = agreeing.muscles["hamstrings"]["left"].length
    normal = against.muscles["hamstrings"]["left"].length
    assert (short.state, short.confidence, short.posture_disagrees) == ("short", "moderate", False)
    assert (normal.state, normal.confidence, normal.posture_disagrees) == ("normal", "low", True)


@pytest.mark.parametrize(("tilt", "posture_disagrees"), [("anterior", True), ("posterior", False)])
def test_passed_thomas_test_reads_normal_whatever_the_tilt(catalogue: Catalogue, tilt: str,
                                                          posture_disagrees: bool) -> None:
    """'Not short' from the Thomas test reads as normal, not unknown: with a forward tilt (the reviewer's
    case) the posture sign disagrees and is noted; a backward tilt (a sign of long) does not change it."""
    result = scored(catalogue, {"pelvic_tilt": tilt, "thomas_hip": {"left": "normal"}})
    rating = result.muscles["hip_flexors"]["left"].length
    assert (rating.state, rating.confidence, rating.posture_disagrees) == ("normal", "low", posture_disagrees)


def test_disagreeing_direct_tests_give_unknown(catalogue: Catalogue) -> None:
    """Two direct tests that disagree (Ober normal, Thomas drift short for the TFL): unknown."""
    result = scored(catalogue, {"ober": {"left": "normal"}, "thomas_abduction": {"left": "short"}})
    rating = result.muscles["tensor_fasciae_latae"]["left"].length
    assert rating.state == "unknown" and rating.conflict
    assert rating.tests == ("thomas_abduction", "ober")


def test_opposite_side_mappings(catalogue: Catalogue) -> None:
    """A limited side bend points to the other side's quadratus lumborum; a neck turn rates nothing."""
    result = scored(catalogue, {"trunk_side_bend": {"left": "limited", "right": "normal"},
                                "cervical_rotation": {"right": "limited"}})
    assert result.muscles["quadratus_lumborum"]["right"].length.state == "short"
    assert result.muscles["quadratus_lumborum"]["left"].length.state == "normal"
    assert result.muscles["levator_scapulae"]["left"].length.state == "unknown"
    assert result.muscles["levator_scapulae"]["right"].length.state == "unknown"


def test_athletes_norm_reads_low(catalogue: Catalogue) -> None:
    """Single-leg bridge cut-offs come from elite footballers: 12 lifts is weak, with low confidence."""
    result = scored(catalogue, {"single_leg_bridge_reps": {"left": 12}})
    rating = result.muscles["gluteus_maximus"]["left"].strength
    assert (rating.state, rating.confidence) == ("weak", "low")


def test_midline_muscles_match_on_both_sides(catalogue: Catalogue) -> None:
    """Midline muscles (deep neck flexors) carry one state on both sides."""
    result = scored(catalogue, {"deep_neck_flexor_hold": 12})
    left, right = (result.muscles["deep_neck_flexors"][s].strength for s in ("left", "right"))
    assert left == right and left.state == "weak"


def test_high_iliac_crest_only_hints(catalogue: Catalogue) -> None:
    """A high crest hints at the quadratus lumborum on that side; it rates nothing alone."""
    result = scored(catalogue, {"iliac_crest_height": "right_high"})
    assert result.muscles["quadratus_lumborum"]["right"].length.state == "unknown"
    assert result.muscles["quadratus_lumborum"]["right"].length.hints == ("iliac_crest_height",)
    assert result.muscles["quadratus_lumborum"]["left"].length.hints == ()


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
