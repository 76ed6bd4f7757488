"""The exercise log: tick today's exercises per side, rate today's pain, see weekly adherence."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.adherence import Tick, adherence_by_week, ticks
from core.progress import latest_routine
from core.wording import side_name

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import SessionSummary, Store

UNRATED = -1  # the pain box's "not rated" position, below 0


class LogTab(QWidget):
    def __init__(self, store: Store, catalogue: Catalogue, profile: str) -> None:
        super().__init__()
        self.store, self.catalogue, self.profile = store, catalogue, profile
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(self.tr("ddd d MMMM yyyy", "Qt date format of the exercise log's day"))
        self.day.setAccessibleName(self.tr("Day"))
        self.day.dateChanged.connect(lambda _: self.load_day())
        self.pain = QSpinBox()
        self.pain.setRange(UNRATED, 10)  # a day saved without a rating records no pain, not 0
        self.pain.setSpecialValueText(self.tr("not rated"))
        self.pain.setAccessibleName(self.tr("Pain that day, 0 to 10"))
        self.boxes: list[tuple[Tick, QCheckBox]] = []
        self.list = QVBoxLayout()
        self.save_button = save = QPushButton(self.tr("Save this day"))
        save.clicked.connect(lambda _=False: self.save_day())
        self.weeks = QLabel()
        self.weeks.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Pain that day:"), self.pain)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tick what you did:")))
        layout.addLayout(self.list)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.weeks)
        layout.addStretch(1)
        self.summaries: list[SessionSummary] = []

    def planned(self) -> list[Tick]:
        """The ticks of the latest routine given (the latest session that was not stopped)."""
        newest_first = (self.store.load_session(s.id).result for s in reversed(self.summaries) if s.status == "ok")
        return ticks(latest_routine(newest_first), self.catalogue)

    def refresh(self, summaries: list[SessionSummary]) -> None:
        self.summaries = summaries
        for _, box in self.boxes:
            box.deleteLater()
        self.boxes = []
        for tick in self.planned():
            name = self.catalogue.exercises[tick.exercise].name
            label = name if tick.side == "both" else f"{name} ({side_name(tick.side)})"
            box = QCheckBox(label)
            self.list.addWidget(box)
            self.boxes.append((tick, box))
        if not self.boxes:
            self.weeks.setText(self.tr("There is no routine to log yet: save an assessment first."))
        self.load_day()

    def selected_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def load_day(self) -> None:
        entries = {(exercise, side): (done, pain) for day, exercise, side, done, pain
                   in self.store.exercise_log(self.profile) if day == self.selected_day()}
        pains = [pain for _, pain in entries.values() if pain is not None]
        self.pain.setValue(pains[0] if pains else UNRATED)
        for tick, box in self.boxes:
            box.setChecked(entries.get((tick.exercise, tick.side), (False, None))[0])
        self.show_weeks()

    def save_day(self) -> None:
        """Saving a day again edits it; it never adds a second entry."""
        pain = None if self.pain.value() == UNRATED else self.pain.value()
        for tick, box in self.boxes:
            self.store.log_exercise(self.profile, self.selected_day(), tick.exercise, tick.side, box.isChecked(),
                                    pain)
        self.show_weeks()

    def show_weeks(self) -> None:
        if not self.boxes:
            return
        weeks = adherence_by_week([tick for tick, _ in self.boxes], self.store.exercise_log(self.profile))
        lines = [self.tr("Week of {day}: {percent:.0f} % of the plan done").format(
            day=week.strftime("%d %b"), percent=percent) for week, percent in weeks]
        self.weeks.setText("\n".join(lines) or self.tr("Nothing logged yet."))
