"""Trend charts: pain, each measured test with its published range, left-right gap, adherence.

Fewer than two points show an empty state that says why, instead of a lone dot.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.adherence import adherence_by_week, ticks
from core.history import snapshot
from core.progress import Series, Snapshot, as_trend, asymmetry_trend, latest_routine, pain_trend, trend
from ui.history.when import DAY, SessionNames, local_moment

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import Store



def _moment(day: date) -> datetime:
    """A session's moment on the time axis: its saved time when known, else midday."""
    return day if isinstance(day, datetime) else datetime.combine(day, time(12))


def _stamp(day: date) -> float:
    """Milliseconds since the epoch, local time, as the chart's date-time axis counts them."""
    return _moment(day).timestamp() * 1000


SPREAD = 40  # at most this many sessions side by side across the axis before two could touch


def spread(moments: list[datetime], first: float, last: float) -> dict[datetime, float]:
    """Where each moment sits on the axis: at its time, except that one closer to the one before than
    1/SPREAD of the axis is moved right to that distance. Two sessions saved on one day, among months of
    others, would otherwise be one dot; each point's tooltip still gives its exact date and time."""
    gap = (last - first) / SPREAD
    places: dict[datetime, float] = {}
    previous: float | None = None
    for moment in sorted(set(moments)):
        place = _stamp(moment) if previous is None else max(_stamp(moment), previous + gap)
        places[moment] = previous = place
    return places


class TrendsTab(QWidget):
    def __init__(self, store: Store, catalogue: Catalogue, profile: str) -> None:
        super().__init__()
        self.store, self.catalogue, self.profile = store, catalogue, profile
        self.snapshots: list[Snapshot] | None = None
        self.names: dict[datetime, str] = {}  # each session's moment on the axis, as the person reads it
        self.tips: list[tuple[QLineSeries, list[str]]] = []  # each line's points, as their tooltips say them
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Which chart"))
        self.picker.currentIndexChanged.connect(lambda _: self.draw())
        save = QPushButton(self.tr("Save chart as PNG…"))
        save.clicked.connect(lambda: self.save_png())
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(save)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Trend chart"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.view.viewport().installEventFilter(self)

    def load(self) -> None:
        """Read the sessions' documents (only when the tab is first shown)."""
        # each session at the time it was saved, so two on one day stand apart on the axis
        summaries = self.store.session_summaries(self.profile)
        self.snapshots = [replace(snapshot(self.store, s.id), taken_on=local_moment(s)) for s in summaries]
        names = SessionNames(summaries)
        self.names = {local_moment(s): names.label(s) for s in summaries}
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("Pain over time"), ("pain", None))
        for test in self.catalogue.tests.values():
            if test.input.is_numeric:
                self.picker.addItem(test.title, ("test", test.id))
                if test.input.sided:
                    self.picker.addItem(self.tr("Left-right difference: {test}").format(test=test.title),
                                        ("asymmetry", test.id))
        self.picker.addItem(self.tr("Exercises done per week"), ("adherence", None))
        self.picker.addItem(self.tr("Exercise and pain, week by week"), ("weekly", None))
        self.picker.blockSignals(False)
        self.draw()

    def series_for(self, kind: str, test_id: str | None) -> dict[str, Series | None]:
        snapshots = self.snapshots or []
        if kind == "pain":
            return {self.tr("Pain now (0-10)"): pain_trend(snapshots)}
        if kind == "asymmetry" and test_id:
            return {self.tr("Difference between sides"): asymmetry_trend(snapshots, test_id)}
        if kind == "adherence":
            planned = ticks(latest_routine(s.result for s in reversed(snapshots)), self.catalogue)
            weeks = adherence_by_week(planned, self.store.exercise_log(self.profile))
            return {self.tr("Done, % of the plan"): as_trend(weeks)}
        assert test_id is not None
        if self.catalogue.tests[test_id].input.sided:
            return {self.tr("Left"): trend(snapshots, test_id, "left"),
                    self.tr("Right"): trend(snapshots, test_id, "right")}
        return {self.catalogue.tests[test_id].title: trend(snapshots, test_id, None)}

    def draw(self) -> None:
        if self.snapshots is None or self.picker.currentIndex() < 0:
            return
        kind, test_id = self.picker.currentData()
        self.tips = []
        if kind == "weekly":
            return self._weekly()
        series = {name: points for name, points in self.series_for(kind, test_id).items() if points}
        self.view.setVisible(bool(series))
        self.empty.setVisible(not series)
        if not series:
            self.empty.setText(self.tr("Not enough to draw yet: one point is not a trend. Repeat the assessment "
                                       "(or keep logging the exercises) and the chart appears from the second."))
            return
        chart = QChart()
        chart.setTitle(self.picker.currentText())
        days = [day for points in series.values() for day, _ in points]
        values = [value for points in series.values() for _, value in points]
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        # the clock on the axis only when it spans a few days; across weeks each dot's tooltip gives the time
        dates = sorted({_moment(day).date() for day in days})
        shared = len(dates) < len(set(days))  # two sessions share a day
        x_axis.setFormat("d MMM yy, HH:mm" if shared and (dates[-1] - dates[0]).days <= 2 else "d MMM yy")
        x_axis.setTitleText(self.tr("Week starting") if kind == "adherence" else self.tr("Date of the assessment"))
        y_axis.setTitleText(self._unit(kind, test_id))
        first = datetime.combine(_moment(min(days)).date(), time(0))
        last = datetime.combine(_moment(max(days)).date(), time(23, 59))
        places = spread([_moment(day) for day in days], _stamp(first), _stamp(last))
        end = max(_stamp(last), max(places.values()) + (_stamp(last) - _stamp(first)) / (2 * SPREAD))
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_stamp(first))), QDateTime.fromMSecsSinceEpoch(int(end)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        norm = self.catalogue.tests[test_id].norm if kind == "test" and test_id else None
        if norm is not None:
            low, high = QLineSeries(), QLineSeries()
            for stamp in (_stamp(first), end):  # across the whole axis, even when every point shares a day
                low.append(stamp, norm.low)
                high.append(stamp, norm.high)
            low.setParent(chart)  # QAreaSeries does not own its edges; without a parent they are collected
            high.setParent(chart)
            band = QAreaSeries(high, low)
            band.setName(norm.label)
            band.setColor(QColor(42, 111, 151, 50))
            band.setBorderColor(QColor(42, 111, 151, 120))
            chart.addSeries(band)
            band.attachAxis(x_axis)
            band.attachAxis(y_axis)
            values += [norm.low, norm.high]
        for index, (name, points) in enumerate(series.items()):
            line = QLineSeries()
            line.setName(name)
            line.setPointsVisible(True)
            pen = QPen(QColor(("#2a6f97", "#c05621")[index % 2]), 2.5)
            if index:
                pen.setStyle(Qt.PenStyle.DashLine)  # a second line differs by dash, not colour alone
            line.setPen(pen)
            tips = []
            for day, value in points:
                line.append(places[_moment(day)], value)
                tips.append(self._tip(kind, name, day, value))
            self.tips.append((line, tips))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        if kind == "pain":
            y_axis.setRange(0, 10)  # the whole scale, so a 3 reads as 3 of 10
            y_axis.setTickCount(6)
        elif kind == "adherence":
            y_axis.setRange(0, 100)
        else:
            y_axis.setRange(0, max(values) * 1.15 or 1)
            y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%g")
        self._show(chart)

    def _tip(self, kind: str, name: str, day: date, value: float) -> str:
        """What a point says under the pointer: which session (or week) and its value."""
        when = (self.tr("Week starting {day}").format(day=_moment(day).strftime(DAY)) if kind == "adherence"
                else self.names.get(_moment(day), _moment(day).strftime(DAY)))
        return self.tr("{when}\n{name}: {value}").format(when=when, name=name, value=f"{value:g}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The pointer over a dot shows which session (or week) it is and its value, as a tooltip."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseMove:
            assert isinstance(event, QMouseEvent)
            self._point_at(event.position().toPoint())
        return super().eventFilter(watched, event)

    def _point_at(self, where: QPoint) -> None:
        chart, reach = self.view.chart(), self.fontMetrics().height()  # a dot is hit within a line's height
        found = ""
        for line, tips in self.tips:
            for index in range(line.count()):
                place = self.view.mapFromScene(chart.mapToScene(chart.mapToPosition(line.at(index), line)))
                if (place - where).manhattanLength() <= reach:
                    found = tips[index]
        if found != self.view.toolTip():
            self.view.setToolTip(found)
            if found:
                QToolTip.showText(self.view.viewport().mapToGlobal(where), found, self.view)
            else:
                QToolTip.hideText()

    def _weekly(self) -> None:
        """Adherence and pain in one chart (ui/session/weekly.py), with the latest routine as the plan."""
        from ui.session.weekly import weekly_chart

        latest = next((s for s in reversed(self.snapshots or []) if s.result.ok), None)
        chart = weekly_chart(self.store, self.catalogue, self.profile, latest.result.routine if latest else ())
        self.view.setVisible(chart is not None)
        self.empty.setVisible(chart is None)
        if chart is None:
            self.empty.setText(self.tr("Not enough to draw yet: log the exercises (or do them with “Do today's "
                                       "exercises”) for two weeks and the chart appears."))
            return
        self._show(chart)

    def _unit(self, kind: str, test_id: str | None) -> str:
        if kind == "pain":
            return self.tr("Pain (0 = none, 10 = worst)")
        if kind == "adherence":
            return self.tr("% of the plan done")
        assert test_id is not None
        units = {"degrees": self.tr("Degrees"), "seconds": self.tr("Seconds"), "reps": self.tr("Repetitions")}
        unit = units.get(self.catalogue.tests[test_id].input.kind, "")
        return self.tr("Difference between sides ({unit})").format(unit=unit.lower()) if kind == "asymmetry" else unit

    def _show(self, chart: QChart) -> None:
        """QChartView releases the chart it showed: delete that one, keep the new one referenced."""
        previous = self.view.chart()
        self.view.setChart(chart)
        self.chart = chart
        if previous is not None and previous is not chart:
            previous.deleteLater()

    def save_png(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), str(Path.home() / "chart.png"),
                                                  self.tr("PNG images (*.png)"))
        from PySide6.QtCore import QBuffer, QIODevice

        from core.files import OutputError, WriteFailed, write_atomically
        from ui.output import checked_output, refuse

        target = checked_output(self, path, self.store.protected) if path else None
        if target is None:
            return
        image = QBuffer()  # made in memory, then written as every other file is: whole, or not at all, with why
        image.open(QIODevice.OpenModeFlag.WriteOnly)
        self.view.grab().save(image, "PNG")
        try:
            write_atomically(target, bytes(image.data().data()))
        except (OutputError, WriteFailed) as error:
            refuse(self, error)
