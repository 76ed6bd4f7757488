"""The pages before the tests: what you need and who you are, and your pain today."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from core.i18n import QT_TRANSLATE_NOOP
from ui.widgets.body_map import BodyMap
from ui.wizard.base import Context, Page, wrapped


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
            "strap": self.tr("a strap or towel"), "pillow": self.tr("a pillow"),
            "timer": self.tr("the timer built into each hold"),
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


ONSETS = (
    (None, QT_TRANSLATE_NOOP("PainPage", "Choose one (optional)")),
    ("new", QT_TRANSLATE_NOOP("PainPage", "New: this episode began less than 6 weeks ago")),
    ("recurring", QT_TRANSLATE_NOOP("PainPage", "Comes and goes: it has come back again")),
    ("long_standing", QT_TRANSLATE_NOOP("PainPage", "Long-standing: more than 3 months")),
)


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
        self.onset = QComboBox()
        for value, label in ONSETS:
            self.onset.addItem(self.tr(label), value)
        self.onset.setAccessibleName(self.tr("When did this pain begin?"))
        onset_row = QFormLayout()
        onset_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        onset_row.addRow(self.tr("When did this pain begin?"), self.onset)
        self.map = BodyMap(context.catalogue)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(onset_row)
        layout.addWidget(wrapped(self.tr("Click where it hurts, or tick it in the list:")))
        layout.addWidget(self.map, 1)

    def load(self) -> None:
        pain: dict[str, Any] = self.context.state.document.get("pain", {})
        self.slider.setValue(int(pain.get("now", 0)))
        self.number.setText(str(self.slider.value()))
        self.map.set_selected(list(pain.get("regions", [])))
        self.onset.setCurrentIndex(max(self.onset.findData(pain.get("onset")), 0))

    def store(self) -> None:
        pain = {"now": self.slider.value(), "regions": self.map.selected()}
        if self.onset.currentData() is not None:
            pain["onset"] = self.onset.currentData()
        self.context.state.document["pain"] = pain
