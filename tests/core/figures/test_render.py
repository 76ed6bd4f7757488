"""Pictures: every test and exercise renders to SVG that Qt and svglib both read."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from svglib.svglib import svg2rlg

from core.catalogue import Catalogue, default_catalogue
from core.figures.illustrate import body_map, muscle_map, picture
from core.figures.render import MODES
from core.result import MuscleSide, Result

CATALOGUE = default_catalogue()
ENTRIES = [("test", t.id) for t in CATALOGUE.tests.values()] + [
    ("exercise", e.id) for e in CATALOGUE.exercises.values()]
NS = "{http://www.w3.org/2000/svg}"


def illustration(kind: str, entry_id: str):  # type: ignore[no-untyped-def]
    entry = CATALOGUE.tests[entry_id] if kind == "test" else CATALOGUE.exercises[entry_id]
    return entry.illustration


@pytest.mark.parametrize(("kind", "entry_id"), ENTRIES)
def test_picture_parses_and_shows_its_highlights(kind: str, entry_id: str) -> None:
    """The SVG is well-formed and carries each highlight's colour (or the pose's markers)."""
    spec = illustration(kind, entry_id)
    svg = picture(CATALOGUE, spec)
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg" and root.get("viewBox")
    fills = {element.get("fill") for element in root.iter()}
    for highlight in spec.highlight:
        assert MODES[highlight.mode][0] in fills, highlight
    if not spec.highlight:
        assert "#2a9d8f" in fills  # the markers of a posture check


def test_svglib_draws_a_picture_as_vectors() -> None:
    """svglib reads the SVG into a ReportLab drawing of shapes, not an image."""
    svg = picture(CATALOGUE, CATALOGUE.exercises["glute_bridge"].illustration)
    drawing = svg2rlg(io.BytesIO(svg.encode()))
    assert drawing is not None and drawing.width > 0
    kinds = {type(item).__name__ for item in drawing.getContents()}
    assert "Image" not in kinds


def test_stretch_and_strengthen_differ_by_texture() -> None:
    """Hatching lines for stretch, dots for strengthen: distinct without colour."""
    stretch = picture(CATALOGUE, CATALOGUE.exercises["doorway_pec_stretch"].illustration)
    strengthen = picture(CATALOGUE, CATALOGUE.exercises["prone_y_lift"].illustration)
    assert f'stroke="{MODES["stretch"][1]}"' in stretch and "<circle" not in stretch.split("#f08a5d")[1]
    assert f'fill="{MODES["strengthen"][1]}"' in strengthen


def test_body_map_has_every_region(catalogue: Catalogue) -> None:
    """Each pain region id of the catalogue is an element of the body map."""
    root = ET.fromstring(body_map(catalogue))
    ids = {element.get("id", "").removesuffix("__back") for element in root.iter()}
    assert set(catalogue.regions) <= ids


def test_body_map_marks_selected_regions(catalogue: Catalogue) -> None:
    """A chosen region is filled; the others are outlined only."""
    root = ET.fromstring(body_map(catalogue, ["neck"]))
    neck = next(e for e in root.iter() if e.get("id") == "neck")
    thigh = next(e for e in root.iter() if e.get("id") == "left_thigh")
    assert neck[0].get("fill") != "#ffffff" and thigh[0].get("fill") == "#ffffff"


def test_muscle_map_shades_short_and_weak(catalogue: Catalogue) -> None:
    """Short muscles get the stretch colour, weak ones the strengthen colour, none when nothing."""
    muscles = {m: {"left": MuscleSide(), "right": MuscleSide()} for m in catalogue.muscles}
    assert MODES["stretch"][0] not in muscle_map(catalogue, Result(status="ok", muscles=muscles).findings)
    muscles["pectorals"]["left"] = MuscleSide(length="short")
    muscles["gluteus_medius"]["right"] = MuscleSide(strength="weak")
    svg = muscle_map(catalogue, Result(status="ok", muscles=muscles).findings)
    assert MODES["stretch"][0] in svg and MODES["strengthen"][0] in svg


@pytest.mark.parametrize(("kind", "entry_id"), ENTRIES)
def test_picture_is_framed_on_the_body(kind: str, entry_id: str) -> None:
    """The picture is cut to the body and a hand's breadth around it: a long table, mat or
    wall does not shrink the figure in its box (the comparison inset aside)."""
    from core.figures.illustrate import scene as scene_of
    from core.figures.room import body_frame
    from core.figures.scene import build_scene

    spec = illustration(kind, entry_id)
    main = scene_of(CATALOGUE, spec.pose)
    start = build_scene(CATALOGUE.poses[spec.start]) if spec.start else None
    if start is not None:
        start.camera = main.camera
    frame = body_frame(main, *([start] if start else []))
    root = ET.fromstring(picture(CATALOGUE, spec))
    left, top, width, height = (float(v) / 100 for v in root.get("viewBox", "").split())
    xs, ys = [p[0] for p in frame], [p[1] for p in frame]
    slack = 0.061  # the SVG's own margin
    if main.pose.compare is None:
        assert width <= max(xs) - min(xs) + 2 * slack + 1e-6
        assert height <= max(ys) - min(ys) + 2 * slack + 1e-6
    assert left >= min(xs) - slack - 1e-6 and top <= max(ys)


def test_a_two_state_test_shows_the_other_state_inset() -> None:
    """Thomas test: the thigh resting on the table, and small in a framed corner, lifted."""
    svg = picture(CATALOGUE, CATALOGUE.tests["thomas_hip"].illustration)
    assert 'stroke-dasharray="2 1.5"' in svg and "scale(" in svg
    root = ET.fromstring(svg)
    group = next(e for e in root.iter() if e.tag == f"{NS}g" and "scale(" in e.get("transform", ""))
    fills = {e.get("fill") for e in group.iter()}
    assert MODES["stretch"][0] in fills  # the inset shows the same muscle
