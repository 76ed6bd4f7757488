"""`main.py screenshots` renders every screen offscreen to real images."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from ui.screenshots import WIZARD_SHOTS

ROOT = Path(__file__).resolve().parents[2]


def test_screenshots_command_renders_every_screen(tmp_path: Path) -> None:
    """Home, every wizard step listed, the red-flag stop page, History and the guided session, each a
    full-size PNG."""
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshots", "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    names = {path.stem for path in tmp_path.glob("*.png")}
    history = {"15-history", "16-compare", "17-trends", "18-exercise-log"}
    assert names == {"01-home", "14-red-flag-stop", *history, "19-guided-session",
                     *(name for name, _ in WIZARD_SHOTS)}
    for path in tmp_path.glob("*.png"):
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 700, path.name
        assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)}) > 5
