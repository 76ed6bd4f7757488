"""Draws a scene to SVG: props, an optional faint start pose, the body, highlights, arrows.

"Stretch" and "strengthen" differ by colour and by texture (hatching against dots), so
they stay distinct in greyscale print.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from core.catalogue.anatomy import MUSCLES
from core.figures.dress import GHOST, HAIR, INK, hair, nose, paint, untested_parts
from core.figures.geometry import (
    Convex,
    Vec2,
    clip_line,
    clip_polygon,
)
from core.figures.parts import Outline, blob, outline
from core.figures.room import body_frame, draw_props
from core.figures.scene import Scene
from core.figures.svg import Drawing

Mode = Literal["stretch", "strengthen"]

MODES: dict[str, tuple[str, str]] = {  # fill, texture ink
    "stretch": ("#f08a5d", "#8a2f12"),
    "strengthen": ("#5b9bd5", "#123e66"),
}
LINE = 0.9  # outline width in centimetres


@dataclass(frozen=True)
class Highlight:
    muscle: str
    side: Literal["left", "right", "both"]
    mode: Mode


def texture(drawing: Drawing, hull: list[Vec2], mode: Mode) -> None:
    """Hatching for stretch, dots for strengthen, clipped to the (convex) shape."""
    ink = MODES[mode][1]
    xs, ys = [p[0] for p in hull], [p[1] for p in hull]
    if mode == "stretch":
        step = 0.014
        start = min(xs) - (max(ys) - min(ys))
        offset = start
        while offset < max(xs):
            piece = clip_line((offset, max(ys)), (offset + (max(ys) - min(ys)), min(ys)), hull)
            if piece:
                drawing.line(piece[0], piece[1], stroke=ink, stroke_width=0.45)
            offset += step
        return
    step = 0.016
    y = min(ys) + step / 2
    row = 0
    shape = Convex(hull)
    while y < max(ys):
        x = min(xs) + (step / 2 if row % 2 else step)
        while x < max(xs):
            if shape.contains((x, y)):
                drawing.dot((x, y), 0.0035, fill=ink)
            x += step
        y += step * 0.87
        row += 1


def _highlight_outlines(scene: Scene, highlight: Highlight, hidden: bool) -> list[Outline]:
    sides = ("left", "right") if highlight.side == "both" else (highlight.side,)
    shapes = []
    for place in MUSCLES[highlight.muscle]:
        for side in sides[:1] if place.midline else sides:
            name, at, normal, axis = place.for_side(side)
            shape = blob(scene.segments[name], at, axis, normal, place.size, scene.camera, hidden)
            if shape is not None:
                shapes.append(shape)
    return shapes


def _highlight_layers(scene: Scene, highlights: Iterable[Highlight], outlines: dict[str, Outline],
                      far: set[str]) -> list[tuple[float, int, list[Outline], str | None]]:
    """Visible muscles as domes; a muscle wholly facing away shows through its own part, dashed."""
    layers: list[tuple[float, int, list[Outline], str | None]] = []
    for highlight in highlights:
        shapes = [s for s in _highlight_outlines(scene, highlight, False) if s.name not in far]
        if shapes:
            layers += [(max(s.depth, outlines[s.name].depth) + 0.005, 1, [s], highlight.mode)
                       for s in shapes]
            continue
        for shape in _highlight_outlines(scene, highlight, True):
            owner = outlines[shape.name]
            inside = clip_polygon(shape.points, owner.points)
            if len(inside) >= 3:
                clipped = Outline(shape.name, inside, owner.depth)
                layers.append((owner.depth + 0.001, 1, [clipped], f"{highlight.mode}-behind"))
    return layers


def _far_limbs(scene: Scene) -> set[str]:
    """Limbs on the side away from the camera, drawn a shade darker for depth."""
    depth = {side: scene.camera.project(scene.segments[f"thigh_{side}"].origin)[2]
             for side in ("left", "right")}
    if abs(depth["left"] - depth["right"]) < 0.05:
        return set()
    far = "left" if depth["left"] < depth["right"] else "right"
    return {f"{part}_{far}" for part in ("upper_arm", "forearm", "hand", "thigh", "shin", "foot")}


TRUNK = ("pelvis", "abdomen", "chest", "neck")


def _draw_parts(drawing: Drawing, shapes: list[Outline], paints: list[dict[str, str]]) -> None:
    """Outlines first, fills over them: overlapping parts merge into one silhouette."""
    for shape, style in zip(shapes, paints, strict=True):
        drawing.polygon(shape.points, fill=style["fill"], stroke=style["stroke"],
                        stroke_width=LINE * 2, stroke_linejoin="round")
    for shape, style in zip(shapes, paints, strict=True):
        drawing.polygon(shape.points, fill=style["fill"])


def _tested_side(highlights: list[Highlight]) -> str | None:
    """The one side a picture's highlights name, if they name only one."""
    sides = {h.side for h in highlights}
    return next(iter(sides)) if len(sides) == 1 else None


def _draw_body(drawing: Drawing, scene: Scene, style: dict[str, str] | None,
               highlights: Iterable[Highlight]) -> None:
    highlights = list(highlights)
    far = _far_limbs(scene)
    untested = untested_parts(_tested_side(highlights))
    outlines = {name: outline(placed, scene.camera) for name, placed in scene.segments.items()}
    trunk = [outlines[name] for name in TRUNK]
    layers: list[tuple[float, int, list[Outline], str | None]] = [
        (sum(s.depth for s in trunk) / len(trunk), 0, trunk, None)]
    for name, shape in outlines.items():
        if name not in TRUNK:
            bias = 0.004 if scene.segments[name].segment.shape == "capsule" else 0.0
            layers.append((shape.depth + bias, 0, [shape], None))
    face = nose(scene)
    if face is not None:
        layers.append((face.depth, 0, [face], None))
    top = hair(scene) if style is None else None
    if top is not None:
        layers.append((outlines["head"].depth + 0.002, 1, [top], "hair"))
    layers += _highlight_layers(scene, highlights, outlines, far)
    for _, _, shapes, mode in sorted(layers, key=lambda item: (item[0], item[1])):
        if mode is None:
            _draw_parts(drawing, shapes, [style or paint(s.name, s.name in far, s.name in untested)
                                          for s in shapes])
            continue
        if mode == "hair":
            drawing.polygon(shapes[0].points, fill=HAIR, stroke=INK, stroke_width=0.5)
            continue
        kind: Mode = "stretch" if mode.startswith("stretch") else "strengthen"
        dashes = {"stroke_dasharray": "1.6 1.2"} if mode.endswith("behind") else {}
        drawing.polygon(shapes[0].points, fill=MODES[kind][0], stroke=MODES[kind][1],
                        stroke_width=0.5, **dashes)
        texture(drawing, shapes[0].points, kind)


def _arrow(drawing: Drawing, start: Vec2, end: Vec2) -> None:
    """An arrow along the middle of the movement, so it does not run across the body."""
    a = (start[0] + 0.3 * (end[0] - start[0]), start[1] + 0.3 * (end[1] - start[1]))
    b = (start[0] + 0.8 * (end[0] - start[0]), start[1] + 0.8 * (end[1] - start[1]))
    dx, dy = b[0] - a[0], b[1] - a[1]
    size = (dx * dx + dy * dy) ** 0.5
    if size < 0.04:
        return
    ux, uy = dx / size, dy / size
    tip = (b[0] - ux * 0.02, b[1] - uy * 0.02)
    base = (tip[0] - ux * 0.045, tip[1] - uy * 0.045)
    drawing.line((a[0] + ux * 0.02, a[1] + uy * 0.02), base, stroke="#2b2b2b", stroke_width=1.1)
    wing = (-uy * 0.022, ux * 0.022)
    drawing.polygon([tip, (base[0] + wing[0], base[1] + wing[1]), (base[0] - wing[0], base[1] - wing[1])],
                    fill="#2b2b2b")


INSET = 0.5  # the comparison picture's size against the main one


def render(scene: Scene, highlights: Iterable[Highlight] = (), start: Scene | None = None,
           height_px: float = 320.0, title: str = "", compare: Scene | None = None) -> str:
    """The scene as an SVG document; ``start`` is drawn faintly behind with arrows to the end;
    ``compare``, the other state a test tells apart (thigh down against thigh up), is drawn
    small in a framed corner."""
    drawing = Drawing()
    draw_scene(drawing, scene, highlights, start)
    if compare is not None:
        draw_inset(drawing, compare, highlights)
    return drawing.to_svg(height_px, title=title)


def draw_inset(drawing: Drawing, compare: Scene, highlights: Iterable[Highlight]) -> None:
    """The other state, smaller, in a dashed frame beside the top of the main picture."""
    inset = Drawing()
    draw_scene(inset, compare, highlights)
    left, top, right, bottom = drawing.bounds()
    i_left, i_top, i_right, i_bottom = inset.bounds()
    wide = right - left >= bottom - top
    factor = INSET * ((right - left) / (i_right - i_left) if not wide and (i_right - i_left) >
                      (i_bottom - i_top) else (bottom - top) / (i_bottom - i_top))
    factor = min(factor, INSET * (right - left) / (i_right - i_left))
    width, height = (i_right - i_left) * factor, (i_bottom - i_top) * factor
    pad = 0.03
    corner = (right - width, top - height - 3 * pad) if wide else (right + 3 * pad, top)
    box = [(corner[0] - pad, corner[1] - pad), (corner[0] + width + pad, corner[1] - pad),
           (corner[0] + width + pad, corner[1] + height + pad), (corner[0] - pad, corner[1] + height + pad)]
    drawing.polygon(box, fill="#fbfaf7", stroke="#9a9087", stroke_width=0.6, stroke_dasharray="2 1.5")
    drawing.embed(inset, corner, factor)


def draw_scene(drawing: Drawing, scene: Scene, highlights: Iterable[Highlight] = (),
               start: Scene | None = None) -> None:
    """Add the scene's props, faint start pose, body, highlights, markers and arrows."""
    if start is not None:
        start.camera = scene.camera
    draw_props(drawing, scene, body_frame(scene, *([start] if start else [])))
    if start is not None:
        _draw_body(drawing, start, GHOST, ())
    _draw_body(drawing, scene, None, highlights)
    def project(point: tuple[float, float, float]) -> Vec2:
        x, y, _ = scene.camera.project(point)
        return (x, y)

    for prop in scene.pose.props:
        if prop.kind == "strap" and prop.ends:
            a, b = (scene.point(e.segment, e.at, e.end) for e in prop.ends)
            drawing.line(project(a), project(b), stroke="#6d597a", stroke_width=1.4)
    for marks in scene.pose.markers:
        points = [project(scene.point(m.segment, m.at, m.end)) for m in marks]
        if len(points) > 1:
            drawing.polyline(points, stroke="#1d7a6e", stroke_width=0.8, stroke_dasharray="2 1.5")
        for point in points:
            drawing.dot(point, 0.016, fill="#2a9d8f", stroke="#ffffff", stroke_width=0.5)
    if start is not None:
        for mark in scene.pose.arrows:
            _arrow(drawing, project(start.point(mark.segment, mark.at, mark.end)),
                   project(scene.point(mark.segment, mark.at, mark.end)))
