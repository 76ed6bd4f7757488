"""Cyclic garbage is collected on the GUI thread, never by a worker thread's allocations."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.collector import MainThreadCollector, collect_on_the_gui_thread


class Cycle:
    """Garbage only the cyclic collector frees; notes the thread that freed it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_a_worker_threads_allocations_collect_nothing_and_the_gui_thread_collects_it(qtbot: QtBot) -> None:
    """With the app's collector installed (once, however often asked), automatic collection is off:
    a worker thread allocating far past every threshold frees no cycle; the GUI thread's timer then
    frees it, on the GUI thread."""
    app = create_application()
    assert isinstance(app, QApplication)
    collector = collect_on_the_gui_thread(app)
    assert collect_on_the_gui_thread(app) is collector and isinstance(collector, MainThreadCollector)
    assert not gc.isenabled()
    qtbot.wait(300)  # what earlier tests left queued runs first (a window attaching its data freezes the heap)
    Cycle.freed_on.clear()
    Cycle()  # unreachable at once, but only a collection frees it

    kept: list[list[int]] = []

    def allocate() -> None:  # containers kept alive, so the counts stay far past every threshold
        kept.extend([index] for index in range(50 * sum(gc.get_threshold())))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cycle.freed_on == [] and gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: bool(Cycle.freed_on), timeout=5000)
    assert Cycle.freed_on == [threading.main_thread().name]
    kept.clear()
