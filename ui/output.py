"""The app's side of core.files: a chosen output path is checked, and a refusal is shown.

The file dialogs have already asked before overwriting, so an existing file is allowed;
the database, its journals and its backups never are, whatever the dialog said.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.files import OutputError, Protected, WriteFailed, check_output_file


def refuse(parent: QWidget | None, error: Exception) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("output", "The file was not written"), str(error))


def checked_output(parent: QWidget | None, path: str, protected: Protected) -> Path | None:
    """The path to write, or None (after saying why) when it must not be written."""
    target = Path(path)
    try:
        check_output_file(target, protected, force=True)
    except (OutputError, WriteFailed) as error:
        refuse(parent, error)
        return None
    return target
