"""What the person sees when an action fails in a way no dialog of its own catches.

An exception raised inside a Qt slot does not stop the app: PySide prints it and the click
simply does nothing, which reads as a broken button. The commonest cause on a real machine
is the store refusing to write (a read-only or full data folder, a server gone), and the
store already says which in words; this hook puts those words in front of the person and
says that nothing saved before has changed (the store writes in whole transactions).
Anything else is a defect: the person is told plainly, with the details to send us.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook for the app: print as Python would, then explain in a message box."""
    traceback.print_exception(kind, error, trace, file=sys.stderr)
    from core.store import StoreError

    parent = QApplication.activeWindow()
    if isinstance(error, StoreError):
        QMessageBox.warning(parent, _tr("Not saved"), _tr(
            "Rebalance could not save this: {reason}.\n\nEverything saved before is unchanged. "
            "You can still look at history and export it.").format(reason=str(error).rstrip(".")))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Something went wrong"), _tr(
        "Rebalance met an error it did not expect, so that action was not done. Everything saved "
        "before is unchanged. If it happens again, please send us the details below."), parent=parent)
    box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
    box.exec()


def install() -> None:
    """Route uncaught exceptions from slots to show_error (only in the running app; tests use
    pytest-qt's own hook so that an unexpected exception fails them)."""
    sys.excepthook = show_error
