"""Issue 13's safety additions: pain onset, the derived age-at-onset flag, and cautions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core import contract
from core.answers import AnswersError, parse_answers
from core.catalogue import Catalogue, CatalogueError, load_catalogue
from core.cautions import cautions_in_force
from core.screening import screen
from tests.core.test_catalogue import data_copy as data_copy  # the same fixture: a copy of data/
from tests.core.test_catalogue import edit_yaml
from tests.helpers import answers_document


def with_pain(onset: str | None, age: int | None, regions: list[str], cleared: bool = False) -> dict[str, Any]:
    document = answers_document(age=age, cleared_by_clinician=cleared)
    document["pain"] = {"now": 4, "regions": regions}
    if onset is not None:
        document["pain"]["onset"] = onset
    return document


@pytest.mark.parametrize(("onset", "age", "regions", "fires"), [
    ("new", 51, ["lower_back"], True), ("new", 50, ["lower_back"], False),
    ("recurring", 70, ["lower_back"], False), ("long_standing", 70, ["neck"], False),
    ("new", 19, ["neck"], True), ("new", 20, ["neck"], False), ("new", 19, ["lower_back"], False),
    ("new", 56, ["neck"], True), (None, 70, ["neck"], False), ("new", None, ["neck"], False),
])
def test_age_at_onset_follows_the_contract(catalogue: Catalogue, onset: str | None, age: int | None,
                                           regions: list[str], fires: bool) -> None:
    """New episode and age over 50, or new neck pain under 20 or over 55; never without both facts."""
    result = screen(parse_answers(with_pain(onset, age, regions), catalogue), catalogue)
    if fires:
        assert result.referral is not None and result.referral.level == "see_doctor_first"
        assert result.referral.reasons == ("age_at_onset",)
    else:
        assert result.status == "ok"


@pytest.mark.parametrize(("age", "onset", "lacks"), [
    (None, None, ("onset", "age")), (40, None, ("onset",)), (None, "new", ("age",)), (40, "new", ()),
    (None, "recurring", ()), (None, "long_standing", ()),
])
def test_onset_check_says_what_it_lacks(age: int | None, onset: str | None, lacks: tuple[str, ...]) -> None:
    """The age-at-onset check needs the onset, and the age unless the pain is not a new episode;
    a pain that is not a new episode is decided without the age."""
    from core.screening import onset_check_lacks

    assert onset_check_lacks(age, onset) == lacks


def test_mid_back_pain_rechecks_only_a_no_to_thoracic_pain() -> None:
    """The body map puts thoracic_pain in doubt only when the middle of the back is ticked and
    the question was answered No (not when unanswered or Yes)."""
    from core.screening import flags_to_recheck

    assert flags_to_recheck({"thoracic_pain": False}, ["mid_back"]) == (("mid_back", "thoracic_pain"),)
    assert flags_to_recheck({"thoracic_pain": False}, ["lower_back", "neck"]) == ()
    assert flags_to_recheck({"thoracic_pain": True}, ["mid_back"]) == ()
    assert flags_to_recheck({}, ["mid_back"]) == ()


def test_age_at_onset_is_cleared_like_any_other_flag(catalogue: Catalogue) -> None:
    """A clinician's clearance lifts the derived flag, as it lifts every see-a-doctor-first flag."""
    document = with_pain("new", 64, ["lower_back"], cleared=True)
    assert screen(parse_answers(document, catalogue), catalogue).status == "ok"


def test_derived_flag_is_not_an_answer(catalogue: Catalogue) -> None:
    """age_at_onset is worked out, never answered: giving it is bad input, naming the field."""
    document = answers_document(age_at_onset=True)
    with pytest.raises(AnswersError, match=r"screening\.age_at_onset: unknown field"):
        parse_answers(document, catalogue)


def test_bad_onset_is_named(catalogue: Catalogue) -> None:
    """An onset outside new, recurring, long_standing is refused, naming pain.onset."""
    with pytest.raises(AnswersError, match=r"pain\.onset: expected new, recurring, long_standing"):
        parse_answers(with_pain("yesterday", 40, ["neck"]), catalogue)


@pytest.mark.parametrize(("cautions", "field"), [
    ({"smoker": True}, "screening.cautions.smoker"),
    ({"pregnant": "yes"}, "screening.cautions.pregnant"),
    (["pregnant"], "screening.cautions"),
    ([], "screening.cautions"),
    (False, "screening.cautions"),
])
def test_bad_cautions_are_named(catalogue: Catalogue, cautions: Any, field: str) -> None:
    """Unknown ids, non-booleans and a list instead of an object are refused with the field named."""
    document = answers_document()
    document["screening"]["cautions"] = cautions
    with pytest.raises(AnswersError) as raised:
        parse_answers(document, catalogue)
    assert raised.value.field_path == field


def test_neck_vascular_signs_are_an_emergency_about_stroke(catalogue: Catalogue) -> None:
    """Dizziness or double vision with neck pain: emergency, and the message fits stroke and cauda equina."""
    referral = screen(parse_answers(answers_document(neck_vascular_signs=True), catalogue), catalogue).referral
    assert referral is not None and referral.level == "emergency"
    assert "stroke" in referral.message and "cauda equina" in referral.message


def test_new_flags_are_required(catalogue: Catalogue) -> None:
    """The four new see-a-doctor-first flags are required: a missing one leaves screening incomplete."""
    for flag in ("weakened_immunity", "recent_spine_surgery", "thoracic_pain", "osteoporosis"):
        document = answers_document()
        del document["screening"][flag]
        result = screen(parse_answers(document, catalogue), catalogue)
        assert result.status == "incomplete" and result.missing == (flag,)


def test_split_questions_ask_one_thing_each(catalogue: Catalogue) -> None:
    """The inflammatory-pain flag is asked as three questions, all needed; each part one question."""
    flag = catalogue.red_flags["inflammatory_back_pain"]
    assert flag.combine == "all" and len(flag.parts) == 3
    assert all(part.question.count("?") == 1 for part in flag.parts)
    assert "new" in catalogue.red_flags["both_legs_symptoms"].question
    assert "kg" in catalogue.red_flags["unexplained_weight_loss"].question


@pytest.mark.parametrize("flag_id", ["inflammatory_back_pain", "neck_myelopathy_signs"])
def test_split_flag_answer_is_core_s(catalogue: Catalogue, flag_id: str) -> None:
    """Over every mix of yes, no and not yet answered for each part: an "all" flag is yes only
    when every part is yes and no once a part is no; an "any" flag yes once a part is yes and no
    only when every part is no; otherwise not yet answered (None). A flag answer that settles
    its parts gives that answer back."""
    from itertools import product

    from core.screening import flag_answer, parts_settled_by, questions

    flag = catalogue.red_flags[flag_id]
    keys = [key for key, _ in questions(flag)]
    deciding = flag.combine == "any"
    seen = set()
    for values in product((True, False, None), repeat=len(keys)):
        answered = {key: value for key, value in zip(keys, values, strict=True) if value is not None}
        expected = deciding if deciding in values else (None if None in values else not deciding)
        assert flag_answer(flag, answered) is expected, answered
        seen.add(expected)
    assert seen == {True, False, None}
    for answer in (True, False):
        settled = parts_settled_by(flag, answer)
        assert bool(settled) is (answer == (flag.combine == "all"))
        assert not settled or flag_answer(flag, settled) is answer


@pytest.mark.parametrize(("change", "expected"), [
    ({"cautions": {"pregnant": True}}, ("pregnant",)),
    ({"cautions": {"high_blood_pressure": True, "pregnant": False}}, ("high_blood_pressure",)),
    ({"osteoporosis": True, "cleared_by_clinician": True}, ("osteoporosis",)),
    ({"pain": 7}, ("high_pain",)),
    ({"pain": 6}, ()),
])
def test_cautions_in_force(catalogue: Catalogue, change: dict[str, Any], expected: tuple[str, ...]) -> None:
    """Each caution, osteoporosis even when cleared, and pain of 7 (not 6) make held tests unwise;
    pregnancy also the face-down Y raise test."""
    document = answers_document(pain=change.pop("pain", 4))
    document["screening"].update(change)
    cautions = cautions_in_force(parse_answers(document, catalogue), catalogue)
    assert cautions.in_force == expected
    face_down = ("prone_y_raise",) if "pregnant" in expected else ()
    assert cautions.tests_not_advised == (contract.HELD_TO_FAILURE + face_down if expected else ())


def test_every_hold_has_a_cap_inside_its_range(catalogue: Catalogue) -> None:
    """Every timed hold stops at the top of its published range, with a source and 'that is plenty'."""
    holds = [t for t in catalogue.tests.values() if t.input.kind == "seconds"]
    assert holds and all(t.cap is not None and "that is plenty" in t.cap.text for t in holds)


def test_norms_say_their_population(catalogue: Catalogue) -> None:
    """Every published norm names who it was measured on; the single-leg bridge's is athletes'."""
    for test in catalogue.tests.values():
        if test.norm is not None:
            assert test.norm.population.who
    assert catalogue.tests["single_leg_bridge_reps"].athletes_norm
    assert not catalogue.tests["knee_extension_90_90"].athletes_norm


def test_posture_tests_are_marked_and_weak_tests_recorded(catalogue: Catalogue) -> None:
    """Evidence kinds are data: the Thomas tests are poor and the supine pectoral test of no value."""
    assert {t.kind for t in catalogue.tests.values()} == {"posture", "direct"}
    assert catalogue.tests["pelvic_tilt"].kind == "posture"
    assert catalogue.tests["thomas_hip"].evidence.diagnostic_value == "poor"
    assert catalogue.tests["shoulder_rest_supine"].evidence.diagnostic_value == "none"


@pytest.mark.parametrize(("file", "key", "entry", "change", "message"), [
    ("exercises/stretches.yaml", "exercises", "childs_pose", {"ruled_out_by": ["smoking"]},
     r"childs_pose.*unknown caution smoking"),
    ("tests/03-strength.yaml", "tests", "side_bridge_hold", {"to_failure": False},
     r"side_bridge_hold.*says why it is not advised"),
    ("tests/03-strength.yaml", "tests", "trunk_flexor_hold", {"to_failure": False, "not_advised_note": None},
     r"held to failure must be marked"),
    ("tests/03-strength.yaml", "tests", "deep_neck_flexor_hold",
     {"cap": {"value": 900, "text": "x", "sources": ["painkra_2014"]}}, r"deep_neck_flexor_hold.*inside its range"),
    ("tests/02-lying.yaml", "tests", "thomas_hip",
     {"evidence": {"grade": "high", "note": "x", "sources": ["vigotsky_2016"], "diagnostic_value": "poor"}},
     r"poor or no diagnostic value is graded low"),
    ("red_flags.yaml", "flags", "neck_vascular_signs", {"level": "urgent"},
     r"neck_vascular_signs' must be emergency"),
])
def test_safety_data_is_checked_at_load(data_copy: Path, file: str, key: str, entry: str,
                                        change: dict[str, object], message: str) -> None:
    """A caution, cap, held-to-failure mark, poor test graded high or a downgraded flag fails at load."""
    edit_yaml(data_copy / file, key, entry, change)
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(data_copy)


def test_paper_carries_the_safety_net_weak_tests_and_withheld_needs(catalogue: Catalogue) -> None:
    """The printed routine's words: the A&E signs, 4-6 weeks, stay active (no 'rest that day'),
    a finding on one weak test marked, a need left without exercise explained."""
    from datetime import date

    from core.engine import assess
    from core.report.model import build_report

    document = answers_document({"prone_y_raise": {"left": "weak", "right": "weak"},
                                 "thomas_hip": {"left": "short"}})
    document["screening"]["cautions"] = {"pregnant": True}
    report = build_report(assess(parse_answers(document, catalogue), catalogue), catalogue, "Alex", date(2026, 12, 1))
    safety = " ".join(report.safety)
    assert "A&E" in safety and "4 to 6 weeks" in safety and "resting in bed does not" in safety
    assert "rest that day" not in safety
    (hip,) = report.short
    assert "rests on one weak test only" in hip.evidence
    (trapezius,) = report.weak
    assert "not safe with: Pregnancy" in trapezius.evidence
    assert "exercising regularly" in report.disclaimer and "not a diagnosis" in report.disclaimer


def test_no_test_not_advised_is_suggested(catalogue: Catalogue) -> None:
    """Under a caution, the result never suggests a test held to failure: a forward-tipped pelvis
    alone would otherwise suggest the single-leg bridge to failure to a pregnant woman, in the
    result's list and in the pattern's "tests that would check it"."""
    from core.engine import assess

    document = answers_document({"pelvic_tilt": "anterior"})
    free = assess(parse_answers(document, catalogue), catalogue).to_document()
    assert "single_leg_bridge_reps" in free["suggested_tests"]  # the hint this test is about
    document["screening"]["cautions"] = {"pregnant": True}
    result = assess(parse_answers(document, catalogue), catalogue).to_document()
    not_advised = set(result["tests_not_advised"])
    assert not_advised and result["suggested_tests"]
    assert not not_advised & set(result["suggested_tests"])
    titles = [catalogue.tests[t].title for t in not_advised]
    for pattern in result["patterns"]:
        assert not any(title in pattern["explanation"] for title in titles), pattern["explanation"]


def test_face_down_test_is_not_advised_in_pregnancy(catalogue: Catalogue) -> None:
    """The pregnancy caution says lying face down is left out: an increased thoracic curve
    suggests the face-down Y raise, but in pregnancy it is listed as not advised and never
    suggested; with pain of 8 alone (it is not held to failure) it is still suggested."""
    from core.engine import assess

    document = answers_document({"thoracic_curve": "increased"})
    document["screening"]["cautions"] = {"pregnant": True}
    pregnant = assess(parse_answers(document, catalogue), catalogue).to_document()
    assert "prone_y_raise" in pregnant["tests_not_advised"]
    assert "prone_y_raise" not in pregnant["suggested_tests"]
    document["screening"]["cautions"] = {"pregnant": False}
    document["pain"] = {"now": 8, "regions": ["upper_back"]}
    in_pain = assess(parse_answers(document, catalogue), catalogue).to_document()
    assert in_pain["cautions"] == ["high_pain"]
    assert "prone_y_raise" not in in_pain["tests_not_advised"] and "prone_y_raise" in in_pain["suggested_tests"]


def test_caps_leave_every_ratio_decidable_and_are_the_published_tops(catalogue: Catalogue) -> None:
    """A hold's cap must not hide what its ratio measures: the flexion-to-extension ratio flags
    above 1.0, so the flexor cap must reach the extensor cap, or an extensor hold between the two
    caps could never be flagged however much longer the flexor could have held. Each trunk hold
    stops at the top of the published averages of clinical reference section 4 (McGill 1999,
    Anderson 2014, Evans 2007): flexor 224 s and side bridge 104 s (Evans), extensor 198 s."""
    caps = {t: catalogue.tests[t].cap for t in ("trunk_flexor_hold", "trunk_extensor_hold", "side_bridge_hold")}
    values = {t: cap.value for t, cap in caps.items() if cap is not None}
    rule = catalogue.ratios["flexion_extension"]
    assert rule.flag_above is not None
    assert values["trunk_flexor_hold"] >= values["trunk_extensor_hold"] * rule.flag_above
    assert values == {"trunk_flexor_hold": 224, "trunk_extensor_hold": 198, "side_bridge_hold": 104}
    for test_id, value in values.items():
        cap = caps[test_id]
        assert cap is not None and f"{value:g} s" in cap.text
        assert any(f"{value:g} s" in step for step in catalogue.tests[test_id].steps), test_id
    assert "evans_2007" in caps["trunk_flexor_hold"].sources  # type: ignore[union-attr]
    assert "evans_2007" in caps["side_bridge_hold"].sources  # type: ignore[union-attr]


def test_back_extension_warning_comes_before_the_lift(catalogue: Catalogue) -> None:
    """Those whose pain worsens bending backwards are told to skip the face-down back hold in its
    first step, before they lift, not in the result prompt read after the hold is done."""
    test = catalogue.tests["trunk_extensor_hold"]
    assert "bend backwards" in test.steps[0] and "skip" in test.steps[0].lower()
    assert "bend backwards" not in test.look_for


def test_blood_pressure_question_covers_untreated_pressure(catalogue: Catalogue) -> None:
    """Uncontrolled high blood pressure (reference section 9) includes pressure that is not
    treated at all: the question must not read as if only people on treatment could say yes."""
    question = catalogue.cautions["high_blood_pressure"].question
    assert question is not None and "not treated" in question and "despite treatment" in question


def test_neck_movements_say_what_dizziness_with_stroke_signs_means(catalogue: Catalogue) -> None:
    """Every neck test or exercise that tells the person to stop if dizzy also says that double
    vision, slurred speech or trouble swallowing need an ambulance (reference section 9: neck
    vascular signs are an emergency), so a sign the movement brings on is not just 'stopped'."""
    texts = [" ".join(t.steps) for t in catalogue.tests.values()]
    texts += [" ".join((*e.steps, *e.cautions)) for e in catalogue.exercises.values()]
    dizzy = [text for text in texts if "dizzy" in text]
    assert len(dizzy) >= 5
    for text in dizzy:
        assert "ambulance" in text and "double vision" in text.lower(), text
