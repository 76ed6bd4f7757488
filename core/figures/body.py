"""The articulated adult figure: segments, joints, and forward kinematics from joint angles.

Coordinates are metres. The figure stands facing +z with its left side toward +x and
y up. Each joint turns its segment by flexion (about x), abduction (about z) and rotation
(about the segment's long axis), with signs chosen so that positive flexion is the
movement a physiotherapist calls flexion, and positive abduction, side bend and rotation
move toward the figure's own side (left for the spine and neck).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from core.catalogue.skeleton import BY_NAME, JOINTS, RANGES, SEGMENTS, Segment, joint_kind
from core.contract import SIDES
from core.figures.geometry import IDENTITY, Mat3, Vec3, add, mat_mul, mat_vec, rot_x, rot_y, rot_z

__all__ = [
    "BY_NAME", "JOINTS", "RANGES", "SEGMENTS", "Angles", "Placed", "Segment", "joint_kind", "joint_rotation",
    "pose_segments", "root_frame", "with_parents",
]

# Sign of flexion about x: spine and neck bend forward with +x, limbs swing forward with -x.
_FLEX_SIGN = {"lumbar": 1, "thoracic": 1, "neck": 1, "head": 1, "knee": 1}


def _side(joint: str) -> str | None:
    tail = joint.rsplit("_", 1)[-1]
    return tail if tail in SIDES else None


@lru_cache(maxsize=4096)
def joint_rotation(joint: str, flexion: float, abduction: float, rotation: float) -> Mat3:
    kind = joint_kind(joint)
    flex = rot_x(flexion * _FLEX_SIGN.get(kind, -1))
    side = _side(joint)
    if side is None:  # spine, neck, head: positive bends and turns toward the figure's left
        return mat_mul(flex, mat_mul(rot_z(-abduction), rot_y(rotation)))
    mirror = 1 if side == "left" else -1
    return mat_mul(flex, mat_mul(rot_z(abduction * mirror), rot_y(rotation * mirror)))


@dataclass(frozen=True)
class Placed:
    """A segment in the world: its joint position and orientation."""

    segment: Segment
    origin: Vec3
    frame: Mat3

    @property
    def end(self) -> Vec3:
        return add(self.origin, mat_vec(self.frame, self.segment.vector))

    def point(self, local: Vec3) -> Vec3:
        return add(self.origin, mat_vec(self.frame, local))


Angles = dict[str, tuple[float, float, float]]


def with_parents(names: set[str]) -> frozenset[str]:
    """The named segments and every segment between them and the pelvis."""
    found: set[str] = set()
    for name in names:
        current: str | None = name
        while current is not None and current not in found:
            found.add(current)
            current = BY_NAME[current].parent
    return frozenset(found)


def root_frame(pitch: float, yaw: float, roll: float) -> Mat3:
    """The pelvis orientation: yaw about the vertical, then pitch (forward tip), then roll."""
    return mat_mul(rot_y(yaw), mat_mul(rot_x(pitch), rot_z(roll)))


def pose_segments(angles: Angles, root: Mat3 = IDENTITY, origin: Vec3 = (0, 0, 0),
                  only: frozenset[str] | None = None) -> dict[str, Placed]:
    """Every segment placed by forward kinematics; joints are shared, so limbs stay joined.

    ``only`` (closed under parents) limits the work to the segments a caller needs.
    """
    placed: dict[str, Placed] = {}
    for segment in SEGMENTS:
        if only is not None and segment.name not in only:
            continue
        flexion, abduction, rotation = angles.get(segment.joint, (0.0, 0.0, 0.0))
        if segment.parent is None:
            frame, start = root, origin
        else:
            parent = placed[segment.parent]
            start = parent.point(segment.offset)
            local = joint_rotation(segment.joint, flexion, abduction, rotation)
            frame = mat_mul(parent.frame, local)
        placed[segment.name] = Placed(segment, start, frame)
    return placed
