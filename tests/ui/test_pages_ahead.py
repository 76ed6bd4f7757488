"""Pages built ahead, while the page before them is read, so that Next only has to show them.

What matters to the person is that a page built ahead never shows stale answers: every test here
compares what the page shows with what a page built from scratch, from the answers as they are
now, would show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.engine import assess
from core.wording import value_text
from tests.ui.test_wizard import click_next, fill_test, to_first_test, to_review
from ui.main_window import MainWindow
from ui.widgets.results_view import ResultsView
from ui.wizard.end_pages import ResultsPage, ReviewPage, RoutinePage
from ui.wizard.exam_page import ExamPage
from ui.wizard.wizard import AssessmentWizard


def texts(widget: QWidget) -> list[str]:
    """The words a person can see in the widget (content being replaced is hidden at once)."""
    return [label.text() for label in widget.findChildren(QLabel) if label.text() and label.isVisibleTo(widget)]


def idle(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    """Let the idle turns run what was queued ahead (pictures, the next page)."""
    qtbot.waitUntil(lambda: not wizard.warmer.waiting, timeout=10000)
    qtbot.wait(20)


def fresh_results(wizard: AssessmentWizard, qtbot: QtBot) -> list[str]:
    """What a results view built now from the answers as they stand says."""
    catalogue = wizard.context.catalogue
    result = assess(parse_answers(wizard.context.state.answers_document(), catalogue), catalogue)
    view = ResultsView(catalogue, result)
    qtbot.addWidget(view)
    return texts(view)


def shown_view(wizard: AssessmentWizard) -> ResultsView:
    page = wizard.currentPage()
    assert isinstance(page, ResultsPage)
    (view,) = [view for view in page.findChildren(ResultsView) if view.isVisibleTo(page)]  # the old one is going
    return view


def correct_thomas_hip(wizard: AssessmentWizard, qtbot: QtBot, review: ReviewPage) -> None:
    """From the review: Edit on the Thomas test, both sides changed to normal, Next back to the review."""
    title = wizard.context.catalogue.tests["thomas_hip"].title
    (edit,) = [b for b in review.findChildren(QPushButton) if b.accessibleName() == f"Edit {title}"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ExamPage) and page.test.id == "thomas_hip"
    fill_test(page, qtbot, {"left": "normal", "right": "normal"})
    while wizard.currentPage() is not review:
        click_next(wizard, qtbot)


def test_next_shows_the_results_and_routine_built_while_the_page_before_was_read(
        window: MainWindow, qtbot: QtBot) -> None:
    """While the review shows, the results page is built from the answers; Next then shows that very
    view (nothing built in the switch), and it says what a view built at that moment would say. The
    routine is built likewise while the results show, from the result they show."""
    wizard = to_review(window, qtbot, pain_now=4)
    idle(qtbot, wizard)
    results_page = wizard.page(wizard.id_of("results"))
    (ahead,) = results_page.findChildren(ResultsView)
    click_next(wizard, qtbot)
    assert shown_view(wizard) is ahead
    assert texts(ahead) == fresh_results(wizard, qtbot)
    idle(qtbot, wizard)
    routine = wizard.page(wizard.id_of("routine"))
    assert isinstance(routine, RoutinePage)
    button = routine.save_button
    click_next(wizard, qtbot)
    assert wizard.currentPage() is routine and routine.save_button is button
    assert wizard.outcome is not None and wizard.outcome.routine
    names = [wizard.context.catalogue.exercises[entry.exercise].name for entry in wizard.outcome.routine]
    shown = " ".join(texts(routine))
    assert all(name in shown for name in names)


def test_an_answer_changed_after_the_pages_were_built_ahead_is_what_they_show(
        window: MainWindow, qtbot: QtBot) -> None:
    """Results and routine built ahead, then the person goes back from the review with Edit and changes
    the Thomas test to normal on both sides: the review row, the results and the routine all follow the
    new answer (the hip flexors are no longer found short, so their stretch leaves the routine)."""
    wizard = to_review(window, qtbot, pain_now=4)
    idle(qtbot, wizard)
    click_next(wizard, qtbot)
    idle(qtbot, wizard)  # results shown, routine built ahead
    stretch = "half_kneeling_hip_flexor_stretch"
    assert wizard.outcome is not None and any(e.exercise == stretch for e in wizard.outcome.routine)
    wizard.back()
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    correct_thomas_hip(wizard, qtbot, review)
    title = wizard.context.catalogue.tests["thomas_hip"].title
    row = [label.text() for label in review.findChildren(QLabel)]
    normal = value_text(wizard.context.catalogue.tests["thomas_hip"], "normal")
    assert row[row.index(title) + 1].count(normal) == 2
    click_next(wizard, qtbot)
    assert texts(shown_view(wizard)) == fresh_results(wizard, qtbot)
    click_next(wizard, qtbot)
    assert wizard.outcome is not None and not any(e.exercise == stretch for e in wizard.outcome.routine)
    routine = wizard.currentPage()
    assert wizard.context.catalogue.exercises[stretch].name not in " ".join(texts(routine))


def test_the_next_test_page_is_built_while_this_one_is_read(window: MainWindow, qtbot: QtBot) -> None:
    """On a test page, the following test's page (picture, steps, inputs) is built in the idle turns,
    and no page further on: opening the wizard stays light."""
    wizard = to_first_test(window, qtbot)
    here = wizard.currentId()
    idle(qtbot, wizard)
    following, further = wizard.page(here + 1), wizard.page(here + 2)
    assert isinstance(following, ExamPage) and isinstance(further, ExamPage)
    assert following.built and not further.built


def test_back_while_the_pdf_is_made_leaves_the_routine_export_ready_again(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export PDF pressed on the routine (the save dialog answered), then Back at once while the PDF is
    written: when the person comes back to the routine (the same page, kept as it was), its export bar
    says the PDF is done and the button can be pressed again, instead of "Making the PDF…" for good."""
    wizard = to_review(window, qtbot, pain_now=4)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    routine = wizard.currentPage()
    assert isinstance(routine, RoutinePage)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "routine.pdf"), ""))
    qtbot.mouseClick(routine.pdf_bar.button, Qt.MouseButton.LeftButton)
    assert not routine.pdf_bar.button.isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.key_of(wizard.currentId()) == "results"
    qtbot.waitUntil(lambda: wizard.worker is not None and wizard.worker.isFinished(), timeout=60000)
    qtbot.waitUntil(lambda: wizard.open_prompt is not None)
    prompt = wizard.open_prompt
    assert prompt is not None
    prompt.reject()
    click_next(wizard, qtbot)
    assert wizard.currentPage() is routine and (tmp_path / "routine.pdf").exists()
    assert routine.pdf_bar.button.isEnabled() and "Making" not in routine.pdf_bar.status.text()
