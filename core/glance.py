"""What the home screen shows first: the profiles and the chosen one's last session, read light.

Starting the app with a saved profile should show that person at once, not after SQLAlchemy,
pydantic and the validated catalogue have loaded. So the home's first text comes from a plain
read-only SQLite query of the summary columns and the pattern names in the catalogue's data
file; the full store and catalogue load just after, and replace it.

The file goes through the same checks as the store's (core.store.inspection.refusal: an SQLite
file, Rebalance's own tables, a schema this version knows, SQLite's quick check), and only a
database already at the newest schema revision is read; anything else (no file yet, a server
database, an older schema that the store will back up and migrate, a refusal, any error) gives
no glance and the home waits for the store, which explains any problem. Nothing is written.

The quick check here covers only the tables read (READ): a check of the whole file reads every
page of every photo kept, and would put 120 ms for 40 phone photos before the home's first
text. Nothing is lost by it: the glance only reads those tables, and the store checks the
whole file before it opens it for writing (a damaged file is refused untouched and the person
is told, as before), just after the home has painted. That whole-file check is started here, in
a worker thread (core.store.inspection.check_ahead), so it runs while the home paints and the
catalogue loads, and the store finds its answer ready.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from core.resources import app_root
from core.store.inspection import OURS, check_ahead, read_only_connection, refusal
from core.store.location import locate
from core.store.revisions import known_revisions

PATTERNS_FILE = app_root() / "data" / "patterns.yaml"
READ = (OURS, "profiles", "sessions")  # the tables the glance reads, and checks


@dataclass(frozen=True)
class LastSession:
    taken_on: date
    status: str
    pain_now: int | None
    patterns: tuple[str, ...]  # the names of the patterns found, in the order found


@dataclass(frozen=True)
class Glance:
    profiles: tuple[str, ...]  # every profile, in the store's order (by name)
    chosen: str | None  # the profile to show: the one asked for, else the first
    sessions: int  # how many sessions the chosen profile has
    last: LastSession | None


def glance(data_dir: str | None, database_url: str | None, wanted: str = "") -> Glance | None:
    """The home's first view of the database, or None when only the full store may open it."""
    location = locate(data_dir, database_url)
    if location.file is None or not location.file.is_file():
        return None
    try:
        head, known = known_revisions()
        if head is None or refusal(location.file, known, only=READ) is not None:
            return None  # the store refuses it, or makes it (without a whole-file check)
        check_ahead(location.file)
        return _read(location.file, head, wanted)
    except (OSError, sqlite3.Error, ValueError, TypeError, KeyError):
        return None


def _read(file: Path, head: str, wanted: str) -> Glance | None:
    connection = read_only_connection(file)
    try:
        if [row[0] for row in connection.execute(f"SELECT version_num FROM {OURS}")] != [head]:
            return None  # the store migrates it (after a backup) first
        profiles = tuple(name for (name,) in connection.execute("SELECT name FROM profiles ORDER BY name"))
        chosen = wanted if wanted in profiles else (profiles[0] if profiles else None)
        rows = connection.execute(
            "SELECT s.taken_on, s.status, s.pain_now, s.pattern_ids FROM sessions AS s JOIN profiles AS p "
            "ON p.id = s.profile_id WHERE p.name = ? ORDER BY s.taken_on, s.saved_at", (chosen,)).fetchall()
    finally:
        connection.close()
    last = None
    if rows:
        taken_on, status, pain_now, pattern_ids = rows[-1]
        names = pattern_names()
        found = tuple(names[p] for p in json.loads(pattern_ids) if p in names)
        last = LastSession(date.fromisoformat(taken_on), str(status), None if pain_now is None else int(pain_now),
                           found)
    return Glance(profiles, chosen, len(rows), last)


def pattern_names(file: Path = PATTERNS_FILE) -> dict[str, str]:
    """Each pattern's name by id, straight from the data file (the catalogue validates it on loading)."""
    import yaml

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    return {str(entry["id"]): str(entry["name"]).strip() for entry in document["patterns"]}
