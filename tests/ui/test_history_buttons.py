"""The history's buttons pressed the way a person presses them, with the file dialog answered."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAreaSeries, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import open_store
from core.store.repository import Store
from tests.helpers import answers_document
from tests.ui.conftest import open_window
from tests.ui.test_history import THREE, seed, view_of
from ui.history.view import HistoryView

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "data"))
    yield opened
    opened.close()


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answered with `path`; returns the titles it was opened with."""
    titles: list[str] = []

    def answer(parent: object, title: str, *args: object, **kwargs: object) -> tuple[str, str]:
        titles.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return titles


def history_saving_to(qtbot: QtBot, store: Store, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch,
                      path: Path) -> HistoryView:
    """History shown, with the next save dialog answered with ``path``."""
    view = view_of(qtbot, store, catalogue)
    answer_save_dialog(monkeypatch, path)
    return view


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def save_referral(store: Store, catalogue: Catalogue, on: date) -> None:
    document = answers_document(pain=None, saddle_numbness=True)
    store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue), on)


def test_export_routine_button_writes_the_pdf_off_the_ui_thread(
        qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pressing "Export its routine as PDF…" writes the PDF, and the click returns while it is being made."""
    seed(store, catalogue, THREE)
    out = tmp_path / "routine.pdf"
    view = history_saving_to(qtbot, store, catalogue, monkeypatch, out)
    sessions = view.sessions
    with qtbot.waitSignal(sessions.exported, timeout=60000):
        qtbot.mouseClick(sessions.pdf_bar.button, LEFT)
        assert sessions.worker is not None and sessions.worker.isRunning() and not out.exists()
        assert not sessions.pdf_bar.button.isEnabled() and sessions.pdf_bar.progress.isVisibleTo(sessions)
    assert out.read_bytes().startswith(b"%PDF") and "routine" in pdf_text(out).lower()
    assert sessions.prompt is not None and sessions.prompt.windowTitle() == "PDF ready"
    assert sessions.pdf_bar.button.isEnabled()


def test_export_csv_button_writes_every_session(
        qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pressing "Export history as CSV…" writes a row per session and test side."""
    seed(store, catalogue, THREE)
    out = tmp_path / "history.csv"
    view = history_saving_to(qtbot, store, catalogue, monkeypatch, out)
    qtbot.mouseClick(view.sessions.csv_button, LEFT)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3 * (1 + 2 + 2 + 1) and {r["test"] for r in rows} >= {"knee_extension_90_90"}


def test_export_csv_keeps_referrals_and_incomplete_sessions_with_their_time(
        qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSV button writes one row for a session stopped at the safety questions (its referral level) and one
    for an incomplete session, beside the tested sessions' rows, each with the local time it was saved."""
    seed(store, catalogue, THREE[:1])
    save_referral(store, catalogue, date(2026, 3, 1))
    incomplete = answers_document(pain=None)
    del incomplete["screening"]["saddle_numbness"]
    store.save_session("Alex", incomplete, assess(parse_answers(incomplete, catalogue), catalogue), date(2026, 3, 2))
    out = tmp_path / "history.csv"
    view = history_saving_to(qtbot, store, catalogue, monkeypatch, out)
    qtbot.mouseClick(view.sessions.csv_button, LEFT)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 6 + 2 and len({r["session"] for r in rows}) == 3
    untested = [r for r in rows if not r["test"]]
    assert [(r["date"], r["status"], r["referral_level"]) for r in untested] == [
        ("2026-03-01", "refer", "emergency"), ("2026-03-02", "incomplete", "")]
    saved = {s.id: s.saved_at for s in store.session_summaries("Alex")}
    for row in rows:
        moment = saved[row["session"]]
        assert moment is not None
        local = moment.replace(tzinfo=UTC).astimezone()
        assert row["saved_at"] == local.strftime("%Y-%m-%d %H:%M")
    assert all(r["referral_level"] == "" and r["value"] for r in rows if r["test"])


def test_export_to_a_missing_folder_says_why(
        qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF that cannot be written explains itself in a message, and the button works again."""
    seed(store, catalogue, THREE[:1])
    view = history_saving_to(qtbot, store, catalogue, monkeypatch, tmp_path / "no such folder" / "routine.pdf")
    with qtbot.waitSignal(view.sessions.exported, timeout=60000):
        qtbot.mouseClick(view.sessions.pdf_bar.button, LEFT)
    prompt = view.sessions.prompt
    assert prompt is not None and prompt.windowTitle() == "The PDF was not written"
    assert "does not exist" in prompt.text() and view.sessions.pdf_bar.button.isEnabled()


def test_delete_button_asks_then_deletes(
        qtbot: QtBot, store: Store, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pressing Delete… asks first; answering Discard removes the selected (newest) session."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(view.sessions.delete_button, LEFT)
    assert len(store.session_summaries("Alex")) == 2 and view.sessions.model.rowCount() == 2


def test_referral_in_history_saves_the_letter(
        qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """For a red-flag stop the export button offers the doctor's letter, and writes the referral page."""
    seed(store, catalogue, THREE[:1])
    save_referral(store, catalogue, date(2026, 12, 1))
    view = view_of(qtbot, store, catalogue)
    sessions = view.sessions
    assert sessions.pdf_bar.button.text() == "Save the letter for the doctor as PDF…"
    out = tmp_path / "letter.pdf"
    titles = answer_save_dialog(monkeypatch, out)
    with qtbot.waitSignal(sessions.exported, timeout=60000):
        qtbot.mouseClick(sessions.pdf_bar.button, LEFT)
    assert titles == ["Save the letter for the doctor as PDF"]
    text = pdf_text(out)
    assert "saddle" in " ".join(text.split()).lower(), text[:400]
    sessions.table.selectRow(1)
    assert sessions.pdf_bar.button.text() == "Export its routine as PDF…"


def test_log_day_reads_as_a_date_and_unrated_pain_stays_unrated(
        qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """The log's day names its month; a day saved without a pain rating records no pain, a rated one its number."""
    seed(store, catalogue, THREE[:1])
    view = view_of(qtbot, store, catalogue)
    view.tabs.setCurrentWidget(view.log)
    log = view.log
    log.day.setDate(QDate(2026, 12, 1))
    assert "December" in log.day.text() and "2026" in log.day.text() and "1 12 2026" not in log.day.text()
    assert log.pain.text() == "not rated"
    box = log.boxes[0][1]
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box itself
    qtbot.mouseClick(log.save_button, LEFT)
    entries = store.exercise_log("Alex")
    assert entries and all(pain is None for *_, pain in entries)
    assert [done for _, _, _, done, _ in entries].count(True) == 1
    qtbot.keyClick(log.pain, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(log.pain, "4")
    qtbot.mouseClick(log.save_button, LEFT)
    assert {pain for *_, pain in store.exercise_log("Alex")} == {4}
    log.day.setDate(QDate(2026, 12, 2))
    assert log.pain.text() == "not rated"
    log.day.setDate(QDate(2026, 12, 1))
    assert log.pain.value() == 4 and log.boxes[0][1].isChecked()


def test_sessions_on_one_day_show_their_time_and_the_chart_draws_its_band(
        qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """Two sessions on one day read apart (time shown) in the list, Compare and the chart axis; the norm band
    spans the axis even then; pain runs 0-10 and every axis names its unit."""
    for hour, sample in ((9, THREE[0]), (17, THREE[2])):
        observations: Any = sample["observations"]
        pain: Any = sample["pain"]
        document = answers_document(observations, pain=pain, sex="male")
        session_id = store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue),
                                        date(2026, 12, 1))
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE sessions SET saved_at = :at WHERE id = :id"),
                               {"at": datetime(2026, 12, 1, hour, 5), "id": session_id})
    view = view_of(qtbot, store, catalogue)
    model = view.sessions.model
    shown = [model.data(model.index(row, 0)) for row in range(2)]
    assert len(set(shown)) == 2 and all(label.startswith("01 Dec 2026, ") for label in shown)
    assert view.compare.dates.stringList() == sorted(shown)
    view.tabs.setCurrentWidget(view.trends)
    trends = view.trends
    chart = trends.view.chart()
    x_axis, y_axis = chart.axes(Qt.Orientation.Horizontal)[0], chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(x_axis, QDateTimeAxis) and isinstance(y_axis, QValueAxis)
    assert "HH:mm" in x_axis.format() and x_axis.titleText() and (y_axis.min(), y_axis.max()) == (0, 10)
    assert "10" in y_axis.titleText()
    (line,) = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert line.at(0).x() != line.at(1).x()  # apart on the axis
    trends.picker.setCurrentIndex(trends.picker.findText("Side bridge hold"))
    chart = trends.view.chart()
    (band,) = [s for s in chart.series() if isinstance(s, QAreaSeries)]
    upper = band.upperSeries()
    assert upper is not None and upper.at(1).x() - upper.at(0).x() > 12 * 3600 * 1000  # a band, not a line
    assert chart.axes(Qt.Orientation.Vertical)[0].titleText() == "Seconds"


def test_going_home_while_the_pdf_is_made_finishes_it_first(
        qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export, then press "Back to home" at once: the PDF is still written whole and nothing crashes."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE[:1])
    qtbot.mouseClick(window.home.history_button, LEFT)
    history = window.history
    assert history is not None
    out = tmp_path / "routine.pdf"
    answer_save_dialog(monkeypatch, out)
    qtbot.mouseClick(history.sessions.pdf_bar.button, LEFT)
    assert history.sessions.worker is not None and history.sessions.worker.isRunning()
    (back,) = [b for b in history.findChildren(QPushButton) if b.text() == "Back to home"]
    qtbot.mouseClick(back, LEFT)
    assert window.history is None and out.read_bytes().startswith(b"%PDF")
    QApplication.processEvents()
    window.store.close()
