"""The safety pages: red-flag and caution questions, and the stop page when a flag is raised.

One question asks one thing: a flag the catalogue splits into parts is asked part by part, and
core combines the parts into the flag's answer (``core.screening.flag_answers``). Whether to
stop is core's decision, taken on the whole answers document so far, so a flag derived from
the pain page (age at onset) stops too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import contract
from core.answers import CAUTIONS
from core.catalogue import Catalogue
from core.screening import (
    Screening,
    clearance_applies,
    flag_answers,
    needs_help_now,
    parts_settled_by,
    questions,
    screen,
)
from ui.pdf_export import PdfBar
from ui.theme import REFERRAL_STYLE
from ui.widgets.heading import Heading
from ui.wizard.base import Context, Page, wrapped
from ui.wizard.state import AssessmentState

CAUTION_KEY = "cautions."


def screening_of(state: AssessmentState, catalogue: Catalogue) -> Screening:
    """Core's screening of the answers so far (the wizard decides nothing itself); results play no part."""
    from core.answers import parse_answers

    return screen(parse_answers(state.safety_document(), catalogue), catalogue)


class ScreeningPage(Page):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._help_now = False  # an answer so far needs help today or now (core's needs_help_now)
        self.setTitle(self.tr("Safety questions"))
        self.setSubTitle(self.tr("Some signs need a doctor before any exercise. Please answer each question."))
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        for flag in context.catalogue.asked_flags.values():
            for key, question in questions(flag):
                self._add_question(grid, key, question)
        grid.setColumnStretch(0, 1)
        cautions = QGridLayout()
        for caution in context.catalogue.cautions.values():
            if caution.question is not None:
                self._add_question(cautions, CAUTION_KEY + caution.id, caution.question)
        cautions.setColumnStretch(0, 1)
        self.cleared = QCheckBox(self.tr("My doctor has checked these and cleared me to exercise"))
        self.cleared.toggled.connect(self._changed)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(grid)
        column.addWidget(self.cleared)
        column.addSpacing(10)
        column.addWidget(wrapped(self.tr("Two more questions, to keep the tests safe for you"), bold=True))
        column.addWidget(wrapped(self.tr("A yes here does not stop the assessment: it leaves out the tests "
                                         "held until you cannot hold any longer, and exercises unsafe for you.")))
        column.addLayout(cautions)
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setWidget(inner)
        self.help_now = wrapped("", bold=True)  # an answer that needs help today or now: no need to answer the rest
        self.help_now.setObjectName("referral")
        self.help_now.setStyleSheet(REFERRAL_STYLE)
        self.help_now.setAccessibleName(self.tr("Get help now"))
        self.help_now.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help_now)
        layout.addWidget(self.questions_area)
        layout.addWidget(self.hint)

    def _add_question(self, grid: QGridLayout, key: str, question: str) -> None:
        yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
        for button, word in ((yes, self.tr("yes")), (no, self.tr("no"))):
            button.setAccessibleName(f"{question} {word}")
        group = QButtonGroup(self)
        group.addButton(yes, 1)
        group.addButton(no, 0)
        group.idClicked.connect(lambda _id: self._changed())
        self.groups[key] = group
        pair = QWidget()  # its own parent: Tab moves between questions, arrow keys within one
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(yes)
        pair_layout.addWidget(no)
        row = grid.rowCount()
        grid.addWidget(wrapped(question), row, 0)
        grid.addWidget(pair, row, 1)

    def show_question(self, key: str) -> None:
        """Scroll to a question and put the keyboard on its answer, for a person sent back to it."""
        group = self.groups[key]
        button = group.checkedButton() or group.button(1)
        self.questions_area.ensureWidgetVisible(button)
        button.setFocus()

    def _answered(self) -> dict[str, bool]:
        return {key: group.checkedId() == 1 for key, group in self.groups.items() if group.checkedId() >= 0}

    def answers(self) -> dict[str, Any]:
        """The screening section of the answers document: flags, clearance and cautions."""
        answered = self._answered()
        flags = flag_answers(answered, self.context.catalogue)  # core combines the parts
        found: dict[str, Any] = {flag: yes for flag, yes in flags.items() if yes is not None}
        if not self.cleared.isHidden() and self.cleared.isChecked():
            found[contract.CLEARED_BY_CLINICIAN] = True
        cautions = {key.removeprefix(CAUTION_KEY): yes for key, yes in answered.items() if key.startswith(CAUTION_KEY)}
        if cautions:
            found[CAUTIONS] = cautions
        return found

    def _changed(self) -> None:
        """Offer the clearance only when a see-a-doctor-first flag is raised (asked or derived)."""
        from core.answers import parse_answers

        catalogue = self.context.catalogue
        document = self.context.state.safety_document(screening=self.answers())
        answers = parse_answers(document, catalogue)
        self.cleared.setVisible(clearance_applies(answers, catalogue))
        screening = screen(answers, catalogue)
        self._help_now = needs_help_now(screening)
        if screening.referral is not None and self._help_now:
            level = catalogue.levels[screening.referral.level]
            self.help_now.setText(self.tr("⚠ {title}. {action}\nYou do not need to answer the other questions: "
                                          "press Next.").format(title=level.title, action=screening.referral.message))
        self.help_now.setVisible(self._help_now)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Every question answered, or an answer already needs help today or now."""
        return self._help_now or all(group.checkedId() >= 0 for group in self.groups.values())

    def blocked_reason(self) -> str:
        left = sum(group.checkedId() < 0 for group in self.groups.values())
        return self.tr("answer every question with Yes or No (%n still unanswered).", "", left)

    def _known_parts(self, saved: dict[str, Any]) -> dict[str, bool]:
        """The parts answered before, and those core says a saved flag answer settles."""
        parts = dict(self.context.state.parts)
        for flag in self.context.catalogue.asked_flags.values():
            for key, value in parts_settled_by(flag, saved.get(flag.id)).items():
                parts.setdefault(key, value)
        return parts

    def load(self) -> None:
        saved = self.context.state.document.get("screening", {})
        parts = self._known_parts(saved)
        cautions = saved.get(CAUTIONS, {})
        for key, group in self.groups.items():
            value = cautions.get(key.removeprefix(CAUTION_KEY)) if key.startswith(CAUTION_KEY) else parts.get(
                key, saved.get(key))
            if value is not None:
                group.button(1 if value else 0).setChecked(True)
        self.cleared.setChecked(bool(saved.get(contract.CLEARED_BY_CLINICIAN)))
        self._changed()

    def store(self) -> None:
        """Write the answers; a flag whose parts are not all answered keeps its earlier answer."""
        earlier = self.context.state.document.get("screening", {})
        answers = self.answers()
        for flag in self.context.catalogue.asked_flags.values():
            if flag.id not in answers and flag.id in earlier:
                answers[flag.id] = earlier[flag.id]
        self.context.state.document["screening"] = answers
        # parts the flag's own answer settles are not kept twice: load derives them again
        settled = {key for flag in self.context.catalogue.asked_flags.values()
                   for key in parts_settled_by(flag, answers.get(flag.id))}
        self.context.state.parts = {key: yes for key, yes in self._answered().items() if "." in key
                                    and not key.startswith(CAUTION_KEY) and key not in settled}

    def must_stop(self) -> bool:
        return screening_of(self.context.state, self.context.catalogue).status == "refer"


class StopPage(Page):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Please see a doctor"))
        self.heading = Heading()
        self.action = wrapped("")
        self.reasons = wrapped("")
        panel = QFrame()
        panel.setObjectName("referral")
        panel.setStyleSheet(REFERRAL_STYLE)
        inside = QVBoxLayout(panel)
        for widget in (self.heading, self.action, self.reasons):
            inside.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(wrapped(self.tr("Rebalance gives no tests or exercises after this answer. Save a "
                                         "letter for your doctor to print or send: it says what you reported, "
                                         "how urgent it is, and that no tests or exercises were done.")))
        self.pdf_bar = PdfBar(self.tr("Save the letter for your doctor as PDF…"))
        self.pdf_bar.button.clicked.connect(lambda _=False: self.wizard().choose_and_export())  # type: ignore[attr-defined]
        layout.addWidget(self.pdf_bar)
        layout.addWidget(wrapped(self.tr("Press Finish to keep this record in your history.")))
        layout.addStretch(1)
        self.setFinalPage(True)

    def load(self) -> None:
        catalogue = self.context.catalogue
        referral = screening_of(self.context.state, catalogue).referral
        if referral is None:
            return
        self.heading.setText("⚠ " + catalogue.levels[referral.level].title)
        self.action.setText(referral.message)
        questions = "\n".join(f"•  {catalogue.red_flags[r].question}" for r in referral.reasons)
        self.reasons.setText(self.tr("You answered yes to, or your answers showed:") + "\n" + questions)
