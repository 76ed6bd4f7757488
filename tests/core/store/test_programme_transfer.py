"""A profile export carries the guided sessions and exercise versions; hostile ones are refused whole."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest

from core.catalogue import Catalogue
from core.jsondoc import DocumentError
from core.store.programme_log import Played, current_versions, days, save_day, set_version
from core.store.repository import Store
from core.store.transfer import export_profile, import_profile
from tests.helpers import answers_document

DAY = date(2026, 11, 30)


def _exported(store: Store, catalogue: Catalogue) -> dict[str, Any]:
    from core.answers import parse_answers
    from core.engine import assess

    answers = answers_document({"thomas_hip": {"left": "short", "right": "normal"}})
    store.save_session("Alex", answers, assess(parse_answers(answers, catalogue), catalogue), DAY)
    save_day(store, "Alex", DAY, 4, 3, [Played("half_kneeling_hip_flexor_stretch", "easier", ("left",)),
                                        Played("glute_bridge", "standard", (), hurt=True, skipped="it_hurts")])
    set_version(store, "Alex", "half_kneeling_hip_flexor_stretch", "easier", DAY, "hurt")
    document = json.loads(json.dumps(export_profile(store, "Alex"), default=str))
    store.delete_profile("Alex")
    return dict(document)


def test_round_trip_and_a_second_import_adds_nothing(any_store: Store, catalogue: Catalogue) -> None:
    """Exported, deleted, imported twice: the sessions' pain, what was done and skipped, and the versions
    come back once (SQLite and PostgreSQL)."""
    document = _exported(any_store, catalogue)
    assert len(document["programme"]["days"]) == 1 and len(document["programme"]["versions"]) == 1
    for _ in range(2):
        import_profile(any_store, document, catalogue)
    [day] = days(any_store, "Alex")
    assert (day.day, day.pain_before, day.pain_after) == (DAY, 4, 3)
    assert [(d.exercise, d.version, d.hurt) for d in day.done] == [
        ("half_kneeling_hip_flexor_stretch", "easier", False), ("glute_bridge", "standard", True)]
    assert current_versions(any_store, "Alex") == {"half_kneeling_hip_flexor_stretch": "easier"}
    assert export_profile(any_store, "Alex")["programme"] == document["programme"]


HOSTILE = [
    (lambda p: p.update(days="x"), "programme"),
    (lambda p: p["days"][0].update(pain_before=11), "programme.days[0].pain_before"),
    (lambda p: p["days"][0].update(pain_after=True), "programme.days[0].pain_after"),
    (lambda p: p["days"][0].update(day="2026-13-01"), "programme.days[0].day"),
    (lambda p: p["days"].append(copy.deepcopy(p["days"][0])), "programme.days[1].day"),
    (lambda p: p["days"][0]["done"][0].update(version="hardest"), "programme.days[0].done[0].version"),
    (lambda p: p["days"][0]["done"][0].update(sides=["up"]), "programme.days[0].done[0].sides"),
    (lambda p: p["days"][0]["done"][1].update(skipped="bored"), "programme.days[0].done[1].skipped"),
    (lambda p: p["days"][0]["done"][0].update(exercise="x" * 81), "programme.days[0].done[0].exercise"),
    (lambda p: p["versions"][0].update(why="because"), "programme.versions[0].why"),
    (lambda p: p["versions"][0].update(since=None), "programme.versions[0].since"),
]


@pytest.mark.parametrize(("spoil", "field"), HOSTILE)
def test_a_hostile_programme_is_refused_and_nothing_written(sqlite_store: Store, catalogue: Catalogue,
                                                            spoil: Any, field: str) -> None:
    """Out-of-range pain, unknown versions, sides, reasons, bad dates, a day twice, huge ids: the import
    fails naming the field, and not even the profile is created."""
    document = _exported(sqlite_store, catalogue)
    spoil(document["programme"])
    with pytest.raises(DocumentError) as raised:
        import_profile(sqlite_store, document, catalogue)
    assert raised.value.field_path == field
    assert all(p.name != "Alex" for p in sqlite_store.profiles())
