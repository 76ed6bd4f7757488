"""Benchmark: time from process start until the home window is painted, against a bare window.

Both are measured in this run, several times each, as separate processes; the ratio of the
medians is printed. Target: at most 2.0 (ReportLab, svglib and the database are loaded
only after the first paint).

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0
RUNS = 7

# Both programs stop at their window's first paint, inside a running event loop.
HARNESS = """
import os
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False
"""

BARE = HARNESS + """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.resize(1100, 760)
watcher = FirstPaint(); window.installEventFilter(watcher); window.show()
app.exec()
"""

REBALANCE = HARNESS + """
import sys
from ui.app import create_application
from ui.main_window import MainWindow
app = create_application()
window = MainWindow(sys.argv[1]); window.resize(1100, 760)
watcher = FirstPaint(); window.installEventFilter(watcher); window.show()
app.exec()
"""


def timed(code: str, *args: str) -> float:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=environment,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - began


def main() -> int:
    with tempfile.TemporaryDirectory() as data:
        timed(REBALANCE, data)  # warm the file cache for both
        bare = statistics.median(timed(BARE) for _ in range(RUNS))
        ours = statistics.median(timed(REBALANCE, data) for _ in range(RUNS))
    ratio = ours / bare
    print(f"bare PySide6 window: {bare * 1000:.0f} ms (median of {RUNS})")
    print(f"Rebalance home:      {ours * 1000:.0f} ms (median of {RUNS})")
    print(f"ratio: {ratio:.2f} (target at most {TARGET:g}) -> {'ok' if ratio <= TARGET else 'SLOW'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
