"""One page per test, built from its catalogue entry: picture, steps, what to look for, inputs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.answers import parse_answers
from core.catalogue.models import Test
from core.cautions import cautions_in_force, not_offered
from core.figures.illustrate import picture
from core.i18n import QT_TRANSLATE_NOOP
from ui.posture.wizard_step import photo_step
from ui.widgets.exam_inputs import TestInputs
from ui.widgets.svg_view import SvgView
from ui.wizard.base import Context, Page, wrapped

GROUPS = {"standing": QT_TRANSLATE_NOOP("ExamPage", "Standing and sitting"),
          "lying": QT_TRANSLATE_NOOP("ExamPage", "Lying down"),
          "strength": QT_TRANSLATE_NOOP("ExamPage", "Strength and endurance")}


class ExamPage(Page):
    def __init__(self, context: Context, test: Test, position: str, tick_ms: int = 1000) -> None:
        super().__init__(context)
        self.test, self.tick_ms = test, tick_ms
        group = self.tr(GROUPS[test.group])
        self.setTitle(test.title)
        self.setSubTitle(f"{group} · {position}. {test.why}")
        self.built = False  # a light shell until first loaded: opening the wizard builds no pictures

    def build(self) -> None:
        """The picture, the steps and the inputs, built when the page is first loaded (shown or resumed)."""
        if self.built:
            return
        self.built = True
        test, context = self.test, self.context
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
        self.inputs = TestInputs(test, tick_ms=self.tick_ms)
        self.inputs.changed.connect(self.completeChanged)
        self.offered = True
        self.not_offered = wrapped("")
        self.not_offered.setObjectName("notOffered")
        self.not_offered.setStyleSheet("#notOffered { border: 2px solid #b26a00; border-radius: 6px; padding: 8px; "
                                       "background: rgba(178, 106, 0, 0.08); }")
        self.not_offered.setVisible(False)
        evidence = wrapped(self.tr("How good is this test? {note}").format(note=test.evidence.note))
        evidence.setStyleSheet("color: palette(placeholder-text);")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top, 1)
        self.result_title = wrapped(self.tr("Your result:"), bold=True)
        column.addWidget(self.result_title)
        column.addWidget(self.not_offered)
        self.cap_note = wrapped(test.cap.text if test.cap else "")
        column.addWidget(self.cap_note)
        column.addWidget(self.inputs)
        if (step := photo_step(self)) is not None:  # "Measure from a photo" (issue 18)
            column.addWidget(step)
        column.addWidget(self.hint)
        column.addWidget(evidence)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)

    def prepare(self) -> None:
        self.build()  # the answers are only filled in by load()

    def isComplete(self) -> bool:
        return self.built and (not self.offered or self.inputs.is_complete())

    def _why_not_offered(self) -> str | None:
        """Core decides whether the cautions in force rule this test out; the page says why."""
        catalogue = self.context.catalogue
        safety = self.context.state.safety_document()  # cautions need no results
        cautions = cautions_in_force(parse_answers(safety, catalogue), catalogue)
        if not not_offered(self.test, cautions):
            return None
        reasons = "\n".join(f"•  {catalogue.cautions[c].name}: {catalogue.cautions[c].why}"
                            for c in cautions.against(self.test))
        note = self.test.not_advised_note or ""
        return "\n".join([self.tr("Not offered today. {note}").format(note=note).strip(),
                          self.tr("Because of what you told us:"), reasons,
                          self.tr("Press Next to go on; the results will say this test was left out.")])

    def blocked_reason(self) -> str:
        if not self.built:
            return ""
        if any(field.problem() for field in self.inputs.fields.values()):
            return self.tr("correct the value marked above, or tick “I could not do this test”.")
        if len(self.inputs.fields) > 1:
            return self.tr("enter a result for each side, or tick “I could not do this test”.")
        return self.tr("enter your result, or tick “I could not do this test”.")

    def load(self) -> None:
        self.build()
        state = self.context.state
        why = self._why_not_offered()
        self.offered = why is None
        self.not_offered.setText(why or "")
        self.not_offered.setVisible(not self.offered)
        self.inputs.setVisible(self.offered)
        self.result_title.setVisible(self.offered)
        self.cap_note.setVisible(self.offered and self.test.cap is not None)
        self.inputs.load(state.document["observations"].get(self.test.id), self.test.id in state.skipped)

    def store(self) -> None:
        if not self.built:  # never loaded, so nothing entered: the state keeps what it has
            return
        if not self.offered:  # a test not advised is not done: nothing of it goes into the answers
            self.context.state.set_observation(self.test.id, None, False)
            return
        self.context.state.set_observation(self.test.id, self.inputs.answer(), self.inputs.skip.isChecked())
