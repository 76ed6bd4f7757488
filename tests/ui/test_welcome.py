"""First run: a welcome shown once, with a sample profile to look around."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.welcome import WelcomeDialog


def test_welcome_once_and_sample_profile(qtbot: QtBot, tmp_path: Path) -> None:
    """The first start shows the welcome; its sample button opens a profile with history; not shown again."""
    data = str(tmp_path / "data")
    first = MainWindow(data)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.store is not None)
    welcome = first.welcome
    assert isinstance(welcome, WelcomeDialog) and welcome.isVisible()
    assert "not diagnose" in welcome.findChildren(QLabel)[0].text()
    welcome.sample.click()
    assert first.store is not None
    profile = first.home.current()
    assert profile == "Sample (made up)" and len(first.store.session_summaries(profile)) == 3
    assert first.store.exercise_log(profile)
    first.store.close()

    second = MainWindow(data)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.store is not None)
    assert second.welcome is None
    assert second.store is not None
    second.store.close()
