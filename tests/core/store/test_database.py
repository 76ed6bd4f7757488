"""Opening the database: permissions, refusing what it cannot use, migrating with a backup."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from core.result import Result
from core.store import StoreError, open_store
from core.store.database import FILE_NAME, KEEP_BACKUPS, _alembic_config, _sqlite_engine, locate
from tests.folders import read_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_folder_and_file_are_private(tmp_path: Path) -> None:
    """Health data: the new folder is 0700 and the database file 0600."""
    folder = tmp_path / "data"
    open_store(str(folder)).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / FILE_NAME).stat().st_mode) == 0o600


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    """A file that is not SQLite is named, the latest backup is mentioned, and it is unchanged."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"these are my holiday notes, not a database" * 20)
    before = digest(folder / FILE_NAME)
    with pytest.raises(StoreError) as error:
        open_store(str(folder))
    message = str(error.value)
    assert FILE_NAME in message and "not a Rebalance database" in message and "Latest backup" in message
    assert digest(folder / FILE_NAME) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    """A database from a newer Rebalance is not opened, and not changed."""
    folder = tmp_path / "data"
    open_store(str(folder)).close()
    with sqlite3.connect(folder / FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(folder / FILE_NAME)
    with pytest.raises(StoreError, match="newer version of Rebalance"):
        open_store(str(folder))
    assert digest(folder / FILE_NAME) == before


def _database_at_first_revision(folder: Path) -> Path:
    folder.mkdir()
    location = locate(str(folder))
    engine = _sqlite_engine(location)
    command.upgrade(_alembic_config(engine), "0001")
    answers = {"format": 1, "pain": {"now": 7}, "observations": {"pelvic_tilt": "anterior"}}
    result = {"format": 1, "status": "ok", "patterns": [{"id": "anterior_pelvic_tilt"}]}
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO profiles (id, name, notes, created_at) VALUES (1, 'Alex', 'note', '2026-01-01')")
        for index in range(3):
            connection.exec_driver_sql(
                "INSERT INTO sessions VALUES (?, 1, ?, '2026-01-01 10:00:00', ?, ?, '2026.1', '0.0.1')",
                (f"id-{index}", f"2026-0{index + 1}-01", json.dumps(answers), json.dumps(result)))
    engine.dispose()
    return folder


def test_upgrade_keeps_every_session_and_backs_up_first(tmp_path: Path) -> None:
    """A database at the first revision, with data, upgrades with nothing lost and a backup made."""
    folder = _database_at_first_revision(tmp_path / "data")
    store = open_store(str(folder))
    summaries = store.session_summaries("Alex")
    assert [s.id for s in summaries] == ["id-0", "id-1", "id-2"]
    assert all(s.pain_now == 7 and s.patterns == ["anterior_pelvic_tilt"] for s in summaries)
    assert store.load_session("id-1").answers["observations"] == {"pelvic_tilt": "anterior"}
    assert store.profiles()[0].notes == "note"
    store.close()
    backups = list((folder / "backups").glob("*-0001.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT count(*) FROM sessions").fetchone() == (3,)


def test_only_the_last_backups_are_kept(tmp_path: Path) -> None:
    """Older backups beyond the last few are removed."""
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    for day in range(1, 9):
        (folder / "backups" / f"rebalance-2026-01-0{day}T000000-0000.sqlite3").write_bytes(b"x")
    _database_at_first_revision(tmp_path / "other")
    (tmp_path / "other" / FILE_NAME).rename(folder / FILE_NAME)
    open_store(str(folder)).close()
    assert len(list((folder / "backups").glob("*.sqlite3"))) == KEEP_BACKUPS


def test_session_saved_on_a_date(tmp_path: Path) -> None:
    """The date given is the date stored (not the day of saving)."""
    store = open_store(str(tmp_path / "data"))
    store.save_session("Alex", {"format": 1}, Result(status="ok"), date(2025, 12, 31))
    assert store.session_summaries("Alex")[0].taken_on == date(2025, 12, 31)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (names and contents): what must not change."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def _foreign(file: Path, *statements: str) -> None:
    with sqlite3.connect(file) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def _damaged(file: Path) -> None:
    """A Rebalance database with sessions whose later pages are overwritten with noise."""
    store = open_store(str(file.parent))
    for day in range(1, 29):
        store.save_session("Alex", {"format": 1, "notes": "x" * 3000}, Result(status="ok"), date(2026, 2, day))
    store.close()
    with sqlite3.connect(file) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    data = bytearray(file.read_bytes())
    page = 4096
    data[3 * page:6 * page] = bytes(range(256)) * (3 * page // 256)
    file.write_bytes(bytes(data))


def _future(file: Path) -> None:
    open_store(str(file.parent)).close()
    _foreign(file, "PRAGMA journal_mode=DELETE", "UPDATE alembic_version SET version_num = '9999_future'")


FOREIGN = {
    "someone else's database": (lambda f: _foreign(f, "CREATE TABLE notes (text)", "INSERT INTO notes VALUES ('x')"),
                                "not a Rebalance database (it holds other tables: notes)"),
    "a database with its own profiles table": (
        lambda f: _foreign(f, "CREATE TABLE profiles (who TEXT)", "INSERT INTO profiles VALUES ('me')"),
        "not a Rebalance database (it holds other tables: profiles)"),
    "damaged pages": (_damaged, "damaged"),
    "a newer version in rollback-journal mode": (_future, "newer version of Rebalance"),
    "an empty file": (lambda f: f.write_bytes(b""), "empty file that Rebalance did not make"),
}


@pytest.mark.parametrize("kind", FOREIGN)
def test_foreign_and_damaged_files_are_refused_byte_for_byte_untouched(tmp_path: Path, kind: str) -> None:
    """Opened read-only first: the refusal says what is true, and no byte in the folder changes."""
    make, says = FOREIGN[kind]
    folder = tmp_path / "data"
    folder.mkdir()
    make(folder / FILE_NAME)
    before = snapshot(folder)
    for _ in range(2):
        with pytest.raises(StoreError) as error:
            open_store(str(folder))
        assert says in str(error.value) and "left untouched" in str(error.value)
    assert snapshot(folder) == before


def _blocked_at_first_revision(folder: Path) -> Path:
    """A first-revision database with a session whose answers schema 0001 allowed but 0002 cannot read."""
    _database_at_first_revision(folder)
    with sqlite3.connect(folder / FILE_NAME) as connection:
        connection.execute("UPDATE sessions SET answers = '[1, 2]' WHERE id = 'id-1'")
    connection.close()
    return folder


def test_an_upgrade_blocked_by_a_row_names_it_and_backs_up_once(tmp_path: Path) -> None:
    """Each failed start names the session in one message; only one backup of that version is taken."""
    folder = _blocked_at_first_revision(tmp_path / "data")
    (folder / "backups").mkdir()
    for day in range(1, 5):
        (folder / "backups" / f"rebalance-2025-01-0{day}T000000-0000.sqlite3").write_bytes(b"older")
    for _ in range(3):
        with pytest.raises(StoreError) as error:
            open_store(str(folder))
        assert "session id-1 cannot be read" in str(error.value) and "\n" not in str(error.value)
    backups = sorted(p.name for p in (folder / "backups").glob("*.sqlite3"))
    assert len(backups) == 5 and len([name for name in backups if name.endswith("-0001.sqlite3")]) == 1
    with sqlite3.connect(folder / FILE_NAME) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (3,)
    connection.close()


def test_a_read_only_folder_still_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """history and export work on a read-only data folder; save exits 1 saying read-only; nothing changes."""
    import main

    folder = tmp_path / "data"
    store = open_store(str(folder))
    store.save_session("Alex", {"format": 1}, Result(status="ok"), date(2026, 3, 1))
    store.close()
    answers = Path(__file__).resolve().parents[2] / "data" / "no_findings" / "answers.json"
    before = snapshot(folder)
    with read_only(folder):
        assert main.main(["--data-dir", str(folder), "history", "--profile", "Alex", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["sessions"][0]["date"] == "2026-03-01"
        assert main.main(["--data-dir", str(folder), "export", "--profile", "Alex", "-"]) == 0
        assert json.loads(capsys.readouterr().out)["profile"]["name"] == "Alex"
        assert main.main(["--data-dir", str(folder), "save", str(answers), "--profile", "Alex"]) == 1
        err = capsys.readouterr().err
        assert "read-only" in err and err.count("\n") == 1
    assert snapshot(folder) == before


def test_an_unreachable_server_is_named_as_such() -> None:
    """A PostgreSQL URL nobody answers on reads 'cannot be reached', not 'not a Rebalance database'."""
    with pytest.raises(StoreError) as error:
        open_store(database_url="postgresql+psycopg://nobody@127.0.0.1:9/nothing?connect_timeout=3")
    assert "cannot be reached" in str(error.value) and "not a Rebalance database" not in str(error.value)


def test_a_full_disk_is_named_and_keeps_what_was_saved(tmp_path: Path) -> None:
    """A save that finds no room (SQLite's page limit standing in for a full disk) says so; earlier saves stay."""
    from sqlalchemy import event

    store = open_store(str(tmp_path / "data"))
    store.save_session("Alex", {"format": 1}, Result(status="ok"), date(2026, 3, 1))
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _no_more_room(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    with pytest.raises(StoreError, match="the disk is full"):
        store.save_session("Alex", {"format": 1, "notes": "x" * 200_000}, Result(status="ok"), date(2026, 3, 2))
    assert [s.taken_on for s in store.session_summaries("Alex")] == [date(2026, 3, 1)]
    store.close()


def test_an_in_memory_store_takes_one_transaction_at_a_time_across_threads() -> None:
    """`sqlite://` is one connection that every thread shares: drafts written from 4 threads at
    once (as the app's draft writer and its window may) all land, none ending another's transaction."""
    from concurrent.futures import ThreadPoolExecutor

    from core.store import open_store

    store = open_store(None, "sqlite://")
    names = [f"P{number}" for number in range(8)]
    for name in names:
        store.ensure_profile(name)

    def write(name: str) -> None:
        for page in range(15):
            store.save_draft(name, {"document": {"format": 1}, "skipped": [], "n": page}, f"page{page}")

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, names))
    assert all(store.load_draft(name) == ({"document": {"format": 1}, "skipped": [], "n": 14}, "page14")
               for name in names)
    store.close()
