"""A red-flag stop, as a person meets it: the letter for the doctor, home, and the comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.test_wizard import answer_screening, click_next, start
from ui.main_window import MainWindow
from ui.wizard.first_pages import StopPage

LEFT = Qt.MouseButton.LeftButton


def stop_for(window: MainWindow, qtbot: QtBot, flag: str = "saddle_numbness") -> StopPage:
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot, yes=(flag,))
    click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, StopPage)
    return page


def test_stop_page_saves_the_letter_for_the_doctor(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The stop page's button, with the save dialog answered, writes the referral as a PDF."""
    page = stop_for(window, qtbot)
    wizard = window.wizard
    assert wizard is not None
    titles: list[str] = []

    def answer(parent: object, title: str, suggested: str, *rest: object) -> tuple[str, str]:
        titles.append(title)
        assert "letter" in Path(suggested).name
        return str(tmp_path / "letter.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    assert page.pdf_bar.button.isVisible() and "letter" in page.pdf_bar.button.text()
    with qtbot.waitSignal(wizard.pdf_written, timeout=60000):
        qtbot.mouseClick(page.pdf_bar.button, LEFT)
    assert titles == ["Save the letter for your doctor as PDF"]
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(tmp_path / "letter.pdf")).pages).split())
    assert "saddle" in text.lower()
    assert wizard.open_prompt is not None and "letter for your doctor" in wizard.open_prompt.text()
    wizard.open_prompt.reject()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert window.store is not None and window.store.session_summaries("Alex")[0].status == "refer"
