"""Writing a PDF from the app: ask where, make it off the UI thread, then offer to open it.

The wizard's routine page, its stop page and the history's re-export all print this way, so
the window never freezes while ReportLab works and every failure reads the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSize, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from core.files import Protected
from ui.output import reason_of


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfExport", text)


class PdfWorker(QThread):
    """Makes the document's bytes and writes them atomically; reports the path and any error."""

    done = Signal(str, str)  # path, error ("" when written)
    running: ClassVar[set[PdfWorker]] = set()  # every worker started and not yet waited for

    def __init__(self, make: Callable[[], bytes], path: Path, protected: Protected,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make, self.path, self.protected = make, path, protected
        PdfWorker.running.add(self)

    @classmethod
    def wait_all(cls) -> None:
        """Let every PDF being written finish: a view closing under a running thread would crash Qt. A worker
        stays listed until waited for here, even once its run() is over: the thread's last steps come after
        that, and deleting it before they are done calls into a half-destroyed QThread."""
        for worker in list(cls.running):
            if shiboken6.isValid(worker):
                worker.wait()
        cls.running.clear()

    def run(self) -> None:
        from core.files import check_output_file, write_atomically

        try:
            # the dialog asked before overwriting; the database and its backups are refused all the same
            check_output_file(self.path, self.protected, force=True)
            write_atomically(self.path, self.make())
            self.done.emit(str(self.path), "")
        except Exception as error:  # every failure becomes a message, never a crash
            self.done.emit(str(self.path), reason_of(error))


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The save dialog, suggesting a file in the home folder; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / file_name), _tr("PDF files (*.pdf)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


def report_pdf(parent: QWidget, path: str, error: str, what: str) -> QMessageBox | None:
    """After writing: the error, or an offer to open the file. Returned so callers (and tests) can hold it.

    The person may have closed the view that asked (finished the assessment, or gone back home from
    History) while the PDF was being made. No prompt then pops up for a view that is gone: a PDF written
    is said in the main window's status bar, with where it is, so they learn it without being
    interrupted in what they do now and can find the file later; a PDF not written is still said in a
    message box over the main window, because they believe they have it and must hear otherwise. With no
    window left at all (the app was closing) nothing is shown.
    """
    if not shiboken6.isValid(parent) or not parent.isVisible():
        home = _open_window(parent)
        if home is None:
            return None
        if not error:
            _status(home, _tr("{what} was saved as {path}").format(what=what, path=path))
            return None
        parent = home
    if error:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("The PDF was not written"),
                          _tr("{file} was not written: {reason}").format(file=Path(path).name, reason=error),
                          QMessageBox.StandardButton.Close, parent)
    else:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("PDF ready"),
                          _tr("{what} was saved as\n{path}\n\nOpen it now?").format(what=what, path=path),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
    box.open()
    return box


def _open_window(view: QWidget) -> QMainWindow | None:
    """The main window that held a view now closed, if it is still open."""
    holder = view.window() if shiboken6.isValid(view) else None
    if isinstance(holder, QMainWindow) and holder.isVisible():
        return holder
    return None


STATUS_MS = 30000  # long enough to read a path; the bar goes again with the message


def _status(window: QMainWindow, message: str) -> None:
    bar = window.statusBar()
    if not bar.property("hidesWhenEmpty"):
        bar.messageChanged.connect(lambda text: bar.setVisible(bool(text)))
        bar.setProperty("hidesWhenEmpty", True)
    bar.showMessage(message, STATUS_MS)
    bar.show()


class _Outcome(QLabel):
    """A wrapping label that still asks for one line's width: it takes a second line only when the row is
    short of room (a plain wrapping label would wrap even with room to spare)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(max(hint.width(), one_line), hint.height())


def keep_whole(button: QPushButton) -> None:
    """The button is never squeezed below its label's width (it follows the label when the text changes)."""
    button.setSizePolicy(QSizePolicy.Policy.Fixed, button.sizePolicy().verticalPolicy())


class PdfBar(QWidget):
    """The export button with its progress and outcome beside it, for a page's footer."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(text)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(_tr("Making the PDF"))
        # Where the row is short of room (a narrow window, a larger text size, the Save button beside it
        # saying "Saving photos…"), the button keeps its whole label and the outcome wraps onto more lines:
        # neither is cut off. The window cannot be made narrower than the buttons need.
        keep_whole(self.button)
        self.progress.setFixedWidth(self.progress.fontMetrics().averageCharWidth() * 8)  # busy, not a measure
        self.status = _Outcome()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.button)
        self.row.addWidget(self.progress)
        self.row.addWidget(self.status, 1)

    def busy(self) -> None:
        self.progress.setVisible(True)
        self.button.setEnabled(False)
        self.status.setText(_tr("Making the PDF…"))

    def finished(self, path: str, error: str) -> None:
        self.progress.setVisible(False)
        self.button.setEnabled(True)
        self.status.setText(_tr("Not written") if error else _tr("Saved as {file}").format(file=Path(path).name))
