"""Work done ahead, one piece per idle turn of the event loop.

A page or tab that will probably be shown next is prepared in small pieces (each well under
100 ms) between the turns that paint and answer the person, so showing it later costs little
and no single turn freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class IdleQueue(QObject):
    """Runs queued pieces of work, one per idle turn, until none is left."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.waiting: list[Callable[[], object]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._run_one)

    def ahead(self, pieces: list[Callable[[], object]], *, first: bool = False) -> None:
        """Queue pieces of work (``first``: before those already waiting)."""
        self.waiting = pieces + self.waiting if first else self.waiting + pieces
        self.timer.start()

    def _run_one(self) -> None:
        if not self.waiting:
            self.timer.stop()
            return
        self.waiting.pop(0)()
