"""The pages before the tests: what you need, red-flag screening, the stop page, pain."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import contract
from core.catalogue import Catalogue
from core.screening import Screening, screen
from ui.pdf_export import PdfBar
from ui.theme import REFERRAL_STYLE
from ui.widgets.body_map import BodyMap
from ui.widgets.heading import Heading
from ui.wizard.base import Context, Page, wrapped


def screening_of(answers: dict[str, bool], catalogue: Catalogue) -> Screening:
    """Core's screening of the safety answers alone (the wizard decides nothing itself)."""
    from core.answers import parse_answers

    return screen(parse_answers({"format": 1, "screening": answers}, catalogue), catalogue)


class IntroPage(Page):
    key = "intro"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Before you start"))
        self.setSubTitle(self.tr("About 30 minutes. Any test can be skipped, and you can stop and come "
                                 "back later: your answers are kept."))
        needs = {
            "partner": self.tr("a partner to help and watch (or a mirror or phone camera)"),
            "mat": self.tr("an exercise mat or a rug on the floor"),
            "wall": self.tr("a clear wall"), "chair": self.tr("a sturdy chair"),
            "table": self.tr("a sturdy table or firm bed"),
            "step": self.tr("a step, box or sofa about knee height"),
            "strap": self.tr("a strap or towel"), "timer": self.tr("the timer built into each hold"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("You will need:"), bold=True))
        for text in needs.values():
            layout.addWidget(wrapped(f"•  {text}"))
        layout.addSpacing(8)
        layout.addWidget(wrapped(self.tr("Stop any test at once if it causes sharp pain, or pain, tingling or "
                                         "numbness that spreads down an arm or a leg.")))
        layout.addSpacing(8)
        layout.addWidget(wrapped(self.tr("About you (optional: some normal values differ by sex and age)"),
                                 bold=True))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(1900, date.today().year - 16)
        self.year.setSpecialValueText(self.tr("not given"))
        self.year.setMinimum(1899)
        self.year.setAccessibleName(self.tr("Year of birth"))
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Prefer not to say"), None)
        self.sex.addItem(self.tr("Female"), "female")
        self.sex.addItem(self.tr("Male"), "male")
        self.sex.setAccessibleName(self.tr("Sex"))
        form.addRow(self.tr("Year of birth:"), self.year)
        form.addRow(self.tr("Sex:"), self.sex)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self) -> None:
        """What was entered in this assessment (a resumed draft included), else the profile's."""
        entered = self.context.state.person_entered()
        year, sex = entered if entered is not None else (self.context.year_of_birth, self.context.sex)
        self.year.setValue(year or self.year.minimum())
        self.sex.setCurrentIndex(max(self.sex.findData(sex), 0))

    def store(self) -> None:
        year = self.year.value() if self.year.value() != self.year.minimum() else None
        self.context.year_of_birth, self.context.sex = year, self.sex.currentData()
        self.context.state.set_person(year, self.context.sex)


class ScreeningPage(Page):
    key = "screening"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Safety questions"))
        self.setSubTitle(self.tr("Some signs need a doctor before any exercise. Please answer each question."))
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, flag in enumerate(context.catalogue.red_flags.values()):
            question = wrapped(flag.question)
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            for button, word in ((yes, self.tr("yes")), (no, self.tr("no"))):
                button.setAccessibleName(f"{flag.question} {word}")
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idClicked.connect(lambda _id: self._changed())
            self.groups[flag.id] = group
            pair = QWidget()  # its own parent: Tab moves between questions, arrow keys within one
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(yes)
            pair_layout.addWidget(no)
            grid.addWidget(question, row, 0)
            grid.addWidget(pair, row, 1)
        grid.setColumnStretch(0, 1)
        self.cleared = QCheckBox(self.tr("My doctor has checked these and cleared me to exercise"))
        self.cleared.toggled.connect(self._changed)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(grid)
        column.addWidget(self.cleared)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.hint)

    def answers(self) -> dict[str, bool]:
        found = {flag: group.checkedId() == 1 for flag, group in self.groups.items() if group.checkedId() >= 0}
        if not self.cleared.isHidden() and self.cleared.isChecked():
            found[contract.CLEARED_BY_CLINICIAN] = True
        return found

    def _changed(self) -> None:
        levels = {flag.id: flag.level for flag in self.context.catalogue.red_flags.values()}
        mild = any(group.checkedId() == 1 and levels[flag] == "see_doctor_first"
                   for flag, group in self.groups.items())
        self.cleared.setVisible(mild)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(group.checkedId() >= 0 for group in self.groups.values())

    def blocked_reason(self) -> str:
        left = sum(group.checkedId() < 0 for group in self.groups.values())
        return self.tr("answer every question with Yes or No (%n still unanswered).", "", left)

    def load(self) -> None:
        saved = self.context.state.document.get("screening", {})
        for flag, group in self.groups.items():
            if flag in saved:
                group.button(1 if saved[flag] else 0).setChecked(True)
        self.cleared.setChecked(bool(saved.get(contract.CLEARED_BY_CLINICIAN)))
        self._changed()

    def store(self) -> None:
        self.context.state.document["screening"] = self.answers()

    def must_stop(self) -> bool:
        return screening_of(self.answers(), self.context.catalogue).status == "refer"


class StopPage(Page):
    key = "stop"

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
        referral = screening_of(self.context.state.document.get("screening", {}), catalogue).referral
        if referral is None:
            return
        self.heading.setText("⚠ " + catalogue.levels[referral.level].title)
        self.action.setText(referral.message)
        questions = "\n".join(f"•  {catalogue.red_flags[r].question}" for r in referral.reasons)
        self.reasons.setText(self.tr("You answered yes to:") + "\n" + questions)


class PainPage(Page):
    key = "pain"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Your pain today"))
        self.setSubTitle(self.tr("How much does it hurt right now, and where?"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Pain now, 0 to 10"))
        self.slider.setAccessibleDescription(self.tr("0 is no pain, 10 is the worst pain you can imagine"))
        self.number = QLabel()
        self.slider.valueChanged.connect(lambda value: self.number.setText(str(value)))
        row = QHBoxLayout()
        row.addWidget(wrapped(self.tr("0 no pain")))
        row.addWidget(self.slider, 1)
        row.addWidget(wrapped(self.tr("10 worst imaginable")))
        row.addWidget(self.number)
        self.map = BodyMap(context.catalogue)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(wrapped(self.tr("Click where it hurts, or tick it in the list:")))
        layout.addWidget(self.map, 1)

    def load(self) -> None:
        pain: dict[str, Any] = self.context.state.document.get("pain", {})
        self.slider.setValue(int(pain.get("now", 0)))
        self.number.setText(str(self.slider.value()))
        self.map.set_selected(list(pain.get("regions", [])))

    def store(self) -> None:
        self.context.state.document["pain"] = {"now": self.slider.value(), "regions": self.map.selected()}
