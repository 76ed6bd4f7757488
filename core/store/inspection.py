"""Looking at an existing SQLite file, read-only, before anything may change it.

A file that is not ours is refused without a single byte written: no WAL switched on, no
table added. Each refusal says what is true: not an SQLite file, someone else's database,
damaged, or written by a newer Rebalance.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Collection
from concurrent.futures import Future
from pathlib import Path

from core.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
OURS = "alembic_version"


def failure_reason(error: BaseException) -> str:
    """What an SQLite or server error means for the person: full disk, read-only, damaged..."""
    text = str(getattr(error, "orig", None) or error).strip()
    lowered = text.lower()
    if "disk is full" in lowered or "no space" in lowered:
        return translate("store", "the disk is full ({error})").format(error=text)
    if "readonly" in lowered or "read-only" in lowered:
        return translate("store", "the database is read-only here ({error})").format(error=text)
    if "disk i/o error" in lowered:  # what SQLite says when the folder stops taking writes
        return translate("store", "the data folder cannot be written to: it may be read-only, full or "
                         "disconnected ({error})").format(error=text)
    if "malformed" in lowered or "not a database" in lowered:
        return translate("store", "the database is damaged ({error})").format(error=text)
    if "connection" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return translate("store", "the database server cannot be reached ({error})").format(error=text)
    return text


def read_only_connection(file: Path) -> sqlite3.Connection:
    """A read-only connection. In a folder this user cannot write, SQLite cannot make a WAL index:
    the file is then read as immutable."""
    immutable = "" if os.access(file.parent, os.W_OK) else "&immutable=1"
    return sqlite3.connect(f"{file.as_uri()}?mode=ro{immutable}", uri=True)


def _whole_check(file: Path) -> list[str]:
    """SQLite's quick_check of every page: its time grows with the file (120 ms for 200 MB of photos)."""
    connection = read_only_connection(file)
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check")]
    finally:
        connection.close()


# whole-file checks started ahead (check_ahead): the file -> its state when the check began, the answer to come
_AHEAD: dict[Path, tuple[tuple[int, ...], Future[list[str]]]] = {}


def _state(file: Path) -> tuple[int, ...]:
    """What changes when anything writes the database: the file's and its WAL's identity, size and times.
    An empty WAL is no WAL: a reader may create one (the glance's connections do) without writing."""
    state: list[int] = []
    for path in (file, file.with_name(f"{file.name}-wal")):
        try:
            found = path.stat()
        except FileNotFoundError:
            found = None
        if found is None or found.st_size == 0:
            state += [0, 0, 0, 0]
        else:
            state += [found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]
    return tuple(state)


def check_ahead(file: Path) -> None:
    """Start the whole-file check in a worker thread now (SQLite lets Python's other threads run
    meanwhile), so that the store's opening finds its answer ready instead of making the window
    wait for it. core.glance starts it as the app's window paints; the store's refusal() uses
    its answer only if the file has not changed since it began, and checks again otherwise."""
    if file in _AHEAD:
        return
    answer: Future[list[str]] = Future()

    def run() -> None:
        try:
            answer.set_result(_whole_check(file))
        except BaseException as error:  # the store's refusal() raises it in its own thread
            answer.set_exception(error)

    _AHEAD[file] = (_state(file), answer)
    threading.Thread(target=run, name="rebalance-quick-check", daemon=True).start()


def _checked(file: Path) -> list[str]:
    """The whole-file check: the answer of the one started ahead if nothing wrote the file since it
    began, else a check now."""
    ahead = _AHEAD.pop(file, None)
    if ahead is not None:
        began, answer = ahead
        error = answer.exception()  # waits for it
        if _state(file) == began:
            if error is not None:
                raise error
            return answer.result()
    return _whole_check(file)


def _read(file: Path, only: Collection[str] | None) -> tuple[set[str], list[str], list[str]]:
    """(tables, alembic revisions, quick_check lines), through a read-only connection."""
    connection = read_only_connection(file)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revisions = ([row[0] for row in connection.execute(f"SELECT version_num FROM {OURS}")]
                     if OURS in tables else [])
        # only: each named table and its indexes (SQLite 3.33 and later; an older one checks the whole file)
        found = [row[0] for table in sorted(set(only or ()) & tables)
                 for row in connection.execute(f"PRAGMA quick_check({table})")]
    finally:
        connection.close()
    return tables, revisions, _checked(file) if only is None else [line for line in found if line != "ok"] or ["ok"]


def refusal(file: Path, known_revisions: Collection[str], only: Collection[str] | None = None) -> str | None:
    """None when the existing file is a Rebalance database (or an empty SQLite one) this
    version can open; otherwise why not, in words for the person.

    SQLite's quick_check reads every page, so its time grows with the photos kept in the file
    (about 120 ms for 40 phone photos, 200 MB). ``only`` limits it to those tables: enough for
    a look that reads just them and writes nothing (core.glance, before the home's first text).
    Such a partial check cannot see a page used twice or lost, which a write could make worse,
    so whatever writes (the store, core.store.database) checks the whole file first: in the app,
    off the UI thread, by the check started ahead (check_ahead)."""
    if file.stat().st_size == 0:
        return translate("store", "it is an empty file that Rebalance did not make; move it away to start afresh")
    with file.open("rb") as stream:
        if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return translate("store", "this is not a Rebalance database (not an SQLite file)")
    try:
        tables, revisions, check = _read(file, only)
    except sqlite3.DatabaseError as error:
        return failure_reason(error)
    if tables and OURS not in tables:
        names = ", ".join(sorted(tables)[:4])
        return translate("store", "this is not a Rebalance database (it holds other tables: {names})").format(
            names=names)
    unknown = [revision for revision in revisions if revision not in known_revisions]
    if unknown:
        return translate(
            "store", "it was written by a newer version of Rebalance (schema {rev}); update Rebalance to open it"
        ).format(rev=unknown[0])
    if check != ["ok"]:
        return translate("store", "the database is damaged (SQLite reports: {problem})").format(
            problem="; ".join(check[:3]))
    return None
