"""The pages after the tests: review every answer, the results, and the routine to take away."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from core.answers import CAUTIONS
from core.figures.illustrate import drawn, picture
from core.i18n import translate
from core.programme.plan import entry_version
from core.programme.words import version_text
from core.result import Result, RoutineEntry
from core.summary import DISCLAIMER, NOTHING_TESTED, safety_net
from core.wording import dose_text, side_name, value_text
from ui.idle import IdleQueue
from ui.pdf_export import PdfBar, keep_whole
from ui.session.phase_box import add_phase_box
from ui.widgets.results_view import ResultsView
from ui.widgets.svg_view import SvgView
from ui.wizard.base import Context, Page, exam_key, wrapped

if TYPE_CHECKING:
    from core.catalogue.models import Illustration


class Owner(Protocol):
    """What the end pages ask of the wizard that holds them (AssessmentWizard), without importing it."""

    outcome: Result | None
    saved_id: str | None
    warmer: IdleQueue  # pictures drawn in idle turns, just after a page shows

    def compute_result(self) -> Result: ...
    def assessed(self) -> Result: ...
    def save_session(self) -> None: ...
    def save_state(self) -> tuple[bool, int, bool]: ...
    def choose_and_export(self) -> None: ...
    def go_back_to(self, key: str) -> None: ...


def _scrolled(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class EndPage(Page):
    def owner(self) -> Owner:
        return self.wizard()  # type: ignore[return-value]

    def _replace(self, content: QWidget, footer: QWidget | None = None) -> None:
        """Show fresh content (scrolling), with an optional footer that stays in view."""
        layout = self.layout() or QVBoxLayout(self)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of sight at once; deleted when the event loop next turns
                widget.deleteLater()
        layout.addWidget(_scrolled(content))
        if footer is not None:
            layout.addWidget(footer)


class ReviewPage(EndPage):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Check your answers"))
        self.setSubTitle(self.tr("Press Edit to go back and change an answer."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("See my results"))
        self._answers: list[QLabel] = []  # the right-hand column, one per row

    def _rows(self) -> list[tuple[str, str, str]]:
        catalogue, state = self.context.catalogue, self.context.state
        screening = state.document["screening"]
        flags = [catalogue.red_flags[f].question for f, yes in screening.items() if yes and f in catalogue.red_flags]
        flags += [catalogue.cautions[c].name for c, yes in screening.get(CAUTIONS, {}).items() if yes]
        pain = state.document.get("pain", {})
        regions = ", ".join(catalogue.regions[r].name for r in pain.get("regions", [])) or self.tr("none")
        rows = [(self.tr("Safety questions"), "; ".join(flags) or self.tr("no red flags"), "screening"),
                (self.tr("Pain now"), self.tr("{n} of 10; where: {regions}").format(
                    n=pain.get("now", 0), regions=regions), "pain")]
        for test in catalogue.tests.values():
            value = state.document["observations"].get(test.id)
            if test.id in state.skipped:
                shown = self.tr("could not do")
            elif value is None:
                shown = self.tr("not done")
            elif isinstance(value, dict):
                shown = ", ".join(f"{side_name(side)}: {value_text(test, v)}" for side, v in value.items())
            else:
                shown = value_text(test, value)
            rows.append((test.title, shown, exam_key(test.id)))
        return rows

    def prepare(self) -> None:
        """The rows (the same ones every time: the safety questions, the pain, one per test) with their
        Edit buttons; load() only writes the answers into them."""
        if self._answers:
            return
        content = QWidget()
        grid = QGridLayout(content)
        for row, (title, shown, key) in enumerate(self._rows()):
            grid.addWidget(wrapped(title, bold=True), row, 0)
            answer = wrapped(shown)
            self._answers.append(answer)
            grid.addWidget(answer, row, 1)
            edit = QPushButton(self.tr("Edit"))
            edit.setAccessibleName(self.tr("Edit {answer}").format(answer=title))
            edit.clicked.connect(lambda _=False, target=key: self.owner().go_back_to(target))
            grid.addWidget(edit, row, 2)
        grid.setColumnStretch(1, 1)
        self._replace(content)

    def load(self) -> None:
        self.prepare()
        for answer, (_, shown, _) in zip(self._answers, self._rows(), strict=True):
            if answer.text() != shown:
                answer.setText(shown)


class ResultsPage(EndPage):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("What the assessment found"))
        self.setSubTitle(translate("summary", DISCLAIMER))

        self._shown: Result | None = None  # the result the page shows

    def prepare(self) -> None:
        """Built while the review shows: the answers are complete then, and usually stay as they are."""
        try:
            self._show(self.owner().assessed())
        except Exception:  # only ahead of time: load() reports any problem with the answers
            return

    def load(self) -> None:
        self._show(self.owner().compute_result())

    def _show(self, result: Result) -> None:
        if result is not self._shown:  # the same answers give the same result object (AssessmentWizard.assessed)
            self._replace(ResultsView(self.context.catalogue, result))
            self._shown = result


class RoutinePage(EndPage):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Your routine"))
        self.setSubTitle(self.tr("Stretch only what tested short, strengthen only what tested weak. "
                                 "Save it to your profile and print it."))
        self.setFinalPage(True)
        self._result: Result | None = None  # the result the cards show, for their version line

    def _card(self, number: int, entry: RoutineEntry, later: list[Callable[[], object]]) -> QWidget:
        """One exercise; its picture, when not drawn yet, is drawn just after the page shows (in later)."""
        exercise = self.context.catalogue.exercises[entry.exercise]
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(card)
        svg = drawn(self.context.catalogue, exercise.illustration)
        view = SvgView(svg or "", exercise.name)
        if svg is None:
            later.append(partial(self._draw_into, view, exercise.illustration, exercise.name))
        view.setFixedSize(220, 160)
        row.addWidget(view)
        text = QVBoxLayout()
        text.addWidget(wrapped(f"{number}. {exercise.name}", bold=True))
        text.addWidget(wrapped(exercise.summary))
        text.addWidget(wrapped(dose_text(entry.dose, entry.side, exercise.sided), bold=True))
        steps = "\n".join(f"{n}. {step}" for n, step in enumerate(exercise.steps, start=1))
        text.addWidget(wrapped(steps))
        assert self._result is not None
        text.addWidget(wrapped(version_text(entry_version(entry, self._result), exercise)))
        text.addStretch(1)
        row.addLayout(text, 1)
        return card

    def _safety_net(self) -> QFrame:
        box = QFrame()
        box.setObjectName("safetyNet")
        box.setStyleSheet("#safetyNet { border: 2px solid #b3261e; border-radius: 6px; "
                          "background: rgba(179, 38, 30, 0.06); }")
        inside = QVBoxLayout(box)
        inside.addWidget(wrapped(self.tr("Stay safe"), bold=True))
        for line in safety_net():
            inside.addWidget(wrapped(f"•  {line}"))
        return box

    def prepare(self) -> None:
        """Built while the results show, from the result they show."""
        outcome = self.owner().outcome
        if outcome is not None:
            self._build(outcome)

    def load(self) -> None:
        self._build(self.owner().outcome or self.owner().compute_result())
        self.show_save_state(*self.owner().save_state())

    def _build(self, result: Result) -> None:
        if result is self._result:
            return
        self._result = result
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._safety_net())
        add_phase_box(column, result)
        if not result.tested:
            column.addWidget(wrapped(translate("summary", NOTHING_TESTED)))
        elif not result.routine:
            column.addWidget(wrapped(self.tr("The tests found nothing to stretch or strengthen. Keep active, "
                                             "and repeat the assessment if your pain changes.")))
        later: list[Callable[[], object]] = []
        for number, entry in enumerate(result.routine, start=1):
            column.addWidget(self._card(number, entry, later))
        self.owner().warmer.ahead(later, first=True)
        if result.next_phase:
            column.addWidget(wrapped(self.tr("Next phase: add these once the routine is easy"), bold=True))
            for entry in result.next_phase:
                name = self.context.catalogue.exercises[entry.exercise].name
                column.addWidget(wrapped(f"•  {name} ({side_name(entry.side)})"))
        footer = QWidget()
        buttons = QHBoxLayout(footer)
        self.save_button = QPushButton(self.tr("Save to my profile"))
        self.save_button.clicked.connect(lambda _=False: self.owner().save_session())
        keep_whole(self.save_button)
        self.pdf_bar = PdfBar(self.tr("Export PDF to print…"))
        self.pdf_bar.button.clicked.connect(lambda _=False: self.owner().choose_and_export())
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_bar, 1)
        column.addStretch(1)
        self._replace(content, footer)

    def _draw_into(self, view: SvgView, illustration: Illustration, description: str) -> None:
        if isValid(view):  # the page may have been rebuilt meanwhile
            view.set_svg(picture(self.context.catalogue, illustration), description)

    def show_save_state(self, saved: bool, saving_photos: int = 0, changed: bool = False) -> None:
        """Save is pressed once: then it says the photos are being saved, and finally that all is saved. Answers
        changed after that (by going Back) make it "Save changes", which replaces what was saved."""
        self.save_button.setEnabled(not saved and not saving_photos)
        self.save_button.setToolTip(self.tr("You changed answers after saving: this saves the corrected "
                                            "assessment in place of the one saved before.") if changed else "")
        if saved:
            self.save_button.setText(self.tr("Saved to your profile ✓"))
        elif saving_photos:
            self.save_button.setText(self.tr("Saving photos…") if saving_photos > 1 else self.tr("Saving photo…"))
        elif changed:
            self.save_button.setText(self.tr("Save changes"))
        else:
            self.save_button.setText(self.tr("Save to my profile"))
