"""Two sessions side by side: each test with both values and a signed, labelled change."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.history import snapshot
from core.progress import compare
from core.wording import side_name, value_text
from ui.history.when import SessionNames
from ui.session.weekly import regularity_text

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import SessionSummary, Store

# direction -> (marker, colour): the word and the arrow carry the meaning, the colour only helps
MARKS = {"better": ("▲", "#1b7f3b"), "worse": ("▼", "#b3261e"), "same": ("=", "#6b645c")}


class CompareTab(QWidget):
    def __init__(self, store: Store, catalogue: Catalogue, profile: str) -> None:
        super().__init__()
        self.store, self.catalogue, self.profile = store, catalogue, profile
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setAccessibleName(self.tr("Earlier assessment"))
        self.newer.setAccessibleName(self.tr("Later assessment"))
        previous = QPushButton(self.tr("Latest against previous"))
        first = QPushButton(self.tr("Latest against first"))
        previous.clicked.connect(lambda: self.choose(-2, -1))
        first.clicked.connect(lambda: self.choose(0, -1))
        self.older.currentIndexChanged.connect(lambda _: self.show_change())
        self.newer.currentIndexChanged.connect(lambda _: self.show_change())
        picker = QHBoxLayout()
        for widget in (QLabel(self.tr("Compare")), self.older, QLabel(self.tr("with")), self.newer, previous, first):
            picker.addWidget(widget)
        self.dates = QStringListModel()
        self.older.setModel(self.dates)
        self.newer.setModel(self.dates)
        picker.addStretch(1)
        self.pain = QLabel()
        self.pain.setWordWrap(True)
        self.regularity = QLabel()
        self.regularity.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Test or muscle"), self.tr("Before"), self.tr("After"),
                                              self.tr("Change"), self.tr("Direction")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("What changed between the two assessments"))
        self.patterns = QLabel()
        self.patterns.setWordWrap(True)
        self.empty = QLabel(self.tr("One assessment is not a trend: repeat the assessment in a few weeks to "
                                    "compare."))
        self.empty.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        for part in (self.left_out, self.empty, self.pain, self.regularity, self.table, self.patterns):
            layout.addWidget(part)
        self.summaries: list[SessionSummary] = []

    def refresh(self, summaries: list[SessionSummary]) -> None:
        """Only assessments whose tests were done can be compared; the others are named, with why."""
        self.summaries = [s for s in summaries if s.status == "ok"]
        reasons = {"refer": self.tr("stopped at the safety questions (referred to a doctor): no tests were done"),
                   "incomplete": self.tr("the safety questions were not finished: no tests were done")}
        names = SessionNames(summaries)
        left_out = [self.tr("{date}: {why}").format(date=names.label(s),
                                                    why=reasons.get(s.status, s.status))
                    for s in summaries if s.status != "ok"]
        self.left_out.setText(self.tr("Left out of the comparison:") + "\n" + "\n".join(left_out) if left_out else "")
        self.left_out.setVisible(bool(left_out))
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
        self.dates.setStringList([names.label(s) for s in self.summaries])
        for combo in (self.older, self.newer):
            combo.blockSignals(False)
        enough = len(self.summaries) >= 2
        self.empty.setVisible(not enough)
        for widget in (self.pain, self.regularity, self.table, self.patterns):
            widget.setVisible(enough)
        if enough:
            self.choose(-2, -1)

    def choose(self, older: int, newer: int) -> None:
        if len(self.summaries) < 2:
            return
        self.older.blockSignals(True)
        self.older.setCurrentIndex(older % len(self.summaries))
        self.older.blockSignals(False)
        self.newer.setCurrentIndex(newer % len(self.summaries))
        self.show_change()

    def show_change(self) -> None:
        if len(self.summaries) < 2 or self.older.currentIndex() < 0 or self.newer.currentIndex() < 0:
            return
        older, newer = self.summaries[self.older.currentIndex()], self.summaries[self.newer.currentIndex()]
        before = snapshot(self.store, older.id)
        change = compare(before, snapshot(self.store, newer.id), self.catalogue)
        self.regularity.setText(regularity_text(self.store, self.catalogue, self.profile, older, newer,
                                                before.result.routine))
        self.change = change
        pain = change["pain"]
        if pain:
            verdict = self.tr("a meaningful change") if pain["meaningful"] else self.tr("within day-to-day variation")
            self.pain.setText(self.tr("Pain now: {a} → {b} ({d:+d}, {verdict})").format(
                a=pain["from"], b=pain["to"], d=pain["delta"], verdict=verdict))
        else:
            self.pain.setText(self.tr("Pain was not rated in both."))
        rows = [self._test_row(r) for r in change["tests"]] + [self._muscle_row(r) for r in change["muscles"]]
        order = {"better": 0, "worse": 1, "same": 2}  # what changed comes first
        rows.sort(key=lambda row: order[row[1]])
        self.table.setRowCount(len(rows))
        words = {"better": self.tr("better"), "worse": self.tr("worse"), "same": self.tr("no clear change")}
        for row, (cells, direction, tip) in enumerate(rows):
            marker, colour = MARKS[direction]
            for column, text in enumerate([*cells, f"{marker} {words[direction]}"]):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setForeground(QBrush(QColor(colour)))
                    item.setToolTip(tip)
                self.table.setItem(row, column, item)
        names = {key: ", ".join(self.catalogue.patterns[p].name for p in ids) or self.tr("none")
                 for key, ids in change["patterns"].items()}
        self.patterns.setText(self.tr("Patterns resolved: {resolved}\nNew patterns: {new}\nStill there: {kept}").format(
            **names))

    def _test_row(self, row: dict[str, Any]) -> tuple[list[str], str, str]:
        test = self.catalogue.tests[row["test"]]
        name = test.title + (f" ({side_name(row['side'])})" if row["side"] else "")
        delta = f"{row['delta']:+g}" if "delta" in row else ""
        tip = ""
        if "mdc" in row and test.input.mdc is not None:
            tip = self.tr("Only a change of {threshold} or more is more than this test's measurement error "
                          "(its minimal detectable change). {note}").format(
                              threshold=value_text(test, row["mdc"]), note=test.input.mdc.note)
        return [name, value_text(test, row["from"]), value_text(test, row["to"]), delta], row["direction"], tip

    def _muscle_row(self, row: dict[str, Any]) -> tuple[list[str], str, str]:
        name = f"{self.catalogue.muscles[row['muscle']].name} ({side_name(row['side'])})"
        return [name, row["from"], row["to"], ""], row["direction"], ""
