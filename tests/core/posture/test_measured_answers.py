"""A value measured on a photo is marked as such in the answers and the result, and stays posture evidence."""

from __future__ import annotations

import pytest

from core.answers import AnswersError, parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.posture.landmarks import Landmarks
from core.posture.measure import MEASUREMENTS, PHOTO_TESTS, measure
from core.result import Result
from tests.helpers import answers_document


def test_photo_tests_are_exactly_those_with_a_sourced_numeric_cutoff(catalogue: Catalogue) -> None:
    """PHOTO_TESTS lists every measured test the catalogue judges by a number with a cut-off naming its
    source, and nothing else: a catalogue change that adds or drops one fails here."""
    judged = {test for _, test in MEASUREMENTS.values()
              if catalogue.tests[test].bands is not None and catalogue.tests[test].bands.cutoff.sources}  # type: ignore[union-attr]
    assert set(PHOTO_TESTS) == judged == {"craniovertebral_angle"}
    assert catalogue.tests["craniovertebral_angle"].kind == "posture"


def test_a_measured_angle_is_marked_in_the_result_and_prescribes_nothing_alone(catalogue: Catalogue) -> None:
    """A forward head measured at 40° on a photo: the result says it was measured from a photo; the muscles
    it hints at stay unknown (posture evidence never sets a state) and no exercise comes of it alone."""
    marks = Landmarks("side", 1000, 1000).moved("c7", 400, 500).moved("tragus", 519.2, 400)
    answer = measure(marks, catalogue).observations
    assert answer == {"craniovertebral_angle": 40}
    document = answers_document(answer) | {"measured_from_photo": ["craniovertebral_angle"]}
    result = assess(parse_answers(document, catalogue), catalogue)
    assert result.measured_from_photo == ("craniovertebral_angle",)
    assert result.to_document()["measured_from_photo"] == ["craniovertebral_angle"]
    assert result.muscles["deep_neck_flexors"]["left"].strength == "unknown"
    assert result.routine == () and result.next_phase == ()
    plain = assess(parse_answers(answers_document(answer), catalogue), catalogue)
    assert plain.measured_from_photo == () and "measured_from_photo" not in plain.to_document()
    assert plain == result.model_copy(update={"measured_from_photo": ()})


@pytest.mark.parametrize(("marked", "field"), [
    (["craniovertebral_angle"], "measured_from_photo[0]"),  # not answered
    (["thomas_hip"], "measured_from_photo[0]"),  # not measurable from a photo
    (["shoulder_height"], "measured_from_photo[0]"),  # measured, but no validated cut-off: never an answer
    ("craniovertebral_angle", "measured_from_photo"),
    ([1], "measured_from_photo[0]"),
])
def test_a_wrong_mark_is_bad_input(catalogue: Catalogue, marked: object, field: str) -> None:
    """A mark on a test with no answer, a test no photo answers, or the wrong type: refused, field named."""
    with pytest.raises(AnswersError) as caught:
        parse_answers(answers_document({"pelvic_tilt": "neutral"}) | {"measured_from_photo": marked}, catalogue)
    assert caught.value.field_path == field


def test_the_summary_says_which_answer_came_from_a_photo(catalogue: Catalogue) -> None:
    """The plain summary names the test measured from a photo and says it only hints; a result without the
    field (an older session) reads as before."""
    from core.summary import result_summary

    document = answers_document({"craniovertebral_angle": 40}) | {"measured_from_photo": ["craniovertebral_angle"]}
    result = assess(parse_answers(document, catalogue), catalogue)
    text = result_summary(result, catalogue)
    assert "Head angle from a photo: measured from a photo with Rebalance." in text and "it never sets" in text
    older = Result.from_document({key: value for key, value in result.to_document().items()
                                  if key != "measured_from_photo"})
    assert "measured from a photo" not in result_summary(older, catalogue)
