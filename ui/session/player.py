"""Today's exercises, one at a time, full window: picture, steps, counts, sound, reps by Space.

Plays what core.programme.plan decided (the exercises due, their versions, the beats of
each) and writes the day back with core.store.programme_log. Every control works from the
keyboard: Space is the big button (start, one more repetition, pause), Alt+T "too hard / it
hurts", Esc closes those choices or else finishes early; digits rate the pain.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from core.catalogue import Catalogue
from core.catalogue.programme import VERSIONS, Version
from core.figures.illustrate import picture
from core.programme.plan import Beat, Item, beats
from core.programme.progression import Change, Day, changes
from core.programme.words import change_text, version_text
from core.store.programme_log import Played, days, save_day, set_version, versions_since
from core.store.repository import Store
from core.wording import side_name
from ui.session.exercise_page import BIG_BUTTON, ExercisePage
from ui.session.pain import PainQuestion
from ui.widgets.heading import Heading
from ui.widgets.sound import chime
from ui.wizard.base import wrapped

TIMED = ("get_ready", "hold", "rest")


class SessionView(QWidget):
    closed = Signal()

    def __init__(self, catalogue: Catalogue, store: Store, profile: str, items: list[Item], today: date,
                 tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue, self.store, self.profile, self.today = catalogue, store, profile, today
        self.rules = catalogue.programme
        self.items = list(items)
        self.index, self.beat_index = 0, -1
        self.beats: list[Beat] = []
        self.remaining = self.count = 0
        self.sides_done: list[str] = []
        self.played: list[Played] = []
        self.changes: list[str] = []
        self.notices: dict[str, str] = {}  # exercise -> why its version changed today
        self.pain_before: int | None = None
        self.saved = False  # the day is written once: at the pain after, or on closing the window before it
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)
        self.before = PainQuestion(self.tr("Before you start: how much pain do you have right now?"))
        self.before.rated.connect(self._rated_before)
        self.after = PainQuestion(self.tr("All done. How much pain do you have now?"))
        self.after.rated.connect(self._rated_after)
        self.pages = QStackedWidget()
        self.page = ExercisePage()
        self._connect(self.page)
        for page in (self.before, self.page, self.after, self._done_page()):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)

    # ------------------------------------------------------------------ building
    def _connect(self, page: ExercisePage) -> None:
        page.main.clicked.connect(self._main_pressed)
        page.trouble.clicked.connect(self._show_trouble)
        page.finish.clicked.connect(self.finish_early)
        page.easier_button.clicked.connect(self._use_easier)
        page.skip_hard.clicked.connect(lambda _=False: self._skip("too_hard"))
        page.skip_hurts.clicked.connect(lambda _=False: self._skip("it_hurts"))
        page.carry_on.clicked.connect(self._hide_trouble)

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = Heading(self.tr("Well done"), 2.0)
        self.summary = wrapped("")
        self.summary.setStyleSheet("font-size: 14pt;")
        self.home_button = QPushButton(self.tr("Back home"))
        self.home_button.setMinimumHeight(56)
        self.home_button.setStyleSheet(BIG_BUTTON)
        self.home_button.clicked.connect(self.closed.emit)
        column = QVBoxLayout(page)
        column.addStretch(1)
        for widget in (self.summary_title, self.summary, self.home_button):
            column.addWidget(widget)
        column.addStretch(2)
        return page

    # ------------------------------------------------------------------ flow
    def begin(self) -> None:
        self.pages.setCurrentWidget(self.before)
        self.before.buttons[0].setFocus()

    @property
    def item(self) -> Item:
        return self.items[self.index]

    def _rated_before(self, pain: int | None) -> None:
        self.pain_before = pain
        if pain is not None:
            self._step_back_after_flare(pain)
        chime().prepare()
        self.pages.setCurrentIndex(1)
        self._show_item()

    def _show_item(self) -> None:
        item = self.item
        exercise = self.catalogue.exercises[item.exercise]
        self.beats, self.beat_index, self.sides_done = beats(item, self.rules), -1, []
        self.page.progress.setText(self.tr("Exercise {n} of {total}").format(n=self.index + 1, total=len(self.items)))
        self.page.name.setText(exercise.name)
        self.page.version.setText(version_text(item.version, exercise))
        self.page.notice.setText(self.notices.get(item.exercise, ""))
        self.page.notice.setVisible(item.exercise in self.notices)
        self.page.picture.set_svg(picture(self.catalogue, exercise.illustration), exercise.name)
        self.page.steps.setText("\n".join(f"{n}. {step}" for n, step in enumerate(exercise.steps, start=1)))
        self.page.where.setText(self._dose_words())
        self.page.counter.setText(self.tr("Ready when you are"))
        self.page.main.setText(self.tr("Start (Space)"))
        self.page.easier_button.setEnabled(item.version != VERSIONS[0])
        self._hide_trouble()

    def _dose_words(self) -> str:
        item = self.item
        sides = (self.tr("each side, left first") if len(item.sides) > 1
                 else self.tr("{side} side").format(side=side_name(item.sides[0])) if item.sides[0] else "")
        if item.hold_s:
            dose = self.tr("{reps} holds of {hold} s").format(reps=item.reps, hold=item.hold_s)
        else:
            dose = self.tr("{reps} repetitions").format(reps=item.reps)
        if item.sets > 1:
            dose = self.tr("{sets} sets of {dose}").format(sets=item.sets, dose=dose)
        return f"{dose}, {sides}" if sides else dose

    @property
    def beat(self) -> Beat | None:
        return self.beats[self.beat_index] if 0 <= self.beat_index < len(self.beats) else None

    def _main_pressed(self) -> None:
        beat = self.beat
        if beat is None:
            self._next_beat()
        elif beat.kind == "reps":
            self.count += 1
            if self.count >= beat.amount:
                chime().play("stop")
                self._next_beat()
            else:
                self._show_beat()
        elif beat.kind == "rest":
            self._next_beat()
        elif self.timer.isActive():
            self.timer.stop()
            self.page.main.setText(self.tr("Resume (Space)"))
        else:
            self.timer.start()
            self._show_beat()

    def _next_beat(self) -> None:
        previous = self.beat
        self.beat_index += 1
        beat = self.beat
        if previous is not None and (beat is None or beat.side != previous.side):
            self.sides_done.append(previous.side or self.item.side_label)
        if beat is None:
            self.timer.stop()
            self._record(Played(self.item.exercise, self.item.version, tuple(self.sides_done)))
            return
        self.remaining, self.count = beat.amount, 0
        if beat.kind in TIMED:
            self.timer.start()
        else:
            self.timer.stop()
        self._show_beat()

    def _show_beat(self) -> None:
        beat = self.beat
        if beat is None:
            return
        if beat.side is not None:
            side = side_name(beat.side).capitalize()
            switched = beat.new_side and beat.side != self.item.sides[0]
            text = (self.tr("Switch sides: now your {side} side").format(side=side_name(beat.side))
                    if switched else self.tr("{side} side").format(side=side))
            if beat.side == "right":  # the steps and picture describe the left side
                text += self.tr(" (mirror the steps: swap left and right)")
            self.page.where.setText(text)
        sets = self.tr(", set {n} of {total}").format(n=beat.set_number, total=self.item.sets) \
            if self.item.sets > 1 else ""
        if beat.kind == "get_ready":
            self.page.counter.setText(self.tr("Get ready: {n}").format(n=self.remaining))
        elif beat.kind == "hold":
            self.page.counter.setText(self.tr("Hold: {n} s (hold {rep} of {reps}{sets})").format(
                n=self.remaining, rep=beat.rep_number, reps=self.item.reps, sets=sets))
        elif beat.kind == "rest":
            self.page.counter.setText(self.tr("Rest: {n} s").format(n=self.remaining))
        else:
            self.page.counter.setText(self.tr("{n} of {reps}{sets}").format(n=self.count, reps=beat.amount, sets=sets))
        self.page.main.setText({"reps": self.tr("One more (Space)"), "rest": self.tr("Skip the rest (Space)")}.get(
            beat.kind, self.tr("Pause (Space)")))
        self.page.main.setFocus()

    def _tick(self) -> None:
        beat = self.beat
        if beat is None or beat.kind not in TIMED:
            self.timer.stop()
            return
        self.remaining -= 1
        if self.remaining > 0:
            self._show_beat()
            return
        chime().play("stop" if beat.kind == "hold" else "go")
        self._next_beat()

    # ------------------------------------------------------------------ trouble
    def _show_trouble(self) -> None:
        self.timer.stop()
        self.page.panel.setVisible(True)
        (self.page.easier_button if self.page.easier_button.isEnabled() else self.page.skip_hard).setFocus()

    def _hide_trouble(self) -> None:
        self.page.panel.setVisible(False)
        beat = self.beat
        if beat is not None and beat.kind in TIMED:
            self.timer.start()
            self._show_beat()  # the big button says Pause again, even if it was paused before
        self.page.main.setFocus()

    def _use_easier(self) -> None:
        """The easier version from now on: saved, said on screen and in the summary, never silent."""
        item = self.item
        easier: Version = VERSIONS[max(0, VERSIONS.index(item.version) - 1)]
        set_version(self.store, self.profile, item.exercise, easier, self.today, "hurt")
        change = Change(item.exercise, item.version, easier, "hurt", self.today)
        self.changes.append(change_text(change, self.catalogue.exercises[item.exercise]))
        self.items[self.index] = replace(item, version=easier)
        self.notices[item.exercise] = self.changes[-1]
        self.timer.stop()
        self._show_item()

    def _step_back_after_flare(self, pain: int) -> None:
        """Pain still up by 2 or more since the last session's start, after it rose in that session: each
        exercise done then steps back to its easier version now, saved and said on its page."""
        history = [day for day in days(self.store, self.profile) if day.day < self.today]
        history.append(Day(self.today, pain, None, ()))
        current = {item.exercise: item.version for item in self.items}
        since = versions_since(self.store, self.profile)
        for change in changes(current, {}, history, self.today, self.rules.progression, since):
            if change.why == "progress":
                continue
            set_version(self.store, self.profile, change.exercise, change.proposed, self.today, change.why)
            text = change_text(change, self.catalogue.exercises[change.exercise])
            self.changes.append(text)
            self.notices[change.exercise] = text
            self.items = [replace(item, version=change.proposed) if item.exercise == change.exercise else item
                          for item in self.items]

    def _skip(self, reason: str) -> None:
        self._record(Played(self.item.exercise, self.item.version, (), hurt=reason == "it_hurts", skipped=reason))

    # ------------------------------------------------------------------ the end
    def _record(self, played: Played) -> None:
        self.timer.stop()
        self.played.append(played)
        self.index += 1
        if self.index < len(self.items):
            self._show_item()
        else:
            self._ask_after()

    def _ask_after(self) -> None:
        self.timer.stop()
        self.after.question.setText(self.tr("All done. How much pain do you have now?")
                                    if self.index >= len(self.items)
                                    else self.tr("You stopped here. How much pain do you have now?"))
        self.pages.setCurrentWidget(self.after)
        self.after.buttons[0].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the "too hard / it hurts" choices when they are open (as Esc closes any panel, and
        the count carries on); otherwise it finishes early (the pain after is still asked, and what was
        done is saved)."""
        if event.key() == Qt.Key.Key_Escape:
            if self.page.panel.isVisible():
                self._hide_trouble()
            else:
                self.finish_early()
            return
        super().keyPressEvent(event)

    def finish_early(self) -> None:
        if self.pages.currentIndex() == 1:
            self._ask_after()

    def keep_unsaved(self) -> None:
        """The window closes before the pain after was asked: what was done still goes into the log."""
        if not self.saved and self.played:
            self.saved = True
            save_day(self.store, self.profile, self.today, self.pain_before, None, self.played)

    def _rated_after(self, pain: int | None) -> None:
        self.saved = True
        save_day(self.store, self.profile, self.today, self.pain_before, pain, self.played)
        done = sum(1 for p in self.played if p.skipped is None)
        lines = [self.tr("You did {done} of {total} exercises today. It is saved in your exercise log.").format(
            done=done, total=len(self.items))]
        if self.pain_before is not None and pain is not None:
            lines.append(self.tr("Pain before: {before}/10. After: {after}/10.").format(before=self.pain_before,
                                                                                      after=pain))
            if pain - self.pain_before >= self.rules.progression.flare_rise:
                lines.append(self.tr("Your pain went up by {n}. If it has not settled by tomorrow, the next session "
                                     "steps back to easier versions.").format(n=pain - self.pain_before))
        lines += self.changes
        self.summary.setText("\n\n".join(lines))
        self.pages.setCurrentIndex(3)
        self.home_button.setFocus()
