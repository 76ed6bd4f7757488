"""History shows the work: exercise and pain week by week, and how regularly between two assessments."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import open_store
from core.store.programme_log import Played, save_day, set_version
from core.store.repository import Store
from tests.ui.test_session import MONDAY, eight_exercise_answers
from ui.history.view import HistoryView


def two_assessments_with_three_weeks_logged(tmp_path: Path, catalogue: Catalogue) -> Store:
    """Assessed on a Monday and 4 weeks later; guided sessions on 3 days a week for 3 weeks, pain easing."""
    store = open_store(str(tmp_path / "data"))
    for offset, pain in ((0, 5), (28, 2)):
        answers = eight_exercise_answers(pain)
        store.save_session("Alex", answers, assess(parse_answers(answers, catalogue), catalogue),
                           MONDAY + timedelta(days=offset))
    for week in range(3):
        for weekday in (0, 2, 5):
            day = MONDAY + timedelta(days=7 * week + weekday)
            save_day(store, "Alex", day, 5 - week, 5 - week,
                     [Played("glute_bridge", "standard", ("both",)), Played("clamshell", "standard",
                                                                           ("left", "right"))])
    return store


def test_compare_says_how_regularly_in_between(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Comparing the two assessments names the days, the weeks with exercise and the share of the plan."""
    store = two_assessments_with_three_weeks_logged(tmp_path, catalogue)
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    text = view.compare.regularity.text()
    assert text.startswith("In between (28 days), exercises were logged on 9 days, in 3 of 4 weeks:")
    assert "% of the planned sessions" in text
    percent = float(text.rsplit(": ", 1)[1].split("%")[0])
    assert 0 < percent < 50  # 2 of 8 exercises, 3 weeks of 4
    store.close()


def test_trends_draw_exercise_and_pain_together(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """The weekly chart has the plan done as bars on a 0-100 scale and the pain as a line on 0-10, one bar
    per week logged; the pain line falls as the log says."""
    store = two_assessments_with_three_weeks_logged(tmp_path, catalogue)
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.trends)
    trends = view.trends
    trends.picker.setCurrentIndex(trends.picker.findText("Exercise and pain, week by week"))
    chart = trends.view.chart()
    assert trends.view.isVisibleTo(trends) and chart.title() == "Exercise and pain, week by week"
    [bars] = [s for s in chart.series() if isinstance(s, QBarSeries)]
    [line] = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert bars.barSets()[0].count() == 3
    assert [point.y() for point in line.points()] == [5.0, 4.0, 3.0]
    assert {axis.titleText() for axis in chart.axes()} >= {"% of the plan done", "Pain (0 = none, 10 = worst)"}
    store.close()


def test_the_printed_routine_says_the_version_done_now(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Printed from History after the glute bridge moved to its harder version, the routine in force says
    "Do the harder version" for it; the older assessment's routine prints as its phase started it."""
    store = two_assessments_with_three_weeks_logged(tmp_path, catalogue)
    set_version(store, "Alex", "glute_bridge", "harder", MONDAY + timedelta(days=29), "progress")
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    sessions = view.sessions
    texts = []
    for row, name in ((0, "latest.pdf"), (1, "older.pdf")):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
        sessions.table.selectRow(row)
        with qtbot.waitSignal(sessions.exported, timeout=60000):
            qtbot.mouseClick(sessions.pdf_bar.button, Qt.MouseButton.LeftButton)
        texts.append(" ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages))
    harder = catalogue.exercises["glute_bridge"].harder
    assert "Do the harder version:" in texts[0] and " ".join(harder.split()) in texts[0]
    assert "Do the harder version:" not in texts[1] and "Do the easier version:" in texts[1]
    store.close()


def test_an_old_routine_in_force_prints_as_home_plays_it(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A session saved before results carried a phase (pain 6/10) is the routine in force: home plays its
    strengthening at the easier version (phase ease, decided from its answers), and the routine printed from
    History says the same, phase and "Do the easier version", not "Standard version"."""
    store = open_store(str(tmp_path / "data"))
    answers = eight_exercise_answers(6)
    result = assess(parse_answers(answers, catalogue), catalogue).model_copy(update={"phase": None})
    store.save_session("Alex", answers, result, MONDAY)
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    out = tmp_path / "old.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    view.sessions.table.selectRow(0)
    with qtbot.waitSignal(view.sessions.exported, timeout=60000):
        qtbot.mouseClick(view.sessions.pdf_bar.button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)
    assert "Phase 1 of 3: ease the pain" in text
    assert "Do the easier version:" in text
    store.close()

@pytest.mark.parametrize("logged", [0, 1])
def test_compare_reads_well_with_little_or_nothing_logged(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                          logged: int) -> None:
    """Nothing logged between two assessments: the comparison says so plainly and where the log comes from,
    instead of "0 days, in 0 of 4 weeks: 0%"; one day logged reads "on 1 day", not "1 days"."""
    store = open_store(str(tmp_path / "data"))
    for offset, pain in ((0, 5), (28, 2)):
        answers = eight_exercise_answers(pain)
        store.save_session("Alex", answers, assess(parse_answers(answers, catalogue), catalogue),
                           MONDAY + timedelta(days=offset))
    if logged:
        save_day(store, "Alex", MONDAY + timedelta(days=3), 4, 3, [Played("glute_bridge", "standard", ("both",))])
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    text = view.compare.regularity.text()
    assert "1 days" not in text and "0 days" not in text
    if logged:
        assert "exercises were logged on 1 day, in 1 of 4 weeks" in text
    else:
        assert text.startswith("No exercise was logged in the 28 days in between")
        assert "Do today's exercises" in text
    store.close()
