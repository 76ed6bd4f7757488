"""The routine stretches only what is short, strengthens only what is weak, strongest first."""

from __future__ import annotations

from typing import Any

from core import contract
from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from tests.helpers import answers_document


def result_of(catalogue: Catalogue, observations: dict[str, Any]) -> dict[str, Any]:
    return assess(parse_answers(answers_document(observations), catalogue), catalogue).to_document()


def test_posture_alone_prescribes_nothing(catalogue: Catalogue) -> None:
    """The reviewer's case: a forward-tipped pelvis alone (85% of pain-free men) gives no exercise."""
    result = result_of(catalogue, {"pelvic_tilt": "anterior", "lumbar_curve": "increased"})
    assert result["routine"] == [] and result["next_phase"] == []
    assert "thomas_hip" in result["suggested_tests"]


def test_posterior_tilt_with_short_thomas_never_strengthens_hip_flexors(catalogue: Catalogue) -> None:
    """Posterior tilt plus a short Thomas test: the direct test stands, so stretch, never strengthen."""
    result = result_of(catalogue, {"pelvic_tilt": "posterior", "thomas_hip": {"left": "short"}})
    hip = [e for e in result["routine"] + result["next_phase"] if "hip_flexors" in e["targets"]]
    assert [(e["exercise"], e["purpose"], e["side"]) for e in hip] == [
        ("half_kneeling_hip_flexor_stretch", "stretch", "left")]


def test_one_sided_finding_gives_one_sided_exercise(catalogue: Catalogue) -> None:
    """A left short hip flexor gets the stretch on the left only, with the catalogue dose."""
    result = result_of(catalogue, {"thomas_hip": {"left": "short", "right": "normal"}})
    (entry,) = result["routine"]
    assert entry["exercise"] == "half_kneeling_hip_flexor_stretch" and entry["side"] == "left"
    assert entry["dose"] == {"sets": 1, "reps": 3, "hold_s": 30, "per_week": 7}


def test_both_sides_merge(catalogue: Catalogue) -> None:
    """Short on both sides gives one entry for both sides, not two."""
    result = result_of(catalogue, {"ober": {"left": "short", "right": "short"}})
    assert [(e["exercise"], e["side"]) for e in result["routine"]] == [("standing_tfl_stretch", "both")]


def test_short_and_weak_stretch_then_strengthen(catalogue: Catalogue) -> None:
    """A muscle both short and weak gets its stretch first, then its strengthening."""
    result = result_of(catalogue, {"thomas_hip": {"left": "short"}, "single_leg_bridge_reps": {"left": 5},
                                   "knee_extension_90_90": {"left": 60}})
    ids = [e["exercise"] for e in result["routine"]]
    assert ids.index("supine_hamstring_stretch") < ids.index("standing_hamstring_curl")


def test_strongest_findings_first_and_limit(catalogue: Catalogue) -> None:
    """Higher-confidence findings come first; beyond eight, the rest wait in the next phase."""
    observations = {
        "pelvic_tilt": "anterior", "thomas_hip": {"left": "short", "right": "short"},
        "thomas_knee": {"left": "short", "right": "short"}, "ober": {"left": "short"},
        "overhead_reach": {"left": "short"}, "shoulder_rest_supine": {"right": "short"},
        "deep_neck_flexor_hold": 8, "prone_y_raise": {"left": "weak"},
        "single_leg_stance": {"left": "hip_drops"}, "knee_extension_90_90": {"left": 60},
        "scapular_winging": {"right": "winging"}, "piriformis_length": {"left": "short"},
    }
    result = result_of(catalogue, observations)
    assert len(result["routine"]) == contract.ROUTINE_LIMIT and result["next_phase"]
    ranks = {"low": 0, "moderate": 1, "high": 2}
    confidences = [ranks[e["confidence"]] for e in result["routine"] + result["next_phase"]]
    assert confidences[0] == max(confidences) == ranks["moderate"]
    assert result["routine"][0]["exercise"] == "supine_hamstring_stretch"


def test_unknown_muscle_gets_nothing(catalogue: Catalogue) -> None:
    """Without findings there is nothing to do."""
    result = result_of(catalogue, {"thomas_hip": {"left": "normal", "right": "normal"}})
    assert result["routine"] == [] and result["next_phase"] == []
