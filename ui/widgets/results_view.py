"""The results of one assessment as a person reads them: findings, patterns and the muscle map.

Shown by the wizard's results page and, read-only, by History's Open, so a saved session
reads as it did the day it was taken.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from core.catalogue import Catalogue
from core.figures.illustrate import muscle_map
from core.i18n import translate
from core.posture.wording import photo_lines
from core.result import Result
from core.result.findings import Dimension
from core.summary import NOTHING_TESTED, ONE_WEAK_TEST, caution_lines
from core.wording import grade_name, side_name
from ui.session.phase_box import add_phase_box
from ui.theme import REFERRAL_STYLE
from ui.widgets.referral import referral_lines
from ui.widgets.svg_view import SvgView
from ui.wizard.base import wrapped


class ResultsView(QWidget):
    def __init__(self, catalogue: Catalogue, result: Result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        if result.status == "refer":
            self._referral(result)
        elif not result.ok:
            QVBoxLayout(self).addWidget(wrapped(self.tr("The safety questions were not finished, so no tests "
                                                        "were done and nothing was found.")))
        elif not result.tested:
            self._nothing_tested(result)
        else:
            self._findings(result)

    def _lines(self, result: Result, dimension: Dimension, state: str) -> list[str]:
        lines = []
        for found in result.findings.of(dimension, state):
            line = self.tr("{muscle}, {where} (evidence: {grade})").format(
                muscle=self.catalogue.muscles[found.muscle].name, where=side_name(found.side),
                grade=grade_name(found.grade))
            if found.one_weak_test:
                line += ": " + translate("summary", ONE_WEAK_TEST)
            lines.append(line)
        return lines or [self.tr("none found")]

    def _findings(self, result: Result) -> None:
        catalogue = self.catalogue
        text = QVBoxLayout()
        self.phase = add_phase_box(text, result)
        kinds: tuple[tuple[str, Dimension, str], ...] = (
            (self.tr("Tested short: to stretch"), "length", "short"),
            (self.tr("Tested weak: to strengthen"), "strength", "weak"))
        for title, dimension, state in kinds:
            text.addWidget(wrapped(title, bold=True))
            for line in self._lines(result, dimension, state):
                text.addWidget(wrapped(f"•  {line}"))
        short = {f.muscle for f in result.findings.short}
        both = [catalogue.muscles[f.muscle].name for f in result.findings.weak if f.muscle in short]
        if both:
            self.both = wrapped(self.tr("Both short and weak: {muscles}. A muscle can be tight and weak at once; "
                                        "your routine stretches it first, then strengthens it.").format(
                                            muscles=", ".join(both)))
            text.addWidget(self.both)
        text.addWidget(wrapped(self.tr("What the findings add up to"), bold=True))
        for pattern in result.patterns or [None]:
            if pattern is None:
                text.addWidget(wrapped(self.tr("No pattern found.")))
                continue
            name = catalogue.patterns[pattern.id].name
            text.addWidget(wrapped(self.tr("{name} (confidence {grade})").format(
                name=name, grade=grade_name(pattern.confidence)), bold=True))
            text.addWidget(wrapped(pattern.explanation))
        for index, line in enumerate(photo_lines(result, catalogue)):  # issue 18: answers measured on a photo
            if index == 0:
                text.addWidget(wrapped(self.tr("Measured from your photos"), bold=True))
            text.addWidget(wrapped(f"•  {line}"))
        self._add_cautions(text, result)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(text, 3)
        side = QVBoxLayout()
        self.map = SvgView(muscle_map(catalogue, result.findings),
                           self.tr("Muscle map of what to stretch and strengthen, front and back"))
        self.map.set_captions(self.tr("Front"), self.tr("Back"))
        side.addWidget(self.map, 1)
        side.addWidget(wrapped(self.tr("Hatched: stretch. Dotted: strengthen.")))
        row.addLayout(side, 2)

    def _nothing_tested(self, result: Result) -> None:
        """Every test skipped: say so, rather than "none found" under each heading (nothing was looked at)."""
        column = QVBoxLayout(self)
        self.nothing_tested = wrapped(translate("summary", NOTHING_TESTED))
        column.addWidget(self.nothing_tested)
        self._add_cautions(column, result)
        column.addStretch(1)

    def _add_cautions(self, column: QVBoxLayout, result: Result) -> None:
        """What the cautions left out, and which tests would check a posture hint, under their heading."""
        notes = caution_lines(result, self.catalogue)
        if notes:
            column.addWidget(wrapped(self.tr("Left out for safety, or still to check"), bold=True))
            for line in notes:
                column.addWidget(wrapped(f"•  {line}"))

    def _referral(self, result: Result) -> None:
        panel = QFrame()
        panel.setObjectName("referral")
        panel.setStyleSheet(REFERRAL_STYLE)
        inside = QVBoxLayout(panel)
        for number, line in enumerate(referral_lines(self.catalogue, result.referral)):
            inside.addWidget(wrapped(line, bold=number == 0))
        column = QVBoxLayout(self)
        column.addWidget(panel)
        column.addWidget(wrapped(self.tr("No tests or exercises were done after this answer.")))
        column.addStretch(1)
