"""Today's guided session, from home: keyboard alone, timers on a fake clock, sounds, the log filled."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.programme.progression import Day
from core.store.programme_log import Played, current_versions, days, save_day
from tests.ui.conftest import open_window
from ui.main_window import MainWindow
from ui.session.player import TIMED, SessionView
from ui.widgets import sound

MONDAY = date(2026, 11, 30)  # every exercise of the routine below is due on a Monday
DATA = Path(__file__).parents[1] / "data"
LEFT = Qt.MouseButton.LeftButton


def eight_exercise_answers(pain: int = 2) -> dict[str, Any]:
    """Lower crossed, upper crossed and a lateral pelvic tilt at once: a routine of 8 exercises."""
    documents = [json.loads((DATA / name / "answers.json").read_text()) for name in
                 ("lower_crossed", "upper_crossed", "lateral_pelvic_tilt")]
    answers = documents[0]
    for other in documents[1:]:
        for test, value in other["observations"].items():
            answers["observations"].setdefault(test, value)
    answers["pain"]["now"] = pain
    return dict(answers)


pytestmark = pytest.mark.usefixtures("fresh_chime")  # tests/ui/conftest.py


def home_with_programme(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, pain: int = 2,
                        today: date = MONDAY) -> MainWindow:
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    answers = eight_exercise_answers(pain)
    window.store.save_session("Alex", answers, assess(parse_answers(answers, catalogue), catalogue), MONDAY)
    window.home.programme.today = lambda: today
    window.home.refresh("Alex")
    return window


def focused(window: QWidget) -> QWidget:
    widget = QApplication.focusWidget() or window.focusWidget()
    assert widget is not None
    return widget


def play_by_keyboard(window: MainWindow, view: SessionView, seen: list[str]) -> None:
    """Space at each exercise's start and for each repetition; the clock (only) advanced by the test."""
    while view.pages.currentIndex() == 1:
        beat = view.beat
        if beat is not None and beat.kind in TIMED and beat.kind != "rest":
            view.timer.timeout.emit()  # the fake clock: one second passes
        else:
            QTest.keyClick(focused(window), Qt.Key.Key_Space)
        seen.append(view.page.where.text())


def test_eight_exercises_from_the_keyboard_alone(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                 fresh_chime: sound.Chime) -> None:
    """Home → "Do today's exercises" → pain before → 8 exercises (holds counted down, reps by Space, sides
    switched and announced) → pain after → home, with key presses only; the day lands in the log."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    panel = window.home.programme
    assert panel.isVisibleTo(window.home) and panel.start_button.text() == "Do today's exercises (8)"
    window.activateWindow()
    panel.start_button.setFocus()
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    view = window.session
    assert view is not None and window.stack.currentWidget() is view
    QTest.keyClick(focused(window), Qt.Key.Key_3)  # pain before, one key
    assert view.pages.currentIndex() == 1 and view.page.progress.text() == "Exercise 1 of 8"
    seen: list[str] = []
    play_by_keyboard(window, view, seen)
    assert view.pages.currentWidget() is view.after
    QTest.keyClick(focused(window), Qt.Key.Key_2)  # pain after
    assert "You did 8 of 8 exercises today" in view.summary.text()
    assert "Pain before: 3/10. After: 2/10." in view.summary.text()
    assert "Switch sides: now your right side (mirror the steps: swap left and right)" in seen
    assert "Left side" in seen
    assert fresh_chime.played.count("go") >= 8 and "stop" in fresh_chime.played  # heard, not only seen
    QTest.keyClick(focused(window), Qt.Key.Key_Space)  # Back home
    assert window.stack.currentWidget() is window.home and window.session is None
    assert window.store is not None
    log = window.store.exercise_log("Alex")
    assert {(row[1], row[2]) for row in log} >= {("clamshell", "left"), ("clamshell", "right"),
                                                 ("standing_side_bend_stretch", "right"), ("glute_bridge", "both")}
    assert all(row[0] == MONDAY and row[3] and row[4] == 2 for row in log)
    [day] = days(window.store, "Alex")
    assert (day.pain_before, day.pain_after, len(day.done)) == (3, 2, 8)
    # the phase was strengthen (pain 2/10): strengthening at the standard version
    assert {d.version for d in day.done} == {"standard"}


def test_easing_plays_strengthening_at_the_easier_version(qtbot: QtBot, tmp_path: Path,
                                                          catalogue: Catalogue) -> None:
    """With pain 6/10 the phase is ease: home says so, and the session shows the easier version's words."""
    window = home_with_programme(qtbot, tmp_path, catalogue, pain=6)
    panel = window.home.programme
    assert panel.phase.text() == "Phase 1 of 3: ease the pain"
    qtbot.mouseClick(panel.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[6], LEFT)
    while view.item.purpose != "strengthen":
        qtbot.mouseClick(view.page.skip_hard, LEFT)
    assert view.page.version.text().startswith("Do the easier version:")
    assert catalogue.exercises[view.item.exercise].easier in view.page.version.text()


def test_too_hard_switches_to_easier_and_a_skip_keeps_its_reason(qtbot: QtBot, tmp_path: Path,
                                                                catalogue: Catalogue) -> None:
    """"Too hard / it hurts" pauses the count; "easier" changes the version, saves it and says why;
    "it hurts" skips with the reason recorded, counted as not done, and steps back next time."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    view_start = window.home.programme.start_button
    qtbot.mouseClick(view_start, LEFT)
    view = window.session
    assert view is not None and window.store is not None
    qtbot.mouseClick(view.before.skip, LEFT)  # pain not rated
    qtbot.mouseClick(view.page.main, LEFT)  # start the first exercise: its get-ready count runs
    assert view.timer.isActive()
    qtbot.mouseClick(view.page.trouble, LEFT)
    assert view.page.panel.isVisibleTo(view) and not view.timer.isActive()
    first = view.item.exercise
    qtbot.mouseClick(view.page.easier_button, LEFT)
    assert view.item.version == "easier" and view.page.version.text().startswith("Do the easier version:")
    assert current_versions(window.store, "Alex") == {first: "easier"}
    qtbot.mouseClick(view.page.trouble, LEFT)
    assert not view.page.easier_button.isEnabled()  # already the easiest
    qtbot.mouseClick(view.page.skip_hurts, LEFT)
    second = view.item.exercise
    qtbot.mouseClick(view.page.trouble, LEFT)
    qtbot.mouseClick(view.page.skip_hard, LEFT)
    qtbot.mouseClick(view.page.finish, LEFT)  # finish early
    qtbot.mouseClick(view.after.buttons[4], LEFT)
    assert "You did 0 of 8 exercises today" in view.summary.text()
    assert "back to the easier version, because it hurt" in view.summary.text()
    assert window.store.exercise_log("Alex") == []  # nothing done, nothing ticked
    [day] = days(window.store, "Alex")
    assert [(d.exercise, d.hurt) for d in day.done] == [(first, True)]  # the hurt skip counts for stepping back
    assert second != first


def test_silenced_sound_plays_nothing(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                      fresh_chime: sound.Chime) -> None:
    """With the sound preference off, a whole hold counts down in silence."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    sound.set_enabled(False)
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[1], LEFT)
    qtbot.mouseClick(view.page.main, LEFT)
    while view.beat is not None and view.beat.kind in TIMED and view.index == 0:
        view.timer.timeout.emit()
    assert view.index == 1 or view.beat is not None  # the count moved on
    assert fresh_chime.played == []


def test_home_says_when_and_offers_the_harder_version(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """After two weeks of good days, home offers the harder version with its reasons; accepting it is
    stored; the next session and the re-assessment dates are given."""
    today = MONDAY + timedelta(days=14)
    window = home_with_programme(qtbot, tmp_path, catalogue, today=today)
    store = window.store
    assert store is not None
    for offset in range(14):
        save_day(store, "Alex", MONDAY + timedelta(days=offset), 2, 3, [Played("clamshell", "standard", ("left",))])
    window.home.refresh("Alex")
    panel = window.home.programme
    assert "Clamshell: ready for the harder version" in panel.news.text()
    assert "you did it on 13 days (6 planned)" in panel.news.text()
    assert "Next exercise session: today." in panel.when.text()
    assert "Re-assessment due: Monday 28 December 2026." in panel.when.text()
    qtbot.mouseClick(panel.harder_button, LEFT)
    assert current_versions(store, "Alex")["clamshell"] == "harder"
    assert not panel.harder_button.isVisibleTo(panel)


def test_a_flare_steps_back_and_says_why(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Pain 2 → 5 in a session and still 5 the next day: home steps back to the easier version and says so."""
    window = home_with_programme(qtbot, tmp_path, catalogue, today=MONDAY + timedelta(days=2))
    store = window.store
    assert store is not None
    save_day(store, "Alex", MONDAY, 2, 5, [Played("glute_bridge", "standard", ("both",))])
    save_day(store, "Alex", MONDAY + timedelta(days=1), 5, 5, [])
    window.home.refresh("Alex")
    assert "Glute bridge: back to the easier version" in window.home.programme.news.text()
    assert current_versions(store, "Alex")["glute_bridge"] == "easier"
    assert isinstance(days(store, "Alex")[0], Day)


def test_a_flare_found_at_the_start_of_a_session_steps_back_there(qtbot: QtBot, tmp_path: Path,
                                                                  catalogue: Catalogue) -> None:
    """Yesterday 2 → 5 in the session; today's pain before is 5: the exercises done yesterday start at the
    easier version today, and the page says why."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    store = window.store
    assert store is not None
    save_day(store, "Alex", MONDAY - timedelta(days=1), 2, 5, [Played("half_kneeling_hip_flexor_stretch",
                                                                      "standard", ("left", "right"))])
    window.home.refresh("Alex")
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    assert view.item.exercise == "half_kneeling_hip_flexor_stretch" and view.item.version == "standard"
    qtbot.mouseClick(view.before.buttons[5], LEFT)
    assert str(view.item.version) == "easier" and view.page.notice.isVisibleTo(view)
    assert "back to the easier version" in view.page.notice.text() and "had not settled" in view.page.notice.text()
    assert current_versions(store, "Alex") == {"half_kneeling_hip_flexor_stretch": "easier"}
    qtbot.mouseClick(view.page.skip_hard, LEFT)
    assert not view.page.notice.isVisibleTo(view)  # the next exercise did not change


def test_calendar_file_parses_back(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """"Add to my calendar…" with the dialog answered writes an .ics: one event per planned day until the
    re-assessment, each listing its exercises with a reminder, and the re-assessment as an all-day event."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    target = tmp_path / "alex.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(window.home.programme.calendar_button, LEFT)
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    sessions = [e for e in events if "today's exercises" in str(e["summary"])]
    assert len(sessions) == 28  # stretches are daily: every day from Monday until the re-assessment
    first = sessions[0]
    assert first.decoded("dtstart").date() == MONDAY
    assert "Clamshell" in str(first["description"]) and len(first.walk("VALARM")) == 1
    tuesday = next(e for e in sessions if e.decoded("dtstart").date() == MONDAY + timedelta(days=1))
    assert "Clamshell" not in str(tuesday["description"])  # strengthening is not on consecutive days
    [again] = [e for e in events if "repeat the assessment" in str(e["summary"])]
    assert again.decoded("dtstart") == MONDAY + timedelta(days=28)
    assert told and "alex.ics" in told[0]


def test_every_one_sided_exercise_is_described_for_the_left(catalogue: Catalogue) -> None:
    """The session tells a person on the right side to mirror the steps: true only while every one-sided
    exercise's picture works the left side and its steps name the left."""
    for exercise in (e for e in catalogue.exercises.values() if e.sided):
        assert {h.side for h in exercise.illustration.highlight} == {"left"}, exercise.id
        assert any("left" in step for step in exercise.steps), exercise.id


def test_an_assessment_saved_before_phases_still_gives_todays_exercises(qtbot: QtBot, tmp_path: Path,
                                                                        catalogue: Catalogue) -> None:
    """A session stored before the result carried a phase (its document has no "phase" key) still gives
    the programme: home decides the phase from that session's stored answers (pain 6/10: ease) and offers
    today's exercises, instead of hiding the panel until the person re-assesses."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    answers = eight_exercise_answers(pain=6)
    result = assess(parse_answers(answers, catalogue), catalogue)
    window.store.save_session("Alex", answers, result.model_copy(update={"phase": None}), MONDAY)
    assert "phase" not in window.store.load_session(window.store.session_summaries("Alex")[0].id).result.to_document()
    panel = window.home.programme
    panel.today = lambda: MONDAY
    window.home.refresh("Alex")
    assert panel.isVisibleTo(window.home)
    assert panel.phase.text() == "Phase 1 of 3: ease the pain"
    assert panel.start_button.text() == "Do today's exercises (8)"


def test_home_says_today_is_done_after_the_session(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """After the whole session played from the keyboard and "Back home", home no longer says the next session
    is today nor offers "Do today's exercises" as if nothing was done: it says today's are done, the next
    session is tomorrow, and the button offers to do them again."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    panel = window.home.programme
    assert "Next exercise session: today." in panel.when.text()
    window.activateWindow()
    panel.start_button.setFocus()
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    view = window.session
    assert view is not None
    QTest.keyClick(focused(window), Qt.Key.Key_3)
    play_by_keyboard(window, view, [])
    QTest.keyClick(focused(window), Qt.Key.Key_2)
    QTest.keyClick(focused(window), Qt.Key.Key_Space)  # Back home
    assert window.stack.currentWidget() is window.home
    assert "Today's exercises are done." in panel.when.text()
    assert "Next exercise session: tomorrow." in panel.when.text()
    assert panel.start_button.text() == "Do today's exercises again (8)"


def test_calendar_still_lists_the_exercise_days_once_the_reassessment_is_due(
        qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Add to my calendar…" on or after the day the re-assessment falls due (the sample profile's case)
    still gives the exercise days ahead (the exercises go on until the person re-assesses), and the
    re-assessment on today, not on a day already past."""
    overdue = MONDAY + timedelta(days=30)
    window = home_with_programme(qtbot, tmp_path, catalogue, today=overdue)
    target = tmp_path / "alex.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    qtbot.mouseClick(window.home.programme.calendar_button, LEFT)
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    sessions = [e.decoded("dtstart").date() for e in events if "today's exercises" in str(e["summary"])]
    assert sessions and min(sessions) == overdue and len(sessions) == 28  # stretches are daily
    [again] = [e for e in events if "repeat the assessment" in str(e["summary"])]
    assert again.decoded("dtstart") == overdue


def counting_from_the_keyboard(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> tuple[MainWindow, SessionView]:
    """Home's "Do today's exercises" pressed with Space, pain 3 typed, Space: the first get-ready count runs."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    with qtbot.waitActive(window):  # shortcuts reach the active window only, as on a desktop
        window.activateWindow()
    window.home.programme.start_button.setFocus()
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    view = window.session
    assert view is not None
    QTest.keyClick(focused(window), Qt.Key.Key_3)
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    return window, view


def test_too_hard_from_the_keyboard(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """The underlined key of "Too hard / it hurts…" opens its choices during a count (it used to be Alt+H, which
    the menu bar's Help took instead), the count pauses, and Space on the focused choice takes the easier version."""
    window, view = counting_from_the_keyboard(qtbot, tmp_path, catalogue)
    assert view.timer.isActive()
    text = view.page.trouble.text()
    letter = text[text.index("&") + 1]
    QTest.keyClick(focused(window), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a button's underlined key clicks it after a short animation
    assert view.page.panel.isVisibleTo(view) and not view.timer.isActive()
    assert focused(window) is view.page.easier_button
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    assert view.item.version == "easier"


def test_esc_closes_the_too_hard_choices_before_it_ends_the_session(qtbot: QtBot, tmp_path: Path,
                                                                    catalogue: Catalogue) -> None:
    """A person who opens "Too hard / it hurts…" and presses Esc to back out gets the exercise back with its
    count running (it used to end the whole session); a second Esc, with nothing open, finishes early."""
    window, view = counting_from_the_keyboard(qtbot, tmp_path, catalogue)
    QTest.keyClick(focused(window), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.page.panel.isVisibleTo(view))
    assert not view.timer.isActive()
    QTest.keyClick(focused(window), Qt.Key.Key_Escape)
    assert not view.page.panel.isVisibleTo(view) and view.timer.isActive()
    assert view.pages.currentIndex() == 1 and focused(window) is view.page.main
    QTest.keyClick(focused(window), Qt.Key.Key_Escape)
    assert view.pages.currentWidget() is view.after  # the pain after is asked, as before


def test_a_session_finished_with_nothing_done_leaves_today_to_do(qtbot: QtBot, tmp_path: Path,
                                                                 catalogue: Catalogue) -> None:
    """The first exercise skipped because it hurts, then Esc: nothing was done, so home still offers today's
    exercises (not "again") and does not say today's are done."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    panel = window.home.programme
    qtbot.mouseClick(panel.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[3], LEFT)
    qtbot.mouseClick(view.page.trouble, LEFT)
    qtbot.mouseClick(view.page.skip_hurts, LEFT)
    QTest.keyClick(view.page.main, Qt.Key.Key_Escape)
    assert view.pages.currentWidget() is view.after
    qtbot.mouseClick(view.after.buttons[4], LEFT)
    qtbot.mouseClick(view.home_button, LEFT)
    assert window.stack.currentWidget() is window.home
    assert "done" not in panel.when.text() and "Next exercise session: today." in panel.when.text()
    assert panel.start_button.text() == "Do today's exercises (8)"


def test_carry_on_after_a_pause_says_what_space_does(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Paused during a count, "Too hard / it hurts…", then "Carry on": the count runs again, and the big button
    says Pause, not Resume (pressing it as labelled would otherwise stop the count instead)."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[3], LEFT)
    qtbot.mouseClick(view.page.main, LEFT)  # start: the get-ready count runs
    qtbot.mouseClick(view.page.main, LEFT)  # pause
    assert not view.timer.isActive() and view.page.main.text() == "Resume (Space)"
    qtbot.mouseClick(view.page.trouble, LEFT)
    qtbot.mouseClick(view.page.carry_on, LEFT)
    assert view.timer.isActive() and view.page.main.text() == "Pause (Space)"


def test_a_one_sided_exercise_names_its_side_as_a_side(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Skipping (as a person would, "too hard") to the exercise done on one side only: before it starts, its dose
    line reads "…, right side", not a bare "…, right"."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[2], LEFT)
    while view.pages.currentIndex() == 1 and (len(view.item.sides) != 1 or view.item.sides == (None,)):
        qtbot.mouseClick(view.page.trouble, LEFT)
        qtbot.mouseClick(view.page.skip_hard, LEFT)
    assert view.pages.currentIndex() == 1
    side = view.item.sides[0]
    assert view.page.where.text().endswith(f", {side} side"), view.page.where.text()


def test_closing_the_window_mid_session_keeps_what_was_done(qtbot: QtBot, tmp_path: Path,
                                                            catalogue: Catalogue) -> None:
    """Two exercises done (keyboard, fake clock), then the window is closed before the pain-after question:
    the two are in the exercise log, with the pain before; closing again later adds nothing twice."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    window.activateWindow()
    window.home.programme.start_button.setFocus()
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    view = window.session
    assert view is not None and window.store is not None
    QTest.keyClick(focused(window), Qt.Key.Key_4)
    while view.index < 2:
        beat = view.beat
        if beat is not None and beat.kind in TIMED and beat.kind != "rest":
            view.timer.timeout.emit()
        else:
            QTest.keyClick(focused(window), Qt.Key.Key_Space)
    store = window.store
    window.close()
    [day] = days(store, "Alex")
    assert (day.pain_before, day.pain_after, len(day.done)) == (4, None, 2)
    assert {row[1] for row in store.exercise_log("Alex")} == {d.exercise for d in day.done}
    window.close()
    assert len(days(store, "Alex")[0].done) == 2


def stopped_at_the_first(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> SessionView:
    """The session started from home, pain 3 before, and Esc on the first exercise."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[3], LEFT)
    QTest.keyClick(view.page.main, Qt.Key.Key_Escape)
    return view


def test_finishing_early_is_not_called_all_done(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Esc on the first exercise: the pain-after question does not open with "All done", which was not so."""
    view = stopped_at_the_first(qtbot, tmp_path, catalogue)
    assert view.pages.currentWidget() is view.after
    assert "All done" not in view.after.question.text() and "pain" in view.after.question.text()


def test_back_home_is_as_large_as_the_sessions_big_button(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """The last page's "Back home" is read and pressed from a mat on the floor like every big button of the
    session: its text is as large as the Start/Pause button's, not the small default."""
    view = stopped_at_the_first(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(view.after.buttons[3], LEFT)
    assert view.home_button.isVisibleTo(view)
    for button in (view.home_button, view.page.main):
        button.ensurePolished()
    assert view.home_button.fontInfo().pixelSize() >= view.page.main.fontInfo().pixelSize()


@pytest.mark.parametrize(("keys", "pain"), [("10", 10), ("1", 1), ("7", 7)])
def test_pain_typed_on_the_keyboard_may_be_ten(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                               keys: str, pain: int) -> None:
    """A person at 10/10 types "1" then "0": the pain before is 10, not 1 (with the 0 lost on the next page);
    "1" alone is 1 a moment later; other digits rate at once."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    window.activateWindow()
    window.home.programme.start_button.setFocus()
    QTest.keyClick(focused(window), Qt.Key.Key_Space)
    view = window.session
    assert view is not None
    for key in keys:
        QTest.keyClick(focused(window), Qt.Key(ord(key)))
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 1, timeout=3000)
    assert view.pain_before == pain


def test_a_click_after_a_typed_one_is_the_answer(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """"1" typed, then the 3 clicked before the moment passes: the pain is 3, and no late 1 arrives after it."""
    window = home_with_programme(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(window.home.programme.start_button, LEFT)
    view = window.session
    assert view is not None
    QTest.keyClick(view.before.buttons[0], Qt.Key.Key_1)
    qtbot.mouseClick(view.before.buttons[3], LEFT)
    qtbot.wait(1000)
    assert view.pain_before == 3 and view.pages.currentIndex() == 1
