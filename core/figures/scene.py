"""A posed body set on its floor, mat, table or chair, with the props around it.

The checks here are what make a picture trustworthy: joints stay joined, nothing passes
through the floor or a prop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.figures.body import Placed, pose_segments, root_frame
from core.figures.geometry import Vec3, add, length, mat_vec, rot_y, sub
from core.figures.parts import Camera, surface_points
from core.figures.poses import PoseDef, Prop

MAT_HEIGHT = 0.015
TOLERANCE = 0.012


@dataclass(frozen=True)
class Solid:
    """A box (or a ball when ``ball`` is set) that the body may rest on but not pass through."""

    kind: str
    centre: Vec3
    half: Vec3
    turn: float = 0.0
    ball: bool = False

    def corners(self) -> list[Vec3]:
        turn = rot_y(self.turn)
        return [add(self.centre, mat_vec(turn, (sx * self.half[0], sy * self.half[1], sz * self.half[2])))
                for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)]

    def contains(self, point: Vec3, margin: float = TOLERANCE) -> bool:
        local = mat_vec(rot_y(-self.turn), sub(point, self.centre))
        if self.ball:
            return length(local) < self.half[0] - margin
        return all(abs(local[i]) < self.half[i] - margin for i in range(3))

    @property
    def top(self) -> float:
        return self.centre[1] + self.half[1]


@dataclass
class Scene:
    pose: PoseDef
    segments: dict[str, Placed]
    solids: list[Solid] = field(default_factory=list)
    camera: Camera = field(default_factory=Camera)

    def point(self, segment: str, at: Vec3 = (0, 0, 0), end: bool = False) -> Vec3:
        placed = self.segments[segment]
        return add(placed.end, mat_vec(placed.frame, at)) if end else placed.point(at)


def _box(kind: str, x: float, y0: float, z: float, size: Vec3, turn: float = 0.0) -> Solid:
    return Solid(kind, (x, y0 + size[1] / 2, z), (size[0] / 2, size[1] / 2, size[2] / 2), turn)


def _prop_solids(prop: Prop) -> list[Solid]:
    x, y, z = prop.at
    if prop.kind == "table":
        w, h, d = prop.size or (0.8, 0.72, 1.9)
        legs = [_box("table", x + sx * (w / 2 - 0.05), 0, z - 0.05 - k * (d - 0.1), (0.05, h - 0.05, 0.05))
                for sx in (-1, 1) for k in (0, 1)]
        return [_box("table", x, h - 0.05, z - d / 2, (w, 0.05, d)), *legs]
    if prop.kind == "chair":
        w, h, d = prop.size or (0.44, 0.45, 0.42)
        turn, back = prop.turn, mat_vec(rot_y(prop.turn), (0, 0, -d))
        legs = [_box("chair", x + sx * (w / 2 - 0.03), 0,
                     z + mat_vec(rot_y(turn), (0, 0, -0.03 - k * (d - 0.06)))[2], (0.03, h - 0.04, 0.03), turn)
                for sx in (-1, 1) for k in (0, 1)]
        seat_centre = add((x, 0, z), mat_vec(rot_y(turn), (0, 0, -d / 2)))
        return [_box("chair", seat_centre[0], h - 0.04, seat_centre[2], (w, 0.04, d), turn),
                _box("chair", x + back[0], h, z + back[2] - 0.02, (w, 0.45, 0.03), turn), *legs]
    if prop.kind == "wall":
        w, h, d = prop.size or (3.0, 2.3, 0.06)
        return [_box("wall", x, 0, z - d / 2, (w, h, d), prop.turn)]
    if prop.kind == "door":
        w, h, d = prop.size or (0.85, 2.05, 0.12)
        posts = [_box("door", x + sx * (w / 2 + 0.04), 0, z, (0.08, h, d), prop.turn) for sx in (-1, 1)]
        return [*posts, _box("door", x, h, z, (w + 0.16, 0.1, d), prop.turn)]
    if prop.kind == "ball":
        radius = (prop.size or (0.22, 0.22, 0.22))[0] / 2
        return [Solid("ball", (x, y + radius, z), (radius, radius, radius), ball=True)]
    sizes = {"box": (0.4, 0.6, 0.35), "pillow": (0.34, 0.1, 0.24)}
    return [_box(prop.kind, x, y, z, prop.size or sizes.get(prop.kind, (0.3, 0.3, 0.3)), prop.turn)]


def _surface_height(pose: PoseDef, solids: list[Solid]) -> float:
    if pose.rest.surface == "floor":
        return 0.0
    if pose.rest.surface == "mat":
        return MAT_HEIGHT
    tops = [solid.top for solid in solids if solid.kind == pose.rest.surface]
    if not tops:
        raise ValueError(f"pose '{pose.id}' rests on a {pose.rest.surface} it does not have")
    return max(tops)


def _translated(segments: dict[str, Placed], shift: Vec3) -> dict[str, Placed]:
    return {name: Placed(p.segment, add(p.origin, shift), p.frame) for name, p in segments.items()}


def build_scene(pose: PoseDef) -> Scene:
    """Pose the body, then move it onto its resting surface at its anchor."""
    angles = {joint: value.as_tuple() for joint, value in pose.joints.items()}
    frame = root_frame(pose.body.pitch, pose.body.yaw, pose.body.roll)
    segments = pose_segments(angles, frame)
    solids = [s for prop in pose.props if prop.kind not in ("mat", "strap") for s in _prop_solids(prop)]
    resting = pose.rest.parts or tuple(segments)
    lowest = min(p[1] for name in resting for p in surface_points(segments[name]))
    scene = Scene(pose, segments, solids, Camera.named(pose.view))
    anchor = scene.point(pose.anchor.point.segment, pose.anchor.point.at, pose.anchor.point.end)
    shift = (pose.anchor.x - anchor[0], _surface_height(pose, solids) - lowest, pose.anchor.z - anchor[2])
    scene.segments = _translated(segments, shift)
    if any(prop.kind == "mat" for prop in pose.props):
        scene.solids.insert(0, _mat_under(scene))
    return scene


def _mat_under(scene: Scene) -> Solid:
    points = [p for placed in scene.segments.values() for p in surface_points(placed)
              if p[1] < MAT_HEIGHT + 0.08]
    xs, zs = [p[0] for p in points] or [0.0], [p[2] for p in points] or [0.0]
    low, high = (min(xs) - 0.12, min(zs) - 0.15), (max(xs) + 0.12, max(zs) + 0.15)
    size = (max(high[0] - low[0], 0.6), MAT_HEIGHT, max(high[1] - low[1], 0.6))
    return _box("mat", (low[0] + high[0]) / 2, 0, (low[1] + high[1]) / 2, size)


def problems(scene: Scene) -> list[str]:
    """What is wrong with the picture: parts below the floor, through a prop, or unjoined."""
    found = []
    for name, placed in scene.segments.items():
        parent = placed.segment.parent
        if parent is not None:
            expected = scene.segments[parent].point(placed.segment.offset)
            if length(sub(expected, placed.origin)) > 1e-6:
                found.append(f"{name} is not joined to {parent}")
        points = surface_points(placed)
        if min(p[1] for p in points) < -TOLERANCE:
            found.append(f"{name} goes below the floor")
        for solid in scene.solids:
            if solid.kind != "mat" and any(solid.contains(p) for p in points):
                found.append(f"{name} passes through the {solid.kind}")
                break
    return found
