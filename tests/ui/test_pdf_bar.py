"""The routine page's footer while Save and the PDF are both busy: every word readable, nothing cut off."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_wizard import to_routine
from ui.main_window import MainWindow
from ui.theme import apply_theme
from ui.wizard.wizard import AssessmentWizard


@pytest.fixture
def text_scale(qapp: QApplication) -> Iterator[None]:
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _whole(widget: QWidget) -> bool:
    """A button at least as wide as its label needs; a label as tall as its text needs at its width."""
    if isinstance(widget, QPushButton):
        return widget.width() >= widget.sizeHint().width()
    assert isinstance(widget, QLabel)
    needed = widget.heightForWidth(widget.width()) if widget.wordWrap() else widget.sizeHint().height()
    return widget.width() >= widget.minimumSizeHint().width() and widget.height() >= needed


@pytest.mark.usefixtures("text_scale")
@pytest.mark.parametrize(("scale", "width"), [(100, 1100), (150, 1100), (150, 640)])
def test_saving_and_making_the_pdf_are_both_readable(window: MainWindow, qtbot: QtBot, qapp: QApplication,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     scale: int, width: int) -> None:
    """The app's default size (1100 wide) at normal and 150 % text, and half of a 1280-pixel screen at 150 %:
    with the Save button saying "Saving photos…" and Export clicked (the PDF held unfinished), both buttons show
    their whole label and "Making the PDF…" shows whole, wrapping if it must (the old row cut it off)."""
    apply_theme(qapp, "light", scale)
    window.resize(width, 760)
    wizard, page = to_routine(window, qtbot)
    monkeypatch.setattr(AssessmentWizard, "saving_photos", lambda self: 2)  # two photos still being made ready
    page.show_save_state(False, wizard.saving_photos())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "routine.pdf"), ""))
    monkeypatch.setattr(AssessmentWizard, "export_pdf", lambda self, path: page.pdf_bar.busy())  # held busy
    qtbot.mouseClick(page.pdf_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_bar.status.text() == "Making the PDF…")
    for _ in range(3):
        QApplication.processEvents()
    folder = os.environ.get("REBALANCE_GRABS")  # set by hand to look at the footer
    if folder:
        window.grab().save(str(Path(folder) / f"pdf_bar_{scale}_{width}.png"))
    assert page.save_button.text() == "Saving photos…"
    for widget in (page.save_button, page.pdf_bar.button, page.pdf_bar.status):
        assert widget.isVisible() and _whole(widget), (widget.text(), widget.size(), widget.sizeHint())
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert right < window.width()
    if width == 1100:  # with room to spare it stays on one line
        assert page.pdf_bar.status.height() < 2 * page.pdf_bar.status.fontMetrics().lineSpacing()
