"""Every session of a profile, newest first: open one as it was saved, re-export, delete, CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.files import OutputError, WriteFailed, write_atomically
from ui.history.when import SessionNames
from ui.output import checked_output, refuse
from ui.pdf_export import PdfBar, PdfWorker, ask_pdf_path, report_pdf

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import SessionSummary, Store


class SessionsModel(QAbstractTableModel):
    """Sessions newest first; rows are formatted only when the view asks (a year or more of them)."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.rows: list[SessionSummary] = []
        self.names = SessionNames([])
        self.headers = [self.tr("Date"), self.tr("Pain"), self.tr("Patterns found"), self.tr("Outcome")]
        self.outcomes = {"ok": self.tr("routine given"), "refer": self.tr("referred to a doctor"),
                         "incomplete": self.tr("screening unfinished")}

    def set_rows(self, summaries: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(summaries))
        self.names = SessionNames(summaries)
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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:  # the whole list when it is cut short
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return self.names.label(summary)
        if index.column() == 1:
            return "–" if summary.pain_now is None else str(summary.pain_now)
        if index.column() == 2:
            names = [self.catalogue.patterns[p].name for p in summary.patterns if p in self.catalogue.patterns]
            return ", ".join(names) or self.tr("none")
        return self.outcomes.get(summary.status, summary.status)


class SessionsTab(QWidget):
    changed = Signal()
    exported = Signal(str)  # the path of a PDF written (or attempted)

    def __init__(self, store: Store, catalogue: Catalogue, profile: str, paper: str = "a4") -> None:
        super().__init__()
        self.store, self.catalogue, self.profile, self.paper = store, catalogue, profile, paper
        self.model = SessionsModel(catalogue)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self.fit_columns)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Saved assessments, newest first"))
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.open_button = QPushButton(self.tr("Open…"))
        self.pdf_bar = PdfBar(self.tr("Export its routine as PDF…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.csv_button = QPushButton(self.tr("Export history as CSV…"))
        # clicked(bool) carries "checked": each slot is wrapped so that argument never reaches it
        self.open_button.clicked.connect(lambda _=False: self.open_selected())
        self.pdf_bar.button.clicked.connect(lambda _=False: self.export_selected())
        self.delete_button.clicked.connect(lambda _=False: self.delete_selected())
        self.csv_button.clicked.connect(lambda _=False: self.export_csv())
        buttons = QHBoxLayout()
        for widget in (self.open_button, self.pdf_bar, self.delete_button, self.csv_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._name_export())
        self.worker: PdfWorker | None = None
        self.prompt: QMessageBox | None = None

    def refresh(self, summaries: list[SessionSummary]) -> None:
        self.model.set_rows(summaries)
        self.fit_columns(QApplication.font())
        if summaries:
            self.table.selectRow(0)
        self._name_export()

    def fit_columns(self, font: QFont) -> None:
        """Dates, pain and outcomes are never clipped, at any text size; measured from the texts
        themselves, not by asking the view to lay out a year of rows (bench/history_view.py)."""
        metrics, bold = QFontMetrics(font), QFont(font)
        bold.setBold(True)
        heading = QFontMetrics(bold)
        model = self.model
        for column, texts in ((0, model.names.widest_candidates(model.rows)), (1, ["10"]),
                              (3, model.outcomes.values())):
            widest = max([heading.horizontalAdvance(model.headers[column]),
                          *(metrics.horizontalAdvance(text) for text in texts)])
            self.table.setColumnWidth(column, widest + 2 * metrics.averageCharWidth() + 8)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id:
            SessionDialog(self.store, self.catalogue, session_id, self).open()

    def selected(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _name_export(self) -> None:
        """A referral has no routine: the same button then saves the letter for the doctor."""
        summary = self.selected()
        referral = summary is not None and summary.status == "refer"
        self.pdf_bar.button.setText(self.tr("Save the letter for the doctor as PDF…") if referral
                                    else self.tr("Export its routine as PDF…"))
        self.pdf_bar.button.setEnabled(summary is not None and self.worker is None)

    def export_selected(self) -> None:
        """Ask where, then write the PDF off the UI thread: the window stays responsive."""
        session_id = self.selected_id()
        if not session_id or self.worker is not None:
            return
        stored = self.store.load_session(session_id)
        referral = stored.result.status == "refer"
        stem = self.tr("Rebalance letter for the doctor") if referral else self.tr("Rebalance routine")
        title = self.tr("Save the letter for the doctor as PDF") if referral else self.tr("Export the routine as PDF")
        path = ask_pdf_path(self, title, f"{stem} {self.profile} {stored.taken_on.isoformat()}.pdf")
        if path is None:
            return
        catalogue, profile, paper = self.catalogue, self.profile, self.paper
        what = self.tr("The letter for the doctor") if referral else self.tr("The routine")

        from core.programme.phase import with_phase
        from core.store.programme_log import versions_to_print

        versions = versions_to_print(self.store, profile, session_id)  # the paper says which version is done now
        # The routine in force prints as home plays it, in its phase even when saved before results carried one.
        result = stored.result if versions is None else with_phase(stored.result, stored.answers, catalogue.programme)

        def make() -> bytes:
            from core.report.render import routine_pdf  # imported in the worker: ReportLab takes a while

            return routine_pdf(result, catalogue, profile, stored.taken_on, paper,  # type: ignore[arg-type]
                               versions or {})

        self.worker = PdfWorker(make, path, self.store.protected, self)
        self.worker.done.connect(lambda written, error: self._on_pdf_done(written, error, what))
        self.pdf_bar.busy()
        self.worker.start()

    def _on_pdf_done(self, path: str, error: str, what: str) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        self.pdf_bar.finished(path, error)
        self.prompt = report_pdf(self, path, error, what)
        self.exported.emit(path)

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

    def export_csv(self) -> None:
        from core.history import history_csv

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history as CSV"),
                                              str(Path.home() / f"Rebalance {self.profile}.csv"),
                                              self.tr("CSV files (*.csv)"))
        target = checked_output(self, path, self.store.protected) if path else None
        if target is None:
            return
        try:
            write_atomically(target, history_csv(self.store, self.profile, self.catalogue).encode("utf-8"))
        except (OutputError, WriteFailed) as error:
            refuse(self, error)


class SessionDialog(QDialog):
    """A saved session read-only, as its results page showed it, with the catalogue version behind it."""

    def __init__(self, store: Store, catalogue: Catalogue, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from core.wording import dose_text, side_name
        from ui.widgets.results_view import ResultsView
        from ui.wizard.base import wrapped

        stored = store.load_session(session_id)
        self.setWindowTitle(self.tr("Assessment of {date}").format(date=stored.taken_on.strftime("%d %B %Y")))
        self.resize(900, 680)
        self.header = header = QLabel(self.tr("Saved with catalogue {catalogue} by Rebalance {app}. Read-only.").format(
            catalogue=stored.catalogue_version or "?", app=stored.app_version or "?"))
        content = QWidget()
        column = QVBoxLayout(content)
        self.results = ResultsView(catalogue, stored.result)
        column.addWidget(self.results)
        routine = [entry for entry in stored.result.routine if entry.exercise in catalogue.exercises]
        if routine:
            column.addWidget(wrapped(self.tr("The routine given"), bold=True))
        for number, entry in enumerate(routine, start=1):
            exercise = catalogue.exercises[entry.exercise]
            column.addWidget(wrapped(f"{number}. {exercise.name} ({side_name(entry.side)}): "
                                     f"{dose_text(entry.dose, entry.side, exercise.sided)}"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def shown_text(self) -> str:
        """Every line the dialog shows, in order (what a screen reader would read)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
