"""Every focusable input on every page can be named by a screen reader and reached by Tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window


def lacks_name(widget: QWidget) -> bool:
    """A focusable input with neither an accessible name nor visible text."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
        return False
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QListWidget):
        return False  # a scrolling container; its contents are checked themselves
    if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        return False  # the inner editor of a control that is itself named
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return not (widget.accessibleName() or text)


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in root.findChildren(QWidget) if lacks_name(w)]


def test_every_wizard_input_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    """Walk every page of the wizard (and the home view) and check each focusable input."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    assert unnamed(window.home) == []
    window.start_assessment("Alex", False)
    wizard = window.wizard
    assert wizard is not None
    problems = {}
    for _ in range(len(wizard.keys)):
        page = wizard.currentPage()
        problems[wizard.key_of(wizard.currentId())] = unnamed(page)
        if wizard.nextId() < 0:
            break
        wizard.next()
    assert {key: found for key, found in problems.items() if found} == {}
    assert len(problems) >= len(wizard.keys) - 1  # every page but the stop page was visited
    window.store.close()
