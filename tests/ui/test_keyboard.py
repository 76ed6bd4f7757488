"""The whole wizard with the keyboard alone: Tab to reach a control, Space to use it.

Every widget that takes focus on the way must have an accessible name or visible text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window
from tests.ui.test_accessibility import lacks_name
from ui.wizard.exam_page import ExamPage
from ui.wizard.screening import ScreeningPage


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(target: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab until the target has focus; returns every widget focused on the way."""
    seen: list[QWidget] = []
    for _ in range(limit):
        current = focused()
        if current is target:
            return seen
        assert current is not None
        seen.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(target).__name__} {getattr(target, 'text', lambda: '')()}")


def press_space(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Space)


def test_whole_wizard_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    """From the home window to the routine with key presses only, checking names on the way."""
    window = open_window(qtbot, tmp_path / "data")
    window.activateWindow()
    qtbot.waitActive(window)
    window.home.profiles.setFocus()
    qtbot.waitUntil(lambda: focused() is not None)
    passed = tab_to(window.home.start_button)
    press_space(window.home.start_button)
    wizard = window.wizard
    assert wizard is not None
    visited: list[QWidget] = list(passed)
    for _ in range(len(wizard.keys)):
        key = wizard.key_of(wizard.currentId())
        page = wizard.currentPage()
        current = focused()
        assert current is not None and wizard.isAncestorOf(current), f"focus left the wizard on {key}"
        if isinstance(page, ScreeningPage):
            for group in page.groups.values():
                yes, no = group.button(1), group.button(0)
                visited += tab_to(yes)  # Tab reaches the question, the arrow key picks the answer
                QTest.keyClick(yes, Qt.Key.Key_Right)
                assert focused() is no
                press_space(no)
                assert no.isChecked() and not yes.isChecked()
        elif isinstance(page, ExamPage):
            box: QCheckBox = page.inputs.skip
            visited += tab_to(box)
            press_space(box)
            assert box.isChecked()
        if key == "routine":
            break
        before = wizard.currentId()
        button = wizard.button(QWizard.WizardButton.NextButton)
        visited += tab_to(button)
        press_space(button)
        assert wizard.currentId() != before, f"Next did not leave {key}"
    assert wizard.key_of(wizard.currentId()) == "routine"
    missing = [f"{type(w).__name__} on the way" for w in visited if lacks_name(w)]
    assert missing == []
