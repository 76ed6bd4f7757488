"""Home's programme panel: the phase, when the next session and the re-assessment are due, changes
of version (a flare's step back applied and explained, a harder version offered), and the buttons
"Do today's exercises" and "Add to my calendar…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Home imports this module before its first paint: the core and the store load when a profile shows.
if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.catalogue.programme import ProgrammeRules
    from core.programme.plan import Item, Programme
    from core.programme.progression import Change
    from core.result import Result
    from core.store.repository import Store


def _label(bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def load_programme(store: Store, profile: str, rules: ProgrammeRules) -> Programme | None:
    """The programme in force: the latest session and, when it has no exercises, the one before that had."""
    from core.programme.phase import with_phase
    from core.programme.plan import programme_from

    summaries = store.session_summaries(profile)
    if not summaries or summaries[-1].status != "ok":
        return None
    wanted: list[tuple[date, Result]] = []
    for summary in reversed(summaries):
        if summary.status != "ok":
            continue
        stored = store.load_session(summary.id)
        result = with_phase(stored.result, stored.answers, rules)  # sessions saved before phases have none
        wanted.insert(0, (summary.taken_on, result))
        if result.routine:
            break
    return programme_from(wanted, rules)


class ProgrammePanel(QWidget):
    start_requested = Signal()
    calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today
        self.programme: Programme | None = None
        self.offers: list[Change] = []
        self.store: Store | None = None
        self.catalogue: Catalogue | None = None
        self.profile = ""
        self.phase, self.when, self.news = _label(bold=True), _label(), _label()
        self.start_button = QPushButton(self.tr("Do today's exercises"))
        self.start_button.clicked.connect(self.start_requested.emit)
        self.harder_button = QPushButton(self.tr("Try the harder versions"))
        self.harder_button.clicked.connect(self.accept_offers)
        self.calendar_button = QPushButton(self.tr("Add to my calendar…"))
        self.calendar_button.clicked.connect(self.calendar_requested.emit)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.harder_button, self.calendar_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        for label in (self.phase, self.when, self.news):
            column.addWidget(label)
        column.addLayout(buttons)
        self.setVisible(False)

    def show_profile(self, store: Store, catalogue: Catalogue, profile: str | None) -> None:
        self.store, self.catalogue, self.profile = store, catalogue, profile or ""
        self.programme = load_programme(store, profile, catalogue.programme) if profile else None
        for button in (self.start_button, self.calendar_button):
            button.setVisible(self.programme is not None)
        if self.programme is not None:
            self.setVisible(True)
            self._update()
        else:
            self.setVisible(False)

    def versions(self) -> dict[str, Any]:
        """Each exercise's version: the latest change, else where the phase starts it."""
        from core.programme.plan import starting_version
        from core.store.programme_log import current_versions

        assert self.programme is not None and self.store is not None
        stored, phase = current_versions(self.store, self.profile), self.programme.phase
        return {e.exercise: stored.get(e.exercise) or starting_version(e.purpose, phase)
                for e in self.programme.routine}

    def items_today(self) -> list[Item]:
        from core.programme.plan import items_for

        assert self.programme is not None and self.catalogue is not None
        sided = {e: x.sided for e, x in self.catalogue.exercises.items()}
        return items_for(self.programme, self.today(), self.versions(), sided, self.catalogue.programme)

    def _update(self) -> None:
        from core.programme.plan import next_session, per_week, reassessment_due
        from core.programme.progression import changes
        from core.programme.words import change_text, phase_title
        from core.store.programme_log import days, set_version, versions_since

        programme, store, catalogue = self.programme, self.store, self.catalogue
        assert programme is not None and store is not None and catalogue is not None
        today, tr = self.today(), self.tr
        plan_rules = catalogue.programme
        logged = days(store, self.profile)
        found = changes(self.versions(), {e.exercise: per_week(e, programme.phase, plan_rules)
                                          for e in programme.routine}, logged, today,
                        plan_rules.progression, versions_since(store, self.profile))
        news = []
        for change in found:
            if change.why != "progress":  # a step back is applied at once, and said
                set_version(store, self.profile, change.exercise, change.proposed, today, change.why)
            news.append(change_text(change, catalogue.exercises[change.exercise]))
        self.offers = [change for change in found if change.why == "progress"]
        self.phase.setText(phase_title(programme.phase))
        done_today = any(day.day == today and not entry.hurt for day in logged for entry in day.done)
        due = next_session(programme, today + timedelta(days=1) if done_today else today, plan_rules)
        reassess = reassessment_due(programme, plan_rules)
        lines = [tr("Today's exercises are done.") if done_today else "",
                 tr("Next exercise session: {day}.").format(day=self.day_words(due)) if due else "",
                 (tr("Re-assessment due: {day}.") if reassess >= today else
                  tr("Re-assessment overdue since {day}: repeat it to see what changed.")).format(
                      day=self.day_words(reassess))]
        self.when.setText("\n".join(line for line in lines if line))
        self.news.setText("\n".join(news))
        self.news.setVisible(bool(news))
        count = len(self.items_today())
        self.start_button.setEnabled(count > 0)
        self.start_button.setText((tr("Do today's exercises again ({n})") if done_today
                                   else tr("Do today's exercises ({n})")).format(n=count) if count
                                  else tr("Nothing planned today"))
        self.harder_button.setVisible(bool(self.offers))

    def day_words(self, day: date) -> str:
        today = self.today()
        if day == today:
            return self.tr("today")
        if day == today + timedelta(days=1):
            return self.tr("tomorrow")
        return day.strftime("%A %d %B %Y")

    def accept_offers(self) -> None:
        """The person chose the harder versions offered: stored, and said from now on."""
        from core.store.programme_log import set_version

        if self.store is None:
            return
        for change in self.offers:
            set_version(self.store, self.profile, change.exercise, change.proposed, self.today(), change.why)
        self.offers = []
        self._update()
        self.news.setText(self.tr("From today you do the harder versions. Step back any time with "
                                  "“Too hard / it hurts”."))
        self.news.setVisible(True)
