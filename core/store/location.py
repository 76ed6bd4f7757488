"""Where the database lives: the options, the environment or the platform's data folder.

Kept apart from the database code so that knowing the place (to protect it from being
overwritten by an output file, or to name it) needs neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from core.files import Protected

FILE_NAME = "rebalance.sqlite3"
BACKUPS = "backups"


@dataclass(frozen=True)
class Location:
    url: str
    file: Path | None = None  # set for SQLite

    @property
    def backups(self) -> Path | None:
        return self.file.parent / BACKUPS if self.file else None

    def protected(self) -> Protected:
        """The files no output may replace: the database, its journals, the backups."""
        if self.file is None:
            return Protected()
        journals = tuple(self.file.with_name(self.file.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
        return Protected(files=(self.file, *journals), folders=(self.file.parent / BACKUPS,))

    def describe(self) -> str:
        return str(self.file) if self.file else self.url.split("@")[-1]


def data_folder(data_dir: str | None = None) -> Path | None:
    """The data folder the option (--data-dir) or else REBALANCE_DATA_DIR names; None for the platform's."""
    folder = data_dir or os.environ.get("REBALANCE_DATA_DIR")
    return Path(folder).expanduser().resolve() if folder else None


def locate(data_dir: str | None = None, database_url: str | None = None) -> Location:
    """--database-url, then REBALANCE_DATABASE_URL, then the SQLite file in the data folder."""
    url = database_url or os.environ.get("REBALANCE_DATABASE_URL")
    if url:
        return Location(url)
    folder = data_folder(data_dir)
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("Rebalance", "Rebalance")).resolve()
    file = folder / FILE_NAME
    return Location(f"sqlite:///{file}", file)
