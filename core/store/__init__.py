"""Sessions on SQLite (or PostgreSQL for a clinic): profiles, history, drafts, exercise log.

Importing this package is cheap; SQLAlchemy and Alembic load when a store is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.store.errors import NotFound, StoreError

if TYPE_CHECKING:
    from core.store.repository import Store

__all__ = ["NotFound", "StoreError", "open_store"]


def open_store(data_dir: str | None = None, database_url: str | None = None) -> Store:
    """Open (creating or migrating as needed) the database the options or environment name."""
    from core.store.database import locate, open_engine
    from core.store.repository import Store

    location = locate(data_dir, database_url)
    return Store(open_engine(location), location.protected())
