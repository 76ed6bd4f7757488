"""The home view: profiles on the left; the chosen person's last result and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.jsondoc import DocumentError
from ui.session.panel import ProgrammePanel
from ui.theme import REFERRAL_STYLE
from ui.widgets.heading import Heading
from ui.widgets.referral import referral_lines
from ui.widgets.svg_view import SvgView

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.glance import Glance, LastSession
    from core.store.repository import ProfileInfo, SessionSummary, Store


class HomeView(QWidget):
    start_requested = Signal(str, bool)  # profile, resume the draft
    history_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.profiles = QListWidget()
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.profiles.currentItemChanged.connect(lambda *_: self._show_profile())
        self.new_button = QPushButton(self.tr("New profile…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("People")))
        left.addWidget(self.profiles, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            left.addWidget(button)
        self.title = Heading(self.tr("Loading…"), 1.6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.referral = QLabel()
        self.referral.setObjectName("referral")
        self.referral.setStyleSheet(REFERRAL_STYLE)
        self.referral.setWordWrap(True)
        self.referral.setTextFormat(Qt.TextFormat.PlainText)
        self.referral.setVisible(False)
        self.start_button = QPushButton(self.tr("Start a new assessment"))
        self.resume_button = QPushButton(self.tr("Resume where you left off"))
        self.history_button = QPushButton(self.tr("History"))
        self.start_button.clicked.connect(self.start_new)
        self.resume_button.clicked.connect(lambda: self.start_requested.emit(self.current() or "", True))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.current() or ""))
        note = QLabel(self.tr("Findings are tendencies to work on, not a diagnosis. Red-flag questions come "
                              "first, and Rebalance stops and tells you when to see a doctor."))
        note.setWordWrap(True)
        for button in (self.resume_button, self.start_button, self.history_button):
            button.setMinimumHeight(40)
            button.setMaximumWidth(360)
        self.start_button.setDefault(True)
        right = QVBoxLayout()
        right.setContentsMargins(24, 8, 24, 8)
        for widget in (self.title, self.summary, self.referral):
            right.addWidget(widget)
        right.addSpacing(16)
        for button in (self.resume_button, self.start_button, self.history_button):
            right.addWidget(button)
        self.programme = ProgrammePanel()
        right.addWidget(self.programme)
        self.latest = SvgView()
        self.latest.set_captions(self.tr("Front"), self.tr("Back"))
        self.latest.setVisible(False)
        self._picture_due: str | None = None  # the session whose muscle map is drawn next
        self._said: tuple[LastSession | None, int] = (None, 0)  # what the summary says, from the store
        right.addWidget(self.latest, 1)
        self.legend = QLabel(self.tr("Last result: hatched (orange) to stretch, dotted (blue) to strengthen."))
        self.legend.setWordWrap(True)
        self.legend.setVisible(False)
        right.addWidget(self.legend)
        right.addStretch(0)
        right.addWidget(note)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self._set_enabled(False)
        self._set_opening(True)

    def _set_opening(self, opening: bool) -> None:
        """While the store opens (until attach()), the list and New profile are off."""
        self.profiles.setEnabled(not opening)
        self.new_button.setEnabled(not opening)

    def _set_enabled(self, has_profile: bool) -> None:
        for button in (self.rename_button, self.delete_button, self.start_button, self.history_button):
            button.setEnabled(has_profile)
        self.resume_button.setVisible(False)

    def attach(self, store: Store, catalogue: Catalogue, select: str = "") -> None:
        self.store, self.catalogue = store, catalogue
        self._set_opening(False)
        self.refresh(select)

    def current(self) -> str | None:
        item = self.profiles.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self, select: str = "") -> None:
        assert self.store is not None
        chosen = select or self.current() or ""
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for info in self.store.profiles():
            item = QListWidgetItem(info.name)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.profiles.addItem(item)
            if info.name == chosen:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentItem() is None and self.profiles.count():
            self.profiles.setCurrentRow(0)
        self.profiles.blockSignals(False)
        self._show_profile()

    def profile_info(self) -> ProfileInfo | None:
        name = self.current()
        return next((p for p in self.store.profiles() if p.name == name), None) if self.store else None

    def _show_profile(self) -> None:
        info = self.profile_info()
        self._set_enabled(info is not None)
        if info is None or self.store is None or self.catalogue is None:
            self.programme.setVisible(False)
            self.title.setText(self.tr("Welcome"))
            self.summary.setText(self.tr("Create a profile to start your first assessment."))
            return
        self.title.setText(info.name)
        sessions = self.store.session_summaries(info.name)
        self.referral.setVisible(False)
        self.latest.setVisible(False)
        self.legend.setVisible(False)
        self._picture_due = None
        from core.glance import LastSession

        last = sessions[-1] if sessions else None
        names = self.catalogue.patterns
        shown = None if last is None else LastSession(
            last.taken_on, last.status, last.pain_now, tuple(names[p].name for p in last.patterns if p in names))
        self.summary.setText(self._summary(shown, len(sessions)))
        self._said = (shown, len(sessions))  # said again if the result shows no test was done (_show_latest)
        if last is not None and last.status == "refer":
            self._show_referral(last)
        elif last is not None:
            self._picture_due = last.id
            self.update()
        self.programme.show_profile(self.store, self.catalogue, info.name)
        unfinished = self.store.load_draft(info.name) is not None
        self.resume_button.setVisible(unfinished)
        self.resume_button.setDefault(unfinished)  # Enter resumes rather than starting afresh
        self.start_button.setDefault(not unfinished)

    def _summary(self, last: LastSession | None, count: int, tested: bool = True) -> str:
        """The chosen person's last assessment in a sentence (from the store, or from the glance); ``tested``
        False when every test of it was skipped (known once its result is read)."""
        if last is None:
            return self.tr("No assessment yet.")
        when = last.taken_on.strftime("%d %B %Y")
        if not tested:
            return self.tr("Last assessment: {date}. No test was done, so there is no routine yet: start a new "
                           "assessment when you can do some of the tests.\nAssessments so far: {count}.").format(
                               date=when, count=count)
        if last.status == "refer":
            return self.tr("Last assessment: {date}. It stopped at the safety questions, so no tests "
                           "were done and no routine was given.\nAssessments so far: {count}.").format(
                               date=when, count=count)
        pain = "–" if last.pain_now is None else f"{last.pain_now}/10"
        return self.tr("Last assessment: {date}. Pain {pain}. {patterns}\nAssessments so far: "
                       "{count}.").format(date=when, pain=pain,
                                          patterns=", ".join(last.patterns) or self.tr("No pattern found."),
                                          count=count)

    def show_unavailable(self, reason: str) -> None:
        """The data could not be opened: say so where the profile would be, not 'Loading…' for good."""
        self.profiles.blockSignals(True)  # the list emptied is no profile chosen: no "Welcome" text
        self.profiles.clear()
        self.profiles.blockSignals(False)
        self._set_enabled(False)
        self.title.setText(self.tr("Your data could not be opened"))
        self.summary.setText(reason)

    def show_glance(self, glance: Glance) -> None:
        """The profiles and the chosen person's last assessment, shown before the store has loaded
        (core.glance); the buttons stay off until attach() shows the same from the store."""
        if self.store is not None:
            return
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for name in glance.profiles:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profiles.addItem(item)
            if name == glance.chosen:
                self.profiles.setCurrentItem(item)
        self.profiles.blockSignals(False)
        if glance.chosen is not None:
            self.title.setText(glance.chosen)
            self.summary.setText(self._summary(glance.last, glance.sessions))

    def _show_referral(self, last: SessionSummary) -> None:
        """A red-flag stop stays in view, with its advice, until a later assessment replaces it."""
        assert self.store is not None and self.catalogue is not None
        referral = self.store.load_session(last.id).result.referral
        self.referral.setText("\n\n".join(referral_lines(self.catalogue, referral)))
        self.referral.setVisible(True)

    def start_new(self) -> None:
        """Start a new assessment; right after a referral, first ask whether a doctor has seen them, and
        with one unfinished, whether to resume it rather than throw it away."""
        name = self.current()
        if not name or not self._referral_heeded_or_overruled(name):
            return
        choice = self._unfinished_choice(name)
        if choice is not None:
            self.start_requested.emit(name, choice)

    def _unfinished_choice(self, name: str) -> bool | None:
        """False to start afresh, True to resume the unfinished assessment instead, None to do nothing."""
        if self.store is None or self.store.load_draft(name) is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("An assessment is not finished"), self.tr(
            "{name} has an assessment that is not finished yet. Starting a new one throws its answers "
            "away. Resume it instead?").format(name=name), QMessageBox.StandardButton.NoButton, self)
        resume = box.addButton(self.tr("Resume it"), QMessageBox.ButtonRole.AcceptRole)
        afresh = box.addButton(self.tr("Start a new one"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is resume else False if clicked is afresh else None

    def _referral_heeded_or_overruled(self, name: str) -> bool:
        """True unless the latest session was a referral and the person chose not to start after all."""
        if self.store is None or self.catalogue is None:
            return True
        sessions = self.store.session_summaries(name)
        if not sessions or sessions[-1].status != "refer":
            return True
        last = sessions[-1]
        referral = self.store.load_session(last.id).result.referral
        level = referral.level if referral is not None else ""
        if level not in self.catalogue.levels:
            return True
        when = (self.tr("today") if last.taken_on == date.today()
                else self.tr("on {date}").format(date=last.taken_on.strftime("%d %B %Y")))
        advice = self.tr("Your last assessment, {when}, stopped at the safety questions and advised: "
                         "“{title}”.").format(when=when, title=self.catalogue.levels[level].title)
        if level == "see_doctor_first":
            question = self.tr("Has a doctor checked you since then? If a doctor has cleared you to exercise, "
                               "you can start and say so on the safety questions. If not, please see your doctor "
                               "first.")
        else:
            question = self.tr("Have you been seen by a doctor since then? If not, please get that help first: "
                               "a new assessment cannot take the place of a doctor, whatever you answer.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Before you start again"), f"{advice}\n\n{question}",
                          QMessageBox.StandardButton.NoButton, self)
        start = box.addButton(self.tr("Start anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is start

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once the name and summary are painted, draw the picture that goes with them."""
        super().paintEvent(event)
        if self._picture_due is not None:
            QTimer.singleShot(0, self._show_latest)

    def _show_latest(self) -> None:
        """The last result at a glance: what to stretch (hatched) and strengthen (dotted).

        Drawn just after the text is on screen (drawing takes a moment); a profile chosen
        meanwhile gets its own picture, once.
        """
        from core.figures.illustrate import muscle_map

        session_id, self._picture_due = self._picture_due, None
        if session_id is None or self.store is None or self.catalogue is None:
            return
        result = self.store.load_session(session_id).result
        if not result.ok:
            return
        if not result.tested:  # every test skipped: no map of nothing, and no "no pattern found"
            self.summary.setText(self._summary(*self._said, tested=False))
            return
        self.latest.set_svg(muscle_map(self.catalogue, result.findings),
                            self.tr("Last result: hatched muscles to stretch, dotted to strengthen"))
        self.latest.setVisible(True)
        self.legend.setVisible(True)

    def new_profile(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New profile"), self.tr("Name:"))
        name, store = name.strip(), self.store
        if not (ok and name and store is not None):
            return
        if name in (profile.name for profile in store.profiles()):
            QMessageBox.information(self, self.tr("New profile"), self.tr(
                "There is already a profile called “{name}”. It is selected now; choose another name "
                "for someone else.").format(name=name))
            self.refresh(name)
        elif self._name_accepted(lambda: store.ensure_profile(name)):
            self.refresh(name)

    def rename_profile(self) -> None:
        old, store = self.current(), self.store
        if old is None or store is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename profile"), self.tr("New name:"), text=old)
        new = new.strip()
        if ok and new and new != old and self._name_accepted(lambda: store.rename_profile(old, new)):
            self.refresh(new)

    def _name_accepted(self, change: Callable[[], None]) -> bool:
        """Run the change; a name core.names refuses (a slash, a control character...) is explained."""
        try:
            change()
        except DocumentError as error:
            QMessageBox.warning(self, self.tr("This name cannot be used"), error.message)
            return False
        return True

    def delete_profile(self) -> None:
        info = self.profile_info()
        if info is None or self.store is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Delete {name}?").format(name=info.name),
            self.tr("This deletes {name} and all {count} saved assessments, the exercise log and any "
                    "assessment in progress. It cannot be undone.").format(name=info.name, count=info.sessions),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self.store.delete_profile(info.name)
            self.refresh()
