"""The body map (where it hurts) and the muscle map (what to stretch and strengthen).

Both show the figure from the front and from behind, side by side, drawn by the same
renderer as every other picture. Each pain region is an element with the region's id, so
the app can tell which one was clicked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.catalogue.anatomy import Place
from core.catalogue.poses import PoseDef
from core.figures.geometry import Vec2, Vec3, circle
from core.figures.parts import Camera, Outline, blob, outline
from core.figures.render import Highlight, draw_scene, texture
from core.figures.scene import Scene, build_scene
from core.figures.svg import Drawing
from core.result.findings import Findings

GAP = 0.25
PAIN = ("#d1495b", "#6b1020")


@dataclass(frozen=True)
class Shape:
    """How a region is drawn: a whole segment, a circle round a point, or a patch."""

    segment: str
    at: Vec3 = (0.0, 0.0, 0.0)
    radius: float = 0.0
    place: Place | None = None
    views: tuple[str, ...] = ("front", "back")


def _regions() -> dict[str, tuple[Shape, ...]]:
    regions: dict[str, tuple[Shape, ...]] = {
        "head": (Shape("head"),), "neck": (Shape("neck"),),
        "chest": (Shape("chest", place=Place("chest", (0, 0.15, 0.105), (0, 0, 1), (0.1, 0.1), (1, 0, 0))
                        , views=("front",)),),
        "abdomen": (Shape("abdomen", place=Place("abdomen", (0, 0.1, 0.095), (0, 0, 1), (0.1, 0.1)),
                          views=("front",)),),
        "groin": (Shape("pelvis", place=Place("pelvis", (0, -0.03, 0.1), (0, -0.3, 1), (0.07, 0.045),
                                             (1, 0, 0)), views=("front",)),),
        "upper_back": (Shape("chest", place=Place("chest", (0, 0.18, -0.105), (0, 0, -1), (0.12, 0.07),
                                                  (1, 0, 0)), views=("back",)),),
        "mid_back": (Shape("chest", place=Place("chest", (0, 0.03, -0.105), (0, 0, -1), (0.1, 0.07),
                                                (1, 0, 0)), views=("back",)),),
        "lower_back": (Shape("abdomen", place=Place("abdomen", (0, 0.1, -0.095), (0, 0, -1),
                                                    (0.1, 0.1)), views=("back",)),),
    }
    for side in ("left", "right"):
        x = 1.0 if side == "left" else -1.0
        regions |= {
            f"{side}_shoulder": (Shape("chest", (0.195 * x, 0.22, 0), 0.065),),
            f"{side}_arm": (Shape(f"upper_arm_{side}"), Shape(f"forearm_{side}")),
            f"{side}_hand": (Shape(f"hand_{side}"),),
            f"{side}_buttock": (Shape("pelvis", place=Place("pelvis", (0.075 * x, -0.03, -0.1),
                                                            (0, -0.2, -1), (0.065, 0.065)),
                                      views=("back",)),),
            f"{side}_hip": (Shape("pelvis", (0.15 * x, -0.02, 0), 0.055),),
            f"{side}_thigh": (Shape(f"thigh_{side}"),),
            f"{side}_knee": (Shape(f"shin_{side}", (0, 0, 0), 0.06),),
            f"{side}_lower_leg": (Shape(f"shin_{side}"),),
            f"{side}_foot": (Shape(f"foot_{side}"),),
        }
    return regions


REGIONS = _regions()


def _region_outlines(scene: Scene, shape: Shape) -> Outline | None:
    view = "front" if scene.camera.azimuth == 0 else "back"
    if view not in shape.views:
        return None
    placed = scene.segments[shape.segment]
    if shape.place is not None:
        _, at, normal, axis = shape.place.for_side("left")
        return blob(placed, at, axis, normal, shape.place.size, scene.camera)
    if shape.radius:
        x, y, depth = scene.camera.project(placed.point(shape.at))
        return Outline(shape.segment, circle((x, y), shape.radius, 32), depth)
    return outline(placed, scene.camera)


def _pair(base: PoseDef) -> list[tuple[Scene, float]]:
    """The figure from the front and from behind, side by side."""
    scenes = []
    for view in ("front", "back"):
        scene = build_scene(base.model_copy(update={"view": view, "props": (), "markers": ()}))
        scene.camera = Camera.named(view)
        scenes.append(scene)
    return [(scene, index * (0.75 + GAP)) for index, scene in enumerate(scenes)]


RegionShapes = dict[str, list[list[Vec2]]]


def body_map_layout(base: PoseDef, region_ids: Iterable[str], selected: Iterable[str] = (),
                    height_px: float = 420.0) -> tuple[str, RegionShapes]:
    """The body map SVG, and each region's outlines in the SVG's own units (for clicking)."""
    chosen = set(selected)
    drawing = Drawing()
    shapes: RegionShapes = {}
    for scene, dx in _pair(base):
        drawing.shift = (dx, 0.0)
        draw_scene(drawing, scene)
        for region in region_ids:
            for shape in REGIONS.get(region, ()):
                found = _region_outlines(scene, shape)
                if found is None:
                    continue
                on = region in chosen
                shapes.setdefault(region, []).append(
                    [((x + dx) * drawing.scale, y * drawing.scale) for x, y in found.points])
                drawing.open_group(id=f"{region}" if dx == 0 else f"{region}__back")
                drawing.polygon(found.points, fill=PAIN[0] if on else "#ffffff",
                                fill_opacity=0.85 if on else 0.01, stroke=PAIN[1] if on else "#8d8378",
                                stroke_width=0.7, stroke_dasharray="" if on else "1.5 1.2")
                if on:
                    texture(drawing, found.points, "stretch")
                drawing.close_group()
    return drawing.to_svg(height_px), shapes


def body_map_svg(base: PoseDef, region_ids: Iterable[str], selected: Iterable[str] = (),
                 height_px: float = 420.0) -> str:
    """Front and back figures with every pain region outlined; selected ones filled and hatched."""
    return body_map_layout(base, region_ids, selected, height_px)[0]


def muscle_highlights(findings: Findings) -> list[Highlight]:
    """Short muscle sides to stretch and weak ones to strengthen, from a result's findings."""
    return [Highlight(finding.muscle, finding.side, mode)  # type: ignore[arg-type]
            for found, mode in ((findings.short, "stretch"), (findings.weak, "strengthen"))
            for finding in found]


def muscle_map_svg(base: PoseDef, highlights: Iterable[Highlight], height_px: float = 420.0) -> str:
    """Front and back figures with the short muscles shaded 'stretch' and the weak 'strengthen'."""
    drawing = Drawing()
    chosen = list(highlights)
    for scene, dx in _pair(base):
        drawing.shift = (dx, 0.0)
        draw_scene(drawing, scene, chosen)
    return drawing.to_svg(height_px)
