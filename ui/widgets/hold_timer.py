"""A timer for holds: a get-ready countdown, then seconds counting up until Stop.

The start and the end are both visible (large labels) and audible (a short tone, unless
turned off in Preferences), and the time goes into the field, where it can still be
corrected by hand. A hold with a cap (the top of its published range, from the catalogue)
stops there by itself: nothing is learned past it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.sound import chime


class HoldTimer(QWidget):
    finished = Signal(int)

    GET_READY = 5

    def __init__(self, name: str, parent: QWidget | None = None, tick_ms: int = 1000,
                 cap: int | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._on_tick)
        self._countdown = 0
        self.seconds = 0
        self.button = QPushButton(self.tr("Start timer"))
        self.button.setAccessibleName(self.tr("Start or stop the timer for {name}").format(name=name))
        self.button.clicked.connect(self._on_button)
        self.display = QLabel(self.tr("Ready"))
        self.display.setAccessibleName(self.tr("Timer"))
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.display.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.display, 1)

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def _on_button(self) -> None:
        if self.running:
            self.stop()
        else:
            chime().prepare()
            self._countdown, self.seconds = self.GET_READY, 0
            self.display.setText(self.tr("Get ready: {n}").format(n=self._countdown))
            self.button.setText(self.tr("Stop"))
            self._tick.start()

    def _on_tick(self) -> None:
        if self._countdown > 0:
            self._countdown -= 1
            if self._countdown == 0:
                chime().play("go")
                self.display.setText(self.tr("Go! 0 s"))
            else:
                self.display.setText(self.tr("Get ready: {n}").format(n=self._countdown))
            return
        self.seconds += 1
        self.display.setText(self.tr("{n} s").format(n=self.seconds))
        if self.cap is not None and self.seconds >= self.cap:
            self.stop()
            self.display.setText(self.tr("{n} s: that is plenty. Stop and rest.").format(n=self.seconds))

    def stop(self) -> None:
        self._tick.stop()
        self.button.setText(self.tr("Start timer"))
        if self._countdown > 0:
            self.display.setText(self.tr("Cancelled"))
            return
        chime().play("stop")
        self.display.setText(self.tr("Stopped at {n} s").format(n=self.seconds))
        self.finished.emit(self.seconds)
