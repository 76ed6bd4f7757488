"""A posed body set on its floor, mat, table or chair, with the props around it.

The checks here are what make a picture trustworthy: joints stay joined, nothing passes
through the floor or a prop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.catalogue.poses import PoseDef, Prop
from core.figures.body import BY_NAME, Angles, Placed, pose_segments, root_frame, with_parents
from core.figures.contacts import Surroundings, solve
from core.figures.geometry import Vec3, add, length, mat_vec, rot_y, sub
from core.figures.parts import Camera, lowest, surface_points

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
    support: bool = False  # a surface the body may rest on (seat, table top, box, pillow, mat)
    held: bool = False     # placed by the body (a ball between the knees): touching is the point

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
    angles: Angles = field(default_factory=dict)

    def point(self, segment: str, at: Vec3 = (0, 0, 0), end: bool = False) -> Vec3:
        placed = self.segments[segment]
        return add(placed.end, mat_vec(placed.frame, at)) if end else placed.point(at)


def _box(kind: str, x: float, y0: float, z: float, size: Vec3, turn: float = 0.0,
         support: bool = False) -> Solid:
    return Solid(kind, (x, y0 + size[1] / 2, z), (size[0] / 2, size[1] / 2, size[2] / 2), turn,
                 support=support)


def _prop_solids(prop: Prop) -> list[Solid]:
    x, y, z = prop.at
    if prop.kind == "table":
        w, h, d = prop.size or (0.8, 0.72, 1.9)
        legs = [_box("table", x + sx * (w / 2 - 0.05), 0, z - 0.05 - k * (d - 0.1), (0.05, h - 0.05, 0.05))
                for sx in (-1, 1) for k in (0, 1)]
        return [_box("table", x, h - 0.05, z - d / 2, (w, 0.05, d), support=True), *legs]
    if prop.kind == "chair":
        w, h, d = prop.size or (0.44, 0.45, 0.42)
        turn, back = prop.turn, mat_vec(rot_y(prop.turn), (0, 0, -d))
        leg = (0.03, h - 0.04, 0.03)
        legs = [_box("chair", x + sx * (w / 2 - 0.03), 0,
                     z + mat_vec(rot_y(turn), (0, 0, -0.03 - k * (d - 0.06)))[2], leg, turn)
                for sx in (-1, 1) for k in (0, 1)]
        seat_centre = add((x, 0, z), mat_vec(rot_y(turn), (0, 0, -d / 2)))
        return [_box("chair", seat_centre[0], h - 0.04, seat_centre[2], (w, 0.04, d), turn, True),
                _box("chair", x + back[0], h, z + back[2] - 0.02, (w, 0.45, 0.03), turn), *legs]
    if prop.kind == "wall":
        w, h, d = prop.size or (1.3, 2.0, 0.06)
        # `at` is the face toward the figure; the wall's thickness lies away from it
        if abs(prop.turn) % 180 == 90:
            return [_box("wall", x + math.copysign(d / 2, x), 0, z, (w, h, d), prop.turn)]
        return [_box("wall", x, 0, z + math.copysign(d / 2, z or -1.0), (w, h, d), prop.turn)]
    if prop.kind == "door":
        w, h, d = prop.size or (0.85, 2.05, 0.12)
        posts = [_box("door", x + sx * (w / 2 + 0.04), 0, z, (0.08, h, d), prop.turn) for sx in (-1, 1)]
        return [*posts, _box("door", x, h, z, (w + 0.16, 0.1, d), prop.turn)]
    if prop.kind == "ball":
        radius = (prop.size or (0.22, 0.22, 0.22))[0] / 2
        return [Solid("ball", (x, y + radius, z), (radius, radius, radius), ball=True)]
    sizes = {"box": (0.4, 0.6, 0.35), "pillow": (0.34, 0.1, 0.24)}
    size = prop.size or sizes.get(prop.kind, (0.3, 0.3, 0.3))
    return [_box(prop.kind, x, y, z, size, prop.turn, support=True)]


def _surface_height(surface: str, pose: PoseDef, solids: list[Solid]) -> float:
    if surface == "floor":
        return 0.0
    if surface == "mat":
        return MAT_HEIGHT
    tops = [solid.top for solid in solids if solid.kind == surface and solid.support]
    tops += [s.top for prop in pose.props if prop.kind == surface and prop.under
             for s in _prop_solids(prop) if s.support]
    if not tops:
        raise ValueError(f"pose '{pose.id}' rests on a {surface} it does not have")
    return max(tops)


def _translated(segments: dict[str, Placed], shift: Vec3) -> dict[str, Placed]:
    return {name: Placed(p.segment, add(p.origin, shift), p.frame) for name, p in segments.items()}


def _resting_contacts(pose: PoseDef) -> tuple[str, ...]:
    """The parts that carry the body: its fixed contacts with the surface it rests on."""
    return tuple(c.part for c in pose.contacts if c.touches == pose.rest.surface and not c.movements)


def _place(pose: PoseDef, angles: Angles, solids: list[Solid]) -> dict[str, Placed]:
    """Pose by forward kinematics, then set the resting parts on their surface at the anchor."""
    frame = root_frame(pose.body.pitch, pose.body.yaw, pose.body.roll)
    segments = pose_segments(angles, frame)
    resting = pose.rest.parts or _resting_contacts(pose) or tuple(segments)
    bottom = min(lowest(segments[name]) for name in resting)
    point = pose.anchor.point
    anchor = Scene(pose, segments).point(point.segment, point.at, point.end)
    shift = (pose.anchor.x - anchor[0], _surface_height(pose.rest.surface, pose, solids) - bottom,
             pose.anchor.z - anchor[2])
    return _translated(segments, shift)


def surroundings(solids: list[Solid], heights: dict[str, float] | None = None) -> Surroundings:
    """The props as contacts see them, with flat supports known only by height (floor, mat)."""
    boxes: dict[str, list[tuple[Vec3, Vec3, float, bool]]] = {}
    for solid in solids:
        boxes.setdefault(solid.kind, []).append((solid.centre, solid.half, solid.turn, solid.ball))
    return Surroundings(boxes, {"floor": 0.0, "mat": MAT_HEIGHT, **(heights or {})})


def _chain(segment: str) -> set[str]:
    """The joints between the pelvis and a segment: turning any of them moves it."""
    joints: set[str] = set()
    name: str | None = segment
    while name is not None:
        joints.add(BY_NAME[name].joint)
        name = BY_NAME[name].parent
    return joints


def _solve_contacts(pose: PoseDef, angles: Angles, solids: list[Solid]) -> Angles:
    """Turn the joints each contact names until its part touches (feet onto a chair seat).

    When no named joint moves a resting part, the body's placement cannot change while
    solving: it is found once, and each trial only re-runs the forward kinematics.
    """
    moving = [contact for contact in pose.contacts if contact.movements]
    if not moving:
        return angles
    kinds = {c.touches for c in moving if c.touches not in BY_NAME and c.touches not in ("floor", "mat")}
    heights = {kind: _surface_height(kind, pose, solids) for kind in kinds
               if not any(s.kind == kind for s in solids)}
    turned = {joint for contact in moving for joint, _ in contact.movements}
    resting = pose.rest.parts or _resting_contacts(pose) or tuple(BY_NAME)
    frame = root_frame(pose.body.pitch, pose.body.yaw, pose.body.roll)

    def place(trial: Angles) -> dict[str, Placed]:
        return _place(pose, trial, solids)

    if not turned & set().union(*(_chain(part) for part in resting)):
        shift = place(angles)["pelvis"].origin
        needed = with_parents({c.part for c in moving} | {c.touches for c in moving if c.touches in BY_NAME})

        def place(trial: Angles) -> dict[str, Placed]:
            return _translated(pose_segments(trial, frame, only=needed), shift)

    return solve(angles, moving, surroundings(solids, heights), place)


def build_scene(pose: PoseDef) -> Scene:
    """Pose the body, solve its reaches, and move it onto its resting surface at its anchor."""
    angles: Angles = {joint: value.as_tuple() for joint, value in pose.joints.items()}
    solids = [s for prop in pose.props if prop.kind not in ("mat", "strap") and not prop.ends and not prop.under
              for s in _prop_solids(prop)]
    angles = _solve_contacts(pose, angles, solids)
    scene = Scene(pose, _place(pose, angles, solids), [], Camera.named(pose.view))
    for prop in pose.props:
        if prop.under is not None:
            x, _, z = scene.point(prop.under.segment, prop.under.at, prop.under.end)
            prop = prop.model_copy(update={"at": (x + prop.at[0], prop.at[1], z + prop.at[2])})
        if prop.kind not in ("mat", "strap") and not prop.ends:
            scene.solids += _prop_solids(prop)
    scene.angles = angles
    if any(prop.kind == "mat" for prop in pose.props):
        scene.solids.insert(0, _mat_under(scene))
    for prop in pose.props:
        if prop.kind == "ball" and prop.ends:
            a, b = (scene.point(e.segment, e.at, e.end) for e in prop.ends)
            radius = (prop.size or (0.16, 0.16, 0.16))[0] / 2
            middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2)
            scene.solids.append(Solid("ball", middle, (radius,) * 3, ball=True, held=True))
    return scene


def _mat_under(scene: Scene) -> Solid:
    every = [p for placed in scene.segments.values() for p in surface_points(placed)]
    lowest = min(p[1] for p in every)
    points = [p for p in every if p[1] < lowest + 0.3]
    xs, zs = [p[0] for p in points] or [0.0], [p[2] for p in points] or [0.0]
    low, high = (min(xs) - 0.12, min(zs) - 0.15), (max(xs) + 0.12, max(zs) + 0.15)
    size = (max(high[0] - low[0], 0.6), MAT_HEIGHT, max(high[1] - low[1], 0.6))
    return _box("mat", (low[0] + high[0]) / 2, 0, (low[1] + high[1]) / 2, size, support=True)
