"""History ▸ Trends with two sessions saved on one day among others weeks apart: two points, told apart."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.store import open_store
from core.store.repository import Store
from tests.helpers import answers_document
from tests.ui.test_history import THREE, view_of

SAVED = ((date(2026, 11, 3), 10, 0, THREE[0]), (date(2026, 12, 1), 14, 5, THREE[1]),
         (date(2026, 12, 1), 14, 20, THREE[2]))


@pytest.fixture
def store(tmp_path: Path, catalogue: Catalogue) -> Iterator[Store]:
    """Three sessions: one four weeks back, then two on 1 December a quarter of an hour apart."""
    opened = open_store(str(tmp_path / "data"))
    for day, hour, minute, sample in SAVED:
        observations: Any = sample["observations"]
        pain: Any = sample["pain"]
        document = answers_document(observations, pain=pain, sex="male")
        session_id = opened.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue), day)
        with opened.engine.begin() as connection:  # saved_at is stored in UTC; the chart shows local time
            local = datetime(day.year, day.month, day.day, hour, minute).astimezone()
            connection.execute(text("UPDATE sessions SET saved_at = :at WHERE id = :id"),
                               {"at": local.astimezone(UTC).replace(tzinfo=None), "id": session_id})
    yield opened
    opened.close()


def test_two_sessions_on_one_day_are_two_points_with_their_time(qtbot: QtBot, store: Store,
                                                                 catalogue: Catalogue) -> None:
    """On the pain chart each of the three sessions is its own dot, at least 8 pixels from the next (the two
    of 1 December were one dot on a four-week axis), and the pointer over each says which session it is
    (its date and time) and its value."""
    view = view_of(qtbot, store, catalogue)
    view.resize(1000, 700)
    view.tabs.setCurrentWidget(view.trends)
    trends = view.trends
    qtbot.waitExposed(trends.view)
    chart = trends.view.chart()
    (line,) = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert line.count() == 3
    centres = [trends.view.mapFromScene(chart.mapToScene(chart.mapToPosition(line.at(i), line))) for i in range(3)]
    assert all(b.x() - a.x() >= 8 for a, b in pairwise(centres)), centres
    if folder := os.environ.get("REBALANCE_GRABS"):  # set by hand to look at the chart
        view.grab().save(str(Path(folder) / "trends_same_day.png"))
    tips = []
    for index, centre in enumerate(centres):
        trends.view.setToolTip("")
        for step in (QPoint(-3, 0), QPoint(-1, 0), QPoint(0, 0)):  # the pointer comes to the dot
            qtbot.mouseMove(trends.view.viewport(), centre + step)
        qtbot.waitUntil(lambda: trends.view.toolTip() != "", timeout=3000)
        tips.append(trends.view.toolTip())
        assert f"Pain now (0-10): {int(line.at(index).y())}" in tips[-1]
        qtbot.mouseMove(trends.view.viewport(), QPoint(5, 5))
        QApplication.processEvents()
    assert tips[0].startswith("03 Nov 2026\n")
    assert tips[1].startswith("01 Dec 2026, 14:05\n") and tips[2].startswith("01 Dec 2026, 14:20\n")
