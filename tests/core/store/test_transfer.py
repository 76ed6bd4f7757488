"""Imports are validated completely before anything is written."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from core.answers import AnswersError
from core.catalogue import Catalogue
from core.store.repository import Store
from core.store.transfer import export_profile, import_profile
from tests.helpers import answers_document


def test_a_bad_last_session_writes_nothing(sqlite_store: Store, catalogue: Catalogue) -> None:
    """With one broken session among good ones, nothing at all is imported, and the field is named."""
    for day in (1, 2):
        sqlite_store.save_session("Alex", answers_document({}), {"status": "ok"}, date(2026, 1, day))
    document = export_profile(sqlite_store, "Alex")
    broken = copy.deepcopy(document)
    broken["profile"]["name"] = "Sam"
    broken["sessions"][0]["id"] = "new-1"
    broken["sessions"][1]["id"] = "new-2"
    broken["sessions"][1]["answers"]["observations"] = {"ober": {"left": "tight"}}
    with pytest.raises(AnswersError) as error:
        import_profile(sqlite_store, broken, catalogue)
    assert error.value.field_path == "sessions[1].answers.observations.ober.left"
    assert [p.name for p in sqlite_store.profiles()] == ["Alex"]


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "something-else"}, "(file)"),
    ({"sessions": "many"}, ".sessions"),
    ({"profile": {}}, "profile.name"),
])
def test_malformed_exports_are_named(sqlite_store: Store, catalogue: Catalogue,
                                     change: dict[str, object], field: str) -> None:
    """A file that is not an export, or lacks a field, is refused naming it."""
    document = {"format": 1, "kind": "rebalance-profile", "profile": {"name": "A"}, "sessions": []}
    document.update(change)
    with pytest.raises(AnswersError) as error:
        import_profile(sqlite_store, document, catalogue)
    assert error.value.field_path == field
