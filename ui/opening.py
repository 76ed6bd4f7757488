"""The database and the catalogue opened off the UI thread, so the window answers while they load.

Opening imports SQLAlchemy and pydantic, reads the catalogue and checks the database: 0.3 to
0.6 s of work that froze the window just after it appeared (issue 16). A QThread does it now,
and prepares what the first assessment would otherwise wait for (prepare_ahead). Meanwhile the
window shows what the light read-only look found (core.glance), or "Loading…", and keeps the
people list and the buttons and menu items that need the data switched off until it is attached.
"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import Store


def open_data(data_dir: str | None, database_url: str | None) -> tuple[Store | None, Catalogue | None, str]:
    """The store and the catalogue, or the message that says why they cannot be opened."""
    from core.catalogue import CatalogueError, default_catalogue
    from core.store import StoreError, open_store

    try:
        catalogue = default_catalogue()
        return open_store(data_dir, database_url), catalogue, ""
    except (StoreError, CatalogueError, OSError) as error:
        return None, None, str(error)


class DataOpener(QThread):
    """Runs open_data() once; its outcome is read from the attributes after `finished`."""

    def __init__(self, data_dir: str | None, database_url: str | None, parent: QObject) -> None:
        super().__init__(parent)
        self.data_dir, self.database_url = data_dir, database_url
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.error = ""

    def run(self) -> None:
        try:
            self.store, self.catalogue, self.error = open_data(self.data_dir, self.database_url)
            if self.catalogue is not None:
                prepare_ahead(self.catalogue)
        except Exception as error:  # a fault of ours: say so in the window rather than wait forever
            traceback.print_exc()
            self.error = f"{type(error).__name__}: {error}"


def prepare_ahead(catalogue: Catalogue) -> None:
    """What the first assessment would otherwise wait for, done while nothing waits: the result's
    validators (pydantic builds them on first use, about 40 ms), the empty body map of the pain
    page (about 60 ms) and the wizard's modules (the engine, the pages, the photo step: about
    100 ms of imports that held "Start assessment" the first time). Importing defines classes
    only; no widget is made off the UI thread."""
    from core.figures.illustrate import body_map_with_regions
    from core.result import build_validators

    build_validators()
    body_map_with_regions(catalogue)
    import ui.wizard.wizard  # noqa: F401
