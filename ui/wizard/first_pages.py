"""The pages before the tests: what you need and who you are, and your pain today."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from core.answers import birth_years
from core.i18n import QT_TRANSLATE_NOOP
from core.screening import flags_to_recheck, onset_check_lacks
from core.summary import stop_signs
from ui.widgets.body_map import BodyMap
from ui.wizard.base import Context, Page, wrapped
from ui.wizard.screening import ScreeningPage


class IntroPage(Page):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Before you start"))
        self.setSubTitle(self.tr("About 30 minutes. Any test can be skipped, and you can stop and come "
                                 "back later: your answers are kept."))
        self.words = {  # every need a test may list in data/ (core.catalogue.models.Need), in words
            "partner": self.tr("a partner to help and watch"),
            "mirror": self.tr("a long mirror (or the partner watching)"),
            "phone_camera": self.tr("a phone camera, for a photo from the side"),
            "mat": self.tr("an exercise mat or a rug on the floor"),
            "wall": self.tr("a clear wall"), "chair": self.tr("a sturdy chair"),
            "table": self.tr("a sturdy table or firm bed"),
            "step": self.tr("a step, box or sofa about knee height"),
            "strap": self.tr("a strap or towel"), "pillow": self.tr("a pillow"),
            "timer": self.tr("the timer built into each hold"),
            "doorway": self.tr("a doorway"), "ball": self.tr("a ball"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("You will need:"), bold=True))
        self.equipment = [self.words[need] for need in context.catalogue.equipment]
        for text in self.equipment:
            layout.addWidget(wrapped(f"•  {text}"))
        layout.addSpacing(8)
        layout.addWidget(wrapped(self.tr("During any test:"), bold=True))
        for line in stop_signs():
            layout.addWidget(wrapped(f"•  {line}"))
        layout.addSpacing(8)
        layout.addWidget(wrapped(self.tr("About you (optional: some normal values differ by sex and age)"),
                                 bold=True))
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(*birth_years(date.today().year))
        self.year.setSpecialValueText(self.tr("not given"))
        self.year.setMinimum(self.year.minimum() - 1)  # the special value: not given
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


# the contract's ids and meanings; the words make a pain that had gone and came back lately "new"
ONSETS = (
    (None, QT_TRANSLATE_NOOP("PainPage", "Choose one (optional)")),
    ("new", QT_TRANSLATE_NOOP("PainPage", "New: began less than 6 weeks ago, or came back less than "
                                          "6 weeks ago after being gone for a while")),
    ("recurring", QT_TRANSLATE_NOOP("PainPage", "Comes and goes: flares up now and then, and was never "
                                                "gone for long")),
    ("long_standing", QT_TRANSLATE_NOOP("PainPage", "Long-standing: there for more than 3 months")),
)

NOTE_STYLE = ("QFrame#{name} {{ border: 2px solid #b26a00; border-radius: 6px; padding: 4px; "
              "background: rgba(178, 106, 0, 0.08); }}")


class ClickToValueStyle(QProxyStyle):
    """A click on a slider's track moves it to the value under the mouse, not a page step toward 0 or 10."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return super().styleHint(hint, option, widget, returnData)


class PainPage(Page):
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.setTitle(self.tr("Your pain today"))
        self.setSubTitle(self.tr("How much does it hurt right now, and where?"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Pain now, 0 to 10"))
        self.slider.setAccessibleDescription(self.tr("0 is no pain, 10 is the worst pain you can imagine"))
        self.slider.setPageStep(1)  # Page Up/Down and any click the style still pages with: one step at a time
        self.click_style = ClickToValueStyle()  # kept here: the slider does not own its style
        self.slider.setStyle(self.click_style)
        self.rated = False  # 0 is a rating: until the person moves the slider, pain now is not rated
        self.number = QLabel()
        self.slider.actionTriggered.connect(lambda _action: self._set_rated(True))
        self.slider.sliderPressed.connect(lambda: self._set_rated(True))
        self.slider.valueChanged.connect(lambda _value: self._show_rating())
        row = QHBoxLayout()
        row.addWidget(wrapped(self.tr("0 no pain")))
        row.addWidget(self.slider, 1)
        row.addWidget(wrapped(self.tr("10 worst imaginable")))
        row.addWidget(self.number)
        self.why_rate = wrapped(self.tr("Optional: rating your pain now lets Rebalance compare it when you repeat "
                                        "the assessment."))
        self.onset = QComboBox()
        for value, label in ONSETS:
            self.onset.addItem(self.tr(label), value)
        self.onset.setAccessibleName(self.tr("When did this pain begin?"))
        onset_row = QFormLayout()
        onset_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        onset_row.addRow(self.tr("When did this pain begin?"), self.onset)
        self.onset.currentIndexChanged.connect(lambda _index: self._show_notes())
        self.unchecked = wrapped("")  # the age-at-onset check cannot run: say so, plainly
        self.map = BodyMap(context.catalogue)
        self.map.changed.connect(self._show_notes)
        self.recheck_text = wrapped("")
        self.recheck_back = QPushButton(self.tr("Back to the safety questions"))
        self.recheck_back.clicked.connect(lambda _=False: self._back_to_question())
        self.recheck = QFrame()  # where it hurts is asked about by a safety question answered no
        self.recheck.setObjectName("recheck")
        self.recheck.setStyleSheet(NOTE_STYLE.format(name="recheck"))
        note_row = QHBoxLayout(self.recheck)
        note_row.addWidget(self.recheck_text, 1)
        note_row.addWidget(self.recheck_back)
        self.recheck.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.why_rate)
        layout.addLayout(onset_row)
        layout.addWidget(self.unchecked)
        layout.addWidget(wrapped(self.tr("Click where it hurts, or tick it in the list:")))
        layout.addWidget(self.map, 1)
        layout.addWidget(self.recheck)

    def _set_rated(self, rated: bool) -> None:
        self.rated = rated
        self._show_rating()

    def _show_rating(self) -> None:
        self.number.setText(str(self.slider.value()) if self.rated else self.tr("not rated yet"))
        self.slider.setAccessibleName(self.tr("Pain now, 0 to 10") if self.rated
                                      else self.tr("Pain now, 0 to 10, not rated yet"))

    def _back_to_question(self) -> None:
        """Back to the safety page (the one just before), on the question in doubt."""
        doubted = flags_to_recheck(self.context.state.document.get("screening", {}), self.map.selected())
        wizard = self.wizard()
        wizard.back()
        page = wizard.currentPage()
        if doubted and isinstance(page, ScreeningPage):
            page.show_question(doubted[0][1])

    def _show_notes(self) -> None:
        """Say what core cannot check without the optional facts, and which safety answer the
        body map puts in doubt (the answer itself is the person's to change)."""
        catalogue = self.context.catalogue
        age = self.context.state.document.get("person", {}).get("age")
        lacks = onset_check_lacks(age, self.onset.currentData())
        missing = {("onset", "age"): self.tr("when it began (and your age)"), ("onset",): self.tr("when it began"),
                   ("age",): self.tr("your age (your year of birth, on the first page)")}.get(lacks)
        self.unchecked.setText(self.tr("Without {missing}, Rebalance cannot check whether a new episode at your "
                                       "age needs a doctor first. Both are optional.").format(missing=missing)
                               if missing else "")
        self.unchecked.setVisible(bool(missing))
        screening = self.context.state.document.get("screening", {})
        doubted = flags_to_recheck(screening, self.map.selected())
        self.recheck_text.setText("\n".join(
            self.tr("You ticked “{region}”: pain there is one of the safety questions, and you answered No to "
                    "“{question}” Please check that answer.").format(region=catalogue.regions[region].name,
                                                                     question=catalogue.red_flags[flag].question)
            for region, flag in doubted))
        self.recheck.setVisible(bool(doubted))

    def load(self) -> None:
        pain: dict[str, Any] = self.context.state.document.get("pain", {})
        now = pain.get("now")
        self.slider.setValue(0 if now is None else int(now))
        self._set_rated(now is not None)
        self.map.set_selected(list(pain.get("regions", [])))
        self.onset.setCurrentIndex(max(self.onset.findData(pain.get("onset")), 0))
        self._show_notes()

    def store(self) -> None:
        pain: dict[str, Any] = {"now": self.slider.value()} if self.rated else {}
        pain["regions"] = self.map.selected()
        if self.onset.currentData() is not None:
            pain["onset"] = self.onset.currentData()
        self.context.state.document["pain"] = pain
