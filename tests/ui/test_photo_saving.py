"""Saving an assessment with a photo: the photo is made ready in a worker thread while the window keeps
answering, and the session is written with it once, whatever the person presses meanwhile.

The photo's preparation (core.store.photos.upright_jpeg) is held by a gate in most tests, so that what
happens *during* it is seen for certain; the gate notes the thread it ran on. The photo is the small
astronaut test photo: its size does not matter here (bench/journey.py measures a 12-MP one).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

import core.store.photos
from core.store import StoreError, open_store
from core.store.photos import session_photos
from core.store.repository import Store
from tests.ui.conftest import open_window
from tests.ui.test_posture_editor import ASTRONAUT, measured_draft, resumed_wizard
from ui.wizard.end_pages import RoutinePage
from ui.wizard.wizard import AssessmentWizard

LEFT = Qt.MouseButton.LeftButton


class Gate:
    """Stands in front of upright_jpeg: notes the thread, waits to be opened (at most 10 s, so a test on code
    that prepares photos on the UI thread fails instead of hanging), then prepares the photo for real."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.threads: list[threading.Thread] = []
        self.real = core.store.photos.upright_jpeg

    def __call__(self, photo: Path) -> bytes:
        self.threads.append(threading.current_thread())
        self.opened.wait(10)
        return self.real(photo)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    monkeypatch.setattr(core.store.photos, "upright_jpeg", held)
    yield held
    held.opened.set()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "data"))
    yield opened
    opened.close()


def at_routine(qtbot: QtBot, store: Store) -> tuple[AssessmentWizard, RoutinePage]:
    """The wizard resumed on its routine page, with the head angle measured on the astronaut photo."""
    wizard = resumed_wizard(qtbot, store, measured_draft(ASTRONAUT))
    page = wizard.currentPage()
    assert isinstance(page, RoutinePage)
    return wizard, page


def sessions(store: Store) -> list[str]:
    return [summary.id for summary in store.session_summaries("Alex")]


def test_save_says_it_is_saving_the_photo_and_keeps_it_once_done(qtbot: QtBot, store: Store, gate: Gate) -> None:
    """"Save to my profile" with a photo: the button turns into a disabled "Saving photo…" at once (so a double
    click saves nothing twice); once the photo is ready, the assessment is stored once, with its photo and its
    points, the draft is gone and the button says it is saved."""
    wizard, page = at_routine(qtbot, store)
    qtbot.mouseDClick(page.save_button, LEFT)  # the hurried double click
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.save_button.text() == "Saving photo…" and not page.save_button.isEnabled()
    assert wizard.saved_id is None and sessions(store) == []
    gate.opened.set()
    qtbot.waitUntil(lambda: wizard.saved_id is not None, timeout=10000)
    assert wizard.saved_id is not None and sessions(store) == [wizard.saved_id]
    [photo] = session_photos(store, wizard.saved_id)
    assert photo.view == "side" and photo.image.startswith(b"\xff\xd8") and set(photo.landmarks.points) == {
        "tragus", "c7"}
    assert store.load_draft("Alex") is None
    assert page.save_button.text() == "Saved to your profile ✓" and not page.save_button.isEnabled()
    assert len(gate.threads) == 1


def test_the_window_keeps_answering_while_the_photo_is_prepared(qtbot: QtBot, store: Store, gate: Gate) -> None:
    """The photo is decoded and encoded again on a thread other than the UI thread, and a 5 ms timer keeps
    firing while that work is under way (on the UI thread the click would not return until it was done)."""
    wizard, page = at_routine(qtbot, store)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    qtbot.mouseClick(page.save_button, LEFT)
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert gate.threads and gate.threads[0] is not threading.main_thread(), gate.threads
    assert wizard.saved_id is None  # the photo's work was still held all the while the timer fired
    gate.opened.set()
    qtbot.waitUntil(lambda: wizard.saved_id is not None, timeout=10000)
    assert wizard.saved_id is not None and len(session_photos(store, wizard.saved_id)) == 1


def test_finish_while_saving_closes_once_the_photo_is_kept(qtbot: QtBot, store: Store, gate: Gate) -> None:
    """Save, then Finish before the photo is ready, then Finish and Esc again: the wizard stays open until the
    session and its photo are stored, then closes as finished; one session, one photo."""
    wizard, page = at_routine(qtbot, store)
    closed: list[bool] = []
    wizard.assessment_closed.connect(lambda: closed.append(True))
    qtbot.mouseClick(page.save_button, LEFT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, LEFT)
    qtbot.mouseClick(finish, LEFT)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert closed == [] and sessions(store) == []
    gate.opened.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=10000)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.saved_id is not None and sessions(store) == [wizard.saved_id]
    assert len(session_photos(store, wizard.saved_id)) == 1 and store.load_draft("Alex") is None


def test_finish_alone_saves_the_photo_before_closing(qtbot: QtBot, store: Store) -> None:
    """Finish without pressing Save first: the assessment is saved with its photo, then the wizard closes."""
    wizard, _page = at_routine(qtbot, store)
    with qtbot.waitSignal(wizard.assessment_closed, timeout=10000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert wizard.saved_id is not None and len(session_photos(store, wizard.saved_id)) == 1


def test_closing_the_app_mid_save_still_keeps_the_assessment_and_its_photo(qtbot: QtBot, tmp_path: Path,
                                                                            gate: Gate) -> None:
    """The main window is closed while the photo is being prepared: the close waits for it, and the session is
    stored with its photo, with no draft left to resume (the person had pressed Save)."""
    window = open_window(qtbot, tmp_path / "data")
    store = window.store
    assert store is not None
    store.save_draft("Alex", measured_draft(ASTRONAUT), "routine")
    window.start_assessment("Alex", resume=True)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.currentPage()
    assert isinstance(page, RoutinePage)
    qtbot.mouseClick(page.save_button, LEFT)
    assert wizard.saved_id is None
    threading.Timer(0.2, gate.opened.set).start()  # the worker is released while the close waits for it
    window.close()
    [saved] = sessions(store)
    assert len(session_photos(store, saved)) == 1 and store.load_draft("Alex") is None
    store.close()


def test_a_save_the_store_refuses_is_said_and_can_be_tried_again(qtbot: QtBot, store: Store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk is full when the prepared photo is written: the store's reason reaches the app's error hook
    (which shows it), nothing is stored, and "Save to my profile" can be pressed again, which then saves."""
    wizard, page = at_routine(qtbot, store)
    real = store.save_session

    def full(*args: object, **kwargs: object) -> str:
        raise StoreError("the disk is full")

    monkeypatch.setattr(store, "save_session", full)
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(page.save_button, LEFT)
        qtbot.waitUntil(lambda: wizard.preparer is None, timeout=10000)
    assert [kind for kind, *_ in raised] == [StoreError]
    assert wizard.saved_id is None and sessions(store) == []
    assert page.save_button.isEnabled() and page.save_button.text() == "Save to my profile"
    monkeypatch.setattr(store, "save_session", real)
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: wizard.saved_id is not None, timeout=10000)
    assert wizard.saved_id is not None and len(session_photos(store, wizard.saved_id)) == 1


def test_writing_the_session_with_its_photo_does_not_hold_the_window(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The session and its photo are committed off the UI thread too: with a disk that takes 0.5 s for
    that commit, a 10-ms timer on the UI thread keeps firing (no gap over 0.3 s) while "Saving photo…"
    shows, and the write ran on another thread; the session is stored once, with its photo."""
    import itertools
    import time

    real_save, threads = store.save_session, []

    def slow_save(*args: object, **kwargs: object) -> str:
        threads.append(threading.current_thread())
        time.sleep(0.5)
        return real_save(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "save_session", slow_save)
    wizard, page = at_routine(qtbot, store)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: wizard.saved_id is not None, timeout=10_000)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.3, max(gaps)
    assert threads and threads[0] is not threading.main_thread()
    (saved,) = sessions(store)
    assert len(session_photos(store, saved)) == 1 and store.load_draft("Alex") is None
