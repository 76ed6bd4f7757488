"""`main.py figures --out DIR` writes one SVG per test and exercise, the maps and a contact sheet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.catalogue import Catalogue

ROOT = Path(__file__).resolve().parents[3]


def test_figures_command_writes_every_picture(catalogue: Catalogue, tmp_path: Path) -> None:
    """One file per test and exercise, both maps, and a multi-page PDF contact sheet."""
    out = tmp_path / "figures"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "figures", "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert {p.stem for p in (out / "tests").glob("*.svg")} == set(catalogue.tests)
    assert {p.stem for p in (out / "exercises").glob("*.svg")} == set(catalogue.exercises)
    assert (out / "maps" / "body_map.svg").exists()
    sheet = (out / "contact_sheet.pdf").read_bytes()
    assert sheet.startswith(b"%PDF") and sheet.count(b"/Type /Page\n") + sheet.count(b"/Type /Page ") >= 5
    assert not list(out.glob("*.tmp"))
