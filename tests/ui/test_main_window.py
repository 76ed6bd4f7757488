"""The desktop app opens its main window offscreen, titled and with its menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window
from ui import settings as options
from ui.main_window import MainWindow


def test_main_window_opens_with_welcome_and_menus(qtbot: QtBot, tmp_path: Path) -> None:
    """The window shows, says what Rebalance is and that findings are not a diagnosis."""
    window = MainWindow(str(tmp_path / "data"))  # never the user's own data folder
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Rebalance"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
    text = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "not a diagnosis" in text


def test_a_name_with_a_slash_or_control_character_is_explained_not_stored(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New profile… with "../Alex" or an ANSI escape shows why; a plain name is created trimmed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    window = open_window(qtbot, tmp_path / "data", profile=None)
    assert window.store is not None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    for typed in ("../Alex", "\x1b[31mAlex", "  Sam  "):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, typed=typed, **k: (typed, True))
        qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 2 and "“/”" in warnings[0] and "U+001B" in warnings[1]
    assert [p.name for p in window.store.profiles()] == ["Sam"]


def test_the_suite_never_opens_the_users_own_data(qtbot: QtBot) -> None:
    """The app started without --data-dir opens a folder of this test run, not ~/.local/share:
    a suite that opened the real one could migrate (or be refused by) the user's database."""
    import os

    from core.store.location import locate

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None)
    file = locate().file
    assert file is not None and file.is_file()
    assert str(file).startswith(os.environ["REBALANCE_CACHE_DIR"])
    assert not str(file).startswith(os.path.expanduser("~/.local"))
    assert window.store is not None
    window.store.close()


FREEZE_CHECK = """
import gc, sys
from PySide6.QtCore import QEventLoop
from ui.app import create_application
from ui import settings as options
from ui.main_window import MainWindow
app = create_application()
window = MainWindow(sys.argv[1])
window.show()
while window.store is None:
    QEventLoop().processEvents()
full_pass = {id(o) for o in gc.get_objects(2)}
print(gc.get_freeze_count() > 1000, id(window.catalogue) in full_pass, id(window.store) in full_pass)
"""


def test_what_the_app_loads_is_kept_out_of_full_garbage_collections(tmp_path: Path) -> None:
    """Once the data has loaded, the catalogue and the store (and the modules) are frozen out of
    the collector's full passes, which would otherwise scan them and stall the window."""
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", FREEZE_CHECK, str(tmp_path / "data")], capture_output=True,
                          text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120, check=True)
    assert done.stdout.split() == ["True", "False", "False"], done.stderr


def test_the_saved_profile_shows_before_the_store_loads_and_stays_the_same(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Started with a saved assessment, the home paints the person's name and last result (from the
    light read-only glance) before the store and catalogue load; once they have, the text is the
    same and the buttons work. A profile chosen last time is the one shown."""
    from datetime import date

    from core.answers import parse_answers
    from core.catalogue import default_catalogue
    from core.engine import assess
    from core.store import open_store
    from tests.helpers import answers_document
    from ui.settings import Settings

    data = tmp_path / "data"
    store, full = open_store(str(data)), default_catalogue()
    document = answers_document({"pelvic_tilt": "anterior", "lumbar_curve": "increased"}, pain=6)
    for name in ("Alex", "Sam"):
        store.save_session(name, document, assess(parse_answers(document, full), full), date(2026, 5, 4))
    store.close()
    settings = Settings(data)
    settings.set(options.WELCOME_SEEN, True)
    settings.set(options.LAST_PROFILE, "Sam")
    seen: list[tuple[str, str, bool, bool]] = []
    attach = MainWindow._attach

    def watched(window: MainWindow, *opened: Any) -> None:
        home = window.home
        seen.append((home.title.text(), home.summary.text(), home.start_button.isEnabled(), window.store is None))
        attach(window, *opened)

    monkeypatch.setattr(MainWindow, "_attach", watched)
    window = MainWindow(str(data), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None)
    title, summary, enabled, before_store = seen[0]
    assert before_store and title == "Sam" and not enabled
    assert "Forward-tipped pelvis" in summary and "Assessments so far: 1." in summary
    assert (window.home.title.text(), window.home.summary.text()) == (title, summary)
    assert window.home.start_button.isEnabled()
    assert window.store is not None
    window.store.close()


def test_the_window_answers_while_the_data_opens(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The store and the catalogue open in a worker thread. With no catalogue cache (the YAML is
    parsed, validated and cross-checked: CPU-bound Python) and a store made slow to open (0.6 s),
    a 10-ms timer on the UI thread keeps firing; meanwhile the people list, New profile and the
    menu items that need the data are off, and they are on once it is open."""
    import itertools
    import time

    from PySide6.QtCore import QTimer

    import core.store
    from core.catalogue import default_catalogue

    real_open = core.store.open_store

    def slow_open(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.6)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(core.store, "open_store", slow_open)
    monkeypatch.setenv("REBALANCE_CACHE_DIR", str(tmp_path / "empty cache"))
    default_catalogue.cache_clear()
    window = MainWindow(str(tmp_path / "data"))
    qtbot.addWidget(window)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    window.show()
    qtbot.waitUntil(lambda: window.opener is not None)
    def enabled() -> list[bool]:
        home = window.home
        return [home.profiles.isEnabled(), home.new_button.isEnabled(), *(a.isEnabled() for a in window.data_actions)]

    assert not any(enabled())
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.3
    assert all(enabled())


def test_a_database_damaged_in_its_photos_is_refused_at_start_and_never_written(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting on a file damaged only in its photos' pages: the home may show the profile from its light first
    look, but the store's whole-file check refuses it; the person is told it is damaged, and nothing can be
    started or written (the buttons stay off)."""
    from tests.core.store.test_database import snapshot
    from tests.core.store.test_glance import damaged_photo_pages

    folder = tmp_path / "data"
    damaged_photo_pages(folder)
    before = snapshot(folder)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: told.append(text))
    window = MainWindow(str(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "damaged" in told[0] and "left untouched" in told[0]
    assert window.store is None and not window.home.start_button.isEnabled()
    assert window.home.title.text() == "Your data could not be opened"  # not "Loading…" for good
    assert "damaged" in window.home.summary.text()
    assert snapshot(folder) == before


def test_an_in_memory_database_opened_off_the_ui_thread_is_the_one_the_window_uses(
        qtbot: QtBot, tmp_path: Path) -> None:
    """`--database-url sqlite://` keeps its data in memory, once per connection: the schema the
    worker thread creates is the one the window reads, and a profile created there is listed."""
    window = MainWindow(str(tmp_path / "data"), database_url="sqlite://")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None or bool(window.load_error), timeout=10_000)
    assert window.store is not None, window.load_error
    window.store.ensure_profile("Ann")
    window.home.refresh("Ann")
    assert [info.name for info in window.store.profiles()] == ["Ann"]
    assert window.home.start_button.isEnabled()
