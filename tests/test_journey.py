"""The whole journey over random valid answers: answers → engine → PDF → store → history.

Each example is one person's run of one to three assessments four weeks apart, stored in a
fresh SQLite file. Counters at the end prove every asserting branch ran (fixed examples make
sure of it whatever hypothesis draws).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.history import history_document
from core.report.render import routine_pdf
from core.result import Result
from core.store import open_store
from tests.pdf_text import page_texts
from tests.strategies import answers_documents

DATA = Path(__file__).resolve().parent / "data"
FIRST_DAY = date(2026, 9, 1)
PROFILE = "Zoë O'Neil"


def worked(name: str, pain: int | None) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((DATA / name / "answers.json").read_text(encoding="utf-8"))
    document["pain"] = {"now": pain, "regions": ["lower_back"]} if pain is not None else None
    return {k: v for k, v in document.items() if v is not None}


def with_pain(catalogue: Catalogue) -> st.SearchStrategy[dict[str, Any]]:
    """Random valid answers, some with a pain rating so that History compares pain."""
    return st.tuples(answers_documents(catalogue), st.none() | st.integers(0, 10)).map(
        lambda drawn: drawn[0] | ({"pain": {"now": drawn[1], "regions": ["lower_back"]}} if drawn[1] is not None
                                  else {}))


def check_printout(pages: list[str], result: Result) -> str:
    """The PDF parses, stays within its page bound, and says what kind of printout it is."""
    assert 1 <= len(pages) <= 5
    if result.status == "refer":
        assert len(pages) == 1 and "no tests were done" in pages[0]
    elif result.ok and result.routine:
        assert "Your four-week log" in pages[-1]
    return str(result.status)


def test_journey_from_answers_to_history(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every session prints, is stored and reads back exactly; re-printing the stored session gives
    the same pages; History lists the sessions in order and, from two on, the change between them."""
    monkeypatch.delenv("REBALANCE_DATABASE_URL", raising=False)
    seen: Counter[str] = Counter()

    @settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(with_pain(catalogue), min_size=1, max_size=3), st.sampled_from(["a4", "letter"]))
    @example([worked("red_flag_emergency", None), worked("lower_crossed", 6), worked("upper_crossed", 3)], "letter")
    @example([worked("flat_back", 4)], "a4")
    def journey(documents: list[dict[str, Any]], paper: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(data_dir=folder)
            try:
                ids, results, last_pages = [], [], []
                for number, document in enumerate(documents):
                    day = FIRST_DAY + timedelta(weeks=4 * number)
                    answers = parse_answers(document, catalogue)
                    result = assess(answers, catalogue)
                    last_pages = page_texts(routine_pdf(result, catalogue, PROFILE, day, paper))  # type: ignore[arg-type]
                    seen[check_printout(last_pages, result)] += 1
                    session_id = store.save_session(PROFILE, answers.document, result, day)
                    stored = store.load_session(session_id)
                    assert stored.result == result and stored.answers == answers.document
                    assert stored.taken_on == day and stored.profile == PROFILE
                    ids.append(session_id)
                    results.append(result)
                reprinted = routine_pdf(stored.result, catalogue, PROFILE, stored.taken_on, paper)  # type: ignore[arg-type]
                assert page_texts(reprinted) == last_pages
                history = history_document(store, PROFILE, catalogue)
            finally:
                store.close()
        assert [s["id"] for s in history["sessions"]] == ids
        assert [s["status"] for s in history["sessions"]] == [r.status for r in results]
        assert [s["pain_now"] for s in history["sessions"]] == [(d.get("pain") or {}).get("now") for d in documents]
        if len(ids) == 1:
            assert history["change"] is None
            seen["single"] += 1
            return
        change = history["change"]
        assert (change["vs_previous"]["from"], change["vs_previous"]["to"]) == (ids[-2], ids[-1])
        assert (change["vs_first"]["from"], change["vs_first"]["to"]) == (ids[0], ids[-1])
        seen["change"] += 1
        before, after = documents[-2].get("pain") or {}, documents[-1].get("pain") or {}
        if "now" in before and "now" in after:  # pain is compared only when both sessions rated it
            assert change["vs_previous"]["pain"]["delta"] == after["now"] - before["now"]
            seen["pain compared"] += 1
        for row in change["vs_previous"]["tests"]:
            assert row["test"] in documents[-2]["observations"] and row["test"] in documents[-1]["observations"]

    journey()
    assert seen["ok"] and seen["refer"] and seen["single"] and seen["change"] and seen["pain compared"], seen
