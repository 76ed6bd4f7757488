"""What the process benchmarks share: whole processes timed interleaved, today's code as a baseline.

Each program runs as its own process, from process start to its exit, and the programs take
turns (A B C, A B C, ...) so a busy moment on this shared machine slows all of them alike;
the median of each is compared. The baseline is the code of BASELINE_COMMIT, unpacked with
`git archive` into a temporary folder (the repository itself is not touched).
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import statistics
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE_COMMIT = "8726700"  # main before issue 16: "today's code" for the 2x goals
RUNS = int(os.environ.get("BENCH_RUNS", "9"))

# A run that waits this long is stuck (a dialog waiting for a click, say): fail loudly, never hang.
RUN_TIMEOUT_S = 300


@dataclass(frozen=True)
class Program:
    """A command, run in a folder whose code it imports (PYTHONPATH points there)."""

    command: Sequence[str]
    tree: Path = ROOT
    stdin: bytes = b""


@dataclass(frozen=True)
class Timing:
    """Median seconds: wall clock (what a person waits; the goals) and the process's CPU time
    (user + system: less disturbed by other work on a busy machine, shown beside it)."""

    wall: float
    cpu: float
    runs: int


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_environment(scratch: Path) -> dict[str, str]:
    """os.environ, with compiled bytecode kept (in scratch, out of the source trees) as an
    installed program has it: with PYTHONDONTWRITEBYTECODE every run would compile the
    project's modules again, a cost no user pays. The catalogue's cache goes to scratch too."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    environment["REBALANCE_CACHE_DIR"] = str(scratch / "cache")
    return environment


def run_once(program: Program, environment: Mapping[str, str]) -> tuple[float, float]:
    env = dict(environment, PYTHONPATH=str(program.tree), QT_QPA_PLATFORM="offscreen")
    cpu, began = _children_cpu(), time.perf_counter()
    subprocess.run(program.command, cwd=program.tree, env=env, input=program.stdin, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT_S)
    return time.perf_counter() - began, _children_cpu() - cpu


def interleaved(programs: Mapping[str, Program], scratch: Path, runs: int = RUNS) -> dict[str, Timing]:
    """The median times of each program over `runs` rounds, one run of each per round."""
    environment = run_environment(scratch)
    for program in programs.values():  # warm the file cache and any on-disk cache first
        run_once(program, environment)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, program in programs.items():
            times[name].append(run_once(program, environment))
    return {name: Timing(statistics.median(wall for wall, _ in values), statistics.median(cpu for _, cpu in values),
                         len(values)) for name, values in times.items()}


@contextlib.contextmanager
def baseline_tree(commit: str = BASELINE_COMMIT) -> Iterator[Path]:
    """Today's code, unpacked from git into a temporary folder for the length of the run."""
    with tempfile.TemporaryDirectory(prefix="rebalance-baseline-") as folder:
        archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        yield Path(folder)


def twelve_megapixel_photo(folder: Path, grain: bool = False) -> Path:
    """A phone-sized photo: the astronaut test photo enlarged to 4000 × 3000, saved as a JPEG (quality 92),
    1.1 MB. With ``grain`` a sensor's noise is laid over it, so the file weighs what a phone's 12-MP
    photo does (about 5 MB): what the database grows by for each photo kept."""
    from PIL import Image

    photo = folder / ("twelve-megapixels-grain.jpg" if grain else "twelve-megapixels.jpg")
    image = Image.open(ROOT / "tests" / "data" / "astronaut.png").convert("RGB").resize((4000, 3000))
    if grain:
        image = Image.blend(image, Image.effect_noise(image.size, 40).convert("RGB"), 0.25)
    image.save(photo, quality=92)
    return photo


def machine_load() -> str:
    """The load averages, so a reader knows how busy the shared machine was."""
    try:
        one, five, fifteen = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return "load unknown"
    return f"load average {one} / {five} / {fifteen} (1 / 5 / 15 min) on {os.cpu_count()} cores"


def report(label: str, ours: Timing, theirs: Timing, goal: float, *, at_most: bool = True) -> bool:
    """Print one wall-clock ratio beside its goal (and the CPU-time ratio); True when the goal is met."""
    ratio = ours.wall / theirs.wall
    met = ratio <= goal if at_most else ratio >= goal
    sign = "at most" if at_most else "at least"
    print(f"{label}: {ratio:.2f} (goal {sign} {goal:g}) -> {'ok' if met else 'MISSED'}"
          f"   [CPU time ratio {ours.cpu / theirs.cpu:.2f}]")
    return met


def print_medians(medians: Mapping[str, Timing]) -> None:
    width = max(len(name) for name in medians)
    for name, timing in medians.items():
        print(f"  {name:<{width}}  {timing.wall * 1000:7.0f} ms wall, {timing.cpu * 1000:6.0f} ms CPU"
              f" (medians of {timing.runs})")


_DISTRIBUTIONS = {"cv2": "opencv"}  # an import name whose native libraries' folder is named after its wheel


def evict_from_file_cache(*packages: str) -> tuple[int, int]:
    """Drop the installed packages' files (and the native libraries beside them, in ``*.libs`` folders)
    from the system's file cache, as after a restart, without importing them: the first import then
    reads them from the disk, as a person's first search after switching the computer on does. Pages
    another running process has mapped stay. Returns the bytes cached before and after (0, 0 if
    unknown)."""
    from importlib.util import find_spec

    folders: set[Path] = set()
    for name in packages:
        spec = find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations)))
            # its own native libraries (numpy.libs, opencv_python_headless.libs), never another's (pillow.libs)
            prefixes = (name, _DISTRIBUTIONS.get(name, name))
            folders |= {folder, *(libs for libs in folder.parent.glob("*.libs") if libs.name.startswith(prefixes))}
    files = [path for folder in folders for path in folder.rglob("*") if path.is_file()]
    before = _cached_bytes(files)
    for path in files:
        with contextlib.suppress(OSError), open(path, "rb") as file:
            os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return before, _cached_bytes(files)


def _cached_bytes(files: Sequence[Path]) -> int:
    """How much of these files the file cache holds (util-linux's fincore; 0 where it is missing)."""
    try:
        done = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", *map(str, files)],
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return 0
    return sum(int(line) for line in done.stdout.split() if line.isdigit())

