"""Benchmark: the history list and latest comparison with 1,000 sessions against 10.

Prints the ratio of the two timings measured in the same run (machines are noisy, so no
absolute time is judged). Target: at most 5, because the list reads summary columns only
and the comparison loads just the sessions it compares.

    .venv/bin/python bench/history.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.answers import parse_answers
from core.catalogue import default_catalogue
from core.engine import assess
from core.history import history_document
from core.store import open_store

TARGET = 5.0


def filled_store(folder: str, count: int):  # type: ignore[no-untyped-def]
    catalogue = default_catalogue()
    answers = {"format": 1, "pain": {"now": 5}, "screening": {}, "observations": {
        "pelvic_tilt": "anterior", "thomas_hip": {"left": "short", "right": "short"},
        "trunk_flexor_hold": 60, "trunk_extensor_hold": 90, "side_bridge_hold": {"left": 40, "right": 50}}}
    from tests.helpers import clear_screening

    answers["screening"] = clear_screening()
    result = assess(parse_answers(answers, catalogue), catalogue)
    store = open_store(folder)
    start = date(2020, 1, 1)
    store.add_sessions("Alex", [(f"s{index:05d}", start + timedelta(days=7 * index), answers, result, "bench")
                                for index in range(count)])
    return store, catalogue


def best_time(folder: str, count: int, repeats: int = 7) -> float:
    store, catalogue = filled_store(folder, count)
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        history_document(store, "Alex", catalogue)
        timings.append(time.perf_counter() - began)
    store.close()
    return min(timings)


def main() -> int:
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as large:
        few = best_time(small, 10)
        many = best_time(large, 1000)
    ratio = many / few
    print(f"history with 10 sessions:    {few * 1000:.1f} ms")
    print(f"history with 1000 sessions:  {many * 1000:.1f} ms")
    print(f"ratio 1000/10: {ratio:.2f} (target at most {TARGET:g}) -> {'ok' if ratio <= TARGET else 'SLOW'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
