"""No output may replace the database, its journals or backups, or an existing file unasked.

Each case runs the real entry point (main.main, as `python main.py` does) and then checks
the bytes of everything that must survive.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import main
from core.result import Result
from core.store import open_store
from core.store.database import BACKUPS, FILE_NAME

ROOT = Path(__file__).resolve().parents[1]
ANSWERS = str(ROOT / "tests" / "data" / "no_findings" / "answers.json")
Run = Callable[..., tuple[int, str]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with one saved profile and a backups folder holding one file."""
    folder = tmp_path / "data"
    store = open_store(str(folder))
    store.save_session("Alex", {"format": 1}, Result(status="ok"),
                       __import__("datetime").date(2026, 1, 1))
    store.close()
    (folder / BACKUPS).mkdir()
    (folder / BACKUPS / "rebalance-old-0001.sqlite3").write_bytes(b"backup bytes")
    return folder


@pytest.fixture
def run(data: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*args: str) -> tuple[int, str]:
        code = main.main(["--data-dir", str(data), *args])
        return code, capsys.readouterr().err

    return _run


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def writers(target: str) -> list[list[str]]:
    return [["export", "--profile", "Alex", target], ["routine", ANSWERS, "--pdf", target]]


@pytest.mark.parametrize("name", [FILE_NAME, f"{FILE_NAME}-wal", f"{FILE_NAME}-shm",
                                  f"{BACKUPS}/rebalance-old-0001.sqlite3", f"{BACKUPS}/new.json"])
def test_database_journals_and_backups_are_refused_even_with_force(data: Path, run: Run, name: str) -> None:
    """export and routine --pdf into the database, its -wal/-shm or backups/ exit 2 and change nothing."""
    before = snapshot(data)
    for command in writers(str(data / name)):
        code, err = run(*command, "--force")
        assert code == 2 and name.split("/")[-1] in err and "Rebalance's own" in err, err
        assert "answers" not in err
    assert snapshot(data) == before
    assert [p.name for p in open_store(str(data)).profiles()] == ["Alex"]


def test_links_to_the_database_are_refused(data: Path, run: Run, tmp_path: Path) -> None:
    """A symbolic or hard link elsewhere that leads to the database is the database."""
    before = snapshot(data)
    (tmp_path / "soft.json").symlink_to(data / FILE_NAME)
    os.link(data / FILE_NAME, tmp_path / "hard.json")
    for name in ("soft.json", "hard.json"):
        for command in writers(str(tmp_path / name)):
            code, err = run(*command, "--force")
            assert code == 2 and "Rebalance's own" in err, err
    assert snapshot(data) == before


def test_the_database_as_a_subprocess_target_keeps_every_profile(data: Path) -> None:
    """The reported case end to end: `export ... d/rebalance.sqlite3` exits 2, the database is whole."""
    before = snapshot(data)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "export",
                           "--profile", "Alex", str(data / FILE_NAME)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert snapshot(data) == before


def test_an_existing_file_needs_force(run: Run, tmp_path: Path) -> None:
    """Without --force an existing file is refused untouched (exit 2); with --force it is replaced."""
    for command in writers(str(tmp_path / "mine.out")):
        (tmp_path / "mine.out").write_bytes(b"precious")
        code, err = run(*command)
        assert code == 2 and "--force" in err and "mine.out" in err
        assert (tmp_path / "mine.out").read_bytes() == b"precious"
        code, err = run(*command, "--force")
        assert code == 0, err
        assert (tmp_path / "mine.out").read_bytes() != b"precious"


@pytest.mark.parametrize("target", ["/dev/null", "folder", "fifo"])
def test_a_target_that_is_not_a_regular_file_is_refused(run: Run, tmp_path: Path, target: str) -> None:
    """A device, a folder or a pipe is never replaced by a regular file, even with --force."""
    path = Path(target) if target.startswith("/") else tmp_path / target
    if target == "folder":
        path.mkdir()
    elif target == "fifo":
        os.mkfifo(path)
    kind = path.stat().st_mode
    for command in writers(str(path)):
        code, err = run(*command, "--force")
        assert code == 2 and "not a regular file" in err, err
    assert path.stat().st_mode == kind


def test_a_write_that_fails_names_the_path_and_exits_1(run: Run) -> None:
    """An OSError while writing (here: a folder that takes no files) is one line and exit 1."""
    for command in writers("/proc/rebalance-out.json"):
        code, err = run(*command)
        assert code == 1 and err.count("\n") == 1 and "/proc/rebalance-out.json" in err, err
        assert "Traceback" not in err and "answers" not in err


def test_folder_outputs_are_checked(data: Path, run: Run, tmp_path: Path) -> None:
    """figures --out: a file, the backups folder, or a non-empty folder without --force are refused."""
    (tmp_path / "file").write_bytes(b"x")
    code, err = run("figures", "--out", str(tmp_path / "file"))
    assert code == 2 and "not a folder" in err and (tmp_path / "file").read_bytes() == b"x"
    code, err = run("figures", "--out", str(data / BACKUPS), "--force")
    assert code == 2 and "Rebalance's own" in err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "contact_sheet.pdf").write_bytes(b"mine")
    code, err = run("figures", "--out", str(tmp_path / "full"))
    assert code == 2 and "--force" in err and (tmp_path / "full" / "contact_sheet.pdf").read_bytes() == b"mine"
    code, err = run("screenshots", "--out", str(tmp_path / "file"))
    assert code == 2 and "not a folder" in err
