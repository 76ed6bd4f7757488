"""Renders every screen of the app to PNG, offscreen: for review, tests and the README."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SIZE = (1100, 760)
# (file name, page key) of the wizard pages to show, with a test page of every input kind
WIZARD_SHOTS = (
    ("02-intro", "intro"), ("03-screening", "screening"), ("04-pain", "pain"),
    ("05-test-choice", "test:pelvic_tilt"), ("06-test-sides", "test:thomas_hip"),
    ("07-test-degrees", "test:knee_extension_90_90"), ("08-test-timed-hold", "test:side_bridge_hold"),
    ("09-test-repetitions", "test:single_leg_bridge_reps"), ("10-test-yes-no", "test:bridge_hamstring_cramp"),
    ("11-review", "review"), ("12-results", "results"), ("13-routine", "routine"),
)


def write_screenshots(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = create_application()
    apply_theme(app, "light", 100)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(widget: object, name: str) -> None:
        widget.grab()  # type: ignore[attr-defined]  # a first paint: what is drawn after it (home's picture) too
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    from core.samples import add_sample_profile, sample_answers

    sample = sample_answers()
    with tempfile.TemporaryDirectory() as data:
        window = MainWindow(data, tick_ms=5)
        window.resize(*SIZE)
        window.show()
        window.load()
        store, catalogue = window.store, window.catalogue
        assert store is not None and catalogue is not None
        add_sample_profile(store, catalogue, "Alex")
        store.ensure_profile("Sam")
        window.home.refresh("Alex")
        shot(window, "01-home")
        store.save_draft("Alex", {"document": sample, "skipped": []}, "intro")
        window.start_assessment("Alex", True)
        wizard = window.wizard
        assert wizard is not None
        for name, key in WIZARD_SHOTS:
            while wizard.key_of(wizard.currentId()) != key:
                wizard.next()
            shot(window, name)
        wizard.reject()
        flagged = dict(sample, screening=dict(sample["screening"], progressive_weakness=True))
        store.save_draft("Alex", {"document": flagged, "skipped": []}, "screening")
        window.start_assessment("Alex", True)
        assert window.wizard is not None
        window.wizard.next()
        shot(window, "14-red-flag-stop")
        window.wizard.reject()
        window.show_history("Alex")
        history = window.history
        assert history is not None
        for index, name in enumerate(("15-history", "16-compare", "17-trends", "18-exercise-log")):
            history.tabs.setCurrentIndex(index)
            if name == "17-trends":
                history.trends.picker.setCurrentIndex(history.trends.picker.findText("Side bridge hold"))
            shot(window, name)
        window.end_history()
        _session_shots(window, shot)
        store.close()
        window.close()
    return written


def _session_shots(window: MainWindow, shot: Callable[[object, str], None]) -> None:
    """Home's programme on a Monday (every exercise due) and the guided session's first hold."""
    from datetime import date, timedelta

    panel = window.home.programme
    today = date.today()
    panel.today = lambda: today + timedelta(days=-today.weekday() % 7)
    window.home.refresh("Alex")
    window.start_session()
    session = window.session
    assert session is not None
    session.before.rated.emit(3)
    session.page.main.click()
    while session.beat is not None and session.beat.kind == "get_ready":
        session.timer.timeout.emit()
    session.timer.stop()
    shot(window, "19-guided-session")
    window.end_session()
