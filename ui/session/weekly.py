"""History's programme views: exercise and pain together week by week (a chart with two scales),
and how regularly the routine was done between two compared assessments (one sentence)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from core.adherence import adherence_by_week, ticks
from core.programme.weekly import pain_by_week, regularity_between

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.catalogue import Catalogue
    from core.result import RoutineEntry
    from core.store.repository import SessionSummary, Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("weekly", text)


def weekly_series(store: Store, catalogue: Catalogue, profile: str,
                  routine: Sequence[RoutineEntry]) -> tuple[list[date], list[float], list[float | None]]:
    """Weeks with anything logged, the share of the plan done in each, and each week's pain (or None)."""
    log = store.exercise_log(profile)
    done = dict(adherence_by_week(ticks(routine, catalogue), log))
    pain = dict(pain_by_week(log))
    weeks = sorted(set(done) | set(pain))
    return weeks, [done.get(week, 0.0) for week in weeks], [pain.get(week) for week in weeks]


def weekly_chart(store: Store, catalogue: Catalogue, profile: str, routine: Sequence[RoutineEntry]) -> QChart | None:
    """Bars: % of the plan done each week (left scale); line: the week's pain (right scale, 0-10).
    None with fewer than two weeks logged (one week is not a trend)."""
    weeks, done, pain = weekly_series(store, catalogue, profile, routine)
    if len(weeks) < 2:
        return None
    chart = QChart()
    chart.setTitle(_tr("Exercise and pain, week by week"))
    bars = QBarSet(_tr("Done, % of the plan"))
    bars.setColor(QColor(42, 111, 151, 170))
    bars.append(done)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    labels = [datetime.combine(week, time()).strftime("%d %b") for week in weeks]
    x_axis = QBarCategoryAxis()
    x_axis.append(labels)
    x_axis.setTitleText(_tr("Week starting"))
    done_axis, pain_axis = QValueAxis(), QValueAxis()
    done_axis.setRange(0, 100)
    done_axis.setTitleText(_tr("% of the plan done"))
    pain_axis.setRange(0, 10)
    pain_axis.setTickCount(6)
    pain_axis.setTitleText(_tr("Pain (0 = none, 10 = worst)"))
    for axis in (done_axis, pain_axis):
        axis.setLabelFormat("%g")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(done_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(pain_axis, Qt.AlignmentFlag.AlignRight)
    series.attachAxis(x_axis)
    series.attachAxis(done_axis)
    line = QLineSeries()
    line.setName(_tr("Pain, the week's average"))
    pen = QPen(QColor("#c05621"), 2.5)
    pen.setStyle(Qt.PenStyle.DashLine)  # told apart from the bars by shape, not colour alone
    line.setPen(pen)
    line.setPointsVisible(True)
    for index, value in enumerate(pain):
        if value is not None:
            line.append(index, value)
    chart.addSeries(line)
    line.attachAxis(x_axis)
    line.attachAxis(pain_axis)
    return chart


def regularity_text(store: Store, catalogue: Catalogue, profile: str, older: SessionSummary,
                    newer: SessionSummary, routine: Sequence[RoutineEntry]) -> str:
    """How regularly the earlier assessment's routine was done until the later one, in one sentence."""
    if not routine:
        return _tr("The earlier assessment gave no exercises, so there was nothing to do in between.")
    found = regularity_between(ticks(routine, catalogue), store.exercise_log(profile), older.taken_on,
                               newer.taken_on)
    if found.days_between <= 0:
        return _tr("Both assessments are on the same day: no time to exercise in between.")
    if found.days_exercised == 0:
        return _tr("No exercise was logged in the {days} days in between: the exercise log and “Do today's "
                   "exercises” fill it.").format(days=found.days_between)
    text = (_tr("In between ({days} days), exercises were logged on 1 day, in {active} of {weeks} weeks: "
                "{percent:g}% of the planned sessions.") if found.days_exercised == 1 else
            _tr("In between ({days} days), exercises were logged on {exercised} days, in {active} of {weeks} "
                "weeks: {percent:g}% of the planned sessions."))
    return text.format(
        days=found.days_between, exercised=found.days_exercised, active=found.weeks_with_exercise,
        weeks=found.weeks, percent=found.percent_of_plan or 0)
