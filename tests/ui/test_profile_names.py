"""Profile buttons on home when the name or the folder says no: a message, never a dead click."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.folders import read_only
from tests.ui.conftest import open_window
from ui import errors
from ui.main_window import MainWindow


def answer_name(monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed, True))


def collect(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a: shown.append(text))
    return shown


def alex_and_sam_with_sam_selected(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, tmp_path / "data", profile="Alex")
    assert window.store is not None
    window.store.ensure_profile("Sam")
    window.home.refresh("Sam")
    return window


def test_renaming_onto_another_profiles_name_is_refused_by_name(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rename… Sam to "Alex" while Alex exists: the message names the clash, both profiles stay
    as they were (two people's sessions never merge), and no database error escapes."""
    window = alex_and_sam_with_sam_selected(qtbot, tmp_path)
    assert window.store is not None
    warnings = collect(monkeypatch, "warning")
    answer_name(monkeypatch, " Alex ")
    qtbot.mouseClick(window.home.rename_button, Qt.MouseButton.LeftButton)
    assert warnings == ["there is already a profile called “Alex”"]
    assert sorted(p.name for p in window.store.profiles()) == ["Alex", "Sam"]
    assert window.home.current() == "Sam"
    window.store.close()


def test_a_new_profile_with_a_taken_name_selects_it_and_says_so(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New profile… "Alex" when Alex exists: told it exists, Alex selected, still one Alex."""
    window = alex_and_sam_with_sam_selected(qtbot, tmp_path)
    assert window.store is not None
    notes = collect(monkeypatch, "information")
    answer_name(monkeypatch, "Alex")
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert len(notes) == 1 and "already a profile called “Alex”" in notes[0]
    assert window.home.current() == "Alex"
    assert sorted(p.name for p in window.store.profiles()) == ["Alex", "Sam"]
    window.store.close()


@pytest.mark.qt_no_exception_capture
def test_new_profile_in_a_read_only_folder_explains_instead_of_doing_nothing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the data folder made read-only after opening, New profile… raises inside the slot;
    the app's hook (as run_app installs it) shows the store's reason and that nothing changed."""
    folder = tmp_path / "data"
    window = open_window(qtbot, folder, profile="Alex")
    assert window.store is not None
    monkeypatch.setattr(sys, "excepthook", errors.show_error)
    warnings = collect(monkeypatch, "warning")
    answer_name(monkeypatch, "Sam")
    with read_only(folder):
        qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1, warnings
    assert "could not save" in warnings[0] and "cannot be written to" in warnings[0]
    assert "Everything saved before is unchanged" in warnings[0]
    assert [p.name for p in window.store.profiles()] == ["Alex"]
    window.store.close()
