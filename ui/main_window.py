"""The main window: the home view, and the assessment wizard in its place while it runs.

The database and the catalogue load just after the first paint, so the window appears at
once; a database that cannot be opened is explained and nothing is touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from core import __version__
from ui import settings as options
from ui.home import HomeView
from ui.settings import Settings

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import Store
    from ui.history.view import HistoryView
    from ui.wizard.wizard import AssessmentWizard


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None, database_url: str | None = None,
                 settings: Settings | None = None, tick_ms: int = 1000) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Rebalance"))
        self.resize(1100, 760)
        self.data_dir, self.database_url, self.tick_ms = data_dir, database_url, tick_ms
        self.settings = settings or Settings(Path(data_dir) if data_dir else None)
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.wizard: AssessmentWizard | None = None
        self.history: HistoryView | None = None
        self.welcome: QDialog | None = None
        self.home = HomeView()
        self.home.start_requested.connect(self.start_assessment)
        self.home.history_requested.connect(self.show_history)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._build_menu()
        self.load_error = ""
        self._load_scheduled = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, open the data: the window appears before any slow work."""
        super().paintEvent(event)
        if not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(0, self.load)

    def load(self) -> None:
        """Open the database and the catalogue once the window is on screen."""
        self._load_scheduled = True
        if self.store is not None or self.load_error:
            return
        from core.catalogue import CatalogueError, default_catalogue
        from core.store import StoreError, open_store

        try:
            self.catalogue = default_catalogue()
            self.store = open_store(self.data_dir, self.database_url)
        except (StoreError, CatalogueError, OSError) as error:
            self.load_error = str(error)
            QMessageBox.critical(self, self.tr("Rebalance cannot open its data"), self.load_error)
            return
        self.home.attach(self.store, self.catalogue, self.settings.get(options.LAST_PROFILE))
        if not self.settings.get(options.WELCOME_SEEN):
            self.show_welcome()

    def show_welcome(self) -> None:
        """Shown once: what the app does and does not do, where the data is, a sample to explore."""
        from core.store.location import locate
        from ui.welcome import WelcomeDialog

        location = locate(self.data_dir, self.database_url).describe()
        self.welcome = WelcomeDialog(location, self)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.show()
        self.settings.set(options.WELCOME_SEEN, True)

    def open_sample(self) -> None:
        from core.samples import add_sample_profile

        if self.store is not None and self.catalogue is not None:
            name = self.tr("Sample (made up)")
            add_sample_profile(self.store, self.catalogue, name)
            self.home.refresh(name)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New profile…"), self.home.new_profile, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Preferences…"), self.show_preferences,
                     QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Doing the tests &safely"), lambda: self.show_help("safety"),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("What the &results mean"), lambda: self.show_help("results"))
        self._action(help_menu, self.tr("&Sources"), lambda: self.show_help("sources"))
        self._action(help_menu, self.tr("&Welcome and sample profile"), lambda: self.show_welcome())
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Rebalance"), self.show_about)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ---------------------------------------------------------------- assessment
    def start_assessment(self, profile: str, resume: bool) -> None:
        from ui.wizard.wizard import AssessmentWizard

        if self.store is None or self.catalogue is None or not profile:
            return
        draft = self.store.load_draft(profile) if resume else None
        if not resume:
            self.store.clear_draft(profile)
        info = self.home.profile_info()
        self.settings.set(options.LAST_PROFILE, profile)
        self.wizard = AssessmentWizard(
            self.catalogue, self.store, profile, year_of_birth=info.year_of_birth if info else None,
            sex=info.sex if info else None, draft=draft, paper=self.settings.get(options.PAPER),
            tick_ms=self.tick_ms)
        self.wizard.assessment_closed.connect(self.end_assessment)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self.wizard.restart()
        self.wizard.resume()
        self.wizard.focus_first()

    def end_assessment(self) -> None:
        self._back_home(self.wizard)
        self.wizard = None

    def _back_home(self, view: QWidget | None) -> None:
        """Leave a wizard or history view: remove it and show the refreshed home view."""
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.stack.setCurrentWidget(self.home)
        self.home.refresh()
        self.home.start_button.setFocus()

    def show_history(self, profile: str) -> None:
        from ui.history.view import HistoryView

        if self.store is None or self.catalogue is None or not profile:
            return
        self.history = HistoryView(self.store, self.catalogue, profile)
        self.history.closed.connect(self.end_history)
        self.stack.addWidget(self.history)
        self.stack.setCurrentWidget(self.history)

    def end_history(self) -> None:
        self._back_home(self.history)
        self.history = None

    # ---------------------------------------------------------------- dialogs
    def show_preferences(self) -> None:
        from ui.dialogs import PreferencesDialog
        from ui.theme import apply_theme

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.get(options.THEME), self.settings.get(options.TEXT_SCALE))

    def show_help(self, topic: str) -> None:
        from ui.dialogs import HelpDialog

        HelpDialog(topic, self.catalogue, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Rebalance"), self.tr(
            "Rebalance {version}\n\nA muscle-balance self-assessment for back and neck pain: it stretches "
            "only what tests short and strengthens only what tests weak.\n\nIts findings are tendencies to "
            "work on, not a diagnosis, and it does not replace a doctor or physiotherapist."
        ).format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-assessment keeps every answer as a draft."""
        if self.wizard is not None and self.wizard.saved_id is None:
            self.wizard.store_current()
            self.wizard.save_draft()
        super().closeEvent(event)
