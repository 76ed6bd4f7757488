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

from core.store import StoreError, open_store
from core.store.database import FILE_NAME, KEEP_BACKUPS, _alembic_config, _sqlite_engine, locate


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
        (folder / "backups" / f"rebalance-2026-01-0{day}T000000-0001.sqlite3").write_bytes(b"x")
    _database_at_first_revision(tmp_path / "other")
    (tmp_path / "other" / FILE_NAME).rename(folder / FILE_NAME)
    open_store(str(folder)).close()
    assert len(list((folder / "backups").glob("*.sqlite3"))) == KEEP_BACKUPS


def test_session_saved_on_a_date(tmp_path: Path) -> None:
    """The date given is the date stored (not the day of saving)."""
    store = open_store(str(tmp_path / "data"))
    store.save_session("Alex", {"format": 1}, {"status": "ok"}, date(2025, 12, 31))
    assert store.session_summaries("Alex")[0].taken_on == date(2025, 12, 31)
