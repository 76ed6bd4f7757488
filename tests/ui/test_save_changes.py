"""Answers changed after Save (the person went Back to correct one): the routine says so, and Save or
Finish stores the corrected assessment in place of the one saved before, never beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.test_pages_ahead import correct_thomas_hip
from tests.ui.test_wizard import click_next, to_review
from ui.main_window import MainWindow
from ui.wizard.end_pages import ReviewPage, RoutinePage
from ui.wizard.wizard import AssessmentWizard


def saved_then_corrected(window: MainWindow, qtbot: QtBot) -> tuple[AssessmentWizard, RoutinePage]:
    """Through to the routine, Save pressed; then Back to the review, Edit on the Thomas test, changed to
    normal on both sides, and Next again to the routine."""
    wizard = to_review(window, qtbot, pain_now=4)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    routine = wizard.currentPage()
    assert isinstance(routine, RoutinePage)
    qtbot.mouseClick(routine.save_button, Qt.MouseButton.LeftButton)
    assert wizard.saved_id is not None and not routine.save_button.isEnabled()
    back = wizard.button(QWizard.WizardButton.BackButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    correct_thomas_hip(wizard, qtbot, review)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    assert wizard.currentPage() is routine
    return wizard, routine


def test_save_changes_replaces_the_assessment_saved_before(window: MainWindow, qtbot: QtBot) -> None:
    """Back on the routine after the correction, the button reads "Save changes" and can be pressed; pressed,
    the profile holds one assessment, with the corrected answer, and the button says it is saved."""
    wizard, routine = saved_then_corrected(window, qtbot)
    assert routine.save_button.isEnabled() and routine.save_button.text() == "Save changes"
    first = wizard.saved_id
    qtbot.mouseClick(routine.save_button, Qt.MouseButton.LeftButton)
    assert window.store is not None
    (summary,) = window.store.session_summaries("Alex")
    assert summary.id == wizard.saved_id != first
    assert window.store.load_session(summary.id).answers["observations"]["thomas_hip"] == {
        "left": "normal", "right": "normal"}
    assert not routine.save_button.isEnabled() and "Saved" in routine.save_button.text()


def test_finish_after_a_correction_saves_it(window: MainWindow, qtbot: QtBot) -> None:
    """Finish pressed after the correction, without Save: the one stored assessment has the corrected answer."""
    wizard, _ = saved_then_corrected(window, qtbot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None and window.store is not None
    (summary,) = window.store.session_summaries("Alex")
    assert window.store.load_session(summary.id).answers["observations"]["thomas_hip"]["left"] == "normal"
