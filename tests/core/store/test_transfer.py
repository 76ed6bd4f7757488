"""Imports are validated completely before anything is written."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from core.catalogue import Catalogue
from core.jsondoc import DocumentError, loads
from core.result import Result
from core.store.errors import SessionConflict
from core.store.repository import Store
from core.store.transfer import ExportError, export_profile, import_profile
from tests.helpers import answers_document


def test_a_bad_last_session_writes_nothing(sqlite_store: Store, catalogue: Catalogue) -> None:
    """With one broken session among good ones, nothing at all is imported, and the field is named."""
    for day in (1, 2):
        sqlite_store.save_session("Alex", answers_document({}), Result(status="ok"), date(2026, 1, day))
    document = export_profile(sqlite_store, "Alex")
    broken = copy.deepcopy(document)
    broken["profile"]["name"] = "Sam"
    broken["sessions"][0]["id"] = str(uuid.uuid4())
    broken["sessions"][1]["id"] = str(uuid.uuid4())
    broken["sessions"][1]["answers"]["observations"] = {"ober": {"left": "tight"}}
    with pytest.raises(ExportError) as error:
        import_profile(sqlite_store, broken, catalogue)
    assert error.value.field_path == "sessions[1].answers.observations.ober.left"
    assert [p.name for p in sqlite_store.profiles()] == ["Alex"]


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "something-else"}, "(file)"),
    ({"sessions": "many"}, "sessions"),
    ({"profile": {}}, "profile.name"),
])
def test_malformed_exports_are_named(sqlite_store: Store, catalogue: Catalogue,
                                     change: dict[str, object], field: str) -> None:
    """A file that is not an export, or lacks a field, is refused naming it."""
    document = {"format": 1, "kind": "rebalance-profile", "profile": {"name": "A"}, "sessions": []}
    document.update(change)
    with pytest.raises(ExportError) as error:
        import_profile(sqlite_store, document, catalogue)
    assert error.value.field_path == field


def _assessed(store: Store, catalogue: Catalogue) -> dict[str, Any]:
    """An export of Alex (two assessed sessions and a log), renamed Sam with new ids: it would import."""
    from core.answers import parse_answers
    from core.engine import assess

    for day, pain in ((1, 6), (2, 4)):
        document = answers_document({"thomas_hip": {"left": "short"}}, pain=pain)
        store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue),
                           date(2026, 1, day))
    store.log_exercise("Alex", date(2026, 1, 3), "bird_dog", "both", True, 3)
    document = export_profile(store, "Alex")
    document["profile"]["name"] = "Sam"
    for session in document["sessions"]:
        session["id"] = str(uuid.uuid4())
    return document


def _older(session: dict[str, Any]) -> None:
    session["catalogue_version"] = session["result"]["catalogue_version"] = "2000.1"


def _contents(store: Store) -> list[Any]:
    """Everything an import could write: profiles, every session summary, every log row."""
    profiles = store.profiles()
    return [(p, store.session_summaries(p.name), store.exercise_log(p.name)) for p in profiles]


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return change


def _older_with(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        _older(document["sessions"][0])
        _set(path, value)(document)
    return change


def _without_exercise(document: dict[str, Any]) -> None:
    del document["exercise_log"][0]["exercise"]


def _same_id_twice(document: dict[str, Any]) -> None:
    document["sessions"][1]["id"] = document["sessions"][0]["id"]


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("log entry without exercise", _without_exercise, "exercise_log[0].exercise"),
    ("pattern that is not an object", _older_with("sessions.0.result.patterns", ["x"]),
     "sessions[0].result.patterns[0]"),
    ("over-long id", _set("sessions.0.id", "x" * 100), "sessions[0].id"),
    ("over-long status", _older_with("sessions.0.result.status", "y" * 50), "sessions[0].result.status"),
    ("ok beside a red flag", _older_with("sessions.0.answers.screening.saddle_numbness", True),
     "sessions[0].result.status"),
    ("over-long app version", _set("sessions.0.app_version", "9" * 41), "sessions[0].app_version"),
    ("over-long old catalogue version", _set("sessions.0.catalogue_version", "1" * 41),
     "sessions[0].catalogue_version"),
    ("notes with a lone surrogate", _set("profile.notes", "\ud800"), "profile.notes"),
    ("done as a word", _set("exercise_log.0.done", "no"), "exercise_log[0].done"),
    ("year of birth as a word", _set("profile.year_of_birth", "abc"), "profile.year_of_birth"),
    ("the same id twice", _same_id_twice, "sessions[1].id"),
    *[(f"name {name[:12]!r}", _set("profile.name", name), "profile.name") for name in
      ("a/b", "../etc", "A\x00B", "\x1b[31mAlex", "Al\u202exe", "", "   ", "x" * 10000)],
]


@pytest.mark.parametrize(("change", "field"), [(c, f) for _, c, f in MALFORMED], ids=[i for i, _, _ in MALFORMED])
def test_each_malformed_export_writes_nothing(any_store: Store, catalogue: Catalogue,
                                              change: Callable[[dict[str, Any]], None], field: str) -> None:
    """Each fault the review found is refused naming its field, and the store is exactly as before."""
    document = _assessed(any_store, catalogue)
    change(document)
    before = _contents(any_store)
    with pytest.raises(DocumentError) as error:  # as `import` reads it: the file, then the export
        import_profile(any_store, loads(json.dumps(document)), catalogue)
    assert error.value.field_path == field
    assert _contents(any_store) == before


def test_results_are_recomputed_not_trusted(any_store: Store, catalogue: Catalogue) -> None:
    """Under the current catalogue a result claiming ok beside a red flag is stored as refer."""
    document = _assessed(any_store, catalogue)
    document["sessions"][0]["answers"]["screening"]["saddle_numbness"] = True
    assert import_profile(any_store, document, catalogue) == ("Sam", 2)
    summaries = any_store.session_summaries("Sam")
    assert [s.status for s in summaries] == ["refer", "ok"]
    referral = any_store.load_session(summaries[0].id).result.referral
    assert referral is not None and referral.level == "emergency"


def test_the_same_sessions_under_another_name_are_refused_whole(any_store: Store, catalogue: Catalogue) -> None:
    """Alex's own export renamed to Sam adds no empty Sam; a trimmed name imports as trimmed, once."""
    document = _assessed(any_store, catalogue)
    alex = export_profile(any_store, "Alex")
    alex["profile"]["name"] = "Sam"
    before = _contents(any_store)
    with pytest.raises(SessionConflict, match="Alex"):
        import_profile(any_store, alex, catalogue)
    assert _contents(any_store) == before
    document["profile"]["name"] = "  Sam  "
    assert import_profile(any_store, document, catalogue) == ("Sam", 2)
    assert import_profile(any_store, document, catalogue) == ("Sam", 0)
    assert any_store.exercise_log("Sam") == any_store.exercise_log("Alex")
