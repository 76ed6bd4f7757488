"""Writing output files: never over the database or its backups, never half a file.

Every command that writes (routine --pdf, export, figures, screenshots) and every file
dialog of the app checks its target here first, so a slip of the keyboard such as
``export --profile Alex ~/.local/share/Rebalance/rebalance.sqlite3`` cannot replace the
database with the export.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core.i18n import QT_TRANSLATE_NOOP, translate


class OutputError(ValueError):
    """An output path that must not be written (bad input, nothing written): names the path."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{path}: {message}")


class WriteFailed(OSError):
    """Writing failed (folder unwritable, disk full, ...): one line naming the path and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# Why the system refused to write, in words a person can act on (the C library's "Errno 28" says nothing
# to them); an errno not listed keeps the system's own words.
_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "files", "the folder is not writable (you have no permission to write there); choose another folder")
_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("files", "the disk is full; free some space, or choose another disk"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("files", "your share of the disk is used up; free some space or choose "
                                             "another disk"),
    errno.EACCES: _NOT_WRITABLE,
    errno.EPERM: _NOT_WRITABLE,
    errno.EROFS: QT_TRANSLATE_NOOP("files", "the disk or folder is read-only; choose another folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("files", "that name is a folder, not a file; choose a file name"),
    errno.ENOENT: QT_TRANSLATE_NOOP("files", "the folder no longer exists; choose another folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("files", "the file name is too long; choose a shorter one"),
    errno.EIO: QT_TRANSLATE_NOOP("files", "the disk reported an error (it may be failing or disconnected)"),
}


def plain_reason(error: OSError) -> str:
    """Why writing failed, in plain words (translated); never empty."""
    reason = _REASONS.get(error.errno or 0)
    if reason is not None:
        return translate("files", reason)
    said = error.strerror or str(error) or type(error).__name__
    return translate("files", "the system refused to write it ({reason})").format(reason=said)


@dataclass(frozen=True)
class Protected:
    """What no output may replace: the database files, and folders (backups) kept whole."""

    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()


def _same_file(target: Path, kept: Path) -> bool:
    try:
        return os.path.samefile(target, kept)  # hard links and symbolic links alike
    except OSError:
        return False


def _guarded(target: Path, protected: Protected) -> bool:
    resolved = target.resolve()
    for kept in protected.files:
        if resolved == kept.resolve() or _same_file(target, kept):
            return True
    return any(resolved == folder.resolve() or resolved.is_relative_to(folder.resolve())
               for folder in protected.folders)


def check_output_file(path: Path, protected: Protected, force: bool) -> None:
    """Refuse a target that is the database, a backup, not a regular file, or exists without force."""
    if _guarded(path, protected):
        raise OutputError(path, translate(
            "files", "this is Rebalance's own database or backup; choose another file name"))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path, translate("files", "the folder {folder} does not exist").format(folder=folder))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise WriteFailed(path, plain_reason(error)) from error
    if not stat.S_ISREG(mode):
        raise OutputError(path, translate("files", "exists and is not a regular file; choose a file name"))
    if not force:
        raise OutputError(path, translate("files", "already exists; add --force to overwrite it"))


def check_output_folder(folder: Path, protected: Protected, force: bool) -> None:
    """Refuse a folder that is (or is inside) the backups, is not a folder, or is not empty without force."""
    if _guarded(folder, protected):
        raise OutputError(folder, translate("files", "this is Rebalance's own data; choose another folder"))
    if not folder.exists():
        return
    if not folder.is_dir():
        raise OutputError(folder, translate("files", "exists and is not a folder; choose a folder"))
    if not force and any(folder.iterdir()):
        raise OutputError(folder, translate(
            "files", "the folder is not empty; add --force to overwrite the files in it"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename over it in one step.

    The folder must exist: creating folders from a typo would hide the mistake. An
    OSError (unwritable folder, full disk) becomes WriteFailed naming the path.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(path, translate("files", "the folder {folder} does not exist").format(folder=folder))
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise WriteFailed(path, plain_reason(error)) from error
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
