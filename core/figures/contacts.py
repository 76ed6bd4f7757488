"""Contacts: how far a body part is from what it should touch, and the solver that closes the gap.

A gap is signed: positive when the part hovers above its support, negative when it sinks
in. The same measure serves the solver (which turns the named joints until the gap is
nil) and the tests (which check every contact of every pose).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from core.catalogue.poses import DOFS, Contact
from core.figures.body import RANGES, SEGMENTS, Angles, Placed, joint_kind, with_parents
from core.figures.geometry import Vec3, dot, length, mat_vec, sub
from core.figures.parts import ellipsoid_axes, surface_points

GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0


def core(placed: Placed) -> tuple[Vec3, Vec3, float]:
    """A segment as a line with a radius (its 'bone'): exact for limbs, inscribed for the trunk."""
    segment = placed.segment
    if segment.shape == "capsule":
        return placed.origin, placed.end, (segment.radii[0] + segment.radii[1]) / 2
    centre, axes = ellipsoid_axes(placed)
    longest = max(range(3), key=lambda i: axes[i])
    radius = min(axes)
    direction = [0.0, 0.0, 0.0]
    direction[longest] = axes[longest] - radius
    offset = mat_vec(placed.frame, (direction[0], direction[1], direction[2]))
    return sub(centre, offset), (centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]), radius


def point_to_line(point: Vec3, a: Vec3, b: Vec3) -> float:
    ab, ap = sub(b, a), sub(point, a)
    t = max(0.0, min(1.0, dot(ap, ab) / (dot(ab, ab) or 1.0)))
    return length(sub(ap, (ab[0] * t, ab[1] * t, ab[2] * t)))


def part_distance(spheres: Iterable[tuple[Vec3, float]], other: Placed) -> float:
    """Signed distance from a part (as spheres) to another body part's surface."""
    a, b, radius = core(other)
    return min(point_to_line(p, a, b) - r for p, r in spheres) - radius


def spheres(placed: Placed, count: int = 9) -> list[tuple[Vec3, float]]:
    """A part as spheres: along a limb's axis with its tapering radius (exact for a capsule
    at those points, and nine points instead of eighty); a trunk part by its surface points."""
    segment = placed.segment
    if segment.shape == "ellipsoid":
        return [(p, 0.0) for p in surface_points(placed)]
    (x0, y0, z0), (x1, y1, z1) = placed.origin, placed.end
    r0, r1 = segment.radii
    return [((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, z0 + (z1 - z0) * t), r0 + (r1 - r0) * t)
            for t in (k / (count - 1) for k in range(count))]


class Surroundings:
    """What contacts may touch: prop boxes by kind, and heights of flat supports not yet placed."""

    def __init__(self, boxes: Mapping[str, Sequence[tuple[Vec3, Vec3, float, bool]]],
                 heights: Mapping[str, float]) -> None:
        # kind -> (centre, half size, cosine and sine of the turn, is a ball), turned once here
        self.boxes = {kind: [(c, h, math.cos(math.radians(t)), math.sin(math.radians(t)), ball)
                             for c, h, t, ball in solids] for kind, solids in boxes.items()}
        self.heights = heights  # kind -> height of its top, for supports known only by height

    def distance(self, kind: str, points: Sequence[tuple[Vec3, float]]) -> float:
        if kind in self.boxes:
            return min(_solid_distance(solid, points) for solid in self.boxes[kind])
        if kind in self.heights:
            return min(p[1] - r for p, r in points) - self.heights[kind]
        raise ValueError(f"nothing of kind '{kind}' to touch")


def _solid_distance(solid: tuple[Vec3, Vec3, float, float, bool],
                    points: Sequence[tuple[Vec3, float]]) -> float:
    """The nearest of the spheres to a box turned about the vertical (or a ball), signed."""
    (cx, cy, cz), (hx, hy, hz), cos, sin, ball = solid
    best = math.inf
    for (px, py, pz), r in points:
        dx, dy, dz = px - cx, py - cy, pz - cz
        if ball:
            best = min(best, math.sqrt(dx * dx + dy * dy + dz * dz) - hx - r)
            continue
        qx = abs(cos * dx - sin * dz) - hx  # rotated by -turn about the vertical
        qy = abs(dy) - hy
        qz = abs(sin * dx + cos * dz) - hz
        outside = math.sqrt(max(qx, 0.0) ** 2 + max(qy, 0.0) ** 2 + max(qz, 0.0) ** 2)
        best = min(best, outside + min(max(qx, qy, qz), 0.0) - r)
    return best


def gap(segments: Mapping[str, Placed], around: Surroundings, contact: Contact) -> float:
    """How far the contact's part is from what it should touch (negative: sunk in)."""
    points = spheres(segments[contact.part])
    if contact.touches in segments:
        return part_distance(points, segments[contact.touches])
    return around.distance(contact.touches, points)


def _with(angles: Angles, joint: str, dof: str, value: float) -> Angles:
    trial = dict(angles)
    current = list(trial.get(joint, (0.0, 0.0, 0.0)))
    current[DOFS.index(dof)] = value
    trial[joint] = (current[0], current[1], current[2])
    return trial


def _root(signed: Callable[[float], float], low: float, high: float, hint: float) -> float:
    """The angle where the gap closes: of the crossings in range, the one nearest the pose's own
    angle (a knee can put a heel on a box bent a little or folded up); else the smallest gap."""
    step = (high - low) / 10
    samples = [low + k * step for k in range(11)]
    values = [signed(x) for x in samples]
    crossings = [k for k in range(10) if (values[k] <= 0.0) != (values[k + 1] <= 0.0)
                 and not math.isnan(values[k]) and not math.isnan(values[k + 1])]
    if not crossings:
        return _golden(lambda x: _size(signed(x)), samples, [_size(v) for v in values], hint)
    k = min(crossings, key=lambda k: abs(samples[k] + step / 2 - hint))
    a, b, fa = samples[k], samples[k + 1], values[k]
    for _ in range(10):
        middle = (a + b) / 2
        fm = signed(middle)
        if math.isnan(fm) or (fm <= 0.0) == (fa <= 0.0):
            a, fa = middle, fm
        else:
            b = middle
    return (a + b) / 2


def _size(value: float) -> float:
    """How far from touching; a ruled-out trial (NaN) is as far as can be."""
    return math.inf if math.isnan(value) else abs(value)


def _golden(cost: Callable[[float], float], samples: list[float], values: list[float],
            hint: float) -> float:
    """Golden-section search around the best sample (of equals, the nearest the pose's own)."""
    best = min(range(len(samples)), key=lambda k: (round(values[k], 4), abs(samples[k] - hint)))
    a, b = samples[max(best - 1, 0)], samples[min(best + 1, len(samples) - 1)]
    c, d = b - GOLDEN * (b - a), a + GOLDEN * (b - a)
    fc, fd = cost(c), cost(d)
    for _ in range(10):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - GOLDEN * (b - a)
            fc = cost(c)
        else:
            a, c, fc = c, d, fd
            d = a + GOLDEN * (b - a)
            fd = cost(d)
    middle = (a + b) / 2
    return middle if cost(middle) < values[best] else samples[best]


def _below(joint: str) -> frozenset[str]:
    """The segments a joint moves."""
    found: set[str] = set()
    for segment in SEGMENTS:
        if segment.joint == joint or segment.parent in found:
            found.add(segment.name)
    return frozenset(found)


def _through_floor(segments: Mapping[str, Placed], moved: frozenset[str]) -> bool:
    """A cheap test that a trial pushes a moved limb through the floor, to rule the trial out."""
    return any(min(p.origin[1], p.end[1]) < -0.01 for name, p in segments.items()
               if name in moved and p.segment.shape == "capsule")


def solve(angles: Angles, contacts: Iterable[Contact], around: Surroundings,
          place: Callable[[Angles], Mapping[str, Placed]]) -> Angles:
    """Turn each contact's joints, within their human range, until the part touches.

    A trial that would push a limb through the floor is ruled out (NaN), so the solver
    never buys a contact with an impossible pose; for a contact with the floor or mat it counts
    as pressed in (a hand lowered to the mat is found between 'above' and 'through').
    """
    solved = dict(angles)
    for contact in contacts:
        movements = contact.movements
        for _ in range(4 if len(movements) > 1 else 1):
            for joint, dof in movements:
                def signed(value: float, joint: str = joint, dof: str = dof,
                           start: Angles = solved, contact: Contact = contact) -> float:
                    placed = place(_with(start, joint, dof, value))
                    if _through_floor(placed, _below(joint) & with_parents({contact.part})):
                        # pressed into the floor beyond touching it; through anything else, ruled out
                        return -math.inf if contact.touches in ("floor", "mat") else math.nan
                    return gap(placed, around, contact)

                low, high = RANGES[joint_kind(joint)][dof]
                hint = solved.get(joint, (0.0, 0.0, 0.0))[DOFS.index(dof)]
                solved = _with(solved, joint, dof, _root(signed, low, high, hint))
    return solved
