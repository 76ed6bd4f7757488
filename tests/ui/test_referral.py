"""A red-flag stop, as a person meets it: the letter for the doctor, home, and the comparison."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import open_store
from tests.helpers import answers_document
from tests.ui.test_history import THREE, seed, view_of
from tests.ui.test_history_buttons import save_referral
from tests.ui.test_wizard import answer_screening, click_next, start
from ui.main_window import MainWindow
from ui.wizard.screening import StopPage

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


def test_home_shows_the_referral_until_a_later_assessment(window: MainWindow, qtbot: QtBot,
                                                          catalogue: Catalogue) -> None:
    """After a red-flag stop, home shows the referral and its advice, not "Pain –. No pattern found."."""
    stop_for(window, qtbot)
    wizard = window.wizard
    assert wizard is not None
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    home = window.home
    assert home.referral.isVisible()
    assert "Get emergency help now" in home.referral.text() and "emergency" in home.referral.text()
    assert "saddle" in home.referral.text()
    assert "No pattern found" not in home.summary.text() and "Pain –" not in home.summary.text()
    assert "safety questions" in home.summary.text()
    assert window.store is not None
    later = answers_document({"pelvic_tilt": "anterior"}, pain=3)
    window.store.save_session("Alex", later, assess(parse_answers(later, catalogue), catalogue),
                              date.today() + timedelta(days=1))
    home.refresh()
    assert not home.referral.isVisible() and "Pain 3/10" in home.summary.text()


def test_compare_leaves_out_referrals_and_says_why(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """With a referral as the newest session, Compare still compares the last two assessments with tests."""
    store = open_store(str(tmp_path / "data"))
    try:
        seed(store, catalogue, THREE[:2])
        save_referral(store, catalogue, date(2026, 12, 1))
        view = view_of(qtbot, store, catalogue)
        compare = view.compare
        assert compare.dates.stringList() == ["01 Jun 2026", "29 Jun 2026"]
        assert compare.table.isVisibleTo(compare) and compare.table.rowCount() > 0
        assert "6" in compare.pain.text() and "7" in compare.pain.text()
        assert compare.left_out.isVisibleTo(compare)
        assert "01 Dec 2026" in compare.left_out.text() and "no tests were done" in compare.left_out.text()
    finally:
        store.close()
