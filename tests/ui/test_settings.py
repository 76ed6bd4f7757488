"""Settings as Picard declares them: each once, with a title; preferences apart from remembered UI state;
stored with the data when a data folder is named."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from core import contract
from core.cli import build_parser
from ui import settings as options
from ui.dialogs import PreferencesDialog
from ui.main_window import MainWindow
from ui.settings import Settings


def test_every_preference_has_a_title_and_ui_state_has_none() -> None:
    """What Preferences shows is titled; what the app only remembers (last profile, welcome) is not shown."""
    assert all(option.title for option in options.PREFERENCES)
    assert all(not option.title for option in options.UI_STATE)
    keys = [option.key for option in (*options.PREFERENCES, *options.UI_STATE)]
    assert len(keys) == len(set(keys))


def test_the_paper_choices_are_the_command_lines(tmp_path: Path) -> None:
    """The paper sizes are listed once: Preferences offers exactly what `routine --paper` accepts."""
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    paper = next(action for action in commands.choices["routine"]._actions if action.dest == "paper")
    assert tuple(paper.choices) == options.PAPER.values == contract.PAPERS


def test_preferences_dialog_is_built_from_the_declarations(qtbot: QtBot, tmp_path: Path) -> None:
    """One editor per preference, showing the stored value; OK stores what was chosen."""
    settings = Settings(tmp_path)
    settings.set(options.THEME, "dark")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {option.key for option in options.PREFERENCES}
    theme = dialog.editors[options.THEME.key]
    assert isinstance(theme, QComboBox) and theme.currentData() == "dark"
    assert [theme.itemText(i) for i in range(theme.count())] == ["Light", "Dark", "High contrast"]
    theme.setCurrentIndex(theme.findData("high_contrast"))
    sound = dialog.editors[options.TIMER_SOUND.key]
    assert isinstance(sound, QCheckBox) and sound.isChecked()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert Settings(tmp_path).get(options.THEME) == "high_contrast"


@pytest.mark.parametrize("by_environment", [True, False], ids=["REBALANCE_DATA_DIR", "--data-dir"])
def test_settings_are_kept_with_the_data(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         by_environment: bool) -> None:
    """A preference chosen in the app goes to settings.ini in the data folder, whether the folder was named
    by --data-dir or by REBALANCE_DATA_DIR (before, the environment's folder got no settings)."""
    folder = tmp_path / "data"
    if by_environment:
        monkeypatch.setenv("REBALANCE_DATA_DIR", str(folder))
    window = MainWindow(None if by_environment else str(folder))
    qtbot.addWidget(window)

    def choose_letter() -> None:
        dialog = window.findChild(PreferencesDialog)
        assert dialog is not None
        paper = dialog.editors[options.PAPER.key]
        assert isinstance(paper, QComboBox)
        paper.setCurrentIndex(paper.findData("letter"))
        dialog.accept()

    QTimer.singleShot(200, choose_letter)
    (menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File"]
    (action,) = [a for a in menu.actions() if a.text() == "&Preferences…"]
    action.trigger()
    assert (folder / "settings.ini").is_file()
    assert Settings(folder).get(options.PAPER) == "letter"
