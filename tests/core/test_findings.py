"""The one grouping of findings (`Result.findings`) used by terminal, screen, paper and muscle map."""

from __future__ import annotations

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.result import MuscleSide, Result
from tests.helpers import answers_document


def test_sides_grade_and_tests(catalogue: Catalogue) -> None:
    """Both sides short → 'both' with the strongest grade, the direct tests, and the weak-test flag."""
    document = answers_document({"thomas_hip": {"left": "short", "right": "short"}, "pelvic_tilt": "anterior",
                                 "thomas_knee": {"left": "short"}})
    result = assess(parse_answers(document, catalogue), catalogue)
    by_muscle = {f.muscle: f for f in result.findings.short}
    hip = by_muscle["hip_flexors"]
    assert (hip.side, hip.grade, hip.tests, hip.one_weak_test) == ("both", "low", ("thomas_hip",), True)
    assert (by_muscle["rectus_femoris"].side, by_muscle["rectus_femoris"].grade) == ("left", "low")
    assert "hamstrings" not in by_muscle


def test_strongest_grade_when_sides_differ() -> None:
    """Where the two sides differ in confidence, the stronger one is reported, with both sides' tests."""
    side = {"length": "short", "confidence": {"length": "low", "strength": None},
            "evidence_by": {"length": ["a"], "strength": []}}
    stronger = dict(side, confidence={"length": "high", "strength": None},
                    evidence_by={"length": ["b"], "strength": []})
    result = Result.from_document({"status": "ok", "muscles": {"m": {"left": side, "right": stronger}}})
    (finding,) = result.findings.short
    assert (finding.side, finding.grade, finding.tests) == ("both", "high", ("a", "b"))


def test_findings_are_grouped_once(catalogue: Catalogue) -> None:
    """Every reader gets the very same grouping object: the muscles are not regrouped per reader."""
    result = assess(parse_answers(answers_document({"thomas_hip": {"left": "short"}}), catalogue), catalogue)
    assert result.findings is result.findings
    assert result.findings.of("length", "short") == result.findings.short
    assert result.findings.of("strength", "weak") == result.findings.weak == ()


def test_long_muscles_are_found_apart() -> None:
    """A long muscle side is a finding of its own (never stretched), not among the short ones."""
    long_side = MuscleSide.model_validate({"length": "long"})
    result = Result(status="ok", muscles={"hamstrings": {"left": long_side, "right": MuscleSide()}})
    assert [(f.muscle, f.side) for f in result.findings.long] == [("hamstrings", "left")]
    assert result.findings.short == ()


def test_one_weak_test_needs_a_single_low_test(catalogue: Catalogue) -> None:
    """A moderate 90-90 result is not 'one weak test'; a lone Thomas test is."""
    document = answers_document({"knee_extension_90_90": {"left": 60}, "thomas_hip": {"left": "short"}},
                                sex="male")
    result = assess(parse_answers(document, catalogue), catalogue)
    by_muscle = {f.muscle: f for f in result.findings.short}
    assert not by_muscle["hamstrings"].one_weak_test
    assert by_muscle["hip_flexors"].one_weak_test
