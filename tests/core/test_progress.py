"""Progress: direction by what each test measures, meaningful pain change, honest trends."""

from __future__ import annotations

from datetime import date
from typing import Any

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.progress import Snapshot, compare, latest_routine, pain_trend, trend
from tests.helpers import answers_document


def snap(catalogue: Catalogue, session_id: str, day: int, observations: dict[str, Any],
         pain: int | None = 5) -> Snapshot:
    document = answers_document(observations, pain=pain)
    return Snapshot(session_id, date(2026, 1, day), document,
                    assess(parse_answers(document, catalogue), catalogue))


def rows(change: dict[str, Any], test: str) -> dict[Any, dict[str, Any]]:
    return {row["side"]: row for row in change["tests"] if row["test"] == test}


def test_longer_hold_is_better_and_fewer_degrees_is_better(catalogue: Catalogue) -> None:
    """A hold that grows is better; knee extension degrees that shrink are better (lower is better)."""
    old = snap(catalogue, "a", 1, {"side_bridge_hold": {"left": 30, "right": 60},
                                   "knee_extension_90_90": {"left": 40}})
    new = snap(catalogue, "b", 2, {"side_bridge_hold": {"left": 55, "right": 50},
                                   "knee_extension_90_90": {"left": 25}})
    change = compare(old, new, catalogue)
    bridge = rows(change, "side_bridge_hold")
    assert bridge["left"] | {} == {"test": "side_bridge_hold", "side": "left", "from": 30, "to": 55,
                                   "delta": 25, "mdc": 5, "direction": "better"}
    assert bridge["right"]["direction"] == "worse"
    assert rows(change, "knee_extension_90_90")["left"]["direction"] == "better"
    asymmetry = {row["test"]: row for row in change["asymmetry"]}["side_bridge_hold"]
    assert (asymmetry["from"], asymmetry["to"], asymmetry["direction"]) == (30, 5, "better")


def test_changes_within_the_minimal_detectable_change_are_no_clear_change(catalogue: Catalogue) -> None:
    """A 2 degree change on the 90-90 test is noise (MDC 10 degrees, clinical reference 9); 10 degrees is not.

    Holds use 15% of the earlier hold with a 5 s floor: 100 s to 114 s is noise, to 116 s is better.
    """
    old = snap(catalogue, "a", 1, {"knee_extension_90_90": {"left": 40, "right": 40},
                                   "trunk_extensor_hold": 100, "craniovertebral_angle": 45})
    new = snap(catalogue, "b", 2, {"knee_extension_90_90": {"left": 38, "right": 30},
                                   "trunk_extensor_hold": 114, "craniovertebral_angle": 49})
    change = compare(old, new, catalogue)
    knee = rows(change, "knee_extension_90_90")
    assert (knee["left"]["direction"], knee["left"]["mdc"]) == ("same", 10)
    assert knee["right"]["direction"] == "better"
    assert rows(change, "trunk_extensor_hold")[None]["direction"] == "same"
    assert rows(change, "craniovertebral_angle")[None]["direction"] == "better"
    later = snap(catalogue, "c", 3, {"trunk_extensor_hold": 116})
    assert rows(compare(old, later, catalogue), "trunk_extensor_hold")[None] | {} == {
        "test": "trunk_extensor_hold", "side": None, "from": 100, "to": 116, "delta": 16, "mdc": 15,
        "direction": "better"}


def test_every_measured_test_has_a_minimal_detectable_change(catalogue: Catalogue) -> None:
    """Each measured test states its MDC in data/: a published one with its source, or says none is published."""
    measured = [test for test in catalogue.tests.values() if test.input.is_numeric]
    assert measured
    for test in measured:
        mdc = test.input.mdc
        assert mdc is not None, test.id
        assert mdc.sources if mdc.published else "no published" in mdc.note.lower(), test.id
        assert mdc.of(0) > 0, test.id  # never zero: a zero threshold would call any noise a change


def test_category_toward_reference_is_better(catalogue: Catalogue) -> None:
    """Tipped forward to level is better; level to tucked under is worse; a cramp gone is better."""
    old = snap(catalogue, "a", 1, {"pelvic_tilt": "anterior", "head_position": "neutral",
                                   "bridge_hamstring_cramp": {"left": True}})
    new = snap(catalogue, "b", 2, {"pelvic_tilt": "neutral", "head_position": "forward",
                                   "bridge_hamstring_cramp": {"left": False}})
    change = compare(old, new, catalogue)
    assert rows(change, "pelvic_tilt")[None]["direction"] == "better"
    assert rows(change, "head_position")[None]["direction"] == "worse"
    assert rows(change, "bridge_hamstring_cramp")["left"]["direction"] == "better"


def test_pain_change_meaningful_at_two_points(catalogue: Catalogue) -> None:
    """A 2-point drop is meaningful (the MCID); a 1-point drop is not."""
    first = snap(catalogue, "a", 1, {}, pain=6)
    assert compare(first, snap(catalogue, "b", 2, {}, pain=4), catalogue)["pain"] == {
        "from": 6, "to": 4, "delta": -2, "meaningful": True, "direction": "better"}
    assert compare(first, snap(catalogue, "c", 3, {}, pain=5), catalogue)["pain"]["meaningful"] is False
    assert compare(first, snap(catalogue, "d", 4, {}, pain=None), catalogue)["pain"] is None


def test_muscles_and_patterns(catalogue: Catalogue) -> None:
    """short → normal is better; patterns are resolved, new or kept; unknown is not judged."""
    old = snap(catalogue, "a", 1, {"pelvic_tilt": "anterior", "thomas_hip": {"left": "short"}})
    new = snap(catalogue, "b", 2, {"head_position": "forward", "thomas_hip": {"left": "normal"}})
    change = compare(old, new, catalogue)
    muscles = {(r["muscle"], r["side"], r["dimension"]): r for r in change["muscles"]}
    assert muscles[("hip_flexors", "left", "length")]["direction"] == "better"
    assert ("hip_flexors", "right", "length") not in muscles
    assert change["patterns"] == {"resolved": ["anterior_pelvic_tilt"], "new": ["upper_crossed"],
                                  "kept": []}


def test_one_session_is_not_a_trend(catalogue: Catalogue) -> None:
    """Below two values a trend is None; from two on, the series in date order."""
    one = [snap(catalogue, "a", 1, {"trunk_flexor_hold": 40})]
    assert trend(one, "trunk_flexor_hold", None) is None
    two = [*one, snap(catalogue, "b", 9, {"trunk_flexor_hold": 70})]
    assert trend(two, "trunk_flexor_hold", None) == [(date(2026, 1, 1), 40.0), (date(2026, 1, 9), 70.0)]


def test_pain_trend_skips_unrated_sessions_and_needs_two_points(catalogue: Catalogue) -> None:
    """Pain over time uses only the sessions where pain was rated; one rating is not a trend."""
    rated_once = [snap(catalogue, "a", 1, {}, pain=6), snap(catalogue, "b", 2, {}, pain=None)]
    assert pain_trend(rated_once) is None
    twice = [*rated_once, snap(catalogue, "c", 3, {}, pain=3)]
    assert pain_trend(twice) == [(date(2026, 1, 1), 6.0), (date(2026, 1, 3), 3.0)]


def test_latest_routine_skips_stopped_sessions(catalogue: Catalogue) -> None:
    """The routine in use is the latest one given: a later referral (no routine) does not replace it,
    and with no routine ever given there is none."""
    given = snap(catalogue, "a", 1, {"thomas_hip": {"left": "short"}})
    document = answers_document({}, progressive_weakness=True)
    stopped = assess(parse_answers(document, catalogue), catalogue)
    assert given.result.routine and stopped.status == "refer"
    assert latest_routine([stopped, given.result]) == given.result.routine
    assert latest_routine([stopped]) == ()
