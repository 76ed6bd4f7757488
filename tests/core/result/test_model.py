"""The typed result converts to and from the contract's result document, and nowhere else."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings

from core.answers import parse_answers
from core.catalogue import Catalogue, default_catalogue
from core.engine import assess
from core.result import Result, ResultError
from core.store import open_store
from tests.strategies import answers_documents

# Result documents written by the engine before it returned a typed result (the code of
# commit b0ae6fc), as the store and export files hold them: ok with a next phase, withheld
# needs, ratios and patterns; incomplete; refer; cautions.
STORED = json.loads((Path(__file__).parent / "stored_results.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("document", STORED, ids=lambda d: str(d["status"]))
def test_stored_document_round_trips_byte_for_byte(document: dict[str, Any]) -> None:
    """A document written by the previous engine loads and is written back exactly as it was stored."""
    assert json.dumps(Result.from_document(document).to_document()) == json.dumps(document)


def test_stored_documents_cover_every_part() -> None:
    """The stored documents exercise every list of the result, so the round trip above checks them all."""
    for key in ("patterns", "ratios", "routine", "next_phase", "withheld", "suggested_tests", "cautions"):
        assert any(document[key] for document in STORED), key
    assert {document["status"] for document in STORED} == {"ok", "refer", "incomplete"}


def test_store_keeps_the_document(tmp_path: Path, catalogue: Catalogue) -> None:
    """Saved through the store and read back, the session's result is the same typed result and document."""
    store = open_store(str(tmp_path))
    for number, document in enumerate(STORED):
        result = Result.from_document(document)
        session_id = store.save_session("Alex", {"format": 1}, result, date(2026, 1, 1 + number))
        assert store.load_session(session_id).result == result
        assert json.dumps(store.load_session(session_id).result.to_document()) == json.dumps(document)


def test_an_old_document_without_later_keys_loads() -> None:
    """A first-release result (no ratios, cautions, hints or confidences) still loads, with empty defaults."""
    old = {"format": 1, "status": "ok", "referral": None, "missing": [],
           "muscles": {"hip_flexors": {"left": {"length": "short", "strength": "unknown", "evidence": ["thomas_hip"]},
                                       "right": {"length": "normal", "strength": "unknown", "evidence": []}}},
           "patterns": [{"id": "anterior_pelvic_tilt", "side": None, "confidence": "moderate",
                         "evidence": ["pelvic_tilt"], "explanation": "words"}],
           "routine": [], "next_phase": []}
    result = Result.from_document(old)
    assert result.muscles["hip_flexors"]["left"].length == "short"
    assert (result.cautions, result.withheld, result.catalogue_version) == ((), (), "")
    assert [f.muscle for f in result.findings.short] == ["hip_flexors"]


@pytest.mark.parametrize(("document", "field"), [
    ({"status": "maybe"}, "result.status"),
    ({"status": "ok", "routine": [{"exercise": "x"}]}, "result.routine[0].purpose"),
    ({"status": "ok", "muscles": {"hip_flexors": {"left": {"length": "tight"}}}},
     "result.muscles.hip_flexors.left.length"),
    ({"status": "ok", "muscles": {"hip_flexors": {"left": {"confidence": {"strength": None}}}}},
     "result.muscles.hip_flexors.left.confidence.length"),
    ({"status": "ok", "muscles": {"hip_flexors": {"left": {"one_weak_test": {"length": "maybe", "strength": 1}}}}},
     "result.muscles.hip_flexors.left.one_weak_test.length"),
    ([], "result"),
])
def test_a_malformed_document_names_the_field(document: object, field: str) -> None:
    """A result document of the wrong shape is refused with the path of the first wrong field."""
    with pytest.raises(ResultError, match=f"^{re.escape(field)}:"):
        Result.from_document(document)


def test_result_is_frozen() -> None:
    """Readers cannot change a result: it is the same on screen, paper and in the store."""
    result = Result.from_document(STORED[0])
    with pytest.raises(ValueError, match="frozen"):
        result.status = "refer"  # type: ignore[misc]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_documents(default_catalogue()))
def test_every_result_round_trips(document: dict[str, Any]) -> None:
    """Over random answers, the document a result writes reads back to an equal result and the same JSON."""
    catalogue = default_catalogue()
    result = assess(parse_answers(document, catalogue), catalogue)
    event(f"status {result.status}")
    written = json.dumps(result.to_document())
    again = Result.from_document(json.loads(written))
    assert again == result
    assert json.dumps(again.to_document()) == written
