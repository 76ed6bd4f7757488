"""The assessment wizard driven through its real widgets (offscreen, with pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_window
from ui.main_window import MainWindow
from ui.widgets.exam_inputs import ChoiceField, NumberField
from ui.wizard.end_pages import RoutinePage
from ui.wizard.exam_page import ExamPage
from ui.wizard.first_pages import PainPage
from ui.wizard.screening import ScreeningPage, StopPage
from ui.wizard.wizard import AssessmentWizard


def wizard_of(window: MainWindow) -> AssessmentWizard:
    assert window.wizard is not None
    return window.wizard


def start(window: MainWindow, qtbot: QtBot, resume: bool = False) -> AssessmentWizard:
    button = window.home.resume_button if resume else window.home.start_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return wizard_of(window)


def next_enabled(wizard: AssessmentWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click_next(wizard: AssessmentWizard, qtbot: QtBot) -> None:
    assert next_enabled(wizard), wizard.key_of(wizard.currentId())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def timer_page(wizard: AssessmentWizard, test_id: str) -> ExamPage:
    """Go on from the current test page to the page of a timed test, leaving the tests between unanswered."""
    target = wizard.id_of(f"test:{test_id}")
    while wizard.currentId() != target:
        wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, ExamPage)
    return page


def answer_screening(wizard: AssessmentWizard, qtbot: QtBot, yes: tuple[str, ...] = ()) -> None:
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    assert not next_enabled(wizard)  # every question must be answered
    for flag, group in page.groups.items():
        group.button(1 if flag in yes else 0).click()


def fill_test(page: ExamPage, qtbot: QtBot, values: dict[str | None, object] | None) -> None:
    if values is None:
        page.inputs.skip.setChecked(True)
        return
    for side, value in values.items():
        field = page.inputs.fields[side]
        if isinstance(field, ChoiceField):
            field._group.button(field._values.index(value)).click()
        else:
            assert isinstance(field, NumberField)
            field.edit.clear()
            qtbot.keyClicks(field.edit, str(value))


ANSWERS: dict[str, dict[str | None, object]] = {
    "pelvic_tilt": {None: "anterior"},
    "thomas_hip": {"left": "short", "right": "short"},
    "thomas_knee": {"left": "short", "right": "normal"},
    "single_leg_bridge_reps": {"left": 12, "right": 14},
}


def to_first_test(window: MainWindow, qtbot: QtBot) -> AssessmentWizard:
    """Start, pass the intro, answer no to every safety question, pass the pain page."""
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    return wizard


def rate_pain(pain: PainPage, qtbot: QtBot, value: int) -> None:
    """Rate pain now the way a keyboard user does: Home for 0, then the right arrow."""
    pain.slider.setFocus()
    qtbot.keyClick(pain.slider, Qt.Key.Key_Home)
    for _ in range(value):
        qtbot.keyClick(pain.slider, Qt.Key.Key_Right)


def walk_tests(wizard: AssessmentWizard, qtbot: QtBot) -> None:
    while isinstance(wizard.currentPage(), ExamPage):
        page = wizard.currentPage()
        assert isinstance(page, ExamPage)
        fill_test(page, qtbot, ANSWERS.get(page.test.id))
        click_next(wizard, qtbot)


def to_review(window: MainWindow, qtbot: QtBot, pain_now: int, regions: tuple[str, ...] = ()) -> AssessmentWizard:
    """Start, answer no to every safety question, rate the pain (and tick where), do the tests as
    ANSWERS says: the wizard on its review page."""
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot)
    click_next(wizard, qtbot)
    pain = wizard.currentPage()
    assert isinstance(pain, PainPage)
    rate_pain(pain, qtbot, pain_now)
    for region in regions:
        pain.map.toggle(region)
    click_next(wizard, qtbot)
    walk_tests(wizard, qtbot)
    assert wizard.key_of(wizard.currentId()) == "review"
    return wizard


def to_routine(window: MainWindow, qtbot: QtBot, pain_now: int = 2) -> tuple[AssessmentWizard, RoutinePage]:
    """As to_review, then Next through the results: the wizard on its routine page."""
    wizard = to_review(window, qtbot, pain_now)
    click_next(wizard, qtbot)
    click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, RoutinePage)
    return wizard, page


def test_whole_assessment_to_saved_session_and_pdf(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """From the home window through every page to a saved session and a PDF exported by its button."""
    wizard = to_review(window, qtbot, pain_now=6, regions=("lower_back",))
    click_next(wizard, qtbot)
    assert wizard.key_of(wizard.currentId()) == "results"
    click_next(wizard, qtbot)
    assert wizard.key_of(wizard.currentId()) == "routine"
    assert wizard.outcome is not None and wizard.outcome.routine
    assert any(e.exercise == "half_kneeling_hip_flexor_stretch" for e in wizard.outcome.routine)
    pdf = tmp_path / "routine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "routine"), ""))
    routine = wizard.currentPage()
    assert isinstance(routine, RoutinePage)
    with qtbot.waitSignal(wizard.pdf_written, timeout=60000):
        qtbot.mouseClick(routine.pdf_bar.button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert wizard.open_prompt is not None
    wizard.open_prompt.reject()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None
    assert window.store is not None
    (summary,) = window.store.session_summaries("Alex")
    assert summary.status == "ok" and summary.pain_now == 6 and "anterior_pelvic_tilt" in summary.patterns
    stored = window.store.load_session(summary.id)
    assert stored.answers["observations"]["single_leg_bridge_reps"] == {"left": 12, "right": 14}
    assert stored.answers["pain"]["regions"] == ["lower_back"]
    assert window.store.load_draft("Alex") is None
    assert "Last assessment" in window.home.summary.text()


def test_red_flag_stops_with_no_routine(window: MainWindow, qtbot: QtBot) -> None:
    """A same-day red flag goes to the stop page, which ends the wizard; no exercises are given."""
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot, yes=("saddle_numbness",))
    click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, StopPage)
    assert "Get emergency help now" in page.heading.text()
    assert wizard.nextId() == -1 and not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.store is not None
    (summary,) = window.store.session_summaries("Alex")
    stored = window.store.load_session(summary.id)
    assert stored.result.status == "refer" and stored.result.routine == ()


def test_draft_survives_closing_and_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    """Close the window mid-assessment; a new window resumes on the same page with every answer."""
    first = open_window(qtbot, tmp_path / "data")
    assert first.store is not None
    wizard = to_first_test(first, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ExamPage)
    fill_test(page, qtbot, {None: "posterior"})
    click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ExamPage) and page.test.id == "lumbar_curve"
    fill_test(page, qtbot, {None: "flat"})
    first.close()
    first.store.close()

    second = open_window(qtbot, tmp_path / "data", profile=None)
    assert second.home.resume_button.isVisible()
    resumed = start(second, qtbot, resume=True)
    current = resumed.currentPage()
    assert isinstance(current, ExamPage) and current.test.id == "lumbar_curve"
    assert current.inputs.answer() == "flat"
    resumed.back()
    previous = resumed.currentPage()
    assert isinstance(previous, ExamPage) and previous.inputs.answer() == "posterior"
    assert second.store is not None
    second.store.close()


def test_invalid_input_cannot_pass(window: MainWindow, qtbot: QtBot) -> None:
    """Out-of-range or non-numbers show a message beside the field and keep Next disabled."""
    wizard = to_first_test(window, qtbot)
    while wizard.key_of(wizard.currentId()) != "test:trunk_flexor_hold":
        page = wizard.currentPage()
        assert isinstance(page, ExamPage)
        page.inputs.skip.setChecked(True)
        click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ExamPage)
    field = page.inputs.fields[None]
    assert isinstance(field, NumberField)
    assert not next_enabled(wizard)
    qtbot.keyClicks(field.edit, "900")
    assert field.message.text() == "Enter a number from 0 to 600" and not next_enabled(wizard)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "abc")
    assert field.message.text() == "Enter a number" and not next_enabled(wizard)
    field.edit.clear()
    qtbot.keyClicks(field.edit, "45,5")
    assert field.message.text() == "" and next_enabled(wizard)
    assert page.inputs.answer() == 45.5


def test_hold_timer_counts_down_then_fills_the_field(window: MainWindow, qtbot: QtBot) -> None:
    """The timer's get-ready countdown runs first; Stop puts the held seconds into the field."""
    wizard = to_first_test(window, qtbot)
    page = timer_page(wizard, "deep_neck_flexor_hold")
    field = page.inputs.fields[None]
    assert isinstance(field, NumberField) and field.timer is not None
    qtbot.mouseClick(field.timer.button, Qt.MouseButton.LeftButton)
    assert "Get ready" in field.timer.display.text()
    qtbot.waitUntil(lambda: field.timer is not None and field.timer.seconds >= 3, timeout=5000)
    qtbot.mouseClick(field.timer.button, Qt.MouseButton.LeftButton)
    assert field.edit.text() == str(field.timer.seconds) and "Stopped at" in field.timer.display.text()
    assert next_enabled(wizard)
    QApplication.processEvents()


def test_the_routine_shows_at_once_and_its_pictures_follow(window: MainWindow, qtbot: QtBot) -> None:
    """Next to the routine never waits for exercise pictures still to be drawn: the cards show at once
    with their pictures empty, and each is drawn in the idle turns just after (the same picture as
    drawing it there and then). Drawn ahead (as while the results are read), they show with the page."""
    from core.figures import illustrate
    from ui.widgets.svg_view import SvgView

    wizard = to_first_test(window, qtbot)
    walk_tests(wizard, qtbot)
    click_next(wizard, qtbot)  # to the results
    wizard.warmer.waiting.clear()  # nothing drawn ahead this time
    illustrate._pictures.clear()
    click_next(wizard, qtbot)
    routine = wizard.currentPage()
    assert isinstance(routine, RoutinePage) and wizard.outcome is not None
    views = routine.findChildren(SvgView)
    assert len(views) == len(wizard.outcome.routine) >= 2
    assert not any(view._renderer.isValid() for view in views)  # the page came first
    qtbot.waitUntil(lambda: all(view._renderer.isValid() for view in views))
    exercises = wizard.context.catalogue.exercises
    for entry in wizard.outcome.routine:
        assert illustrate.drawn(wizard.context.catalogue, exercises[entry.exercise].illustration) is not None
    wizard.back()
    click_next(wizard, qtbot)  # shown again: every picture is drawn, so each comes with the page
    views = wizard.currentPage().findChildren(SvgView)
    assert views and all(view._renderer.isValid() for view in views)


def test_the_draft_follows_each_page_just_after_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    """Each Next writes the draft (answers so far, page reached) right after the new page is up, not
    while the person waits for it; Finish pressed at once after a Next leaves no draft behind."""
    assert window.store is not None
    wizard = to_first_test(window, qtbot)
    key = wizard.key_of(wizard.currentId())
    qtbot.waitUntil(lambda: (window.store.load_draft("Alex") or ({}, ""))[1] == key)  # type: ignore[union-attr]
    walk_tests(wizard, qtbot)
    click_next(wizard, qtbot)  # to the results
    click_next(wizard, qtbot)  # to the routine: its draft is still to be written...
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # ...and is not, once the assessment is saved
    assert window.store.load_draft("Alex") is None
    assert len(window.store.session_summaries("Alex")) == 1
