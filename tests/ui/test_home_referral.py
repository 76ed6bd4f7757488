"""Home after a referral: "Start a new assessment" first asks whether a doctor has seen the person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.engine import assess
from tests.helpers import answers_document
from ui.main_window import MainWindow


def save_session(window: MainWindow, on: date, **flags: bool) -> None:
    assert window.store is not None and window.catalogue is not None
    document = answers_document()
    document["screening"].update(flags)
    window.store.save_session("Alex", document, assess(parse_answers(document, window.catalogue), window.catalogue),
                              on)
    window.home.refresh("Alex")


def click_start_answering(window: MainWindow, qtbot: QtBot, button: str) -> list[str]:
    """Click Start; when a message box opens, note its text and click `button` in it. Returns the texts seen."""
    seen: list[str] = []
    tries = iter(range(100))  # looks for the box for about 2 seconds, then gives up

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    return seen


@pytest.mark.parametrize(("flag", "title", "words"), [
    ("saddle_numbness", "Get emergency help now", "seen by a doctor"),
    ("fever_or_infection", "See a doctor urgently", "seen by a doctor"),
    ("cancer_history", "See your doctor before you exercise", "cleared you to exercise"),
])
def test_start_after_a_referral_asks_first_and_cancel_keeps_home(window: MainWindow, qtbot: QtBot, flag: str,
                                                                   title: str, words: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """After a referral saved today, Start asks (the advice, when, seen by a doctor?) and Cancel starts nothing;
    once a later session gives a routine, Start opens the wizard without asking."""
    save_session(window, date.today(), **{flag: True})
    seen = click_start_answering(window, qtbot, "Cancel")
    assert len(seen) == 1 and f"today, stopped at the safety questions and advised: “{title}”" in seen[0]
    assert words in seen[0]
    assert window.wizard is None and window.stack.currentWidget() is window.home
    save_session(window, date.today())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()))
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    assert asked == [] and window.wizard is not None


def test_start_anyway_after_a_referral_starts_the_assessment(window: MainWindow, qtbot: QtBot) -> None:
    """"Start anyway" opens the wizard; the question gave the referral's date."""
    on = date.today() - timedelta(days=3)
    save_session(window, on, saddle_numbness=True)
    seen = click_start_answering(window, qtbot, "Start anyway")
    assert len(seen) == 1 and on.strftime("%d %B %Y") in seen[0]
    assert window.wizard is not None and window.stack.currentWidget() is window.wizard
