"""Where the database lives, how it is opened, and how its schema is brought up to date.

Health data: on POSIX the folder and file are readable by the owner only. Before any
migration the file is copied to a dated backup (the last few are kept), and a file that is
not a Rebalance database, or one written by a newer version, is refused untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from core.files import Protected
from core.i18n import translate
from core.store.errors import StoreError

FILE_NAME = "rebalance.sqlite3"
BACKUPS = "backups"
KEEP_BACKUPS = 5
MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Location:
    url: str
    file: Path | None = None  # set for SQLite

    @property
    def backups(self) -> Path | None:
        return self.file.parent / BACKUPS if self.file else None

    def protected(self) -> Protected:
        """The files no output may replace: the database, its journals, the backups."""
        if self.file is None:
            return Protected()
        journals = tuple(self.file.with_name(self.file.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
        return Protected(files=(self.file, *journals), folders=(self.file.parent / BACKUPS,))

    def describe(self) -> str:
        return str(self.file) if self.file else self.url.split("@")[-1]


def locate(data_dir: str | None = None, database_url: str | None = None) -> Location:
    """--database-url, then REBALANCE_DATABASE_URL, then the SQLite file in the data folder."""
    url = database_url or os.environ.get("REBALANCE_DATABASE_URL")
    if url:
        return Location(url)
    folder = data_dir or os.environ.get("REBALANCE_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("Rebalance", "Rebalance")
    file = Path(folder).expanduser().resolve() / FILE_NAME
    return Location(f"sqlite:///{file}", file)


@contextlib.contextmanager
def _private_files() -> Iterator[None]:
    """Files created inside (the database, its WAL and backups) are the owner's only."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def latest_backup(location: Location) -> Path | None:
    folder = location.backups
    found = sorted(folder.glob("*.sqlite3")) if folder and folder.exists() else []
    return found[-1] if found else None


def _refuse(location: Location, reason: str) -> StoreError:
    backup = latest_backup(location)
    where = str(backup) if backup else translate("store", "no backup has been made yet")
    return StoreError(
        translate("store", "{file}: {reason}. The file was left untouched. Latest backup: {backup}").format(
            file=location.describe(), reason=reason, backup=where
        )
    )


def _check_file(location: Location) -> None:
    file = location.file
    if file is None or not file.exists() or file.stat().st_size == 0:
        return
    with file.open("rb") as stream:
        if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(location, translate("store", "this is not a Rebalance database"))


def _sqlite_engine(location: Location) -> Engine:
    assert location.file is not None
    engine = create_engine(location.url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(connection: Any, _record: Any) -> None:
        connection.isolation_level = None  # let SQLAlchemy's "begin" below start transactions
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front: two processes saving at once then queue instead of
        # failing with "database is locked" when a read turns into a write.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _backup(location: Location, revision: str) -> Path | None:
    """Copy the SQLite file (consistently, through SQLite itself) before changing its schema."""
    if location.file is None or not location.file.exists() or location.backups is None:
        return None
    location.backups.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    target = location.backups / f"rebalance-{stamp}-{revision}.sqlite3"
    source, copy = sqlite3.connect(location.file), sqlite3.connect(target)
    with source, copy:
        source.backup(copy)
    source.close()
    copy.close()
    for old in sorted(location.backups.glob("*.sqlite3"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target


def migrate(engine: Engine, location: Location) -> None:
    """Bring the schema to the newest revision, after a backup; refuse a newer schema."""
    config = _alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except DatabaseError as error:
        raise _refuse(
            location,
            translate("store", "this is not a Rebalance database ({error})").format(error=str(error.orig).strip()),
        ) from error
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise _refuse(
            location,
            translate(
                "store", "it was written by a newer version of Rebalance (schema {rev}); update Rebalance to open it"
            ).format(rev=current),
        )
    if current is not None:
        _backup(location, current)
    command.upgrade(config, "head")


def open_engine(location: Location) -> Engine:
    """An engine on an up-to-date database, created if it does not exist yet."""
    if location.file is None:
        engine = create_engine(location.url, pool_pre_ping=True)
        migrate(engine, location)
        return engine
    created = not location.file.parent.exists()
    with _private_files():
        location.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_file(location)
        engine = _sqlite_engine(location)
        migrate(engine, location)
    if os.name == "posix":
        if created:  # a folder the user chose and that already existed keeps its permissions
            location.file.parent.chmod(0o700)
        location.file.chmod(0o600)
    return engine
