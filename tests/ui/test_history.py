"""History, comparison, trend charts and the exercise log, driven with seeded sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import open_store
from core.store.repository import Store
from tests.helpers import answers_document
from ui.history.sessions import SessionDialog
from ui.history.view import HistoryView
from ui.widgets.svg_view import SvgView

START = date(2026, 6, 1)


def seed(store: Store, catalogue: Catalogue, sessions: list[dict[str, Any]]) -> None:
    for week, (observations, pain) in enumerate((s["observations"], s["pain"]) for s in sessions):
        document = answers_document(observations, pain=pain, sex="male")
        store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue),
                           START + timedelta(weeks=4 * week))


THREE = [
    {"observations": {"pelvic_tilt": "anterior", "knee_extension_90_90": {"left": 45, "right": 40},
                      "side_bridge_hold": {"left": 30, "right": 60}, "thomas_hip": {"left": "short"}}, "pain": 7},
    {"observations": {"pelvic_tilt": "anterior", "knee_extension_90_90": {"left": 38, "right": 36},
                      "side_bridge_hold": {"left": 45, "right": 62}, "thomas_hip": {"left": "short"}}, "pain": 6},
    {"observations": {"pelvic_tilt": "neutral", "knee_extension_90_90": {"left": 25, "right": 36},
                      "side_bridge_hold": {"left": 58, "right": 60}, "thomas_hip": {"left": "normal"}}, "pain": 3},
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "data"))
    yield opened
    opened.close()


def view_of(qtbot: QtBot, store: Store, catalogue: Catalogue) -> HistoryView:
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    view.show()
    return view


def test_sessions_newest_first_and_open_read_only(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """The list runs newest first; Open… shows the saved results view (findings, patterns, muscle map,
    routine) read-only, with its catalogue version."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    model = view.sessions.model
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == ["3", "6", "7"]
    view.sessions.table.selectRow(2)  # the oldest
    qtbot.mouseClick(view.sessions.open_button, Qt.MouseButton.LeftButton)
    dialog = view.sessions.findChild(SessionDialog)
    assert dialog is not None and dialog.isVisible() and catalogue.version in dialog.header.text()
    shown = dialog.shown_text()
    assert "Tested short: to stretch" in shown and "Forward-tipped pelvis" in shown
    assert "The routine given" in shown and dialog.results.findChild(SvgView) is not None
    assert not [w for w in dialog.findChildren(QAbstractButton) if w.isEnabled() and w.text() != "&Close"
                and w.text() != "Close"]  # read-only: nothing to press but Close


def test_compare_directions_pain_and_patterns(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """Latest vs previous by default; fewer degrees short of straight is better; pain change meaningful."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    compare = view.compare
    def cell(row: int, column: int) -> str:
        item = compare.table.item(row, column)
        assert item is not None
        return item.text()

    rows = {cell(r, 0): [cell(r, c) for c in range(1, 5)] for r in range(compare.table.rowCount())}
    knee = rows["90-90 knee straightening (hamstrings) (left)"]
    assert knee[:3] == ["38°", "25°", "-13"] and knee[3] == "▲ better"
    assert rows["Side bridge hold (right)"][3] == "= no clear change"  # 62 s to 60 s is within its MDC
    tips = {cell(r, 0): compare.table.item(r, 4).toolTip() for r in range(compare.table.rowCount())}  # type: ignore[union-attr]
    assert "9.3 s or more" in tips["Side bridge hold (right)"]  # 15% of 62 s
    assert "10° or more" in tips["90-90 knee straightening (hamstrings) (left)"]
    assert rows["Pelvic tilt"][3] == "▲ better"
    assert "6 → 3 (-3, a meaningful change)" in compare.pain.text()
    assert "Forward-tipped pelvis" in compare.patterns.text().split("\n")[0]
    compare.choose(0, -1)
    assert compare.older.currentIndex() == 0 and "7 → 3" in compare.pain.text()


def test_tabs_are_built_when_first_shown(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """History opens with only the Assessments tab built; a click on another tab builds it, shows it
    with the sessions of that moment, and a session deleted later reaches it too."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    kinds = [type(view.tabs.widget(i)).__name__ for i in range(view.tabs.count())]
    assert kinds == ["SessionsTab", "QWidget", "QWidget", "QWidget", "QWidget"]
    names = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert names == ["Assessments", "Compare", "Trends", "Exercise log", "Photos"]
    store.delete_session(store.session_summaries("Alex")[0].id)  # before Compare is built
    view.sessions.changed.emit()
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.tabs.currentWidget() is view.compare and view.compare.isVisible()
    assert view.compare.dates.rowCount() == 2 and view.compare.table.isVisible()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert view.tabs.currentWidget() is view.trends and view.trends.view.isVisible()
    assert view.trends.snapshots is not None and len(view.trends.snapshots) == 2
    store.delete_session(store.session_summaries("Alex")[0].id)  # after both are built
    view.sessions.changed.emit()
    assert view.compare.dates.rowCount() == 1 and view.trends.snapshots is not None and len(view.trends.snapshots) == 1
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == names and view.tabs.currentIndex() == 2
    log = view.log  # built by name, not shown
    assert view.tabs.widget(3) is log and view.tabs.currentIndex() == 2
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert view.tabs.currentWidget() is view.log and view.log.isVisible() and view.log.boxes
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    assert view.tabs.currentWidget() is view.photos and view.photos.loaded  # its photos read when shown


def test_other_tabs_are_built_ahead_after_the_first_paint(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """Once History has painted, Compare, Trends (with its chart) and the exercise log are built in
    idle turns while the Assessments tab stays shown, so a tab clicked a moment later is ready."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    assert view.built == {}  # nothing but Assessments before the first paint
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: len(view.built) == 3 and view.built[2].snapshots is not None)  # type: ignore[attr-defined]
    assert view.tabs.currentWidget() is view.sessions
    assert [view.tabs.widget(i) for i in range(1, 4)] == [view.compare, view.trends, view.log]
    assert view.compare.dates.rowCount() == 3 and view.trends.snapshots is not None and len(view.trends.snapshots) == 3
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert view.tabs.currentWidget() is view.trends and view.trends.view.isVisible()


def test_one_session_shows_empty_states(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """With one session the comparison and the charts explain why there is nothing yet."""
    seed(store, catalogue, THREE[:1])
    view = view_of(qtbot, store, catalogue)
    assert view.compare.empty.isVisibleTo(view.compare) and not view.compare.table.isVisibleTo(view.compare)
    view.tabs.setCurrentWidget(view.trends)
    assert view.trends.empty.isVisible() and "one point is not a trend" in view.trends.empty.text()
    assert not view.trends.view.isVisible()


def test_charts_show_series_and_norm_band(qtbot: QtBot, store: Store, catalogue: Catalogue, tmp_path: Path) -> None:
    """Pain has one point per session; a timed hold shows left, right and its published range."""
    seed(store, catalogue, THREE)
    view = view_of(qtbot, store, catalogue)
    view.tabs.setCurrentWidget(view.trends)
    trends = view.trends
    lines = [s for s in trends.view.chart().series() if isinstance(s, QLineSeries)]
    assert len(lines) == 1 and lines[0].count() == 3
    trends.picker.setCurrentIndex(trends.picker.findText("Side bridge hold"))
    series = trends.view.chart().series()
    assert sum(isinstance(s, QAreaSeries) for s in series) == 1
    assert sorted(s.name() for s in series if isinstance(s, QLineSeries)) == ["Left", "Right"]
    trends.save_png(str(tmp_path / "chart.png"))
    assert (tmp_path / "chart.png").stat().st_size > 1000


def test_log_edits_a_day_and_shows_adherence(qtbot: QtBot, store: Store, catalogue: Catalogue) -> None:
    """Ticking and saving a day twice edits it; adherence shows as a weekly percentage."""
    seed(store, catalogue, THREE[:1])
    view = view_of(qtbot, store, catalogue)
    log = view.log
    assert log.boxes
    log.boxes[0][1].setChecked(True)
    log.pain.setValue(4)
    log.save_day()
    log.boxes[0][1].setChecked(False)
    log.boxes[1][1].setChecked(True)
    log.save_day()
    entries = store.exercise_log("Alex")
    assert len(entries) == len(log.boxes)
    assert sum(done for _, _, _, done, _ in entries) == 1
    assert "% of the plan done" in log.weeks.text()


def test_the_app_refuses_to_export_over_the_database(qtbot: QtBot, store: Store, catalogue: Catalogue,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing the database (CSV) or a backup's name (PDF) in the file dialog says why, and writes nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    seed(store, catalogue, THREE[:1])
    database = store.protected.files[0]
    before = database.read_bytes()
    view = view_of(qtbot, store, catalogue)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(database), ""))
    qtbot.mouseClick(view.sessions.csv_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "Rebalance's own database" in warnings[0]
    backup = database.parent / "backups" / "routine.pdf"  # the PDF dialog adds .pdf: a backup's name is refused too
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    with qtbot.waitSignal(view.sessions.exported, timeout=60000):
        qtbot.mouseClick(view.sessions.pdf_bar.button, Qt.MouseButton.LeftButton)
    prompt = view.sessions.prompt
    assert prompt is not None and "Rebalance's own database" in prompt.text()
    assert database.read_bytes() == before and len(store.session_summaries("Alex")) == 1
    assert not backup.exists()
