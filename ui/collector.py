"""Python's cyclic garbage collector, run on the GUI thread only.

A collection runs in whichever thread happens to allocate when the counts cross their thresholds.
When that is a worker thread (the one opening the data, writing drafts or PDFs, preparing photos,
or importing MediaPipe), it may free a cycle that holds a Qt object's wrapper and destroy the Qt
object on the wrong thread: the suite caught a segmentation fault that way, inside a worker's
import. So automatic collection is switched off, and a timer on the GUI thread collects when the
counts say the collector would have (the generations and thresholds are Python's own).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250  # often enough that garbage never piles up; a check with nothing to do costs microseconds


class MainThreadCollector(QObject):
    """Owns garbage collection for the application it is parented to."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> None:
        """The oldest generation whose count is over its threshold, with the younger ones, as
        CPython's own collector chooses."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_the_gui_thread(app: QObject) -> MainThreadCollector:
    """Install the collector once for the application (a second call returns the first)."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
