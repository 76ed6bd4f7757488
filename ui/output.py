"""The app's side of core.files: a chosen output path is checked, and a refusal or failure is shown.

The file dialogs have already asked before overwriting, so an existing file is allowed;
the database, its journals and its backups never are, whatever the dialog said. Every
message names the file and says why, in plain words: never a bare "could not be written".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.files import OutputError, Protected, WriteFailed, check_output_file, plain_reason


def reason_of(error: Exception) -> str:
    """What a person can act on; a library's own error text never reaches them."""
    from core.jsondoc import DocumentError
    from core.report.errors import ReportError

    if isinstance(error, OutputError):
        return error.message  # our own words, written for a person (the path is said beside them)
    if isinstance(error, WriteFailed):
        return error.reason
    if isinstance(error, DocumentError | ReportError):
        return str(error)
    if isinstance(error, OSError):
        return plain_reason(error)
    return QCoreApplication.translate("output", "Rebalance could not lay out this document. Please report it; "
                                                "nothing was written.")


def refuse(parent: QWidget | None, error: OutputError | WriteFailed) -> None:
    """The file named in full, and why it was not written."""
    QMessageBox.warning(parent, QCoreApplication.translate("output", "The file was not written"),
                        QCoreApplication.translate("output", "{path} was not written: {reason}").format(
                            path=error.path, reason=reason_of(error)))


def checked_output(parent: QWidget | None, path: str, protected: Protected) -> Path | None:
    """The path to write, or None (after saying why) when it must not be written."""
    target = Path(path)
    try:
        check_output_file(target, protected, force=True)
    except (OutputError, WriteFailed) as error:
        refuse(parent, error)
        return None
    return target
