"""Starting the app loads only what the first paint needs; the data layer loads only what it must.

Each check runs a fresh Python process, since this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.store.revisions import alembic_revisions, known_revisions
from main import app_options

ROOT = Path(__file__).resolve().parents[1]

RUN_COMMAND = """
import json, sys
import main
main.main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""

OPEN_STORE = """
import json, sys
from core.store import open_store
open_store(sys.argv[1])
print(json.dumps(sorted(sys.modules)))
"""


def modules(*command: str) -> set[str]:
    """The modules a Python process had imported when it printed them (as its last line, in JSON)."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", PAINT_PROBE_REPORT="1")
    done = subprocess.run([sys.executable, *command], cwd=ROOT, env=environment, check=True,
                          capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_first_paint_comes_before_argparse_the_commands_and_the_data(tmp_path: Path) -> None:
    """Starting the app builds no argument parser and loads neither the catalogue nor the store
    before its window is painted: those come after, so the window appears at once."""
    probe = str(ROOT / "bench" / "paint_probe.py")  # prints the modules at the window's first paint
    loaded = modules(probe, "window", "main.py", "--data-dir", str(tmp_path / "data"))
    assert "ui.main_window" in loaded  # the probe did stop at the app's first paint
    too_early = {"argparse.ArgumentParser", "core.cli", "core.commands", "core.catalogue", "core.catalogue.loader",
                 "yaml", "pydantic.main", "sqlalchemy", "alembic", "reportlab", "svglib"}
    assert loaded.isdisjoint(too_early), sorted(loaded & too_early)


def test_a_saved_profile_shows_before_sqlalchemy_pydantic_and_the_catalogue(tmp_path: Path) -> None:
    """With a saved assessment, the home's summary of it is painted from the light read-only glance:
    SQLAlchemy, pydantic, Alembic, the catalogue and the pose model load only after it is on screen."""
    data = tmp_path / "data"
    answers = ROOT / "tests" / "data" / "lower_crossed" / "answers.json"
    subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "save", str(answers), "--profile", "Alex"],
                   cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True, capture_output=True, timeout=120)
    (data / "settings.ini").write_text("[home]\nwelcome_seen=true\nlast_profile=Alex\n", encoding="utf-8")
    probe = str(ROOT / "bench" / "paint_probe.py")  # prints the modules when the summary is painted
    loaded = modules(probe, "Assessments so far: 1.", "main.py", "--data-dir", str(data))
    assert "core.glance" in loaded  # the probe did stop at the summary's paint, read by the glance
    too_early = {"sqlalchemy", "pydantic.main", "alembic", "core.catalogue", "core.catalogue.loader",
                 "core.figures.poses", "core.store.repository", "core.store.database"}
    assert loaded.isdisjoint(too_early), sorted(loaded & too_early)


def test_alembic_is_imported_only_when_the_schema_must_change(tmp_path: Path) -> None:
    """Creating the database needs Alembic; opening it again once its schema is current does not."""
    data = str(tmp_path / "data")
    assert "alembic" in modules("-c", OPEN_STORE, data)
    assert "alembic" not in modules("-c", OPEN_STORE, data)


def test_the_quick_reading_of_the_migrations_agrees_with_alembic() -> None:
    """The head and known revisions read from the migration files are Alembic's own."""
    assert known_revisions() == alembic_revisions()


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {}),
    (["--data-dir", "/tmp/x"], {"data_dir": "/tmp/x"}),
    (["--data-dir=/tmp/x", "--quit-after-show"], {"data_dir": "/tmp/x", "quit_after_show": "yes"}),
    (["--database-url", "sqlite:///a.db"], {"database_url": "sqlite:///a.db"}),
    (["assess", "answers.json"], None),
    (["--data-dir", "/tmp/x", "history", "--profile", "A"], None),
    (["--help"], None),
    (["--data-dir"], None),
    (["--data-dir", "--quit-after-show"], None),
    (["--quit-after-show=1"], None),
    (["--data", "/tmp/x"], None),
])
def test_only_plain_app_starts_skip_the_command_line_parser(argv: list[str], expected: object) -> None:
    """The app's own options are read directly; anything else (a command, --help, an
    abbreviation, a missing value) goes to argparse, which explains or starts the app as before."""
    assert app_options(argv) == expected


def test_an_abbreviated_option_still_starts_the_app_through_argparse(tmp_path: Path) -> None:
    """`--data-d DIR` (argparse's abbreviation) still reaches the app, which loads its data and quits,
    closing its store: no write-ahead log is left beside the database file."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "main.py", "--data-d", str(tmp_path / "data"), "--quit-after-show"],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "rebalance.sqlite3").exists()
    assert not (tmp_path / "data" / "rebalance.sqlite3-wal").exists()


def test_assess_and_routine_load_no_database_code(tmp_path: Path) -> None:
    """Commands that touch no database (assess, routine) import neither SQLAlchemy nor Alembic:
    routine only needs to know where the database is, to refuse writing over it."""
    answers = str(ROOT / "tests" / "data" / "lower_crossed" / "answers.json")
    for command in (["assess", answers], ["routine", answers, "--pdf", str(tmp_path / "routine.pdf")]):
        loaded = modules("-c", RUN_COMMAND, "--data-dir", str(tmp_path / "data"), *command)
        assert "core.catalogue" in loaded
        assert loaded.isdisjoint({"sqlalchemy", "alembic", "PySide6"}), command


def test_the_pose_detector_is_not_imported_by_the_app_or_the_commands(tmp_path: Path) -> None:
    """The optional detector (mediapipe, numpy, cv2) is imported only when landmarks are searched for: not
    at the app's first paint, and not by a `posture` command given its landmarks."""
    heavy = {"mediapipe", "numpy", "cv2", "matplotlib"}
    probe = str(ROOT / "bench" / "paint_probe.py")
    assert modules(probe, "window", "main.py", "--data-dir", str(tmp_path / "data")).isdisjoint(heavy)
    marks = tmp_path / "marks.json"
    marks.write_text('{"format": 1, "view": "side", "image": {"width": 512, "height": 512}, '
                     '"landmarks": {"c7": [250, 150], "tragus": [300, 100]}}')
    photo = str(ROOT / "tests" / "data" / "astronaut.png")
    loaded = modules("-c", RUN_COMMAND, "posture", photo, "--view", "side", "--landmarks", str(marks))
    assert "core.posture.measure" in loaded and loaded.isdisjoint(heavy), sorted(loaded & heavy)
