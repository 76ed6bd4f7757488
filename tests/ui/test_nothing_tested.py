"""Every test skipped: the results and the routine say that nothing was tested, not that nothing was found."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import home_painted
from tests.ui.test_wizard import click_next, fill_test, to_first_test
from ui.main_window import MainWindow
from ui.wizard.exam_page import ExamPage
from ui.wizard.wizard import AssessmentWizard


def _texts(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def _grab(page: QWidget, name: str) -> None:
    folder = os.environ.get("REBALANCE_GRABS")  # set by hand to look at the pages
    if folder:
        page.grab().save(str(Path(folder) / name))


def next_page_text(wizard: AssessmentWizard, qtbot: QtBot, key: str) -> str:
    """Next pressed: the page it shows (checked to be the one keyed), grabbed if asked, and its words."""
    click_next(wizard, qtbot)
    assert wizard.key_of(wizard.currentId()) == key
    _grab(wizard, f"{key}_nothing_tested.png")
    return _texts(wizard.currentPage())


def test_every_test_skipped_says_no_test_was_done(window: MainWindow, qtbot: QtBot) -> None:
    """Ticking "I could not do this test" on every test page, then Next through the results to the routine:
    both pages say no test was done and how to do them later; neither says the tests found nothing,
    "none found", or gives a phase (which would claim there was nothing to correct). After Finish, home says
    no test was done (not "No pattern found") and shows no empty muscle map."""
    wizard = to_first_test(window, qtbot)
    while isinstance(page := wizard.currentPage(), ExamPage):
        fill_test(page, qtbot, None)
        click_next(wizard, qtbot)
    assert wizard.key_of(wizard.currentId()) == "review"
    shown = next_page_text(wizard, qtbot, "results")
    assert "No test was done" in shown and "Start a new assessment" in shown
    assert "none found" not in shown and "No pattern found" not in shown
    shown = next_page_text(wizard, qtbot, "routine")
    assert "No test was done" in shown and "no routine yet" in shown
    assert "found nothing" not in shown and "Phase" not in shown
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None
    home_painted(qtbot, window.home, expect_map=False)  # no muscle map of nothing tested
    summary = window.home.summary.text()
    assert "No test was done" in summary and "No pattern found" not in summary


def test_one_test_done_still_reads_as_found_nothing(window: MainWindow, qtbot: QtBot) -> None:
    """The other side of the line: one test done (normal) and the rest skipped is a real "nothing to stretch or
    strengthen", said as before."""
    wizard = to_first_test(window, qtbot)
    first = True
    while isinstance(page := wizard.currentPage(), ExamPage):
        values: dict[str | None, object] | None = None
        if first and page.test.id == "thomas_hip":
            values = dict.fromkeys(page.inputs.fields, "normal")
        first = first and values is None
        fill_test(page, qtbot, values)
        click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    shown = _texts(wizard.currentPage())
    assert "The tests found nothing to stretch or strengthen" in shown
    assert "No test was done" not in shown
