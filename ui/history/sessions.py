"""Every session of a profile, newest first: open one as it was saved, re-export, delete, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.files import OutputError, WriteFailed, write_atomically
from ui.output import checked_output, refuse

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import SessionSummary, Store


class SessionsModel(QAbstractTableModel):
    """Sessions newest first; rows are formatted only when the view asks (a year or more of them)."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.rows: list[SessionSummary] = []
        self.headers = [self.tr("Date"), self.tr("Pain"), self.tr("Patterns found"), self.tr("Outcome")]
        self.outcomes = {"ok": self.tr("routine given"), "refer": self.tr("referred to a doctor"),
                         "incomplete": self.tr("screening unfinished")}

    def set_rows(self, summaries: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(summaries))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return summary.taken_on.strftime("%d %b %Y")
        if index.column() == 1:
            return "–" if summary.pain_now is None else str(summary.pain_now)
        if index.column() == 2:
            names = [self.catalogue.patterns[p].name for p in summary.patterns if p in self.catalogue.patterns]
            return ", ".join(names) or self.tr("none")
        return self.outcomes.get(summary.status, summary.status)


class SessionsTab(QWidget):
    changed = Signal()

    def __init__(self, store: Store, catalogue: Catalogue, profile: str) -> None:
        super().__init__()
        self.store, self.catalogue, self.profile = store, catalogue, profile
        self.model = SessionsModel(catalogue)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Saved assessments, newest first"))
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Open…"), self.open_selected),
                           (self.tr("Export its routine as PDF…"), self.export_selected),
                           (self.tr("Delete…"), self.delete_selected),
                           (self.tr("Export history as CSV…"), self.export_csv)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, chosen=slot: chosen())  # not clicked(bool) as the path
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self, summaries: list[SessionSummary]) -> None:
        self.model.set_rows(summaries)
        if summaries:
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id:
            SessionDialog(self.store, self.catalogue, session_id, self).open()

    def export_selected(self, path: str | None = None) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        stored = self.store.load_session(session_id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the routine as PDF"),
                                                  str(Path.home() / f"Rebalance {self.profile} {stored.taken_on}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
        target = checked_output(self, path, self.store.protected) if path else None
        if target is not None:
            from core.report.render import routine_pdf

            self._write(target, routine_pdf(stored.result, self.catalogue, self.profile, stored.taken_on))

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        stored = self.store.load_session(session_id)
        answer = QMessageBox.warning(self, self.tr("Delete this assessment?"),
                                     self.tr("The assessment of {date} will be deleted for good.").format(
                                         date=stored.taken_on.strftime("%d %B %Y")),
                                     QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                                     QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self.store.delete_session(session_id)
            self.changed.emit()

    def export_csv(self, path: str | None = None) -> None:
        from core.history import history_csv

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history as CSV"),
                                                  str(Path.home() / f"Rebalance {self.profile}.csv"),
                                                  self.tr("CSV files (*.csv)"))
        target = checked_output(self, path, self.store.protected) if path else None
        if target is not None:
            self._write(target, history_csv(self.store, self.profile, self.catalogue).encode("utf-8"))

    def _write(self, target: Path, data: bytes) -> None:
        try:
            write_atomically(target, data)
        except (OutputError, WriteFailed) as error:
            refuse(self, error)


class SessionDialog(QDialog):
    """A saved session read-only, exactly as it was saved, with the catalogue version behind it."""

    def __init__(self, store: Store, catalogue: Catalogue, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from core.summary import result_summary

        stored = store.load_session(session_id)
        self.setWindowTitle(self.tr("Assessment of {date}").format(date=stored.taken_on.strftime("%d %B %Y")))
        self.resize(760, 640)
        self.header = header = QLabel(self.tr("Saved with catalogue {catalogue} by Rebalance {app}. Read-only.").format(
            catalogue=stored.catalogue_version or "?", app=stored.app_version or "?"))
        self.text = QTextBrowser()
        self.text.setPlainText(result_summary(stored.result, catalogue))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
