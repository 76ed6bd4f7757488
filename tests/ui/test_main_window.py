"""The desktop app opens its main window offscreen, titled and with its menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window
from ui.main_window import MainWindow


def test_main_window_opens_with_welcome_and_menus(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The window shows, says what Rebalance is and that findings are not a diagnosis. (Its data folder
    is a throwaway one named by REBALANCE_DATA_DIR: the user's own may hold a database this code
    cannot open, whose message box would wait for a click.)"""
    monkeypatch.setenv("REBALANCE_DATA_DIR", str(tmp_path))
    window = MainWindow()
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
