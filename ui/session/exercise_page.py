"""The guided session's exercise page: name, version, picture and steps in large type, the side, the
count, the big Space button, and "too hard / it hurts" with its choices. Widgets only: the session
(ui/session/player.py) connects and drives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.heading import Heading
from ui.widgets.svg_view import SvgView
from ui.wizard.base import wrapped

BIG_BUTTON = "font-size: 18pt; font-weight: bold;"  # read and pressed from a mat on the floor


class ExercisePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QLabel()
        self.name = Heading("", 2.0)
        self.version = wrapped("", bold=True)
        self.version.setStyleSheet("font-size: 13pt;")
        self.notice = wrapped("", bold=True)  # why the version changed today
        self.notice.setStyleSheet("font-size: 13pt; color: palette(highlight);")  # legible in every theme
        self.picture = SvgView()
        self.picture.setMinimumSize(360, 260)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet("font-size: 15pt;")
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.where = Heading("", 1.5)
        self.counter = Heading("", 3.2)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(self.tr("Count"))
        self.main = QPushButton()
        self.main.setMinimumHeight(64)
        self.main.setStyleSheet(BIG_BUTTON)
        self.trouble = QPushButton(self.tr("&Too hard / it hurts…"))
        self.finish = QPushButton(self.tr("Finish now (Esc)"))
        self.panel = self._trouble_panel()
        top = QHBoxLayout()
        top.addWidget(self.picture, 1)
        text = QVBoxLayout()
        text.addWidget(self.notice)
        text.addWidget(self.version)
        text.addWidget(self.steps, 1)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trouble)
        buttons.addStretch(1)
        buttons.addWidget(self.finish)
        column = QVBoxLayout(self)
        for label in (self.progress, self.name):
            column.addWidget(label)
        column.addLayout(top, 1)
        for part in (self.where, self.counter, self.main, self.panel):
            column.addWidget(part)
        column.addLayout(buttons)

    def _trouble_panel(self) -> QFrame:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(panel)
        inside.addWidget(wrapped(self.tr("Stop at once if the pain is sharp, or spreads down an arm or a leg. A "
                                         "little pain (up to 5 out of 10) that settles by tomorrow is fine."),
                                 bold=True))
        self.easier_button = QPushButton(self.tr("Switch to the easier version"))
        self.skip_hard = QPushButton(self.tr("Skip it today: too hard"))
        self.skip_hurts = QPushButton(self.tr("Skip it today: it hurts"))
        self.carry_on = QPushButton(self.tr("Carry on"))
        row = QHBoxLayout()
        for button in (self.easier_button, self.skip_hard, self.skip_hurts, self.carry_on):
            row.addWidget(button)
        inside.addLayout(row)
        panel.setVisible(False)
        return panel
