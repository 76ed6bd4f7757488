"""Property tests: the four rules of contract.md hold for any valid answers document."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings

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
    """Rule 3: each short side has a stretch and each weak side a strengthener, now or later."""
    result = run(document)
    entries = result["routine"] + result["next_phase"]
    assert len(result["routine"]) <= contract.ROUTINE_LIMIT
    covered = {(muscle, side, entry["purpose"]) for entry in entries
               for muscle in entry["targets"] for side in entry_sides(entry)}
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
        physical = [t for t in pattern["evidence"] if CATALOGUE.tests[t].kind == "physical"]
        if not physical:
            assert pattern["confidence"] == "low"
    json.dumps(result)
