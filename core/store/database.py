"""Where the database lives, how it is opened, and how its schema is brought up to date.

Health data: on POSIX the folder and file are readable by the owner only. Before any
migration the file is copied to a dated backup (the last few are kept), and a file that is
not a Rebalance database, or one written by a newer version, is refused untouched.

Alembic is imported only when a database is created or migrated (see core.store.revisions).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from core.i18n import translate
from core.store.errors import StoreError, UpgradeBlocked
from core.store.inspection import failure_reason, refusal
from core.store.location import BACKUPS, FILE_NAME, Location, locate
from core.store.revisions import MIGRATIONS, current_revision, is_current, known_revisions

__all__ = ["BACKUPS", "FILE_NAME", "Location", "latest_backup", "locate", "migrate", "open_engine"]

if TYPE_CHECKING:
    from alembic.config import Config

KEEP_BACKUPS = 5


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


def _sqlite_engine(location: Location, read_only: bool = False) -> Engine:
    """Read-write (WAL, writers queue), or read-only for a data folder this user cannot write:
    then the file is opened immutable, since SQLite could not create its WAL index there."""
    assert location.file is not None
    if read_only:
        uri = f"{location.file.as_uri()}?mode=ro&immutable=1"
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    else:
        engine = create_engine(location.url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(connection: Any, _record: Any) -> None:
        connection.isolation_level = None  # let SQLAlchemy's "begin" below start transactions
        cursor = connection.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front: two processes saving at once then queue instead of
        # failing with "database is locked" when a read turns into a write.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _writable(file: Path) -> bool:
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _backup(location: Location, revision: str) -> Path | None:
    """Copy the SQLite file (consistently, through SQLite itself) before changing its schema."""
    if location.file is None or not location.file.exists() or location.backups is None:
        return None
    location.backups.mkdir(exist_ok=True)
    taken = sorted(location.backups.glob(f"rebalance-*-{revision}.sqlite3"))
    if taken:  # an upgrade that failed before: the file has not changed since, keep the older backups
        return taken[-1]
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
    head, known = known_revisions()
    try:
        with engine.connect() as connection:
            if is_current(connection, head):
                return
            current = current_revision(connection)
    except DatabaseError as error:
        raise _refuse(location, failure_reason(error)) from error
    if current == head:
        return
    if current is not None and current not in known:
        raise _refuse(
            location,
            translate(
                "store", "it was written by a newer version of Rebalance (schema {rev}); update Rebalance to open it"
            ).format(rev=current),
        )
    from alembic import command

    try:
        if current is not None:
            _backup(location, current)
        command.upgrade(_alembic_config(engine), "head")
    except UpgradeBlocked as error:
        raise _refuse(location, translate("store", "it cannot be upgraded: {reason}").format(reason=error)) from None
    except (DatabaseError, sqlite3.Error, OSError) as error:
        raise _refuse(location, failure_reason(error)) from error


def _create(location: Location) -> None:
    """Make a new database beside the target and link it into place only when complete.

    So a missing file becomes a database, but an empty file someone else left there never
    does; and a process killed while creating leaves no half-made database behind.
    """
    assert location.file is not None
    handle, name = tempfile.mkstemp(dir=location.file.parent, prefix=".rebalance-new-", suffix=".sqlite3")
    os.close(handle)
    temporary = Path(name)
    from alembic import command

    try:
        engine = _sqlite_engine(Location(f"sqlite:///{temporary}", temporary))
        command.upgrade(_alembic_config(engine), "head")
        engine.dispose()
        final = sqlite3.connect(temporary, isolation_level=None)
        final.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file before linking
        final.close()
        with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
            os.link(temporary, location.file)
    except (DatabaseError, sqlite3.Error, OSError) as error:
        raise _refuse(location, failure_reason(error)) from error
    finally:
        for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _read_only(location: Location) -> Engine:
    """Reading stays possible in a folder this user cannot write (history, export, the app's views)."""
    engine = _sqlite_engine(location, read_only=True)
    with engine.connect() as connection:
        current = is_current(connection, known_revisions()[0])
    if not current:
        raise _refuse(location, translate("store", "it is read-only here and needs upgrading by this version"))
    return engine


def _in_memory_options(url: str) -> dict[str, Any]:
    """An in-memory SQLite database exists once per connection: keep one connection, usable from
    any thread, so a store opened by the app's worker thread is the one its window then reads."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import StaticPool

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database not in (None, "", ":memory:"):
        return {}
    return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}


def open_engine(location: Location) -> Engine:
    """An engine on an up-to-date database, created if it does not exist yet.

    An existing file is looked at read-only first; WAL is switched on and the schema
    migrated only once it is known to be a healthy Rebalance database.
    """
    if location.file is None:
        engine = create_engine(location.url, pool_pre_ping=True, **_in_memory_options(location.url))
        migrate(engine, location)
        return engine
    created = not location.file.parent.exists()
    with _private_files():
        location.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not location.file.exists():
            _create(location)
        problem = refusal(location.file, known_revisions()[1])
        if problem is not None:
            raise _refuse(location, problem)
        if not _writable(location.file):
            return _read_only(location)
        engine = _sqlite_engine(location)
        migrate(engine, location)
    if os.name == "posix":
        if created:  # a folder the user chose and that already existed keeps its permissions
            location.file.parent.chmod(0o700)
        location.file.chmod(0o600)
    return engine
