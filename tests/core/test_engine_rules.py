"""Property tests: the rules of contract.md (1, 1b, 2, 3, 4) hold for any valid answers document.

Each property whose assertion sits in a branch counts how often that branch ran, and a plain
test then fails if it never did, so no property passes by never asserting.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import contract
from core.answers import SIDES, parse_answers
from core.catalogue import default_catalogue
from core.engine import assess
from tests.strategies import answers_documents

CATALOGUE = default_catalogue()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(document: dict[str, Any]) -> dict[str, Any]:
    return assess(parse_answers(document, CATALOGUE), CATALOGUE)


def entry_sides(entry: dict[str, Any]) -> tuple[str, ...]:
    return SIDES if entry["side"] == "both" else (entry["side"],)


@SETTINGS
@given(answers_documents(CATALOGUE))
def test_rule_1_no_routine_unless_ok(document: dict[str, Any]) -> None:
    """Rule 1: a status other than ok gives an empty routine and next phase."""
    result = run(document)
    if result["status"] != "ok":
        assert result["routine"] == [] and result["next_phase"] == []


@SETTINGS
@given(answers_documents(CATALOGUE, flags=False))
def test_rule_2_only_short_muscles_are_stretched(document: dict[str, Any]) -> None:
    """Rule 2: every stretch target is short on every side it is given for."""
    result = run(document)
    for entry in result["routine"] + result["next_phase"]:
        if entry["purpose"] != "stretch":
            continue
        for muscle in entry["targets"]:
            for side in entry_sides(entry):
                assert result["muscles"][muscle][side]["length"] == "short", (muscle, side)


@SETTINGS
@given(answers_documents(CATALOGUE, flags=False))
def test_rule_2b_only_weak_muscles_are_strengthened(document: dict[str, Any]) -> None:
    """The mirror of rule 2: a strengthening target is weak on every side it is given for."""
    result = run(document)
    for entry in result["routine"] + result["next_phase"]:
        if entry["purpose"] == "strengthen":
            for muscle in entry["targets"]:
                assert all(result["muscles"][muscle][s]["strength"] == "weak" for s in entry_sides(entry))


@SETTINGS
@given(answers_documents(CATALOGUE, flags=False))
def test_rule_3_every_short_and_weak_side_is_addressed(document: dict[str, Any]) -> None:
    """Rule 3: each short side has a stretch and each weak side a strengthener, now or later,
    unless a caution in force withholds it (rule 1b wins), and then the result says so."""
    result = run(document)
    entries = result["routine"] + result["next_phase"]
    assert len(result["routine"]) <= contract.ROUTINE_LIMIT
    covered = {(muscle, side, entry["purpose"]) for entry in entries
               for muscle in entry["targets"] for side in entry_sides(entry)}
    for need in result["withheld"]:
        assert need["cautions"] and set(need["cautions"]) <= set(result["cautions"])
        covered |= {(need["muscle"], side, need["purpose"]) for side in entry_sides(need)}
    for muscle, sides in result["muscles"].items():
        for side, state in sides.items():
            if state["length"] == "short":
                assert (muscle, side, "stretch") in covered
            if state["strength"] == "weak":
                assert (muscle, side, "strengthen") in covered


@SETTINGS
@given(answers_documents(CATALOGUE))
def test_rule_4_same_answers_same_result(document: dict[str, Any]) -> None:
    """Rule 4: the same answers, even after a JSON round trip, always give the same result."""
    first = run(document)
    second = run(json.loads(json.dumps(document)))
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


@SETTINGS
@given(answers_documents(CATALOGUE))
def test_result_shape_follows_the_contract(document: dict[str, Any]) -> None:
    """Every muscle on both sides with contract vocabularies; patterns posture-capped."""
    result = run(document)
    assert result["status"] in ("ok", "refer", "incomplete")
    assert set(result["muscles"]) == set(CATALOGUE.muscles)
    for muscle, sides in result["muscles"].items():
        assert set(sides) == set(SIDES)
        for state in sides.values():
            assert state["length"] in ("short", "normal", "long", "unknown")
            assert state["strength"] in ("weak", "normal", "unknown")
        if CATALOGUE.muscles[muscle].midline:
            assert sides["left"] == sides["right"]
    for pattern in result["patterns"]:
        direct = [t for t in pattern["evidence"] if CATALOGUE.tests[t].kind == "direct"]
        if not direct:
            assert pattern["confidence"] == "low"
    assert set(result["tests_not_advised"]) <= set(CATALOGUE.tests)
    assert bool(result["cautions"]) == bool(result["tests_not_advised"])
    json.dumps(result)


def _exercises(result: dict[str, Any]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = result["routine"] + result["next_phase"]
    return entries


def test_rule_1b_no_exercise_from_posture_alone() -> None:
    """Rule 1b, first half: every exercise target rests on direct tests on every side it is
    given for, whatever posture signs say. Counted: the check ran on real exercises, including
    answers whose posture signs pointed at the very muscle."""
    seen: Counter[str] = Counter()

    @SETTINGS
    @given(answers_documents(CATALOGUE, flags=False))
    def check(document: dict[str, Any]) -> None:
        result = run(document)
        for entry in _exercises(result):
            dimension = "length" if entry["purpose"] == "stretch" else "strength"
            for muscle in entry["targets"]:
                for side in entry_sides(entry):
                    state = result["muscles"][muscle][side]
                    tests = state["evidence_by"][dimension]
                    assert tests and all(CATALOGUE.tests[t].kind == "direct" for t in tests), (muscle, tests)
                    seen["exercise checked"] += 1
                    if state["hints"][dimension]:
                        seen["posture also hinted"] += 1
        for muscle, sides in result["muscles"].items():
            for side in sides.values():
                for dimension in ("length", "strength"):
                    if side["hints"][dimension] and not side["evidence_by"][dimension]:
                        assert side[dimension] == "unknown", muscle
                        seen["posture alone left unknown"] += 1

    check()
    assert seen["exercise checked"] > 50, seen
    assert seen["posture also hinted"] > 0 and seen["posture alone left unknown"] > 50, seen


@st.composite
def cautioned_documents(draw: st.DrawFn) -> dict[str, Any]:
    """Answers with at least one caution in force, and the tests that make its exercises likely."""
    document = draw(answers_documents(CATALOGUE, flags=False))
    cause = draw(st.sampled_from(["pregnant", "high_blood_pressure", "osteoporosis", "high_pain"]))
    if cause in contract.CAUTION_QUESTIONS:
        document["screening"]["cautions"] = {cause: True}
    elif cause == "osteoporosis":
        document["screening"].update(osteoporosis=True, cleared_by_clinician=True)
    else:
        document["pain"]["now"] = draw(st.integers(7, 10))
    document["observations"].update(draw(st.fixed_dictionaries({}, optional={
        "prone_y_raise": st.just({"left": "weak", "right": "weak"}),
        "single_leg_bridge_reps": st.just({"left": 5}),
        "trunk_flexor_hold": st.just(150), "trunk_extensor_hold": st.just(60),
    })))
    return document


def test_rule_1b_nothing_a_caution_rules_out() -> None:
    """Rule 1b, second half: no exercise a caution in force rules out is prescribed, now or
    later, and the held-to-failure tests are listed as not advised. Counted: prescriptions were
    checked under each caution, and some exercise was really withheld."""
    seen: Counter[str] = Counter()

    @SETTINGS
    @given(cautioned_documents())
    def check(document: dict[str, Any]) -> None:
        result = run(document)
        if result["status"] != "ok":
            return
        in_force = set(result["cautions"])
        assert in_force and set(contract.HELD_TO_FAILURE) <= set(result["tests_not_advised"])
        for entry in _exercises(result):
            ruled = set(CATALOGUE.exercises[entry["exercise"]].ruled_out_by)
            assert not ruled & in_force, (entry["exercise"], in_force)
            seen.update(f"checked under {c}" for c in in_force)
        seen["withheld"] += len(result["withheld"])

    check()
    for caution in ("pregnant", "high_blood_pressure", "osteoporosis", "high_pain"):
        assert seen[f"checked under {caution}"] > 0, seen
    assert seen["withheld"] > 0, seen
