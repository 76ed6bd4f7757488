"""The Qt binding in use keeps Python's reference counts: PySide6 6.12.0 dropped a reference to None
on every Qt call that returns nothing, and on Python 3.11 (where None is counted) the app then died
with "deallocating None" after some tens of thousands of calls: a long exercise session's timer."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot


def test_qt_calls_leave_the_reference_count_of_none_alone(qtbot: QtBot) -> None:
    """10,000 calls that return nothing (setText, setEnabled, repaint) leave sys.getrefcount(None)
    where it was (within a few, for anything else the interpreter does meanwhile)."""
    label, button = QLabel(), QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(3_334):
        label.setText("x")
        button.setEnabled(True)
        label.repaint()
    assert abs(sys.getrefcount(None) - before) < 100
