"""Guided sessions and exercise versions are stored (revision 0004) and fill the exercise log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.store import open_store
from core.store.programme_log import Played, current_versions, days, save_day, set_version, version_changes


def test_a_session_fills_the_log_and_a_second_one_adds_to_the_day(tmp_path: Path) -> None:
    """Each side done becomes a tick with the pain after; a skipped exercise is recorded but not ticked;
    a second session the same day keeps the first pain before and adds its exercises."""
    store = open_store(str(tmp_path))
    store.ensure_profile("Alex")
    day = date(2026, 12, 1)
    save_day(store, "Alex", day, 4, 3, [Played("clamshell", "easier", ("left", "right")),
                                        Played("dead_bug", "standard", ("both",), skipped="too_hard")])
    save_day(store, "Alex", day, 2, 2, [Played("glute_bridge", "standard", ("both",))])
    assert store.exercise_log("Alex") == [(day, "clamshell", "left", True, 3), (day, "clamshell", "right", True, 3),
                                          (day, "glute_bridge", "both", True, 2)]
    [stored] = days(store, "Alex")
    assert (stored.pain_before, stored.pain_after) == (4, 2)
    assert [(d.exercise, d.version) for d in stored.done] == [("clamshell", "easier"), ("glute_bridge", "standard")]
    store.close()


def test_versions_keep_their_history_and_reopen(tmp_path: Path) -> None:
    """The latest change per exercise is in force, every change is kept, and all survive reopening."""
    store = open_store(str(tmp_path))
    store.ensure_profile("Alex")
    set_version(store, "Alex", "clamshell", "harder", date(2026, 12, 1), "progress")
    set_version(store, "Alex", "clamshell", "standard", date(2026, 12, 5), "flare")
    store.close()
    store = open_store(str(tmp_path))
    assert current_versions(store, "Alex") == {"clamshell": "standard"}
    assert [c.why for c in version_changes(store, "Alex")] == ["progress", "flare"]
    store.delete_profile("Alex")  # the records go with the profile
    store.ensure_profile("Alex")
    assert current_versions(store, "Alex") == {} and days(store, "Alex") == []
    store.close()
