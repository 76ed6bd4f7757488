"""The desktop app opens its main window offscreen, titled and with its menus."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def test_main_window_opens_with_welcome_and_menus(qtbot: QtBot) -> None:
    """The window shows, says what Rebalance is and that findings are not a diagnosis."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Rebalance"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
    text = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "not a diagnosis" in text
