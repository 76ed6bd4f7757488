"""Writes every picture to a folder: one SVG per test and exercise, the maps, a contact sheet."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.catalogue import Catalogue
from core.figures.illustrate import body_map, muscle_map, picture
from core.figures.maps import muscle_map_svg
from core.figures.render import Highlight
from core.files import write_atomically

SHEET = "contact_sheet.pdf"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"))


def all_pictures(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """(file name, caption, svg) for every test, every exercise and both maps."""
    pictures = [(f"tests/{t.id}.svg", f"{t.title} [{t.id}]", picture(catalogue, t.illustration))
                for t in catalogue.tests.values()]
    pictures += [(f"exercises/{e.id}.svg", f"{e.name} [{e.id}]", picture(catalogue, e.illustration))
                 for e in catalogue.exercises.values()]
    every_muscle = [Highlight(m, "both", "stretch") for m in catalogue.muscles
                    if m not in ("abdominals", "deep_neck_flexors", "lower_trapezius", "serratus_anterior",
                                 "gluteus_medius", "gluteus_maximus")]
    every_muscle += [Highlight(m, "both", "strengthen") for m in
                     ("abdominals", "deep_neck_flexors", "lower_trapezius", "serratus_anterior",
                      "gluteus_medius", "gluteus_maximus")]
    pictures += [
        ("maps/body_map.svg", "Body map", body_map(catalogue)),
        ("maps/body_map_selected.svg", "Body map, low back and left buttock chosen",
         body_map(catalogue, ["lower_back", "left_buttock"])),
        ("maps/muscle_map_all.svg", "Every muscle (stretch hatched, strengthen dotted)",
         muscle_map_svg(catalogue.poses["stand"], every_muscle)),
        ("maps/muscle_map_empty.svg", "Muscle map with nothing found", muscle_map(catalogue, None)),
    ]
    return pictures


def write_figures(catalogue: Catalogue, out: Path) -> int:
    """Write every picture and the contact sheet; returns how many pictures were written."""
    from core.figures.sheet import write_contact_sheet

    pictures = all_pictures(catalogue)
    for name, _, svg in pictures:
        _write(out / name, svg)
    out.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out, suffix=".pdf.tmp")
    os.close(handle)
    try:
        write_contact_sheet([(caption, svg) for _, caption, svg in pictures], Path(temporary),
                            f"Rebalance illustrations, catalogue {catalogue.version}")
        os.replace(temporary, out / SHEET)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return len(pictures)
