"""Benchmark: the command line as whole processes (`main.py assess` and `main.py routine --pdf`).

- assess: `main.py assess ANSWERS` against `python -c "import yaml, pydantic"` (goal: at most 2.5x);
- routine --pdf and figures --out (every picture as SVG and the contact sheet PDF): this code
  against today's code (measure.BASELINE_COMMIT, unpacked from git into a temporary folder),
  goal at least 2x faster each. Today's code ran without rl-accel
  (ReportLab's C helpers), so it runs here with them hidden; it also runs with them, to show
  what rl-accel alone gives.
Both use the catalogue cache (core.catalogue.disk_cache) the way a second start does (a fresh cache folder,
warmed by the first run). All programs run interleaved, one of each per round; medians compared.

    .venv/bin/python bench/commands.py        (BENCH_RUNS=15 for more rounds)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from measure import ROOT, Program, baseline_tree, interleaved, machine_load, print_medians, report

ASSESS_GOAL = 2.5
ROUTINE_SPEEDUP_GOAL = 2.0
FIGURES_SPEEDUP_GOAL = 2.0
ANSWERS = ROOT / "tests" / "data" / "lower_crossed" / "answers.json"

# Runs main.py with its arguments; "hide-rl-accel" first makes ReportLab fall back to Python.
RUN_MAIN = """
import runpy, sys
if sys.argv[1] == "hide-rl-accel":
    sys.modules["_rl_accel"] = None
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch, baseline_tree() as baseline:
        def routine(tree: Path, accel: str) -> Program:
            return Program([sys.executable, "-c", RUN_MAIN, accel, str(tree / "main.py"), "routine", str(ANSWERS),
                            "--pdf", "-", "--date", "2026-01-05"], tree)

        def figures(tree: Path, accel: str) -> Program:
            out = Path(scratch) / f"figures-{tree.name}-{accel}"  # one folder per program, rewritten
            return Program([sys.executable, "-c", RUN_MAIN, accel, str(tree / "main.py"), "figures", "--out",
                            str(out), "--force"], tree)

        programs = {
            'python -c "import yaml, pydantic"': Program([sys.executable, "-c", "import yaml, pydantic"]),
            "main.py assess": Program([sys.executable, "main.py", "assess", str(ANSWERS)]),
            "today's main.py assess": Program([sys.executable, "main.py", "assess", str(ANSWERS)], baseline),
            "main.py routine --pdf": routine(ROOT, "as-installed"),
            "today's routine --pdf (no rl-accel)": routine(baseline, "hide-rl-accel"),
            "today's routine --pdf with rl-accel": routine(baseline, "as-installed"),
            "main.py figures --out": figures(ROOT, "as-installed"),
            "today's figures --out (no rl-accel)": figures(baseline, "hide-rl-accel"),
        }
        print(f"before: {machine_load()}")
        medians = interleaved(programs, Path(scratch))
        print(f"after:  {machine_load()}")
    print_medians(medians)
    imports = medians['python -c "import yaml, pydantic"']
    assess = report("assess / import yaml, pydantic", medians["main.py assess"], imports, ASSESS_GOAL)
    report("(today's code, same run) assess / import yaml, pydantic", medians["today's main.py assess"], imports,
           ASSESS_GOAL)
    ours, today = medians["main.py routine --pdf"], medians["today's routine --pdf (no rl-accel)"]
    routine_ok = report("routine --pdf speed-up over today", today, ours, ROUTINE_SPEEDUP_GOAL, at_most=False)
    report("(rl-accel alone) today's code without / with it", today, medians["today's routine --pdf with rl-accel"],
           1.0, at_most=False)
    figures_ok = report("figures --out speed-up over today", medians["today's figures --out (no rl-accel)"],
                        medians["main.py figures --out"], FIGURES_SPEEDUP_GOAL, at_most=False)
    return 0 if assess and routine_ok and figures_ok else 1


if __name__ == "__main__":
    sys.exit(main())
