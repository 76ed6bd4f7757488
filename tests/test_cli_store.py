"""save → history → export → import from the command line, as contract.md says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def rebalance(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_save_history_export_import(tmp_path: Path) -> None:
    """Sessions saved on dates give the history document; an export imports once into a new place."""
    first = tmp_path / "first"
    one = rebalance(first, "save", str(DATA / "lower_crossed" / "answers.json"), "--profile", "Alex",
                    "--date", "2026-10-01")
    assert one.returncode == 0, one.stderr
    history = json.loads(rebalance(first, "history", "--profile", "Alex", "--json").stdout)
    assert history["change"] is None and len(history["sessions"]) == 1
    rebalance(first, "save", str(DATA / "no_findings" / "answers.json"), "--profile", "Alex",
              "--date", "2026-11-01")
    history = json.loads(rebalance(first, "history", "--profile", "Alex", "--json").stdout)
    assert [s["date"] for s in history["sessions"]] == ["2026-10-01", "2026-11-01"]
    assert history["sessions"][0]["patterns"] == ["anterior_pelvic_tilt"]
    change = history["change"]["vs_previous"]
    assert change["pain"] == {"from": 6, "to": 2, "delta": -4, "meaningful": True, "direction": "better"}
    assert change["patterns"]["resolved"] == ["anterior_pelvic_tilt"]
    export = tmp_path / "alex.json"
    assert rebalance(first, "export", "--profile", "Alex", str(export)).returncode == 0
    second = tmp_path / "second"
    assert "Imported 2 new sessions" in rebalance(second, "import", str(export)).stdout
    assert "Imported 0 new sessions" in rebalance(second, "import", str(export)).stdout
    copied = json.loads(rebalance(second, "history", "--profile", "Alex", "--json").stdout)
    assert copied["sessions"] == history["sessions"]
    plain = rebalance(second, "history", "--profile", "Alex").stdout
    assert "Since the previous session" in plain and "Tipped forward → About level" in plain


def test_store_errors_exit_cleanly(tmp_path: Path) -> None:
    """Bad date and unknown profile are bad input (2); a corrupt database is named (1)."""
    bad_date = rebalance(tmp_path, "save", str(DATA / "no_findings" / "answers.json"), "--profile", "A",
                         "--date", "2026-13-40")
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr
    assert rebalance(tmp_path, "history", "--profile", "Nobody").returncode == 2
    rebalance(tmp_path, "save", str(DATA / "no_findings" / "answers.json"), "--profile", "A")
    missing_folder = rebalance(tmp_path, "export", "--profile", "A", str(tmp_path / "no" / "x.json"))
    assert missing_folder.returncode == 2 and "does not exist" in missing_folder.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "rebalance.sqlite3").write_text("not a database at all " * 50)
    done = rebalance(broken, "history", "--profile", "A")
    assert done.returncode == 1
    assert "rebalance.sqlite3" in done.stderr and "not a Rebalance database" in done.stderr


def test_import_refuses_duplicate_keys_and_bad_names_writing_nothing(tmp_path: Path) -> None:
    """An export giving a key twice, or `save --profile` with a slash, exits 2 naming it; no profile appears."""
    doubled = tmp_path / "doubled.json"
    doubled.write_text('{"format": 1, "kind": "rebalance-profile", "profile": {"name": "A", "name": "B"}, '
                       '"sessions": []}')
    done = rebalance(tmp_path / "data", "import", str(doubled))
    assert done.returncode == 2 and "profile.name: this key is given more than once" in done.stderr
    named = rebalance(tmp_path / "data", "save", str(DATA / "no_findings" / "answers.json"), "--profile", "../x")
    assert named.returncode == 2 and "--profile" in named.stderr and "“/”" in named.stderr
    assert not (tmp_path / "data").exists()  # refused before the database was even opened
    assert rebalance(tmp_path / "data", "history", "--profile", "A").returncode == 2
    assert rebalance(tmp_path / "data", "history", "--profile", "../x").returncode == 2


def test_each_command_leaves_everything_in_the_database_file(tmp_path: Path) -> None:
    """After save, history, export and import, no write-ahead log is left beside the database: a
    copy of the file alone, or a read-only look at it (SQLite's immutable mode, used where the
    folder cannot be written), holds every session saved."""
    import sqlite3

    data = tmp_path / "data"
    saved = rebalance(data, "save", str(DATA / "lower_crossed" / "answers.json"), "--profile", "Ann")
    assert saved.returncode == 0, saved.stderr
    export = tmp_path / "ann.json"
    for args in (("history", "--profile", "Ann"), ("export", "--profile", "Ann", str(export)),
                 ("import", str(export))):
        assert rebalance(data, *args).returncode == 0
        assert not (data / "rebalance.sqlite3-wal").exists(), args
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes((data / "rebalance.sqlite3").read_bytes())
    with sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True) as connection:
        assert [row[0] for row in connection.execute("SELECT name FROM profiles")] == ["Ann"]
