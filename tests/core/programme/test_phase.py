"""The phase rules: ease while pain is high, new or unrated; strengthen once settled; maintain."""

from __future__ import annotations

import shutil
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.catalogue import Catalogue, CatalogueError, default_catalogue
from core.catalogue.loader import DATA_DIR, load_catalogue
from core.programme.phase import Phase, decide_phase
from core.programme.plan import programme_from
from core.result import Result

RULES = default_catalogue().programme
WORKED = Path(__file__).resolve().parents[2] / "data"  # the worked examples, tests/data/NAME/answers.json
PAIN = st.one_of(st.none(), st.integers(0, 10))
ONSET = st.sampled_from([None, "new", "recurring", "long_standing"])


def test_every_source_is_in_the_catalogue(catalogue: Catalogue) -> None:
    """The rules load with the catalogue and name their sources, all of them in data/sources.yaml."""
    assert RULES.source_ids() >= {"silbernagel_2007", "seeds_phases", "reid_kim_2014", "acsm_strength"}
    assert RULES.source_ids() <= set(catalogue.sources)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("sources: [reid_kim_2014, acsm_strength]", "sources: [reid_kim_2041, acsm_strength]",
     "unknown source reid_kim_2041"),
    ("max_pain_during: 5", "max_pain_during: 11", "progression.max_pain_during"),
    ("window_days: 14", "window_days: 14\n  window_days: 15", "given twice"),
])
def test_a_broken_rule_fails_the_catalogue_loudly(tmp_path: Path, old: str, new: str, message: str) -> None:
    """A typo in a source id, a number out of range or a key given twice stops loading, naming the file."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "programme.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message) as raised:
        load_catalogue(data)
    assert "programme.yaml" in str(raised.value)


@given(PAIN, ONSET)
def test_ease_exactly_when_pain_is_high_new_or_unrated(pain: int | None, onset: str | None) -> None:
    """With exercises to do, the phase is ease iff the pain is above the threshold, new or unrated,
    and every reason given is true of the answers."""
    phase = decide_phase(pain, onset, True, RULES)
    threshold = RULES.phases.ease.pain_above
    should_ease = pain is None or pain > threshold or onset == "new"
    assert (phase.id == "ease") == should_ease
    assert phase.id in ("ease", "strengthen")
    assert ("pain_high" in phase.reasons) == (pain is not None and pain > threshold)
    assert ("pain_new" in phase.reasons) == (onset == "new")
    assert ("pain_unrated" in phase.reasons) == (pain is None)
    if phase.id == "ease":
        assert phase.strengthen_version == "easier"  # no loaded or to-failure work while easing
    else:
        assert phase.reasons == ("pain_settled",) and phase.strengthen_version == "standard"


@given(PAIN, ONSET)
def test_nothing_to_correct_is_maintenance_and_round_trips(pain: int | None, onset: str | None) -> None:
    """No routine gives maintain, and every phase survives its document unchanged."""
    assert decide_phase(pain, onset, False, RULES).id == "maintain"
    for has_routine in (True, False):
        phase = decide_phase(pain, onset, has_routine, RULES)
        result = Result(status="ok", phase=phase)
        assert Result.from_document(result.to_document()).phase == phase


def test_high_pain_seven_and_the_conservative_boundary() -> None:
    """7/10 (section 9's high pain) eases; so do 4-6 (conservative); 3 with long-standing pain strengthens."""
    assert decide_phase(7, "long_standing", True, RULES).id == "ease"
    assert decide_phase(4, "recurring", True, RULES).id == "ease"
    assert decide_phase(3, "recurring", True, RULES).id == "strengthen"


def _result(phase: Phase, routine: list[dict[str, Any]]) -> Result:
    return Result.from_document({"status": "ok", "phase": asdict(phase), "routine": routine})


def test_a_reassessment_that_resolved_the_findings_maintains_the_earlier_routine() -> None:
    """The earlier routine carries on at maintenance when the re-assessment finds nothing to correct;
    a referral in between does not count, a referral last stops the programme, and results from before
    phases are ignored."""
    entry = {"exercise": "glute_bridge", "name": "Glute bridge", "purpose": "strengthen", "side": "both",
             "dose": {"sets": 2, "reps": 10, "hold_s": None, "per_week": 3}}
    first = _result(decide_phase(2, "recurring", True, RULES), [entry])
    resolved = _result(decide_phase(1, "recurring", False, RULES), [])
    sessions = [(date(2026, 1, 1), first), (date(2026, 1, 20), Result(status="refer")),
                (date(2026, 2, 1), resolved), (date(2026, 2, 2), Result(status="ok"))]
    programme = programme_from(sessions, RULES)
    assert programme is not None
    assert programme.phase.id == "maintain" and programme.phase.reasons == ("findings_resolved",)
    assert programme.routine == first.routine and programme.routine[0].exercise == "glute_bridge"
    assert (programme.assessed_on, programme.routine_from) == (date(2026, 2, 1), date(2026, 1, 1))
    assert programme_from(sessions[2:], RULES) is None  # nothing ever to do: no programme
    assert programme_from([*sessions, (date(2026, 3, 1), Result(status="refer"))], RULES) is None  # a referral stops it


def test_a_stored_result_without_a_phase_gets_the_engines_phase() -> None:
    """Over random answers: a result read back from a session saved before results carried a phase
    (its document without "phase") gets, from its own stored answers, exactly the phase the engine gives
    those answers now; a referral or unfinished screening stays without one. Counted: each phase and a
    stopped result were checked: worked examples that give each (@example) make sure every kind is
    reached, whatever the random draw."""
    import json
    from collections import Counter

    from hypothesis import HealthCheck, example, settings

    from core.answers import parse_answers
    from core.engine import assess
    from core.programme.phase import with_phase
    from tests.strategies import answers_documents

    catalogue = default_catalogue()
    seen: Counter[str] = Counter()

    def worked(name: str) -> dict[str, Any]:
        document: dict[str, Any] = json.loads((WORKED / name / "answers.json").read_text(encoding="utf-8"))
        return document

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answers_documents(catalogue))
    @example(worked("lower_crossed"))  # ease
    @example(worked("lateral_pelvic_tilt"))  # strengthen
    @example(worked("no_findings"))  # maintain
    @example(worked("red_flag_emergency"))  # stopped
    def check(document: dict[str, Any]) -> None:
        result = assess(parse_answers(document, catalogue), catalogue)
        stored = result.to_document()
        stored.pop("phase", None)
        old = Result.from_document(stored)
        assert old.phase is None
        assert with_phase(old, document, catalogue.programme) == result
        seen[result.phase.id if result.phase else "stopped"] += 1

    check()
    assert all(seen[kind] > 0 for kind in ("ease", "strengthen", "maintain", "stopped")), seen
