"""Issue 13 in the wizard: split questions, cautions, the derived flag, capped holds, safety net."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.catalogue.models import Need
from core.summary import stop_signs
from tests.ui.test_wizard import ANSWERS, click_next, next_enabled, rate_pain, start, timer_page, walk_tests
from ui.main_window import MainWindow
from ui.widgets.exam_inputs import NumberField
from ui.wizard.exam_page import ExamPage
from ui.wizard.first_pages import IntroPage, PainPage
from ui.wizard.screening import ScreeningPage, StopPage
from ui.wizard.wizard import AssessmentWizard


def to_screening(window: MainWindow, qtbot: QtBot, age: int | None = None) -> AssessmentWizard:
    wizard = start(window, qtbot)
    intro = wizard.currentPage()
    assert isinstance(intro, IntroPage)
    if age is not None:
        intro.year.setValue(date.today().year - age)
    click_next(wizard, qtbot)
    return wizard


def to_pain(window: MainWindow, qtbot: QtBot, age: int | None) -> PainPage:
    """No to every safety question: the wizard stands on the pain page."""
    wizard = to_screening(window, qtbot, age=age)
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    answer(page)
    click_next(wizard, qtbot)
    pain = wizard.currentPage()
    assert isinstance(pain, PainPage)
    return pain


def to_tests(window: MainWindow, qtbot: QtBot) -> AssessmentWizard:
    """No to every safety question, default pain: the wizard stands on the first test."""
    wizard = to_pain(window, qtbot, None).wizard()
    assert isinstance(wizard, AssessmentWizard)
    click_next(wizard, qtbot)
    return wizard


def answer(page: ScreeningPage, yes: tuple[str, ...] = ()) -> None:
    """Click Yes or No on every question, as a person does."""
    for key, group in page.groups.items():
        group.button(1 if key in yes else 0).click()


def texts(page: QWidget) -> str:
    """Every label a person can see on the page."""
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def test_split_question_stops_only_when_every_part_is_yes(window: MainWindow, qtbot: QtBot) -> None:
    """Inflammatory back pain is three questions; two yes and one no is not the flag, three yes is."""
    wizard = to_screening(window, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    parts = [key for key in page.groups if key.startswith("inflammatory_back_pain.")]
    assert len(parts) == 3
    answer(page, yes=tuple(parts[:2]))
    assert page.answers()["inflammatory_back_pain"] is False and not page.cleared.isVisible()
    answer(page, yes=tuple(parts))
    assert page.answers()["inflammatory_back_pain"] is True and page.cleared.isVisible()
    click_next(wizard, qtbot)
    assert isinstance(wizard.currentPage(), StopPage)


def test_one_part_settles_a_split_flag_as_core_says(window: MainWindow, qtbot: QtBot) -> None:
    """Yes to "clumsy hands" alone is the myelopathy flag (any sign is enough) and a no to "began
    before 45" alone rules out the inflammatory flag (all are needed), before the other parts are
    answered; a flag none of whose parts is answered stays out of the answers."""
    wizard = to_screening(window, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    qtbot.mouseClick(page.groups["neck_myelopathy_signs.clumsy_hands"].button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.groups["inflammatory_back_pain.began_before_45"].button(0), Qt.MouseButton.LeftButton)
    answers = page.answers()
    assert answers["neck_myelopathy_signs"] is True and answers["inflammatory_back_pain"] is False
    assert "cancer_history" not in answers
    assert next_enabled(wizard)  # myelopathy signs need a doctor urgently: the rest need not be answered first


def test_new_episode_over_50_stops_after_the_pain_page(window: MainWindow, qtbot: QtBot) -> None:
    """A 58-year-old who says the pain is new is stopped by core's derived flag, and told why."""
    pain = to_pain(window, qtbot, 58)
    wizard = pain.wizard()
    assert isinstance(wizard, AssessmentWizard)
    pain.onset.setCurrentIndex(pain.onset.findData("new"))
    click_next(wizard, qtbot)
    stop = wizard.currentPage()
    assert isinstance(stop, StopPage)
    assert "See your doctor" in stop.heading.text() and "after age 50" in stop.reasons.text()


@pytest.mark.parametrize(("age", "missing"), [(58, "Without when it began,"),
                                              (None, "Without when it began (and your age),")])
def test_pain_page_says_when_the_onset_check_cannot_run(window: MainWindow, qtbot: QtBot,
                                                         age: int | None, missing: str) -> None:
    """Onset and age are optional, but without them the age-at-onset check cannot run: the page
    says so, until the person chooses an onset that settles it (with an age: any; without: not
    new). Choices are made with the arrow keys on the real box."""
    pain = to_pain(window, qtbot, age)
    assert pain.onset.currentData() is None
    assert missing in texts(pain) and "cannot check whether a new episode at your age" in texts(pain)
    pain.onset.setFocus()
    qtbot.keyClick(pain.onset, Qt.Key.Key_Down)
    assert pain.onset.currentData() == "new"
    if age is None:
        assert "Without your age (your year of birth, on the first page)," in texts(pain)
    else:
        assert "cannot check" not in texts(pain)
    qtbot.keyClick(pain.onset, Qt.Key.Key_Down)
    assert pain.onset.currentData() == "recurring" and "cannot check" not in texts(pain)


def test_onset_words_make_a_returned_pain_new(window: MainWindow, qtbot: QtBot) -> None:
    """Pain that had gone and came back less than 6 weeks ago is a new episode (contract): the
    only choice that speaks of pain coming back is "new", and it says within 6 weeks."""
    pain = to_pain(window, qtbot, 40)
    choices = {pain.onset.itemData(i): pain.onset.itemText(i) for i in range(pain.onset.count())}
    assert set(choices) == {None, "new", "recurring", "long_standing"}
    returned = [value for value, text in choices.items() if "came back" in text or "come back" in text]
    assert returned == ["new"] and "less than 6 weeks ago after being gone" in choices["new"]
    assert "never gone for long" in choices["recurring"] and "more than 3 months" in choices["long_standing"]


def test_mid_back_ticked_after_no_to_thoracic_pain_offers_the_way_back(window: MainWindow, qtbot: QtBot) -> None:
    """Ticking "Middle of the back" after answering No to mid-back pain shows a note naming the
    question and a button back to it; the answer itself is left as given. Lower back: no note."""
    pain = to_pain(window, qtbot, 40)
    wizard = pain.wizard()
    assert isinstance(wizard, AssessmentWizard)
    regions = pain.map.list
    regions.setFocus()
    qtbot.keyClick(regions, Qt.Key.Key_Home)
    while regions.currentItem().data(Qt.ItemDataRole.UserRole) != "lower_back":
        qtbot.keyClick(regions, Qt.Key.Key_Down)
    qtbot.keyClick(regions, Qt.Key.Key_Space)
    assert pain.map.selected() == ["lower_back"] and not pain.recheck.isVisibleTo(pain)
    qtbot.keyClick(regions, Qt.Key.Key_Up)
    qtbot.keyClick(regions, Qt.Key.Key_Space)
    assert pain.map.selected() == ["mid_back", "lower_back"] and pain.recheck.isVisibleTo(pain)
    assert "Middle of the back" in texts(pain) and "between the shoulder blades" in texts(pain)
    assert wizard.context.state.document["screening"]["thoracic_pain"] is False
    qtbot.mouseClick(pain.recheck_back, Qt.MouseButton.LeftButton)
    screening = wizard.currentPage()
    assert isinstance(screening, ScreeningPage)
    assert screening.groups["thoracic_pain"].checkedId() == 0  # still No: the person decides
    assert screening.window().focusWidget() is screening.groups["thoracic_pain"].button(0)  # keyboard on it
    assert wizard.context.state.document["pain"]["regions"] == ["mid_back", "lower_back"]


@pytest.mark.parametrize("cause", ["pregnant", "pain 8"])
def test_caution_leaves_out_tests_held_to_failure(window: MainWindow, qtbot: QtBot, cause: str) -> None:
    """Pregnancy, or pain of 8, and the held tests are not offered: the page says why and lets you on."""
    wizard = to_screening(window, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    answer(page, yes=("cautions.pregnant",) if cause == "pregnant" else ())
    click_next(wizard, qtbot)
    pain = wizard.currentPage()
    assert isinstance(pain, PainPage)
    rate_pain(pain, qtbot, 8 if cause == "pain 8" else 3)
    click_next(wizard, qtbot)
    offered: dict[str, bool] = {}
    while isinstance(wizard.currentPage(), ExamPage):
        exam = wizard.currentPage()
        assert isinstance(exam, ExamPage)
        offered[exam.test.id] = exam.inputs.isVisibleTo(exam)
        if not offered[exam.test.id]:
            assert "Not offered today" in exam.not_offered.text() and next_enabled(wizard)
            assert ("Pregnancy" if cause == "pregnant" else "Pain of 7 or more") in exam.not_offered.text()
        else:
            exam.inputs.skip.setChecked(True)
        click_next(wizard, qtbot)
    left_out = {test for test, shown in offered.items() if not shown}
    held = {"trunk_flexor_hold", "trunk_extensor_hold", "side_bridge_hold", "single_leg_bridge_reps"}
    assert left_out == (held | {"prone_y_raise"} if cause == "pregnant" else held)  # lying face down too
    assert not set(wizard.context.state.document["observations"]) & left_out


def test_hold_timer_stops_at_the_cap(window: MainWindow, qtbot: QtBot) -> None:
    """The chin tuck hold stops by itself at 64 s (top of the published range) and says so."""
    wizard = to_tests(window, qtbot)
    exam = timer_page(wizard, "deep_neck_flexor_hold")
    field = exam.inputs.fields[None]
    assert isinstance(field, NumberField) and field.timer is not None and field.timer.cap == 64
    qtbot.mouseClick(field.timer.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.timer is not None and not field.timer.running, timeout=10000)
    assert field.timer.seconds == 64 and field.edit.text() == "64"
    assert "that is plenty" in field.timer.display.text()


def test_results_and_routine_carry_the_new_words(window: MainWindow, qtbot: QtBot) -> None:
    """Results: regular exercise, a guide not a diagnosis, one weak test named; routine: safety net."""
    wizard = to_tests(window, qtbot)
    assert ANSWERS["thomas_hip"] == {"left": "short", "right": "short"}
    walk_tests(wizard, qtbot)
    click_next(wizard, qtbot)
    results = wizard.currentPage()
    assert results is not None and wizard.key_of(wizard.currentId()) == "results"
    assert "exercising regularly" in results.subTitle() and "not a diagnosis" in results.subTitle()
    assert "rests on one weak test only" in texts(results)
    click_next(wizard, qtbot)
    routine = wizard.currentPage()
    assert routine is not None
    shown = texts(routine)
    assert "A&E" in shown and "4 to 6 weeks" in shown and "resting in bed does not" in shown


def test_an_emergency_yes_stops_at_once(window: MainWindow, qtbot: QtBot) -> None:
    """Yes to the first question (bladder or bowel trouble) shows the emergency advice on the safety page
    at once and lets the person go straight on to the stop page, without answering the other questions; a
    yes that a doctor can clear (cancer history) still asks for every answer, since the tick may follow."""
    wizard = to_screening(window, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, ScreeningPage)
    qtbot.mouseClick(page.groups["cancer_history"].button(1), Qt.MouseButton.LeftButton)
    assert not next_enabled(wizard) and not page.help_now.isVisibleTo(page)
    qtbot.mouseClick(page.groups["bladder_bowel_change"].button(1), Qt.MouseButton.LeftButton)
    assert page.help_now.isVisibleTo(page) and "Get emergency help now" in page.help_now.text()
    click_next(wizard, qtbot)
    stop = wizard.currentPage()
    assert isinstance(stop, StopPage) and "Get emergency help now" in texts(stop)
    assert wizard.context.state.document["screening"]["bladder_bowel_change"] is True


def test_intro_lists_what_the_tests_need(window: MainWindow, qtbot: QtBot) -> None:
    """'You will need' lists exactly what the catalogue's tests name in their `needs`, in the order the
    tests need it, and the stop signs of a test; every kind of need the data may name has words."""
    wizard = start(window, qtbot)
    intro = wizard.currentPage()
    assert isinstance(intro, IntroPage)
    catalogue = wizard.context.catalogue
    assert set(intro.words) == set(get_args(Need))
    assert intro.equipment == [intro.words[need] for need in catalogue.equipment]
    assert "partner" in catalogue.equipment and "strap" not in catalogue.equipment  # no test needs a strap
    shown = [label.text() for label in intro.findChildren(QLabel)]
    assert all(f"•  {text}" in shown for text in intro.equipment)
    assert all(f"•  {line}" in shown for line in stop_signs())
