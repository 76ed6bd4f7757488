"""The draft written on every page change waits for the disk in a writer thread, never in the window,
and never lands after the session that replaces it."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.ui.test_wizard import answer_screening, click_next, start
from ui.main_window import MainWindow

SLOW_DISK_S = 0.4  # what one commit took on a busy disk in bench/journey.py


def slow_disk(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every draft write takes SLOW_DISK_S, as a commit does when the disk is busy; the pages written are listed."""
    store = window.store
    assert store is not None
    real_save, written = store.save_draft, []

    def slow_save(profile: str, answers: dict[str, object], page: str) -> None:
        time.sleep(SLOW_DISK_S)
        real_save(profile, answers, page)
        written.append(page)

    monkeypatch.setattr(store, "save_draft", slow_save)
    return written


def finish_at_the_stop_page_while_its_draft_is_written(window: MainWindow, qtbot: QtBot) -> None:
    """A red flag answered, the stop page reached, and Finish pressed while that page's draft is on
    its way: the session is saved, and no draft is left to offer a 'resume' of a finished assessment."""
    store = window.store
    assert store is not None
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot, yes=("saddle_numbness",))
    click_next(wizard, qtbot)
    qtbot.waitUntil(lambda: bool(wizard.drafts.pending))  # the stop page's draft is on its way
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None
    (summary,) = store.session_summaries("Alex")
    assert summary.status == "refer" and store.load_draft("Alex") is None


def test_page_changes_do_not_wait_for_the_disk(window: MainWindow, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """With a disk that takes 0.4 s per commit, pressing Next through three pages leaves a 10-ms timer
    on the UI thread firing (no gap over 0.25 s); the drafts are written in order, and the one kept
    at the end names the page reached."""
    written = slow_disk(window, monkeypatch)
    wizard = start(window, qtbot)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    click_next(wizard, qtbot)
    qtbot.wait(100)
    answer_screening(wizard, qtbot)
    click_next(wizard, qtbot)
    qtbot.wait(100)
    reached = wizard.key_of(wizard.currentId())
    qtbot.waitUntil(lambda: len(written) >= 3, timeout=10_000)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 0.25, max(gaps)
    wizard.drafts.settle()
    assert written[-1] == reached
    assert window.store is not None
    draft = window.store.load_draft("Alex")
    assert draft is not None and draft[1] == reached


def test_finish_waits_for_the_draft_being_written(window: MainWindow, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Finish pressed while a slow draft is still being written: the session is saved after it, so no
    draft is left behind to offer a 'resume' of an assessment that is finished."""
    written = slow_disk(window, monkeypatch)
    finish_at_the_stop_page_while_its_draft_is_written(window, qtbot)
    assert written[-1] == "stop"


def test_a_draft_that_failed_never_stops_the_session_being_saved(window: MainWindow, qtbot: QtBot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft written as the stop page opened fails (the disk full for a moment) while Finish is
    being pressed: the session is still saved, and no draft is left. The failed draft is replaced by
    the session, so it stops nothing."""
    from core.store import StoreError

    store = window.store
    assert store is not None
    real_save = store.save_draft

    def failing_on_stop(profile: str, answers: dict[str, object], page: str) -> None:
        if page == "stop":
            time.sleep(SLOW_DISK_S)  # still being written when Finish is pressed
            raise StoreError("the disk is full for a moment")
        real_save(profile, answers, page)

    monkeypatch.setattr(store, "save_draft", failing_on_stop)
    finish_at_the_stop_page_while_its_draft_is_written(window, qtbot)


def test_a_draft_that_failed_is_reported_and_the_next_one_still_written(window: MainWindow, qtbot: QtBot,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft write that failed is reported at the next page change (as the app's error hook shows
    it), and the draft of that change is written all the same."""
    from core.store import StoreError

    store = window.store
    assert store is not None
    real_save, failures = store.save_draft, [StoreError("the disk is full for a moment")]

    def failing_once(profile: str, answers: dict[str, object], page: str) -> None:
        if failures:
            raise failures.pop()
        real_save(profile, answers, page)

    monkeypatch.setattr(store, "save_draft", failing_once)
    with qtbot.capture_exceptions() as raised:
        wizard = start(window, qtbot)
        qtbot.waitUntil(lambda: not failures)  # the intro's draft has failed
        click_next(wizard, qtbot)
        qtbot.waitUntil(lambda: bool(raised))
    assert "disk is full" in str(raised[0][1])

    def newest_draft_page() -> str | None:
        wizard.drafts.settle()
        draft = store.load_draft("Alex")
        return draft[1] if draft is not None else None

    qtbot.waitUntil(lambda: newest_draft_page() == "screening")
