"""Benchmark: opening the history view (list and comparison) with 500 sessions against 5.

Prints the ratio of the two timings measured in this run; target at most 3. The list reads
summary columns only and the comparison loads the two sessions it compares, so the cost
grows with the table rows, not with the stored documents.

    .venv/bin/python bench/history_view.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.answers import parse_answers
from core.catalogue import default_catalogue
from core.engine import assess
from core.store import open_store
from tests.helpers import answers_document
from ui.app import create_application
from ui.history.view import HistoryView

TARGET = 3.0


def best_time(count: int, repeats: int = 5) -> float:
    catalogue = default_catalogue()
    document = answers_document({"pelvic_tilt": "anterior", "side_bridge_hold": {"left": 40, "right": 55},
                                 "knee_extension_90_90": {"left": 30, "right": 20}})
    result = assess(parse_answers(document, catalogue), catalogue)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(folder)
        store.add_sessions("Alex", [(f"s{i:05d}", date(2020, 1, 1) + timedelta(days=7 * i), document, result, "b")
                                    for i in range(count)])
        timings = []
        for _ in range(repeats):
            began = time.perf_counter()
            view = HistoryView(store, catalogue, "Alex")
            view.deleteLater()
            timings.append(time.perf_counter() - began)
        store.close()
    return min(timings)


def main() -> int:
    create_application()
    few, many = best_time(5), best_time(500)
    ratio = many / few
    print(f"history view with 5 sessions:   {few * 1000:.0f} ms")
    print(f"history view with 500 sessions: {many * 1000:.0f} ms")
    print(f"ratio 500/5: {ratio:.2f} (target at most {TARGET:g}) -> {'ok' if ratio <= TARGET else 'SLOW'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
