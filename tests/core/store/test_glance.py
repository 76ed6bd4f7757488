"""The home's light first look at the database (core.glance): the store's own view, or nothing."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.glance import glance, pattern_names
from core.store import open_store
from core.store.database import FILE_NAME
from tests.core.store.test_database import FOREIGN, _database_at_first_revision, _foreign, snapshot
from tests.helpers import answers_document

# (profile, day, observations, a red flag answered yes), saved in this order
SEEN: list[tuple[str, date, dict[str, Any], bool]] = [
    ("Sam", date(2026, 3, 1), {"pelvic_tilt": "anterior", "thomas_hip": {"left": "short", "right": "short"}}, False),
    ("Alex", date(2026, 2, 1), {"pelvic_tilt": "posterior"}, False),
    ("Alex", date(2026, 1, 1), {"pelvic_tilt": "anterior", "lumbar_curve": "increased"}, False),
    ("Alex", date(2026, 2, 1), {}, True),  # a later session on the same day: a referral
    ("Bea", date(2026, 4, 1), {}, False),
]


def seeded(folder: Path, catalogue: Catalogue) -> None:
    store = open_store(str(folder))
    store.ensure_profile("Zoe")  # no session yet
    for profile, day, observations, flag in SEEN:
        document = answers_document(observations, pain=5, bladder_bowel_change=flag)
        store.save_session(profile, document, assess(parse_answers(document, catalogue), catalogue), day)
    store.close()


def unchanged(before: dict[str, str], after: dict[str, str]) -> bool:
    """Every file as it was; SQLite may add its (empty) WAL files beside a WAL database it reads, as
    the store's own read-only inspection does."""
    added = set(after) - set(before)
    wal = {f"{FILE_NAME}-wal", f"{FILE_NAME}-shm"}
    return all(after.get(name) == digest for name, digest in before.items()) and added <= wal and (
        f"{FILE_NAME}-wal" not in added or after[f"{FILE_NAME}-wal"] == EMPTY)


EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of no bytes


def test_the_glance_shows_what_the_store_shows(tmp_path: Path, catalogue: Catalogue) -> None:
    """For every profile: the same list in the same order, the same session count, and the same last
    session (date, outcome, pain, the names of its patterns) as the store and the catalogue give;
    an unknown or missing wanted profile falls back to the first, as the home does."""
    folder = tmp_path / "data"
    seeded(folder, catalogue)
    store = open_store(str(folder))
    names = [info.name for info in store.profiles()]
    assert names == ["Alex", "Bea", "Sam", "Zoe"]
    outcomes = set()
    for name in names:
        seen = glance(str(folder), None, name)
        assert seen is not None and seen.profiles == tuple(names) and seen.chosen == name
        sessions = store.session_summaries(name)
        assert seen.sessions == len(sessions)
        if not sessions:
            assert seen.last is None
            continue
        last = sessions[-1]
        assert seen.last is not None
        assert (seen.last.taken_on, seen.last.status, seen.last.pain_now) == (last.taken_on, last.status, last.pain_now)
        assert seen.last.patterns == tuple(catalogue.patterns[p].name for p in last.patterns)
        outcomes.add((last.status, bool(last.patterns)))
    assert outcomes == {("ok", True), ("ok", False), ("refer", False)}  # each kind of summary was compared
    store.close()
    fallback = glance(str(folder), None, "Nobody")
    assert fallback is not None and fallback.chosen == "Alex"


def test_the_pattern_names_are_the_catalogues(catalogue: Catalogue) -> None:
    """Read from the data file without the catalogue's models, the names are the validated ones."""
    assert pattern_names() == {pattern.id: pattern.name for pattern in catalogue.patterns.values()}


@pytest.mark.parametrize("kind", FOREIGN)
def test_what_the_store_refuses_gives_no_glance_and_stays_untouched(tmp_path: Path, kind: str) -> None:
    """A foreign, damaged, newer or empty file gives no glance (the store then explains it), and the
    glance changes no byte in the folder."""
    make, _ = FOREIGN[kind]
    folder = tmp_path / "data"
    folder.mkdir()
    make(folder / FILE_NAME)
    before = snapshot(folder)
    assert glance(str(folder), None) is None
    assert snapshot(folder) == before


def test_an_older_schema_no_file_or_a_server_gives_no_glance(tmp_path: Path) -> None:
    """Only a database at the newest schema is glanced at: an older one is the store's to back up and
    migrate (left untouched here); a missing file is not created; a server is not contacted."""
    folder = _database_at_first_revision(tmp_path / "old")
    before = snapshot(folder)
    assert glance(str(folder), None, "Alex") is None
    assert unchanged(before, snapshot(folder))
    assert glance(str(tmp_path / "none"), None) is None and not (tmp_path / "none").exists()
    assert glance(None, "postgresql://nobody@127.0.0.1:1/none") is None


def test_a_glance_writes_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    """Reading for the home leaves every file in the data folder as it was (read-only connection)."""
    folder = tmp_path / "data"
    seeded(folder, catalogue)
    with sqlite3.connect(folder / FILE_NAME) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = snapshot(folder)
    assert glance(str(folder), None, "Sam") is not None
    assert unchanged(before, snapshot(folder))


@pytest.mark.parametrize("revision", ["0002", "0003"])
def test_a_database_before_the_programme_is_glanced_only_once_migrated(tmp_path: Path, revision: str) -> None:
    """A database at the last release's schema (0002) or at the photos' (0003), with a session, gives no
    glance and stays untouched; a migration in progress (0004's tables made and the revision moved in
    a transaction not yet committed) gives none either, as it reads only what is committed; once the store has
    migrated it, the glance shows its session as the store does."""
    from core.store.database import _alembic_config, _sqlite_engine, locate
    from core.store.revisions import known_revisions

    folder = tmp_path / "data"
    folder.mkdir()
    engine = _sqlite_engine(locate(str(folder)))
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO profiles (id, name, notes, created_at) VALUES (1, 'Alex', '', "
                                   "'2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO sessions (id, profile_id, taken_on, saved_at, answers, result, catalogue_version, "
            "app_version, status, pain_now, pattern_ids) VALUES ('s1', 1, '2026-02-01', '2026-02-01 10:00:00', "
            "'{}', '{\"format\": 1, \"status\": \"ok\"}', '2026.1', '0.0.1', 'ok', 4, '[\"upper_crossed\"]')")
    engine.dispose()
    before = snapshot(folder)
    assert glance(str(folder), None, "Alex") is None
    assert unchanged(before, snapshot(folder))

    head = known_revisions()[0]
    migrating = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    migrating.execute("BEGIN IMMEDIATE")
    migrating.execute("CREATE TABLE IF NOT EXISTS programme_days (id INTEGER PRIMARY KEY)")
    migrating.execute("UPDATE alembic_version SET version_num = ?", (head,))
    try:
        assert glance(str(folder), None, "Alex") is None  # still 0002/0003 as far as a reader can see
    finally:
        migrating.execute("ROLLBACK")
        migrating.close()

    open_store(str(folder)).close()
    seen = glance(str(folder), None, "Alex")
    assert seen is not None and seen.sessions == 1 and seen.last is not None
    assert (seen.last.taken_on, seen.last.pain_now, seen.last.patterns) == (
        date(2026, 2, 1), 4, (pattern_names()["upper_crossed"],))


def damaged_photo_pages(folder: Path) -> Path:
    """A database whose one session keeps a photo, with the photo's last pages (overflow pages at the end of the
    file, which only the photos' table uses) overwritten with noise; in rollback-journal mode, so that the
    file alone is the database."""
    from core.posture.landmarks import Landmark, Landmarks
    from core.result import Result
    from core.store.photos import keep_photo

    store = open_store(str(folder))
    session = store.save_session("Alex", {"format": 1}, Result(status="ok"), date(2026, 2, 1))
    keep_photo(store, session, Path(__file__).parents[2] / "data" / "astronaut.png",
               Landmarks("side", 512, 512, {"c7": Landmark(100, 200)}))
    store.close()
    file = folder / FILE_NAME
    _foreign(file, "PRAGMA journal_mode=DELETE")
    data = bytearray(file.read_bytes())
    page = 4096  # SQLite's default page size
    data[-4 * page:-2 * page] = bytes(range(256)) * (2 * page // 256)
    file.write_bytes(bytes(data))
    return file


def test_damaged_photo_pages_are_glanced_past_but_the_store_refuses_the_file(tmp_path: Path) -> None:
    """The glance checks only the tables it reads (so the photos kept do not slow the home's first text): a
    file damaged in its photos' pages still gives the home its profile; the store, which writes, checks the
    whole file and refuses it, saying it is damaged, with not a byte of the folder changed."""
    from core.store import StoreError

    folder = tmp_path / "data"
    damaged_photo_pages(folder)
    before = snapshot(folder)
    seen = glance(str(folder), None)
    assert seen is not None and seen.chosen == "Alex" and seen.sessions == 1
    with pytest.raises(StoreError) as refused:
        open_store(str(folder))
    assert "damaged" in str(refused.value) and "left untouched" in str(refused.value)
    assert snapshot(folder) == before


class CountedChecks:
    """Stands in front of the whole-file quick_check: counts the checks and notes the threads they ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from core.store import inspection

        self.real = inspection._whole_check
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(inspection, "_whole_check", self)

    def __call__(self, file: Path) -> list[str]:
        self.threads.append(threading.current_thread())
        return self.real(file)


def test_the_stores_whole_file_check_runs_ahead_off_the_calling_thread(tmp_path: Path, catalogue: Catalogue,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The glance starts the whole-file check in a worker thread; the store opening the unchanged file next uses
    its answer (one check in all, not on this thread) and opens it."""
    folder = tmp_path / "data"
    seeded(folder, catalogue)
    checks = CountedChecks(monkeypatch)
    assert glance(str(folder), None) is not None
    open_store(str(folder)).close()
    assert len(checks.threads) == 1 and checks.threads[0] is not threading.current_thread()


def test_a_check_run_ahead_is_not_trusted_once_the_file_has_changed(tmp_path: Path, catalogue: Catalogue,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is damaged after the check started ahead found it healthy (and after the glance showed it):
    the store sees the file changed, checks it again itself, and refuses it untouched as damaged."""
    from core.store import StoreError
    from core.store.inspection import _AHEAD

    folder = tmp_path / "data"
    seeded(folder, catalogue)
    _foreign(folder / FILE_NAME, "PRAGMA journal_mode=DELETE")  # the file alone is the database
    checks = CountedChecks(monkeypatch)
    assert glance(str(folder), None) is not None
    _AHEAD[folder / FILE_NAME][1].result(timeout=30)  # the check ahead has found it healthy
    data = bytearray((folder / FILE_NAME).read_bytes())
    data[3 * 4096:5 * 4096] = bytes(range(256)) * 32  # two pages of noise over its tables
    (folder / FILE_NAME).write_bytes(bytes(data))
    before = snapshot(folder)
    with pytest.raises(StoreError) as refused:
        open_store(str(folder))
    assert "damaged" in str(refused.value) and snapshot(folder) == before
    assert len(checks.threads) == 2  # the one ahead, and the store's own
