"""First run: a welcome shown once, with a sample profile to look around."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window
from ui.welcome import WelcomeDialog


def test_welcome_once_and_sample_profile(qtbot: QtBot, tmp_path: Path) -> None:
    """The first start shows the welcome; its sample button opens a profile with history; not shown again."""
    first = open_window(qtbot, tmp_path / "data", profile=None, welcome=True)
    welcome = first.welcome
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    assert "not diagnose" in welcome.findChildren(QLabel)[0].text()
    welcome.sample.click()
    assert first.store is not None
    profile = first.home.current()
    assert profile == "Sample (made up)" and len(first.store.session_summaries(profile)) == 3
    assert first.store.exercise_log(profile)
    first.store.close()

    second = open_window(qtbot, tmp_path / "data", profile=None, welcome=True)
    assert second.welcome is None
    assert second.store is not None
    second.store.close()
