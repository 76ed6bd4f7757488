"""Runs a Qt program (a script and its arguments) and exits at the paint it waits for.

    python bench/paint_probe.py WANTED SCRIPT [ARGS...]

WANTED is "window" (the first paint of any window) or text that a painted, visible label
must contain. Every QApplication the script makes reports its paint events here; nothing in
the script changes. With PAINT_PROBE_REPORT=1 it prints, as JSON, the modules imported by
then, plus "argparse.ArgumentParser" once for each argument parser built (PySide6 itself
imports argparse, so the module alone says nothing). Used by bench/startup.py and by
tests/test_startup.py.
"""

import argparse
import json
import os
import runpy
import sys

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject

wanted = sys.argv[1]
sys.argv = sys.argv[2:]
report = os.environ.get("PAINT_PROBE_REPORT") == "1"
parsers_built: list[str] = []
_build_parser = argparse.ArgumentParser.__init__


def _counting(self: argparse.ArgumentParser, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    parsers_built.append("argparse.ArgumentParser")
    _build_parser(self, *args, **kwargs)


argparse.ArgumentParser.__init__ = _counting  # type: ignore[method-assign]


class Probe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QtWidgets.QWidget):
            window = wanted == "window" and watched.isWindow()
            label = isinstance(watched, QtWidgets.QLabel) and wanted in watched.text() and watched.isVisible()
            if window or label:
                if report:
                    print(json.dumps(sorted(sys.modules) + parsers_built), flush=True)
                os._exit(0)
        return False


probe = Probe()


class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args: list[str]) -> None:
        super().__init__(*args)
        self.installEventFilter(probe)


QtWidgets.QApplication = ProbedApplication  # type: ignore[misc,assignment]
runpy.run_path(sys.argv[0], run_name="__main__")
