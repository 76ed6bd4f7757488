"""The main window: the home view, and the assessment wizard in its place while it runs.

The database and the catalogue load just after the first paint, so the window appears at
once; a database that cannot be opened is explained and nothing is touched.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from core import __version__
from ui import settings as options
from ui.home import HomeView
from ui.opening import DataOpener, open_data
from ui.settings import Settings
from ui.widgets import sound

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import Store
    from ui.history.view import HistoryView
    from ui.session.player import SessionView
    from ui.wizard.wizard import AssessmentWizard


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None, database_url: str | None = None,
                 settings: Settings | None = None, tick_ms: int = 1000) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Rebalance"))
        self.resize(1100, 760)
        self.data_dir, self.database_url, self.tick_ms = data_dir, database_url, tick_ms
        self.settings = settings or Settings.for_data_dir(data_dir)
        sound.set_enabled(self.settings.get(options.TIMER_SOUND))
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.wizard: AssessmentWizard | None = None
        self.history: HistoryView | None = None
        self.session: SessionView | None = None
        self.welcome: QDialog | None = None
        self.preferences: QDialog | None = None
        self.home = HomeView()
        self.home.start_requested.connect(self.start_assessment)
        self.home.history_requested.connect(self.show_history)
        self.home.programme.start_requested.connect(self.start_session)
        self.home.programme.calendar_requested.connect(self.export_calendar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._build_menu()
        self.load_error = ""
        self._load_scheduled = False
        self.opener: DataOpener | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, open the data: the window appears before any slow work."""
        super().paintEvent(event)
        if not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(0, self, self._glance_then_load)  # not after the window is gone

    def _glance_then_load(self) -> None:
        """Show the saved profiles from a light read-only look (core.glance) and paint them, then
        open the store and the catalogue in a worker thread (ui.opening), so the window answers."""
        if not self.isVisible():  # hidden or closed meanwhile: the next paint schedules this again
            self._load_scheduled = False
            return
        if self.store is None and not self.load_error:
            from core.glance import glance

            seen = glance(self.data_dir, self.database_url, self.settings.get(options.LAST_PROFILE))
            if seen is not None:
                self.home.show_glance(seen)
                self.home.repaint()
        if self.opener is None and self.store is None and not self.load_error:
            # No cyclic garbage collection while the worker runs: a collection it triggered could
            # destroy a Qt object's wrapper on the wrong thread. _attach() turns it back on.
            gc.disable()
            self.opener = DataOpener(self.data_dir, self.database_url, self)
            self.opener.finished.connect(self._opened)
            self.opener.start()

    def load(self) -> None:
        """Open the store and the catalogue now (the bundle check and the screenshots need them at
        once), or wait for the opening already under way."""
        self._load_scheduled = True
        if self.opener is not None:
            self.opener.wait()
            self._opened()
        elif self.store is None and not self.load_error:
            self._attach(*open_data(self.data_dir, self.database_url))

    def _opened(self) -> None:
        if self.opener is not None:
            self._attach(self.opener.store, self.opener.catalogue, self.opener.error)

    def _attach(self, store: Store | None, catalogue: Catalogue | None, error: str) -> None:
        """Show the opened data (once: load() may have waited for the opener before its signal came)."""
        if self.store is not None or self.load_error:
            return
        if store is not None and not gc.get_freeze_count():
            # What is loaded by now (modules, the catalogue, the database's mappings) lives as long
            # as the app: kept out of the garbage collector's full passes, which otherwise scan all
            # of it and freeze the window for 50-100 ms at moments nobody chose; frozen before the
            # collector is switched back on, whose first passes would scan it all. Once per process.
            gc.freeze()
        gc.enable()
        if store is None or catalogue is None:
            self.load_error = error or self.tr("an unexpected error (nothing was changed)")
            self.home.show_unavailable(self.load_error)
            QMessageBox.critical(self, self.tr("Rebalance cannot open its data"), self.load_error)
            return
        self.store, self.catalogue = store, catalogue
        for action in self.data_actions:
            action.setEnabled(True)
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
        new = self._action(file_menu, self.tr("&New profile…"), self.home.new_profile, QKeySequence.StandardKey.New)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("&Export profile…"), self.export_profile)
        self.import_action = self._action(file_menu, self.tr("&Import profile…"), self.import_profile)
        # On once the data is open: they need the store or the catalogue.
        self.data_actions = [new, self.export_action, self.import_action]
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Preferences…"), self.show_preferences,
                     QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Doing the tests &safely"), lambda: self.show_help("safety"),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("What the &results mean"), lambda: self.show_help("results"))
        self.data_actions += [
            self._action(help_menu, self.tr("&Sources"), lambda: self.show_help("sources")),
            self._action(help_menu, self.tr("&Welcome and sample profile"), lambda: self.show_welcome()),
        ]
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Rebalance"), self.show_about)
        for action in self.data_actions:
            action.setEnabled(False)

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
        from core.posture import finder  # loaded with the wizard already

        self._back_home(self.wizard)
        self.wizard = None
        finder.shut_down()  # its process holds 120-180 MB; the next assessment's photo dialog starts another

    def _back_home(self, view: QWidget | None) -> None:
        """Leave a wizard or history view: remove it and show the refreshed home view."""
        from ui.pdf_export import PdfWorker

        PdfWorker.wait_all()  # a PDF still being written finishes before its view goes
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
        self.history = HistoryView(self.store, self.catalogue, profile, self.settings.get(options.PAPER))
        self.history.closed.connect(self.end_history)
        self.stack.addWidget(self.history)
        self.stack.setCurrentWidget(self.history)

    def end_history(self) -> None:
        self._back_home(self.history)
        self.history = None

    # ---------------------------------------------------------------- the programme
    def start_session(self) -> None:
        """Today's exercises, full window, in place of home until the person goes back."""
        from ui.session.player import SessionView

        panel = self.home.programme
        if self.store is None or self.catalogue is None or panel.programme is None:
            return
        self.session = SessionView(self.catalogue, self.store, panel.profile, panel.items_today(), panel.today(),
                                   tick_ms=self.tick_ms)
        self.session.closed.connect(self.end_session)
        self.stack.addWidget(self.session)
        self.stack.setCurrentWidget(self.session)
        self.session.begin()

    def end_session(self) -> None:
        self._back_home(self.session)
        self.session = None

    def export_calendar(self) -> None:
        from ui.session.calendar import export_calendar

        export_calendar(self.home.programme, self)

    # ---------------------------------------------------------------- moving a profile
    def export_profile(self) -> None:
        """The chosen person's profile, every assessment and the exercise log, as one JSON file."""
        import json

        from core.files import write_atomically
        from core.store.transfer import export_profile
        from ui.output import checked_output, reason_of

        profile = self.home.current()
        if self.store is None or not profile:
            QMessageBox.information(self, self.tr("Export profile"), self.tr("Choose a profile on the left first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the profile of {name}").format(name=profile),
                                              str(Path.home() / f"Rebalance {profile}.json"),
                                              self.tr("Rebalance profiles (*.json)"))
        target = checked_output(self, path, self.store.protected) if path else None
        if target is None:  # none chosen, or one that must not be written (the database itself): said why
            return
        try:
            document = export_profile(self.store, profile, self._with_photos(profile))
            text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
            write_atomically(target, text.encode("utf-8"))
        except Exception as error:
            QMessageBox.warning(self, self.tr("The profile was not exported"),
                                self.tr("{file} was not written: {reason}").format(file=Path(path).name,
                                                                                  reason=reason_of(error)))
            return
        QMessageBox.information(self, self.tr("Profile exported"), self.tr(
            "{count} assessments of {name} were saved in\n{path}").format(
                count=len(document["sessions"]), name=profile, path=path))

    def _with_photos(self, profile: str) -> bool:
        """Posture photos are personal: they go into an export only when the person says so (default no)."""
        from core.store.photos import profile_has_photos

        if self.store is None or not profile_has_photos(self.store, profile):
            return False
        answer = QMessageBox.question(
            self, self.tr("Include the photos?"),
            self.tr("{name}'s assessments keep posture photos. Include them in the exported file? Anyone who "
                    "gets the file can see them.").format(name=profile),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def import_profile(self) -> None:
        """A profile file from another computer: checked whole first; nothing saved is touched when it fails."""
        from core.jsondoc import DocumentError, read_document
        from core.store import StoreError
        from core.store.transfer import import_profile

        if self.store is None or self.catalogue is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a profile"), str(Path.home()),
                                              self.tr("Rebalance profiles (*.json)"))
        if not path:
            return
        try:
            document, _source = read_document(path)  # strict: a key given twice is refused, not guessed
            name, added = import_profile(self.store, document, self.catalogue)
        except DocumentError as error:  # the file is named in the message already: say only what is wrong
            reason = error.message if error.field_path == "(file)" else f"{error.field_path}: {error.message}"
        except (StoreError, LookupError, ValueError) as error:
            reason = str(error)
        else:
            self.home.refresh(name)
            done = self.tr("{added} new assessments were added to {name}.").format(added=added, name=name) if added \
                else self.tr("Every assessment in this file is already in {name}, so none was added; its exercise log "
                             "and guided sessions were merged in.").format(name=name)
            QMessageBox.information(self, self.tr("Profile imported"), done)
            return
        QMessageBox.warning(self, self.tr("The profile was not imported"), self.tr(
            "{file} was not imported: {reason}\n\nNothing already saved was changed.").format(
                file=Path(path).name, reason=reason))

    # ---------------------------------------------------------------- dialogs
    def show_preferences(self) -> None:
        from ui.dialogs import PreferencesDialog
        from ui.theme import apply_theme

        self.preferences = dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.get(options.THEME), self.settings.get(options.TEXT_SCALE))
            sound.set_enabled(self.settings.get(options.TIMER_SOUND))

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
        """Closing mid-assessment keeps every answer as a draft, mid-session what was done; a PDF being written
        is finished first, and so is an assessment being saved with its photos."""
        from ui.pdf_export import PdfWorker

        PdfWorker.wait_all()
        if self.opener is not None:  # the thread must not outlive the window; its store is closed with it
            self.opener.wait()
            if self.store is None and self.opener.store is not None:
                self.opener.store.close()
            self.opener = None  # its finished signal, still queued, then attaches nothing
            gc.enable()
        if self.session is not None:
            self.session.keep_unsaved()
        try:
            if self.wizard is not None:
                self.wizard.finish_saving()
        finally:  # a save that failed (the error hook says why) still leaves the answers as a draft
            if self.wizard is not None and self.wizard.saved_id is None:
                self.wizard.store_current()
                self.wizard.save_draft()
            super().closeEvent(event)
