"""The room around the figure: props and the floor line, cut to a frame around the body.

The frame is the body (and its faint start pose) with a hand's breadth of margin, so in the
wizard and on paper the figure, not the furniture, fills the picture.
"""

from __future__ import annotations

from core.figures.geometry import Vec2, circle, clip_line, clip_polygon, convex_hull
from core.figures.parts import Camera, outline
from core.figures.scene import Scene, Solid
from core.figures.svg import Drawing

PROP_STYLE = {
    "wall": ("#eceae6", "#cfcac2"), "door": ("#d8c6a8", "#8c7a5b"), "mat": ("#a7c4d4", "#5f8597"),
    "table": ("#d9c7a7", "#8c7a5b"), "chair": ("#d9c7a7", "#8c7a5b"), "box": ("#cdb892", "#8c7a5b"),
    "pillow": ("#e8dff0", "#9486a3"), "ball": ("#e9c46a", "#9c7a1f"),
}
def _solid_outline(solid: Solid, camera: Camera) -> list[Vec2]:
    if solid.ball:
        x, y, _ = camera.project(solid.centre)
        return circle((x, y), solid.half[0], 36)
    return convex_hull((x, y) for x, y, _ in (camera.project(c) for c in solid.corners()))


FRAME_MARGIN = 0.12  # metres of room shown around the body


def body_frame(*scenes: Scene) -> list[Vec2]:
    """The box the picture is cut to: the body (and its faint start pose) with a small margin,
    so the figure, not the room, fills the picture (a convex polygon, as clipping wants)."""
    points = [p for scene in scenes for placed in scene.segments.values()
              for p in outline(placed, scenes[0].camera).points]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, right = min(xs) - FRAME_MARGIN, max(xs) + FRAME_MARGIN
    top, bottom = min(ys) - FRAME_MARGIN, max(ys) + FRAME_MARGIN
    return convex_hull([(left, top), (right, top), (right, bottom), (left, bottom)])


def draw_props(drawing: Drawing, scene: Scene, frame: list[Vec2]) -> None:
    """Props and the floor line, cut to the frame: the part of the room the body needs."""
    camera = scene.camera
    solids = sorted(scene.solids, key=lambda s: (s.kind not in ("wall", "door"),
                                                 camera.project(s.centre)[2]))
    floor_y = camera.project((0, 0, 0))[1]
    if camera.elevation == 0:
        xs = [p[0] for p in frame]
        floor = clip_line((min(xs), floor_y), (max(xs), floor_y), frame)
        if floor:
            drawing.line(floor[0], floor[1], stroke="#9a9087", stroke_width=1.2)
    for solid in solids:
        fill, stroke = PROP_STYLE.get(solid.kind, ("#dddddd", "#888888"))
        shape = clip_polygon(_solid_outline(solid, camera), frame)
        if len(shape) >= 3:
            drawing.polygon(shape, fill=fill, stroke=stroke, stroke_width=0.6,
                            stroke_linejoin="round")
