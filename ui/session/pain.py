"""Pain asked in one tap: eleven large buttons, 0 to 10, or typed (1 then 0 is 10); "skip" leaves it unrated."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.heading import Heading
from ui.wizard.base import wrapped

TEN_WAIT_MS = 700  # after a typed 1: long enough to type the 0 of 10, short enough not to seem stuck


class PainQuestion(QWidget):
    rated = Signal(object)  # int 0-10, or None when skipped

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = Heading(question, 1.8)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = wrapped(self.tr("0 is no pain, 10 the worst pain you can imagine. Tap a number, or type it "
                               "(0 to 10)."))
        self.one = QTimer(self)  # "1" typed: a 0 may follow, to make 10
        self.one.setSingleShot(True)
        self.one.setInterval(TEN_WAIT_MS)
        self.one.timeout.connect(lambda: self.rated.emit(1))
        self.rated.connect(self.one.stop)  # a click meanwhile answers instead: the 1 is not given as well
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
        """A digit key rates at once, from wherever the focus is on this page; "1" waits a moment for a "0"."""
        text = event.text()
        if not (text.isdigit() and len(text) == 1):
            super().keyPressEvent(event)
            return
        if self.one.isActive():
            self.rated.emit(10 if text == "0" else 1)
            return
        if text == "1":
            self.one.start()
            return
        self.rated.emit(int(text))
