"""Pain asked in one tap: eleven large buttons, 0 to 10, or a digit key; "skip" leaves it unrated."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.heading import Heading
from ui.wizard.base import wrapped


class PainQuestion(QWidget):
    rated = Signal(object)  # int 0-10, or None when skipped

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = Heading(question, 1.8)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = wrapped(self.tr("0 is no pain, 10 the worst pain you can imagine. Tap a number, or type it "
                               "(0 to 9)."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setMinimumSize(64, 64)
            button.setAccessibleName(self.tr("Pain {n} out of 10").format(n=value))
            button.setStyleSheet("font-size: 20pt; font-weight: bold;")
            button.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            grid.addWidget(button, 0, value)
            self.buttons.append(button)
        self.skip = QPushButton(self.tr("Skip this question"))
        self.skip.clicked.connect(lambda _=False: self.rated.emit(None))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.question)
        column.addWidget(hint)
        column.addSpacing(24)
        column.addLayout(grid)
        column.addSpacing(12)
        column.addLayout(row)
        column.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit key rates at once (0-9), from wherever the focus is on this page."""
        if event.text().isdigit() and len(event.text()) == 1:
            self.rated.emit(int(event.text()))
            return
        super().keyPressEvent(event)
