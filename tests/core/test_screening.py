"""Red flags stop the assessment at the right level; clearance lifts only the mildest."""

from __future__ import annotations

from core import contract
from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.screening import clearance_applies, screen
from tests.helpers import answers_document


def test_no_flags_is_ok(catalogue: Catalogue) -> None:
    """All questions answered no lets the assessment go on."""
    assert screen(parse_answers(answers_document(), catalogue), catalogue).status == "ok"


def test_every_flag_refers_at_its_own_level(catalogue: Catalogue) -> None:
    """Each contract flag alone gives refer at the level contract.md assigns it."""
    for level, flags in contract.RED_FLAGS.items():
        for flag in flags:
            document = answers_document()
            document["screening"][flag] = True
            result = screen(parse_answers(document, catalogue), catalogue)
            assert result.status == "refer" and result.referral is not None
            assert result.referral.level == level and result.referral.reasons == (flag,)
            assert result.referral.message == catalogue.levels[level].action


def test_highest_level_wins(catalogue: Catalogue) -> None:
    """With an emergency and a milder flag, the referral is an emergency and names both."""
    document = answers_document(cancer_history=True, saddle_numbness=True)
    referral = screen(parse_answers(document, catalogue), catalogue).referral
    assert referral is not None and referral.level == "emergency"
    assert referral.reasons == ("saddle_numbness", "cancer_history")


def test_clearance_lifts_only_see_a_doctor_first(catalogue: Catalogue) -> None:
    """A clinician's clearance passes 'see a doctor first' flags, never urgent or emergency."""
    cleared = answers_document(cancer_history=True, cleared_by_clinician=True)
    assert screen(parse_answers(cleared, catalogue), catalogue).status == "ok"
    urgent = answers_document(cancer_history=True, fever_or_infection=True, cleared_by_clinician=True)
    referral = screen(parse_answers(urgent, catalogue), catalogue).referral
    assert referral is not None and referral.level == "urgent"


def test_missing_question_is_incomplete_and_named(catalogue: Catalogue) -> None:
    """An unanswered required question gives incomplete, naming it."""
    document = answers_document()
    del document["screening"]["constant_night_pain"]
    result = screen(parse_answers(document, catalogue), catalogue)
    assert result.status == "incomplete" and result.missing == ("constant_night_pain",)


def test_a_flag_refers_even_when_others_are_missing(catalogue: Catalogue) -> None:
    """Safety first: a reported emergency refers although the screening is unfinished."""
    document = answers_document(saddle_numbness=True)
    del document["screening"]["cancer_history"]
    assert screen(parse_answers(document, catalogue), catalogue).status == "refer"


def test_refer_gives_no_routine_or_ratings(catalogue: Catalogue) -> None:
    """A referral stops everything: no muscle ratings, patterns or exercises."""
    document = answers_document({"thomas_hip": {"left": "short"}}, progressive_weakness=True)
    result = assess(parse_answers(document, catalogue), catalogue).to_document()
    assert result["status"] == "refer" and result["routine"] == [] and result["next_phase"] == []
    assert result["patterns"] == []
    assert result["muscles"]["hip_flexors"]["left"]["length"] == "unknown"


def test_emergency_questions_ask_every_cauda_equina_sign(catalogue: Catalogue) -> None:
    """The emergency questions ask each sign of clinical reference section 5 a person could miss
    if it were left out: pain (not only numbness) in both legs, a change in the urine stream, and
    lost feeling of needing to go (rectal sensation); and the both-legs question says *new*."""
    legs = catalogue.red_flags["both_legs_symptoms"].question.lower()
    assert "pain" in legs and "new" in legs and "both legs" in legs
    bladder = catalogue.red_flags["bladder_bowel_change"].question.lower()
    assert "stream" in bladder and "need to go" in bladder


def test_clearance_is_asked_only_for_a_flag_it_can_lift(catalogue: Catalogue) -> None:
    """The clearance question applies to a see-a-doctor-first flag, asked or derived (a new pain at 60),
    and not to an urgent one alone, nor when nothing is raised."""
    assert clearance_applies(parse_answers(answers_document(cancer_history=True), catalogue), catalogue)
    late_onset = answers_document(age=60)
    late_onset["pain"] = {"now": 4, "onset": "new", "regions": ["lower_back"]}
    assert clearance_applies(parse_answers(late_onset, catalogue), catalogue)
    assert not clearance_applies(parse_answers(answers_document(fever_or_infection=True), catalogue), catalogue)
    assert not clearance_applies(parse_answers(answers_document(), catalogue), catalogue)
