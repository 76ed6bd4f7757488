"""A PDF that finishes after its window closed: no prompt over a window that is gone, and the person still
learns what happened (core of ui.pdf_export.report_pdf)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

import core.report.render
from tests.ui.test_history import THREE, seed
from tests.ui.test_wizard import to_routine
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def held_pdf(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The PDF maker held until `release` is set; `started` is set once it is being made."""
    started, release = threading.Event(), threading.Event()
    make: Callable[..., bytes] = core.report.render.routine_pdf

    def held(*args: Any, **kwargs: Any) -> bytes:
        started.set()
        assert release.wait(30)
        return make(*args, **kwargs)

    monkeypatch.setattr(core.report.render, "routine_pdf", held)
    return started, release


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_routine_pdf_finished_after_the_wizard_closed_is_said_in_the_main_window(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export clicked on the routine page, then Finish before the PDF is made: once it is written, no
    "PDF ready" prompt opens (its wizard is gone); the main window's status bar says where it was saved."""
    started, release = held_pdf(monkeypatch)
    out = tmp_path / "routine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wizard, page = to_routine(window, qtbot)
    qtbot.mouseClick(page.pdf_bar.button, LEFT)
    assert started.wait(30) and not out.exists()
    threading.Timer(0.3, release.set).start()  # closing waits for the PDF: it is let go meanwhile
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert window.wizard is None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Your routine was saved as {out}"
    assert window.statusBar().isVisible()
    if folder := os.environ.get("REBALANCE_GRABS"):  # set by hand to look at the message
        window.grab().save(str(Path(folder) / "pdf_saved_status.png"))
    for _ in range(5):
        QApplication.processEvents()
    assert boxes() == [] and wizard.open_prompt is None


def test_history_pdf_failing_after_history_closed_is_said_over_the_main_window(
        window: MainWindow, qtbot: QtBot, catalogue: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """History's re-export clicked, then "Back to home" before the PDF is made, and the PDF fails: the
    failure is still said, in a message box over the main window (not over History, which is gone)."""
    assert window.store is not None
    seed(window.store, catalogue, THREE)
    started, release = held_pdf(monkeypatch)
    out = tmp_path / "gone" / "routine.pdf"  # its folder is removed while the PDF is made
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(window.home.history_button, LEFT)
    history = window.history
    assert history is not None
    qtbot.mouseClick(history.sessions.pdf_bar.button, LEFT)
    assert started.wait(30)
    out.parent.rmdir()
    threading.Timer(0.3, release.set).start()
    back = next(b for b in history.findChildren(type(history.sessions.pdf_bar.button)) if b.text() == "Back to home")
    qtbot.mouseClick(back, LEFT)
    assert window.history is None
    qtbot.waitUntil(lambda: bool(boxes()), timeout=10000)
    (box,) = boxes()
    assert box.parent() is window and "routine.pdf was not written" in box.text()
    assert window.statusBar().currentMessage() == ""
    box.reject()
