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

from core.store import open_store
from core.store.database import FILE_NAME

ROOT = Path(__file__).resolve().parents[3]
SAVER = """
import sys, datetime
from core.store import open_store
store = open_store(sys.argv[1])
answers = {"format": 1, "pain": {"now": 4}, "observations": {"side_bridge_hold": {"left": 40}}}
result = {"format": 1, "status": "ok", "patterns": [], "padding": "x" * 20000}
count = int(sys.argv[2])
for index in range(count):
    store.save_session(sys.argv[3], answers, result, datetime.date(2026, 1, 1))
    if index == 0:
        print("ready", flush=True)
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
        assert len(json.loads(result)["padding"]) == 20000
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
    for _ in range(12):
        process = saver(folder, 100000, "Alex")
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        time.sleep(generator.uniform(0.05, 0.6))  # killed somewhere in the stream of saves
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        counts.append(intact(folder))
        store = open_store(str(folder))
        assert len(store.session_summaries("Alex")) == counts[-1]
        store.close()
    assert counts == sorted(counts) and counts[-1] > counts[0]
