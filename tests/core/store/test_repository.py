"""The repository, run on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import NotFound
from core.store.repository import Store
from core.store.transfer import export_profile, import_profile
from tests.helpers import answers_document


def saved(store: Store, catalogue: Catalogue, profile: str, day: date, pain: int) -> str:
    document = answers_document({"thomas_hip": {"left": "short"}, "pelvic_tilt": "anterior"}, pain=pain)
    return store.save_session(profile, document, assess(parse_answers(document, catalogue), catalogue), day)


def test_sessions_are_listed_oldest_first_and_read_back_exactly(any_store: Store,
                                                                catalogue: Catalogue) -> None:
    """Saved documents come back unchanged; summaries list by date with pain and patterns."""
    late = saved(any_store, catalogue, "Alex", date(2026, 11, 1), 3)
    early = saved(any_store, catalogue, "Alex", date(2026, 10, 1), 6)
    summaries = any_store.session_summaries("Alex")
    assert [s.id for s in summaries] == [early, late]
    assert [s.pain_now for s in summaries] == [6, 3]
    assert summaries[0].patterns == ["anterior_pelvic_tilt"] and summaries[0].status == "ok"
    stored = any_store.load_session(early)
    assert stored.answers["pain"]["now"] == 6 and stored.result.status == "ok"
    assert stored.catalogue_version == catalogue.version


def test_profiles_rename_and_delete_with_sessions(any_store: Store, catalogue: Catalogue) -> None:
    """Renaming keeps sessions; deleting a profile removes its sessions too."""
    session_id = saved(any_store, catalogue, "Alex", date(2026, 10, 1), 5)
    any_store.create_profile("Sam", 1980, "female", "desk job")
    any_store.rename_profile("Alex", "Alexandra")
    assert [p.name for p in any_store.profiles()] == ["Alexandra", "Sam"]
    assert any_store.profiles()[0].sessions == 1
    any_store.delete_profile("Alexandra")
    with pytest.raises(NotFound):
        any_store.load_session(session_id)
    with pytest.raises(NotFound):
        any_store.session_summaries("Alexandra")


def test_draft_is_saved_overwritten_and_cleared(any_store: Store) -> None:
    """One draft per profile: the answers so far and the page reached."""
    any_store.ensure_profile("Alex")
    assert any_store.load_draft("Alex") is None
    any_store.save_draft("Alex", {"format": 1, "observations": {"ober": {"left": "short"}}}, "tests")
    any_store.save_draft("Alex", {"format": 1, "observations": {}}, "review")
    assert any_store.load_draft("Alex") == ({"format": 1, "observations": {}}, "review")
    any_store.clear_draft("Alex")
    assert any_store.load_draft("Alex") is None


def test_logging_a_day_twice_edits_it(any_store: Store) -> None:
    """The exercise log keeps one row per day, exercise and side."""
    any_store.ensure_profile("Alex")
    any_store.log_exercise("Alex", date(2026, 11, 2), "bird_dog", "both", True, 4)
    any_store.log_exercise("Alex", date(2026, 11, 2), "bird_dog", "both", False, 3)
    assert any_store.exercise_log("Alex") == [(date(2026, 11, 2), "bird_dog", "both", False, 3)]


def test_export_import_round_trip_and_twice_adds_nothing(any_store: Store, catalogue: Catalogue,
                                                         tmp_path: object) -> None:
    """An export imported into an empty store recreates it; a second import adds nothing."""
    saved(any_store, catalogue, "Alex", date(2026, 10, 1), 6)
    saved(any_store, catalogue, "Alex", date(2026, 11, 1), 4)
    any_store.log_exercise("Alex", date(2026, 11, 2), "bird_dog", "both", True, 4)
    document = export_profile(any_store, "Alex")
    any_store.delete_profile("Alex")
    assert import_profile(any_store, document, catalogue) == ("Alex", 2)
    assert import_profile(any_store, document, catalogue) == ("Alex", 0)
    assert len(any_store.session_summaries("Alex")) == 2
    assert export_profile(any_store, "Alex")["sessions"] == document["sessions"]
