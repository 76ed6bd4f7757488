"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.answers import AnswersError


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename over it in one step.

    The folder must exist: creating folders from a typo would hide the mistake.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise AnswersError(str(path), f"the folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
