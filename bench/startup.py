"""Benchmark: starting the app (`main.py` as a process) against a bare PySide6 window.

Two measurements, each from process start, the same way for every program:
- first paint: until the main window's first paint event (goal: at most 1.5x the bare window);
- home with a saved profile: until the label summing up the profile's last assessment is
  painted (it shows together with the name), i.e. the person sees their profile (goal: at
  most 3.0x the bare window painting a label with that text);
- the same with 40 phone-sized photos kept in the database (about 200 MB): the store checks
  the whole file (SQLite's quick_check) before it writes, a check whose time grows with the
  file; it must stay off the way to the profile shown.
The bare window is a QMainWindow holding a QLabel. Today's code (measure.BASELINE_COMMIT)
is measured in the same rounds, for comparison. All programs run interleaved, one of each
per round; the medians are compared.

    .venv/bin/python bench/startup.py        (BENCH_RUNS=15 for more rounds)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import (
    ROOT,
    Program,
    baseline_tree,
    interleaved,
    machine_load,
    print_medians,
    report,
    twelve_megapixel_photo,
)

FIRST_PAINT_GOAL = 1.5
HOME_GOAL = 3.0
PROFILE = "Alice Example"
SUMMARY = "Assessments so far: 1."  # the end of the home summary for one saved session
PHOTOS = 40
PHOTOS_SUMMARY = f"Assessments so far: {PHOTOS + 1}."  # the same profile with PHOTOS more, each with a photo

PROBE = ROOT / "bench" / "paint_probe.py"  # exits at the wanted paint

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel(sys.argv[1]))
window.resize(1100, 760)
window.show()
sys.exit(app.exec())
"""


def saved_profile(folder: Path, tree: Path) -> Path:
    """A data folder with one person and one saved assessment, past the welcome, chosen at start,
    written by the code in ``tree`` itself (today's code cannot open a database a newer schema wrote)."""
    data = folder / "data"
    answers = ROOT / "tests" / "data" / "lower_crossed" / "answers.json"
    subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "save", str(answers), "--profile", PROFILE],
                   cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)), check=True, stdout=subprocess.DEVNULL)
    (data / "settings.ini").write_text(f"[home]\nwelcome_seen=true\nlast_profile={PROFILE}\n", encoding="utf-8")
    return data


KEEP_PHOTOS = """
import sys
from pathlib import Path
from core.posture.landmarks import Landmark, Landmarks
from core.store import open_store
from core.store.photos import upright_jpeg, write_photos
store = open_store(sys.argv[1])
summaries = store.session_summaries(sys.argv[2])
session = store.load_session(summaries[-1].id)
marks = Landmarks("side", 4000, 3000, {"tragus": Landmark(2100, 900), "c7": Landmark(1800, 1200)})
photo = (upright_jpeg(Path(sys.argv[3])), marks)
for _ in range(int(sys.argv[4])):
    store.save_session(sys.argv[2], session.answers, session.result, session.taken_on,
                       lambda rows, new_id: write_photos(rows, {new_id: [photo]}))
store.close()
"""


def with_photos(folder: Path) -> Path:
    """A saved profile (as saved_profile) whose database also keeps PHOTOS phone-sized photos, each with
    an earlier session of the same answers, in today's code only (the growth is what is measured)."""
    data = saved_profile(folder, ROOT)
    photo = twelve_megapixel_photo(folder, grain=True)
    subprocess.run([sys.executable, "-c", KEEP_PHOTOS, str(data), PROFILE, str(photo), str(PHOTOS)], cwd=ROOT,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True)
    return data


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch, baseline_tree() as baseline:
        folder = Path(scratch)
        data, data_then = saved_profile(folder / "now", ROOT), saved_profile(folder / "then", baseline)
        data_photos = with_photos(folder / "photos")
        size = (data_photos / "rebalance.sqlite3").stat().st_size / 1e6
        bare = folder / "bare.py"
        bare.write_text(BARE, encoding="utf-8")

        def probe(wanted: str, script: Path, tree: Path, *args: str) -> Program:
            return Program([sys.executable, str(PROBE), wanted, str(script), *args], tree)

        app, app_then = ("--data-dir", str(data)), ("--data-dir", str(data_then))
        programs = {
            "bare window, first paint": probe("window", bare, ROOT, SUMMARY),
            "bare window, label shown": probe(SUMMARY, bare, ROOT, SUMMARY),
            "main.py, first paint": probe("window", ROOT / "main.py", ROOT, *app),
            "main.py, profile shown": probe(SUMMARY, ROOT / "main.py", ROOT, *app),
            f"main.py, profile shown, {PHOTOS} photos": probe(PHOTOS_SUMMARY, ROOT / "main.py", ROOT, "--data-dir",
                                                              str(data_photos)),
            "today's main.py, first paint": probe("window", baseline / "main.py", baseline, *app_then),
            "today's main.py, profile shown": probe(SUMMARY, baseline / "main.py", baseline, *app_then),
        }
        print(f"before: {machine_load()}")
        medians = interleaved(programs, folder)
        print(f"after:  {machine_load()}")
    print_medians(medians)
    bare_paint, bare_label = medians["bare window, first paint"], medians["bare window, label shown"]
    first = report("first paint / bare window", medians["main.py, first paint"], bare_paint, FIRST_PAINT_GOAL)
    home = report("profile shown / bare label shown", medians["main.py, profile shown"], bare_label, HOME_GOAL)
    crowded = medians[f"main.py, profile shown, {PHOTOS} photos"]
    home_photos = report(f"profile shown with {PHOTOS} photos kept ({size:.0f} MB) / bare label shown", crowded,
                         bare_label, HOME_GOAL)
    added = crowded.wall - medians["main.py, profile shown"].wall
    print(f"  the {PHOTOS} photos add {added * 1000:.0f} ms to the profile shown "
          f"({(crowded.cpu - medians['main.py, profile shown'].cpu) * 1000:.0f} ms CPU)")
    report("(today's code, same run) first paint / bare window", medians["today's main.py, first paint"],
           bare_paint, FIRST_PAINT_GOAL)
    report("(today's code, same run) profile shown / bare label shown", medians["today's main.py, profile shown"],
           bare_label, HOME_GOAL)
    return 0 if first and home and home_photos else 1


if __name__ == "__main__":
    sys.exit(main())
