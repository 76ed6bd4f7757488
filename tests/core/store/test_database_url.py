"""REBALANCE_DATABASE_URL: a shared database whose password never appears on a command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.store.conftest import fresh_postgres_database

ROOT = Path(__file__).resolve().parents[3]


def test_the_environment_names_the_shared_database(postgres_server: str, tmp_path: Path) -> None:
    """save and history reach PostgreSQL through REBALANCE_DATABASE_URL alone, not the data folder."""
    url = fresh_postgres_database(postgres_server)
    environment = {**os.environ, "REBALANCE_DATABASE_URL": url, "REBALANCE_DATA_DIR": str(tmp_path / "unused")}
    answers = ROOT / "tests" / "data" / "no_findings" / "answers.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                              cwd=ROOT, env=environment, timeout=120)

    saved = run("save", str(answers), "--profile", "Alex", "--date", "2026-05-01")
    assert saved.returncode == 0, saved.stderr
    history = json.loads(run("history", "--profile", "Alex", "--json").stdout)
    assert [s["date"] for s in history["sessions"]] == ["2026-05-01"]
    assert not (tmp_path / "unused").exists()
