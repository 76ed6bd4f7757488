"""Body parts as projected outlines: capsules for limbs, ellipsoids for trunk and head.

Orthographic projection keeps it simple and exact enough: a sphere projects to a circle of
the same radius, so a tapered capsule's outline is the hull of two circles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.figures.body import Placed
from core.figures.geometry import (
    Mat3,
    Vec2,
    Vec3,
    add,
    circle,
    convex_hull,
    dot,
    lerp,
    mat_mul,
    mat_vec,
    rot_x,
    rot_y,
    scale,
    sphere_directions,
)

DIRECTIONS = sphere_directions(64)
VIEWS: dict[str, tuple[float, float]] = {
    "front": (0, 0), "back": (180, 0), "side": (90, 0), "left": (-90, 0), "top": (0, 90),
}


@dataclass(frozen=True)
class Camera:
    """An orthographic camera turned by azimuth about the vertical, then raised by elevation."""

    azimuth: float = 0.0
    elevation: float = 0.0

    @classmethod
    def named(cls, view: str | tuple[float, float]) -> Camera:
        azimuth, elevation = VIEWS[view] if isinstance(view, str) else view
        return cls(azimuth, elevation)

    @property
    def matrix(self) -> Mat3:
        return mat_mul(rot_x(self.elevation), rot_y(self.azimuth))

    @property
    def toward(self) -> Vec3:
        """The world direction pointing at the camera."""
        m = self.matrix
        return (m[2][0], m[2][1], m[2][2])

    def project(self, point: Vec3) -> tuple[float, float, float]:
        """(screen x, screen y with y down, depth toward the camera)."""
        x, y, z = mat_vec(self.matrix, point)
        return x, -y, z


@dataclass(frozen=True)
class Outline:
    name: str
    points: list[Vec2]
    depth: float


def ellipsoid_axes(placed: Placed) -> tuple[Vec3, Vec3]:
    """(centre, semi-axes) of an ellipsoid segment in its own frame."""
    segment = placed.segment
    half = segment.vector[1] / 2 if segment.vector[1] else 0.0
    centre = (segment.vector[0] / 2, half, segment.vector[2] / 2)
    return placed.point(centre), (segment.radii[0], abs(half) + segment.pad, segment.radii[1])


def lowest(placed: Placed) -> float:
    """The height of the segment's lowest point, exactly: a limb's lowest point lies on one
    of its end spheres, an ellipsoid's extent follows from its axes."""
    segment = placed.segment
    if segment.shape == "ellipsoid":
        centre, axes = ellipsoid_axes(placed)
        row = placed.frame[1]
        return centre[1] - math.sqrt(sum((row[i] * axes[i]) ** 2 for i in range(3)))
    return min(placed.origin[1] - segment.radii[0], placed.end[1] - segment.radii[1])


def surface_points(placed: Placed, rings: int = 5) -> list[Vec3]:
    """3D points on the segment's surface, for placing on the floor and collision checks."""
    segment = placed.segment
    if segment.shape == "ellipsoid":
        centre, axes = ellipsoid_axes(placed)
        return [add(centre, mat_vec(placed.frame, (d[0] * axes[0], d[1] * axes[1], d[2] * axes[2])))
                for d in DIRECTIONS]
    points = []
    for index in range(rings):
        t = index / (rings - 1)
        radius = segment.radii[0] + (segment.radii[1] - segment.radii[0]) * t
        centre = lerp(placed.origin, placed.end, t)
        points += [add(centre, scale(d, radius)) for d in DIRECTIONS[::4]]
    return points


def outline(placed: Placed, camera: Camera) -> Outline:
    """The segment's silhouette as seen by the camera."""
    segment = placed.segment
    if segment.shape == "ellipsoid":
        centre, axes = ellipsoid_axes(placed)
        x, y, depth = camera.project(centre)
        return Outline(segment.name, projected_ellipse((x, y), placed.frame, axes, camera), depth)
    a, b = camera.project(placed.origin), camera.project(placed.end)
    ring = circle((a[0], a[1]), segment.radii[0]) + circle((b[0], b[1]), segment.radii[1])
    return Outline(segment.name, convex_hull(ring), (a[2] + b[2]) / 2)


def projected_ellipse(centre: Vec2, frame: Mat3, axes: Vec3, camera: Camera,
                      count: int = 48) -> list[Vec2]:
    """The exact outline of an ellipsoid: the image of a sphere under the linear map A."""
    rows = mat_mul(camera.matrix, frame)
    a = [[rows[r][c] * axes[c] for c in range(3)] for r in range(2)]
    sxx = sum(v * v for v in a[0])
    syy = sum(v * v for v in a[1])
    sxy = sum(a[0][i] * a[1][i] for i in range(3))
    half_trace, det = (sxx + syy) / 2, sxx * syy - sxy * sxy
    gap = math.sqrt(max(half_trace * half_trace - det, 0.0))
    big, small = math.sqrt(half_trace + gap), math.sqrt(max(half_trace - gap, 0.0))
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    c, s = math.cos(angle), math.sin(angle)
    points = []
    for index in range(count):
        t = 2 * math.pi * index / count
        u, v = big * math.cos(t), small * math.sin(t)
        points.append((centre[0] + c * u - s * v, centre[1] - (s * u + c * v)))
    return convex_hull(points)  # screen y points down: the hull restores counter-clockwise order


def blob(placed: Placed, centre: Vec3, axis: Vec3, normal: Vec3, size: tuple[float, float],
         camera: Camera, hidden: bool = False) -> Outline | None:
    """A low dome on a segment's surface (a muscle or a region); None when it faces away.

    A dome rather than a flat patch, so a muscle seen edge-on still shows as a bulge.
    """
    world_normal = _unit(mat_vec(placed.frame, normal))
    if (dot(world_normal, camera.toward) < -0.2) != hidden:
        return None
    along = _unit(mat_vec(placed.frame, axis))
    across = _cross(world_normal, along)
    along = _cross(across, world_normal)
    frame: Mat3 = tuple(zip(across, along, world_normal, strict=True))  # type: ignore[assignment]
    x, y, depth = camera.project(placed.point(centre))
    axes = (size[1], size[0], min(size) * 0.45)
    return Outline(placed.segment.name, projected_ellipse((x, y), frame, axes, camera, 36), depth)


def _unit(v: Vec3) -> Vec3:
    norm = math.sqrt(dot(v, v)) or 1.0
    return (v[0] / norm, v[1] / norm, v[2] / norm)


def _cross(a: Vec3, b: Vec3) -> Vec3:
    x = a[1] * b[2] - a[2] * b[1]
    y = a[2] * b[0] - a[0] * b[2]
    z = a[0] * b[1] - a[1] * b[0]
    norm = (x * x + y * y + z * z) ** 0.5 or 1.0
    return (x / norm, y / norm, z / norm)
