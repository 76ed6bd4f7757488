"""Pictures on paper: the direct drawing of our SVG looks, to the pixel, as svglib draws it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from svglib.svglib import svg2rlg

from core.figures import paper
from core.figures.export import all_pictures
from core.figures.illustrate import muscle_map
from core.figures.paper_style import Unsupported
from core.result import MuscleSide, Result
from tests.core.figures.test_render import CATALOGUE

DPI = 72  # enough to catch a wrong join, a 10% wider line or a missing stroke colour (each tried)


def _pages(svgs: list[str], draw: Callable[[str, Canvas], None], path: Path) -> list[Image.Image]:
    """One page per picture, the size of its SVG, rasterised by poppler."""
    canvas = Canvas(str(path))
    for svg in svgs:
        picture = paper.paper_picture(svg, "a picture")
        canvas.setPageSize((picture.width, picture.height))
        draw(svg, canvas)
        canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(DPI), str(path), str(path.with_suffix(""))], check=True)  # PPM: quick
    return [Image.open(page).convert("RGB") for page in sorted(path.parent.glob(f"{path.stem}-*.ppm"))]


def _paper(svg: str, canvas: Canvas) -> None:
    paper.paper_picture(svg, "a picture").draw_on(canvas, "Helvetica")


def _svglib(svg: str) -> Drawing:
    drawing = svg2rlg(io.BytesIO(svg.encode()))
    assert drawing is not None
    return drawing


def _muscle_map_with_both_modes() -> str:
    muscles = {m: {"left": MuscleSide(), "right": MuscleSide()} for m in CATALOGUE.muscles}
    muscles["pectorals"]["left"] = MuscleSide(length="short")
    muscles["gluteus_medius"]["right"] = MuscleSide(strength="weak")
    for side in ("left", "right"):  # large textures: hatching and hundreds of dots
        muscles["hip_flexors"][side] = MuscleSide(length="short")
        muscles["gluteus_maximus"][side] = MuscleSide(strength="weak")
        muscles["abdominals"][side] = MuscleSide(strength="weak")
    return muscle_map(CATALOGUE, Result(status="ok", muscles=muscles).findings)


def test_every_picture_looks_as_svglib_draws_it(tmp_path: Path) -> None:
    """Every test's and exercise's picture, both maps and a muscle map with both kinds of
    highlight, drawn for paper and by svglib, rasterise to the same pixels, and have the size
    and the drawn box (which the printout sizes pictures by) that svglib's drawing has. All but
    the body map (its see-through regions) are drawn directly, without svglib."""
    assert shutil.which("pdftoppm"), "poppler-utils is missing: run ./dev test, which installs it"
    svgs = [svg for _, _, svg in all_pictures(CATALOGUE)] + [_muscle_map_with_both_modes()]
    direct = [svg for svg in svgs if paper.paper_picture(svg, "a picture").fallback is None]
    assert len(direct) == len([svg for svg in svgs if "opacity" not in svg]) >= len(svgs) - 2
    ours = _pages(svgs, _paper, tmp_path / "paper.pdf")
    drawings = {svg: _svglib(svg) for svg in svgs}
    theirs = _pages(svgs, lambda svg, canvas: renderPDF.draw(drawings[svg], canvas, 0, 0), tmp_path / "svglib.pdf")
    assert len(ours) == len(theirs) == len(svgs)
    differing = [index for index, (a, b) in enumerate(zip(ours, theirs, strict=True))
                 if a.size != b.size or ImageChops.difference(a, b).getbbox() is not None]
    assert differing == []
    for svg, drawing in drawings.items():
        picture = paper.paper_picture(svg, "a picture")
        assert (picture.width, picture.height) == (drawing.width, drawing.height)
        assert picture.bounds == pytest.approx(drawing.getBounds(), abs=1e-9)


def test_a_style_is_set_once_for_the_shapes_that_share_it() -> None:
    """A texture's dots and lines share one style: it is written once for the run of them, not
    once per shape as ReportLab's renderer does (a muscle map has hundreds)."""
    operators = paper._direct(_muscle_map_with_both_modes()).operators
    shapes = len(re.findall(r" (?:f|S|B)\*?$", operators, re.MULTILINE))  # one painting operator each
    styles = operators.count(" w\n")  # every style written sets the line width
    assert shapes > 400 and styles * 4 < shapes


def test_more_than_the_subset_goes_to_svglib(tmp_path: Path) -> None:
    """An element outside the subset (a rect) is left to svglib, which draws it."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10">'
           '<rect x="1" y="1" width="5" height="5" fill="#123e66"/></svg>')
    with pytest.raises(Unsupported):
        paper._direct(svg)
    picture = paper.paper_picture(svg, "a square")
    assert picture.fallback is not None
    canvas = Canvas(str(tmp_path / "square.pdf"), pageCompression=0)
    picture.draw_on(canvas, "Helvetica")
    canvas.showPage()
    canvas.save()
    assert b"re" in (tmp_path / "square.pdf").read_bytes().split(b"stream", 1)[1]


def test_every_circle_is_the_canvas_circle() -> None:
    """Each circle of every picture (hundreds of texture dots) is written with the very numbers
    ReportLab's canvas writes for it, though scaled from one unit circle instead of worked out anew."""
    circles = {(float(c.get("cx", "")), float(c.get("cy", "")), float(c.get("r", "")))
               for _, _, svg in [*all_pictures(CATALOGUE), ("", "", _muscle_map_with_both_modes())]
               for c in ElementTree.fromstring(svg).iter(f"{paper.SVG}circle")}
    assert len(circles) > 500
    for cx, cy, r in circles:
        canvas_path = PDFPathObject()
        canvas_path.ellipse(cx - r, cy - r, (cx + r) - (cx - r), (cy + r) - (cy - r))  # as Canvas.circle()
        assert paper._arcs(cx, cy, r) == canvas_path.getCode()
