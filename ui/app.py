"""Starts the desktop app: one QApplication, core's text routed through Qt's translator."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from core import __version__, i18n


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and data land in the right folders."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Rebalance")
    app.setOrganizationName("Rebalance")
    app.setApplicationVersion(__version__)
    i18n.install(QCoreApplication.translate)
    return app


def run_app(data_dir: str | None = None, database_url: str | None = None, quit_after_show: bool = False) -> int:
    """Show the main window and run the event loop until it closes.

    quit_after_show is the bundle check: start, show, load the data, quit (0 when it loaded).
    """
    from ui import errors
    from ui import settings as options
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.theme import apply_theme

    app = create_application()
    errors.install()
    settings = Settings.for_data_dir(data_dir)
    apply_theme(app, settings.get(options.THEME), settings.get(options.TEXT_SCALE))
    window = MainWindow(data_dir, database_url, settings)
    window.show()
    if quit_after_show:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.load)
        QTimer.singleShot(500, lambda: app.exit(0 if window.store is not None else 1))
    status = app.exec()
    if window.store is not None:  # closing merges SQLite's write-ahead log back into the database file
        window.store.close()
    return status
