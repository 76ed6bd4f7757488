"""The result's pydantic validators are built when first needed, or ahead of time by the app,
never at import: importing the engine stays cheap for every command (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fresh_python(code: str, tmp_path: Path) -> list[str]:
    """What a new interpreter prints, with its own data and cache folders and no display."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "REBALANCE_CACHE_DIR": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_importing_the_engine_builds_no_validator_and_build_validators_builds_them(tmp_path: Path) -> None:
    """After `import core.engine` no result model is complete; build_validators() completes the
    result and a muscle side, so an assessment afterwards builds nothing."""
    shown = _fresh_python(
        "import core.engine\n"
        "from core.result import MuscleSide, Result, build_validators\n"
        "print(Result.__pydantic_complete__, MuscleSide.__pydantic_complete__)\n"
        "build_validators()\n"
        "print(Result.__pydantic_complete__, MuscleSide.__pydantic_complete__)\n", tmp_path)
    assert shown == ["False", "False", "True", "True"]


def test_the_app_builds_them_ahead_when_it_opens_its_data(tmp_path: Path) -> None:
    """The main window's worker thread, once it has opened the data, builds the result's validators
    and draws the empty body map: the person's first step to the results, and the first wizard
    (whose pain page shows that map), do not wait for them."""
    shown = _fresh_python(
        "import time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.main_window import MainWindow\n"
        "from core.result import Result\n"
        "from core.figures import illustrate\n"
        f"window = MainWindow({str(tmp_path / 'data')!r})\n"
        "window.show()\n"
        "before = Result.__pydantic_complete__\n"
        "for _ in range(200):\n"
        "    app.processEvents()\n"
        "    time.sleep(0.025)  # the data opens in a worker thread, which needs the GIL meanwhile\n"
        "    if window.store is not None and Result.__pydantic_complete__ and illustrate._body_maps:\n"
        "        break\n"
        "print(before, window.store is not None, Result.__pydantic_complete__,\n"
        "      [sorted(selected) for _version, selected in illustrate._body_maps])\n"
        "window.close()\n", tmp_path)
    assert shown == ["False", "True", "True", "[[]]"]
