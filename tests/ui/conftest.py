"""Opening the real main window on a throwaway data folder, for the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.home import HomeView
from ui.main_window import MainWindow
from ui.widgets import sound

TICK_MS = 5  # the hold timer's second, shortened so tests do not wait


def open_window(qtbot: QtBot, data: Path, profile: str | None = "Alex", welcome: bool = False) -> MainWindow:
    """A shown main window whose data has loaded; the first-run welcome closed unless asked for."""
    window = MainWindow(str(data), tick_ms=TICK_MS)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None)
    assert window.store is not None
    if window.welcome is not None and not welcome:
        window.welcome.close()
    if profile:
        window.store.ensure_profile(profile)
        window.home.refresh(profile)
    return window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    main = open_window(qtbot, tmp_path / "data")
    yield main
    if main.store is not None:
        main.store.close()


def home_painted(qtbot: QtBot, home: HomeView, expect_map: bool) -> None:
    """Show home and let it paint: its muscle map is drawn just after the text, so wait for it
    (or, where none is due, give it the same chance to appear wrongly)."""
    home.show()
    qtbot.waitExposed(home)
    if expect_map:
        qtbot.waitUntil(lambda: home.latest.isVisibleTo(home), timeout=10000)
    else:
        for _ in range(3):
            QApplication.processEvents()
    assert home.latest.isVisibleTo(home) == expect_map


@pytest.fixture
def fresh_chime() -> Iterator[sound.Chime]:
    """The app's chime with nothing played yet and sound on; put back so after the test."""
    chime = sound.chime()
    chime.played.clear()
    yield chime
    chime.played.clear()
    chime.enabled = True
