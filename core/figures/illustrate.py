"""Entry points for pictures: every test, every exercise, the body map and the muscle map.

One SVG serves the screen (QtSvg) and the paper (svglib), so the two never differ.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.catalogue import Catalogue
from core.catalogue.models import Illustration
from core.figures.maps import RegionShapes, body_map_layout, body_map_svg, muscle_highlights, muscle_map_svg
from core.figures.render import Highlight, render
from core.figures.scene import Scene, build_scene
from core.result.findings import Findings

BASE_POSE = "stand"

__all__ = ["Highlight", "body_map", "drawn", "muscle_map", "picture", "scene"]

_scenes: dict[tuple[str, str], Scene] = {}


def scene(catalogue: Catalogue, pose_id: str) -> Scene:
    """The posed scene, built once per catalogue version."""
    key = (catalogue.version, pose_id)
    if key not in _scenes:
        _scenes[key] = build_scene(catalogue.poses[pose_id])
    return _scenes[key]


_pictures: dict[tuple[str, Illustration, float, str], str] = {}


def picture(catalogue: Catalogue, illustration: Illustration, height_px: float = 320.0,
            title: str = "") -> str:
    """The SVG of a test or exercise: its pose, the faint start pose, and its highlights.

    A pure function of the catalogue's poses and the illustration, so drawn once per process."""
    key = _picture_key(catalogue, illustration, height_px, title)
    if key not in _pictures:
        highlights = [Highlight(h.muscle, h.side, h.mode) for h in illustration.highlight]
        start = scene(catalogue, illustration.start) if illustration.start else None
        main = scene(catalogue, illustration.pose)
        compare = scene(catalogue, main.pose.compare) if main.pose.compare else None
        _pictures[key] = render(main, highlights, start, height_px, title, compare)
    return _pictures[key]


def drawn(catalogue: Catalogue, illustration: Illustration, height_px: float = 320.0, title: str = "") -> str | None:
    """The picture when this process has drawn it already, else None (a screen may then show it a
    moment later instead of drawing it while the person waits)."""
    return _pictures.get(_picture_key(catalogue, illustration, height_px, title))


def _picture_key(catalogue: Catalogue, illustration: Illustration, height_px: float,
                 title: str) -> tuple[str, Illustration, float, str]:
    # The frozen model is its own key (hashed and compared by value): serialising it instead
    # would build pydantic's serialiser, about 20 ms, before the first picture (issue 16).
    return catalogue.version, illustration, height_px, title


def body_map(catalogue: Catalogue, selected: Iterable[str] = (), height_px: float = 420.0) -> str:
    """Front and back figures with every pain region of the catalogue, the selected ones shaded."""
    return body_map_svg(catalogue.poses[BASE_POSE], catalogue.regions, selected, height_px)


_body_maps: dict[tuple[str, frozenset[str]], tuple[str, RegionShapes]] = {}
BODY_MAPS_KEPT = 64


def body_map_with_regions(catalogue: Catalogue, selected: Iterable[str] = ()) -> tuple[str, RegionShapes]:
    """The body map and where each region lies in it, for a clickable map.

    Kept per selection for the process (the newest BODY_MAPS_KEPT): every wizard draws the empty one
    as it opens (about 60 ms), and a click back to an earlier choice draws nothing new."""
    key = (catalogue.version, frozenset(selected))
    if key not in _body_maps:
        if len(_body_maps) >= BODY_MAPS_KEPT:
            del _body_maps[next(iter(_body_maps))]
        _body_maps[key] = body_map_layout(catalogue.poses[BASE_POSE], catalogue.regions, selected)
    return _body_maps[key]


_muscle_maps: dict[tuple[str, tuple[Highlight, ...], float], str] = {}


def muscle_map(catalogue: Catalogue, findings: Findings | None, height_px: float = 420.0) -> str:
    """Front and back figures, short muscles shaded 'stretch', weak ones 'strengthen' (none without findings).

    Kept per findings for the process: the results page, the home and the printout draw the same."""
    highlights = tuple(muscle_highlights(findings)) if findings is not None else ()
    key = (catalogue.version, highlights, height_px)
    if key not in _muscle_maps:
        _muscle_maps[key] = muscle_map_svg(catalogue.poses[BASE_POSE], highlights, height_px)
    return _muscle_maps[key]
