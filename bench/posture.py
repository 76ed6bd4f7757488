"""Benchmark: measuring posture on a 12-megapixel photo, as the `posture` command does it.

- found: `main.py posture PHOTO --view front` (the optional detector finds the landmarks);
- given: the same photo with its landmarks given (`--landmarks`): the same process, photo header,
  catalogue and measurement, without the detector. Their difference is what detection costs.
Issue 18's goal: detection and measurement of a 12-MP photo under 2 s on this machine (the app
runs it off the UI thread). The photo is the astronaut test photo enlarged to 4000 × 3000.

    .venv/bin/python bench/posture.py        (BENCH_RUNS=15 for more rounds)
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from measure import Program, interleaved, machine_load, print_medians, report, twelve_megapixel_photo

DETECTION_GOAL_S = 2.0


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        photo = twelve_megapixel_photo(Path(scratch))
        marks = Path(scratch) / "landmarks.json"
        marks.write_text(json.dumps({"format": 1, "view": "front", "image": {"width": 4000, "height": 3000},
                                     "landmarks": {"left_shoulder": [2400, 1500], "right_shoulder": [900, 1450]}}))
        programs = {
            "posture, landmarks found": Program([sys.executable, "main.py", "posture", str(photo), "--view", "front"]),
            "posture, landmarks given": Program([sys.executable, "main.py", "posture", str(photo), "--view", "front",
                                                 "--landmarks", str(marks)]),
        }
        print(f"before: {machine_load()}")
        medians = interleaved(programs, Path(scratch))
        print(f"after:  {machine_load()}")
    print_medians(medians)
    found, given = medians["posture, landmarks found"], medians["posture, landmarks given"]
    report("(for scale) found / given", found, given, float("inf"))
    added, cpu = found.wall - given.wall, found.cpu - given.cpu
    met = added <= DETECTION_GOAL_S
    print(f"detection added to a 12-MP photo: {added:.2f} s wall, {cpu:.2f} s CPU (goal at most "
          f"{DETECTION_GOAL_S:g} s on this machine; on a loaded machine read the CPU time) -> "
          f"{'ok' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
