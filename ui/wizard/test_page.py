"""One page per test, built from its catalogue entry: picture, steps, what to look for, inputs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.catalogue.models import Test
from core.figures.illustrate import picture
from core.i18n import QT_TRANSLATE_NOOP
from ui.widgets.svg_view import SvgView
from ui.widgets.test_inputs import TestInputs
from ui.wizard.base import Context, Page, wrapped

GROUPS = {"standing": QT_TRANSLATE_NOOP("ExamPage", "Standing and sitting"),
          "lying": QT_TRANSLATE_NOOP("ExamPage", "Lying down"),
          "strength": QT_TRANSLATE_NOOP("ExamPage", "Strength and endurance")}


class ExamPage(Page):
    def __init__(self, context: Context, test: Test, position: str, tick_ms: int = 1000) -> None:
        super().__init__(context)
        self.test = test
        self.key = f"test:{test.id}"
        group = self.tr(GROUPS[test.group])
        self.setTitle(test.title)
        self.setSubTitle(f"{group} · {position}. {test.why}")
        self.picture = SvgView(picture(context.catalogue, test.illustration),
                               self.tr("Picture of the {test} position").format(test=test.title))
        self.picture.setMinimumSize(260, 220)
        steps = "".join(f"<li>{escape(step)}</li>" for step in test.steps)
        instructions = QLabel(f"<ol style='margin-left:0'>{steps}</ol>")
        instructions.setWordWrap(True)
        instructions.setTextFormat(Qt.TextFormat.RichText)
        instructions.setAccessibleName(self.tr("Steps"))
        text = QVBoxLayout()
        text.addWidget(instructions)
        text.addWidget(wrapped(self.tr("What to look for:"), bold=True))
        text.addWidget(wrapped(test.look_for))
        if test.side_means:
            text.addWidget(wrapped(self.tr("Side: {meaning}").format(meaning=test.side_means)))
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.picture, 1)
        top.addLayout(text, 1)
        self.inputs = TestInputs(test, tick_ms=tick_ms)
        self.inputs.changed.connect(self.completeChanged)
        evidence = wrapped(self.tr("How good is this test? {note}").format(note=test.evidence.note))
        evidence.setStyleSheet("color: palette(placeholder-text);")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top, 1)
        column.addWidget(wrapped(self.tr("Your result:"), bold=True))
        column.addWidget(self.inputs)
        column.addWidget(self.hint)
        column.addWidget(evidence)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)

    def isComplete(self) -> bool:
        return self.inputs.is_complete()

    def blocked_reason(self) -> str:
        if any(field.problem() for field in self.inputs.fields.values()):
            return self.tr("correct the value marked above, or tick “I could not do this test”.")
        if len(self.inputs.fields) > 1:
            return self.tr("enter a result for each side, or tick “I could not do this test”.")
        return self.tr("enter your result, or tick “I could not do this test”.")

    def load(self) -> None:
        state = self.context.state
        self.inputs.load(state.document["observations"].get(self.test.id), self.test.id in state.skipped)

    def store(self) -> None:
        self.context.state.set_observation(self.test.id, self.inputs.answer(), self.inputs.skip.isChecked())
