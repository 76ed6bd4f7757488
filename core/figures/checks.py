"""What is wrong with a picture: what makes a figure trustworthy is checked here, for every pose.

Joints stay joined and in their human range; nothing passes below the floor, through a prop
or through another limb; and every declared contact touches its surface, neither hovering
above it nor sunk into it.
"""

from __future__ import annotations

import math

from core.catalogue.poses import DOFS
from core.figures.body import RANGES, joint_kind
from core.figures.contacts import core, gap
from core.figures.geometry import Vec3, dot, length, sub
from core.figures.parts import surface_points
from core.figures.scene import TOLERANCE, Scene, surroundings

CONTACT_TOLERANCE = 0.02   # a contact may hover or press in by 2 cm (the surface is sampled)
OVERLAP = 0.5              # limbs may press into each other by half the thinner one, not more
TRUNK = {"pelvis", "abdomen", "chest", "neck", "head"}


def problems(scene: Scene) -> list[str]:
    """Every fault of the scene, each named in words a person can check on the picture."""
    return [*_joins_floor_props(scene), *contact_problems(scene), *crossing_limbs(scene),
            *out_of_range(scene)]


def _joins_floor_props(scene: Scene) -> list[str]:
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
            if not solid.held and any(solid.contains(p) for p in points):
                found.append(f"{name} passes through the {solid.kind}")
                break
    return found


def contact_problems(scene: Scene) -> list[str]:
    """Each declared contact lies on its surface within the tolerance."""
    around = surroundings(scene.solids)
    found = []
    for contact in scene.pose.contacts:
        distance = gap(scene.segments, around, contact)
        if distance > CONTACT_TOLERANCE:
            found.append(f"{contact.part} floats {distance * 100:.0f} cm above the {contact.touches}")
        elif distance < -CONTACT_TOLERANCE:
            found.append(f"{contact.part} sinks {-distance * 100:.0f} cm into the {contact.touches}")
    return found


def _segment_distance(a0: Vec3, a1: Vec3, b0: Vec3, b1: Vec3) -> float:
    """The shortest distance between two line segments in space."""
    d1, d2, r = sub(a1, a0), sub(b1, b0), sub(a0, b0)
    a, e, f = dot(d1, d1), dot(d2, d2), dot(d2, r)
    c, b = dot(d1, r), dot(d1, d2)
    denominator = a * e - b * b
    s = min(max((b * f - c * e) / denominator, 0.0), 1.0) if denominator > 1e-12 else 0.0
    t = (b * s + f) / e if e > 1e-12 else 0.0
    if t < 0.0 or t > 1.0:
        t = min(max(t, 0.0), 1.0)
        s = min(max((b * t - c) / a, 0.0), 1.0) if a > 1e-12 else 0.0
    p = (a0[0] + d1[0] * s, a0[1] + d1[1] * s, a0[2] + d1[2] * s)
    q = (b0[0] + d2[0] * t, b0[1] + d2[1] * t, b0[2] + d2[2] * t)
    return length(sub(p, q))


def _neighbours(scene: Scene, a: str, b: str) -> bool:
    """Parts joined to each other, and the parts of the trunk, may overlap where they meet."""
    sa, sb = scene.segments[a].segment, scene.segments[b].segment
    return sa.parent == b or sb.parent == a or (a in TRUNK and b in TRUNK)


def crossing_limbs(scene: Scene) -> list[str]:
    """Body parts that pass through each other (a hand inside a thigh, an arm through the chest)."""
    names = sorted(scene.segments)
    cores = {name: core(scene.segments[name]) for name in names}
    found = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if _neighbours(scene, a, b):
                continue
            a0, a1, ra = cores[a]
            b0, b1, rb = cores[b]
            if _segment_distance(a0, a1, b0, b1) < ra + rb - OVERLAP * min(ra, rb):
                found.append(f"{a} passes through {b}")
    return found


def out_of_range(scene: Scene) -> list[str]:
    """Joint angles outside the human range, including those the solver chose."""
    found = []
    for joint, values in scene.angles.items():
        for dof, value in zip(DOFS, values, strict=True):
            low, high = RANGES[joint_kind(joint)][dof]
            if not low - 1e-6 <= value <= high + 1e-6 or math.isnan(value):
                found.append(f"{joint} {dof} {value:.0f}° is outside {low:g}° to {high:g}°")
    return found
