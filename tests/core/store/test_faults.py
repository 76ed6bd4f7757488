"""Two processes at once, and a process killed while saving: no loss, no corruption."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.store import open_store
from core.store.database import FILE_NAME
from tests.core.store.conftest import fresh_postgres_database

ROOT = Path(__file__).resolve().parents[3]
SAVER = """
import sys, datetime
from core.result import Result
from core.store import open_store
store = open_store(sys.argv[1])
answers = {"format": 1, "pain": {"now": 4}, "observations": {"side_bridge_hold": {"left": 40}}}
result = Result(status="ok", suggested_tests=("x" * 20000,))  # a large write, so kills land mid-save
count = int(sys.argv[2])
for index in range(count):
    saved = store.save_session(sys.argv[3], answers, result, datetime.date(2026, 1, 1))
    print("saved", saved, flush=True)  # reported to the person only once it is stored
print("done", flush=True)
"""


def saver(folder: Path, count: int, profile: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SAVER, str(folder), str(count), profile], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def intact(folder: Path) -> int:
    """Integrity check passes and every stored session is whole; returns the count."""
    with sqlite3.connect(folder / FILE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT answers, result FROM sessions").fetchall()
    for answers, result in rows:
        assert json.loads(answers)["format"] == 1
        assert len(json.loads(result)["suggested_tests"][0]) == 20000
    return len(rows)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    """Both processes' sessions are all stored, and the file passes SQLite's integrity check."""
    folder = tmp_path / "data"
    open_store(str(folder)).close()
    first, second = saver(folder, 30, "Alex"), saver(folder, 30, "Sam")
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert intact(folder) == 60
    store = open_store(str(folder))
    assert len(store.session_summaries("Alex")) == len(store.session_summaries("Sam")) == 30


def test_killed_while_saving_leaves_only_whole_sessions(tmp_path: Path) -> None:
    """Killed at random moments mid-save, many times: it always opens, with whole sessions only."""
    folder = tmp_path / "data"
    open_store(str(folder)).close()
    generator = random.Random(7)
    counts = []
    reported: set[str] = set()
    for _ in range(12):
        process = saver(folder, 100000, "Alex")
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("saved ")
        reported.add(first.split()[1])
        time.sleep(generator.uniform(0.05, 0.6))  # killed somewhere in the stream of saves
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        reported.update(line.split()[1] for line in process.stdout.read().splitlines()
                        if line.startswith("saved "))
        counts.append(intact(folder))
        store = open_store(str(folder))
        stored = {summary.id for summary in store.session_summaries("Alex")}
        store.close()
        assert reported <= stored, "a session reported saved is missing"
        assert len(stored) - len(reported) <= len(counts)  # at most the one in flight per kill
    assert counts == sorted(counts) and counts[-1] > counts[0]


RACER = """
import sys, time, datetime
from core.result import Result
from core.store import open_store
target, count, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
store = open_store(database_url=target) if "://" in target else open_store(target)
answers = {"format": 1, "pain": {"now": 4}}
result = Result(status="ok")
time.sleep(max(0.0, start - time.time()))  # both processes begin at the same moment
for index in range(count):
    for profile in ("Alex", f"new-{index}"):  # one profile both share, and one both create now
        print(profile, store.save_session(profile, answers, result, datetime.date(2026, 1, 1)), flush=True)
"""


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_two_processes_creating_and_sharing_profiles_lose_no_save(tmp_path: Path, database: str,
                                                                  request: pytest.FixtureRequest) -> None:
    """Two writers at once, each saving to a shared profile and to profiles both create at the
    same moment: every save either process reported is stored, under its profile, once."""
    if database == "sqlite":
        target = str(tmp_path / "data")
        store = open_store(target)
    else:
        target = fresh_postgres_database(request.getfixturevalue("postgres_server"))
        store = open_store(database_url=target)
    store.close()
    start, count = time.time() + 4, 40
    racers = [subprocess.Popen([sys.executable, "-c", RACER, target, str(count), str(start)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reported: dict[str, set[str]] = {}
    for racer in racers:
        out, err = racer.communicate(timeout=180)
        assert racer.returncode == 0, err[-2000:]
        for line in out.splitlines():
            profile, saved = line.split()
            reported.setdefault(profile, set()).add(saved)
    store = open_store(database_url=target) if database == "postgresql" else open_store(target)
    try:
        profiles = [p.name for p in store.profiles()]
        assert sorted(profiles) == sorted(reported) and len(profiles) == count + 1
        for profile, ids in reported.items():
            assert {s.id for s in store.session_summaries(profile)} == ids
        assert len(reported["Alex"]) == 2 * count
    finally:
        store.close()
