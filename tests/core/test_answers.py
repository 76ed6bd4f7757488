"""Bad input is refused with the field named and what was expected; nothing is guessed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.answers import AnswersError, birth_years, parse_answers, read_answers
from core.catalogue import Catalogue
from tests.helpers import answers_document


def refused(document: Any, catalogue: Catalogue) -> AnswersError:
    with pytest.raises(AnswersError) as error:
        parse_answers(document, catalogue)
    return error.value


def test_valid_document_is_parsed(catalogue: Catalogue) -> None:
    """Sides, numbers, booleans and person fields come through as given."""
    answers = parse_answers(answers_document({
        "pelvic_tilt": "anterior", "thomas_hip": {"left": "short"}, "trunk_flexor_hold": 45,
        "bridge_hamstring_cramp": {"right": True}}, sex="male"), catalogue)
    assert answers.observations["thomas_hip"] == {"left": "short"}
    assert answers.observations["trunk_flexor_hold"] == {None: 45.0}
    assert answers.observations["bridge_hamstring_cramp"] == {"right": True}
    assert answers.sex == "male" and answers.age == 45 and answers.pain_now == 5


@pytest.mark.parametrize(("observations", "field", "expected"), [
    ({"thomas_hip": {"left": "tight"}}, "observations.thomas_hip.left", "normal, short"),
    ({"pelvic_tilt": 3}, "observations.pelvic_tilt", "anterior, neutral, posterior"),
    ({"trunk_flexor_hold": 601}, "observations.trunk_flexor_hold", "0 to 600"),
    ({"trunk_flexor_hold": -1}, "observations.trunk_flexor_hold", "0 to 600"),
    ({"trunk_flexor_hold": "45"}, "observations.trunk_flexor_hold", "number"),
    ({"craniovertebral_angle": 19.5}, "observations.craniovertebral_angle", "20 to 80"),
    ({"single_leg_bridge_reps": {"left": 12.5}}, "observations.single_leg_bridge_reps.left", "whole"),
    ({"bridge_hamstring_cramp": {"left": "yes"}}, "observations.bridge_hamstring_cramp.left", "true"),
    ({"thomas_hip": "short"}, "observations.thomas_hip", "object"),
    ({"pelvic_tilt": {"left": "anterior"}}, "observations.pelvic_tilt", "no sides"),
    ({"thomas_hip": {"middle": "short"}}, "observations.thomas_hip.middle", "unknown field"),
    ({"toe_touch": "yes"}, "observations.toe_touch", "unknown test id"),
    ({"side_bridge_hold": {"left": True}}, "observations.side_bridge_hold.left", "number"),
])
def test_bad_observation_names_the_field(catalogue: Catalogue, observations: dict[str, Any],
                                         field: str, expected: str) -> None:
    """Wrong type, unknown value, out of range and unknown ids each name the exact field."""
    error = refused(answers_document(observations), catalogue)
    assert error.field_path == field
    assert expected in error.message


@pytest.mark.parametrize(("change", "field"), [
    ({"format": 2}, "format"),
    ({"person": {"age": 200}}, "person.age"),
    ({"person": {"sex": "other"}}, "person.sex"),
    ({"pain": {"now": 11}}, "pain.now"),
    ({"pain": {"now": 3, "regions": ["elbow_of_doom"]}}, "pain.regions[0]"),
    ({"screening": {"saddle_numbness": "no"}}, "screening.saddle_numbness"),
    ({"screening": {"back_hurts": True}}, "screening.back_hurts"),
    ({"extra": 1}, "extra"),
])
def test_bad_top_level_fields_are_named(catalogue: Catalogue, change: dict[str, Any], field: str) -> None:
    """Every section of the document is checked, not only the observations."""
    document = answers_document({})
    document.update(change)
    assert refused(document, catalogue).field_path == field


def test_null_means_not_done(catalogue: Catalogue) -> None:
    """A null test or side is 'not done', the same as leaving it out."""
    answers = parse_answers(answers_document({"pelvic_tilt": None, "thomas_hip": {"left": None}}),
                            catalogue)
    assert answers.observations == {}


def test_broken_json_names_the_file_and_position(catalogue: Catalogue, tmp_path: Path) -> None:
    """A file that is not JSON is refused with its name and the line of the fault."""
    path = tmp_path / "broken.json"
    path.write_text('{"format": 1,\n "screening": {', encoding="utf-8")
    with pytest.raises(AnswersError) as error:
        read_answers(str(path), catalogue)
    assert str(path) in str(error.value) and "line 2" in str(error.value)


def test_error_from_a_file_names_the_file(catalogue: Catalogue, tmp_path: Path) -> None:
    """Validation errors read from a file carry the file name too."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers_document({"ober": {"left": "tight"}})), encoding="utf-8")
    with pytest.raises(AnswersError, match=r"answers\.json: observations\.ober\.left"):
        read_answers(str(path), catalogue)


def test_missing_file_is_bad_input(catalogue: Catalogue, tmp_path: Path) -> None:
    """A file that does not exist is named, not a crash."""
    with pytest.raises(AnswersError, match="cannot be read"):
        read_answers(str(tmp_path / "nope.json"), catalogue)


def test_the_intro_page_years_of_birth_are_exactly_the_ages_accepted(catalogue: Catalogue) -> None:
    """The years the app offers give ages the answers accept, and a year beyond either end does not."""
    first, last = birth_years(2026)
    for year in (first, last):
        assert parse_answers(answers_document(age=2026 - year), catalogue).age == 2026 - year
    for year in (first - 1, last + 1):
        with pytest.raises(AnswersError, match=r"person\.age"):
            parse_answers(answers_document(age=2026 - year), catalogue)
