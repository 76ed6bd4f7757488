"""The one grouping of findings used by terminal, screen, paper and muscle map."""

from __future__ import annotations

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.findings import muscle_findings
from tests.helpers import answers_document


def test_sides_grade_and_tests(catalogue: Catalogue) -> None:
    """Both sides short → 'both' with the strongest grade, the direct tests, and the weak-test flag."""
    document = answers_document({"thomas_hip": {"left": "short", "right": "short"}, "pelvic_tilt": "anterior",
                                 "thomas_knee": {"left": "short"}})
    result = assess(parse_answers(document, catalogue), catalogue)
    by_muscle = {f.muscle: f for f in muscle_findings(result["muscles"], "length", "short", list(catalogue.tests))}
    hip = by_muscle["hip_flexors"]
    assert (hip.side, hip.grade, hip.tests, hip.one_weak_test) == ("both", "low", ("thomas_hip",), True)
    assert (by_muscle["rectus_femoris"].side, by_muscle["rectus_femoris"].grade) == ("left", "low")
    assert "hamstrings" not in by_muscle


def test_strongest_grade_when_sides_differ() -> None:
    """Where the two sides differ in confidence, the stronger one is reported."""
    side = {"length": "short", "strength": "unknown", "confidence": {"length": "low", "strength": None},
            "evidence_by": {"length": ["b"], "strength": []}}
    stronger = dict(side, confidence={"length": "high", "strength": None}, evidence_by={"length": ["a"]})
    (finding,) = muscle_findings({"m": {"left": side, "right": stronger}}, "length", "short", ["a", "b"])
    assert (finding.side, finding.grade, finding.tests) == ("both", "high", ("a", "b"))


def test_one_weak_test_needs_a_single_low_test(catalogue: Catalogue) -> None:
    """A moderate 90-90 result is not 'one weak test'; a lone Thomas test is."""
    document = answers_document({"knee_extension_90_90": {"left": 60}, "thomas_hip": {"left": "short"}},
                                sex="male")
    result = assess(parse_answers(document, catalogue), catalogue)
    by_muscle = {f.muscle: f for f in muscle_findings(result["muscles"], "length", "short")}
    assert not by_muscle["hamstrings"].one_weak_test
    assert by_muscle["hip_flexors"].one_weak_test
