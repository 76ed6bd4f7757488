"""Small 3D and 2D geometry for the figure: rotations, projection, hulls and clipping.

Pure Python on purpose: a figure has a few thousand points, and keeping NumPy out keeps
the headless commands light.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Vec3 = tuple[float, float, float]
Vec2 = tuple[float, float]
Mat3 = tuple[Vec3, Vec3, Vec3]

IDENTITY: Mat3 = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def length(a: Vec3) -> float:
    return math.sqrt(dot(a, a))


def lerp(a: Vec3, b: Vec3, t: float) -> Vec3:
    return add(a, scale(sub(b, a), t))


def mat_vec(m: Mat3, v: Vec3) -> Vec3:
    x, y, z = v
    (a, b, c), (d, e, f), (g, h, i) = m
    return (a * x + b * y + c * z, d * x + e * y + f * z, g * x + h * y + i * z)


def mat_mul(a: Mat3, b: Mat3) -> Mat3:
    """Written out: forward kinematics calls this thousands of times per solved pose."""
    (b00, b01, b02), (b10, b11, b12), (b20, b21, b22) = b
    (a00, a01, a02), (a10, a11, a12), (a20, a21, a22) = a
    return ((a00 * b00 + a01 * b10 + a02 * b20, a00 * b01 + a01 * b11 + a02 * b21, a00 * b02 + a01 * b12 + a02 * b22),
            (a10 * b00 + a11 * b10 + a12 * b20, a10 * b01 + a11 * b11 + a12 * b21, a10 * b02 + a11 * b12 + a12 * b22),
            (a20 * b00 + a21 * b10 + a22 * b20, a20 * b01 + a21 * b11 + a22 * b21, a20 * b02 + a21 * b12 + a22 * b22))


def rot_x(degrees: float) -> Mat3:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(degrees: float) -> Mat3:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(degrees: float) -> Mat3:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def sphere_directions(count: int = 48) -> list[Vec3]:
    """Evenly spread unit vectors (a Fibonacci sphere)."""
    golden = math.pi * (3.0 - math.sqrt(5.0))
    directions = []
    for index in range(count):
        y = 1.0 - 2.0 * (index + 0.5) / count
        radius = math.sqrt(1.0 - y * y)
        theta = golden * index
        directions.append((math.cos(theta) * radius, y, math.sin(theta) * radius))
    return directions


def circle(center: Vec2, radius: float, count: int = 28) -> list[Vec2]:
    return [
        (center[0] + radius * math.cos(2 * math.pi * i / count),
         center[1] + radius * math.sin(2 * math.pi * i / count))
        for i in range(count)
    ]


def convex_hull(points: Iterable[Vec2]) -> list[Vec2]:
    """Counter-clockwise hull (Andrew's monotone chain).

    The turn test is written out in the loop: every body part's outline is a hull, and a
    contact sheet draws thousands of them."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique
    return _chain(unique)[:-1] + _chain(unique[::-1])[:-1]


def _chain(ordered: Sequence[Vec2]) -> list[Vec2]:
    """One half of the hull: the points kept while turning left (a cross product > 0)."""
    chain: list[Vec2] = []
    for point in ordered:
        px, py = point[0], point[1]
        while len(chain) >= 2:
            (ox, oy), (ax, ay) = chain[-2], chain[-1]
            if (ax - ox) * (py - oy) - (ay - oy) * (px - ox) > 0:
                break
            chain.pop()
        chain.append(point)
    return chain


class Convex:
    """A counter-clockwise convex polygon asked about many points (a texture's dots): each edge's
    direction is worked out once, not once per point."""

    def __init__(self, hull: Sequence[Vec2]) -> None:
        self.edges = [(a[0], a[1], b[0] - a[0], b[1] - a[1])
                      for a, b in zip(hull, [*hull[1:], *hull[:1]], strict=True)]
        self.closed = len(hull) >= 3

    def contains(self, point: Vec2) -> bool:
        """True when the point lies inside (or on an edge)."""
        px, py = point
        for ax, ay, ex, ey in self.edges:
            if ex * (py - ay) - ey * (px - ax) < 0:
                return False
        return self.closed


def clip_polygon(subject: Sequence[Vec2], clip: Sequence[Vec2]) -> list[Vec2]:
    """The part of a polygon inside a counter-clockwise convex polygon (Sutherland-Hodgman).

    Which side of an edge each point lies on is worked out once per point, not once for the
    point and again for its successor."""
    output = list(subject)
    for index, a in enumerate(clip):
        b = clip[(index + 1) % len(clip)]
        if not output:
            break
        edge = (a[0], a[1], b[0] - a[0], b[1] - a[1])
        ax, ay, ex, ey = edge
        previous, output = output, []
        inside = [ex * (p[1] - ay) - ey * (p[0] - ax) >= 0 for p in previous]
        for i, point in enumerate(previous):
            last = previous[i - 1]
            if inside[i]:
                if not inside[i - 1]:
                    output.append(_crossing(last, point, edge))
                output.append(point)
            elif inside[i - 1]:
                output.append(_crossing(last, point, edge))
    return output


def _crossing(p: Vec2, q: Vec2, edge: tuple[float, float, float, float]) -> Vec2:
    """Where segment p-q crosses the line through an edge (its start, then its direction)."""
    ax, ay, ex, ey = edge
    dp = ex * (p[1] - ay) - ey * (p[0] - ax)
    dq = ex * (q[1] - ay) - ey * (q[0] - ax)
    t = dp / (dp - dq)
    return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))


def clip_line(a: Vec2, b: Vec2, hull: Sequence[Vec2]) -> tuple[Vec2, Vec2] | None:
    """The part of segment a-b inside a counter-clockwise convex polygon (Cyrus-Beck)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for index, p in enumerate(hull):
        q = hull[(index + 1) % len(hull)]
        nx, ny = -(q[1] - p[1]), q[0] - p[0]  # inward normal of a CCW edge
        denominator = nx * dx + ny * dy
        numerator = nx * (a[0] - p[0]) + ny * (a[1] - p[1])
        if abs(denominator) < 1e-12:
            if numerator < 0:
                return None
            continue
        t = -numerator / denominator
        if denominator > 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)
