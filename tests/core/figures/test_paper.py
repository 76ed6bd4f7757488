"""Pictures on paper: the direct drawing of our SVG is exactly what svglib draws from it."""

from __future__ import annotations

import io

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from core.figures import paper
from core.figures.illustrate import body_map, muscle_map, picture
from core.result import MuscleSide, Result
from tests.core.figures.test_render import CATALOGUE, ENTRIES, illustration


def on_paper(drawing: Drawing | None) -> tuple[bytes, tuple[float, ...], tuple[float, float]]:
    """What reaches the PDF: the page's drawing operators, and the bounds and size the layout uses."""
    assert drawing is not None
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    stream = buffer.getvalue().split(b"stream", 1)[1].split(b"endstream")[0]
    return stream, tuple(drawing.getBounds()), (drawing.width, drawing.height)


@pytest.mark.parametrize(("kind", "entry_id"), ENTRIES)
def test_every_picture_is_drawn_as_svglib_draws_it(kind: str, entry_id: str) -> None:
    svg = picture(CATALOGUE, illustration(kind, entry_id))
    assert on_paper(paper._direct(svg)) == on_paper(svg2rlg(io.BytesIO(svg.encode())))


def test_muscle_map_is_drawn_as_svglib_draws_it() -> None:
    muscles = {m: {"left": MuscleSide(), "right": MuscleSide()} for m in CATALOGUE.muscles}
    muscles["pectorals"]["left"] = MuscleSide(length="short")
    muscles["gluteus_medius"]["right"] = MuscleSide(strength="weak")
    svg = muscle_map(CATALOGUE, Result(status="ok", muscles=muscles).findings)
    assert on_paper(paper._direct(svg)) == on_paper(svg2rlg(io.BytesIO(svg.encode())))


def test_body_map_is_drawn_as_svglib_draws_it() -> None:
    svg = body_map(CATALOGUE, ["lower_back"])
    assert on_paper(paper._direct(svg)) == on_paper(svg2rlg(io.BytesIO(svg.encode())))


def test_more_than_the_subset_goes_to_svglib() -> None:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10">'
           '<rect x="1" y="1" width="5" height="5" fill="#123e66"/></svg>')
    with pytest.raises(paper._Unsupported):
        paper._direct(svg)
    assert on_paper(paper.svg_drawing(svg, "a square")) == on_paper(svg2rlg(io.BytesIO(svg.encode())))


def test_each_caller_gets_its_own_drawing_around_shared_shapes() -> None:
    """A caller scaling its drawing (the figures sheet) leaves the next caller's alone."""
    svg = picture(CATALOGUE, CATALOGUE.exercises["glute_bridge"].illustration)
    first = paper.svg_drawing(svg, "glute bridge")
    before = on_paper(paper.svg_drawing(svg, "glute bridge"))
    paper.fit_drawing(first, 50, 50)
    assert on_paper(paper.svg_drawing(svg, "glute bridge")) == before
