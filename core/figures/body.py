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

from core.figures.geometry import IDENTITY, Mat3, Vec3, add, mat_mul, mat_vec, rot_x, rot_y, rot_z

SIDES = ("left", "right")


@dataclass(frozen=True)
class Segment:
    name: str
    joint: str
    parent: str | None
    offset: Vec3           # where the joint sits, in the parent's frame
    vector: Vec3           # the segment's extent in its own frame
    radii: tuple[float, float]
    shape: str = "capsule"  # capsule (tapered) or ellipsoid (radii are x and z half-widths)
    pad: float = 0.0        # an ellipsoid's extra half-height beyond its joints, for overlap


def _mirror(v: Vec3, side: str) -> Vec3:
    return (v[0] if side == "left" else -v[0], v[1], v[2])


def _segments() -> list[Segment]:
    """Adult proportions: about 1.74 m tall, head about one-seventh and a half of height."""
    segments = [
        Segment("pelvis", "root", None, (0, 0, 0), (0, 0.09, 0), (0.165, 0.11), "ellipsoid", 0.05),
        Segment("abdomen", "lumbar", "pelvis", (0, 0.07, 0), (0, 0.20, 0), (0.135, 0.10), "ellipsoid",
                0.05),
        Segment("chest", "thoracic", "abdomen", (0, 0.20, 0), (0, 0.26, 0), (0.165, 0.11), "ellipsoid",
                0.04),
        Segment("neck", "neck", "chest", (0, 0.25, -0.01), (0, 0.10, 0), (0.048, 0.046)),
        Segment("head", "head", "neck", (0, 0.10, 0), (0, 0.20, 0.02), (0.082, 0.098), "ellipsoid",
                0.015),
    ]
    for side in SIDES:
        s = side
        segments += [
            Segment(f"upper_arm_{s}", f"shoulder_{s}", "chest", _mirror((0.195, 0.22, -0.01), s),
                    (0, -0.29, 0), (0.047, 0.038)),
            Segment(f"forearm_{s}", f"elbow_{s}", f"upper_arm_{s}", (0, -0.29, 0),
                    (0, -0.25, 0), (0.037, 0.027)),
            Segment(f"hand_{s}", f"wrist_{s}", f"forearm_{s}", (0, -0.25, 0),
                    (0, -0.15, 0), (0.03, 0.024)),
            Segment(f"thigh_{s}", f"hip_{s}", "pelvis", _mirror((0.088, -0.02, 0), s),
                    (0, -0.42, 0), (0.074, 0.05)),
            Segment(f"shin_{s}", f"knee_{s}", f"thigh_{s}", (0, -0.42, 0),
                    (0, -0.41, 0), (0.05, 0.034)),
            Segment(f"foot_{s}", f"ankle_{s}", f"shin_{s}", (0, -0.41, 0.0),
                    (0, -0.035, 0.17), (0.036, 0.03)),
        ]
    return segments


SEGMENTS: tuple[Segment, ...] = tuple(_segments())
BY_NAME = {segment.name: segment for segment in SEGMENTS}
JOINTS = tuple(segment.joint for segment in SEGMENTS if segment.joint != "root")

# Approximate active ranges of adult joints (degrees), to catch impossible poses in data/.
# They are drawing checks, not clinical cut-offs.
RANGES: dict[str, dict[str, tuple[float, float]]] = {
    "lumbar": {"flexion": (-35, 60), "abduction": (-30, 30), "rotation": (-20, 20)},
    "thoracic": {"flexion": (-25, 45), "abduction": (-30, 30), "rotation": (-40, 40)},
    "neck": {"flexion": (-60, 50), "abduction": (-45, 45), "rotation": (-80, 80)},
    "head": {"flexion": (-30, 30), "abduction": (-20, 20), "rotation": (-10, 10)},
    "shoulder": {"flexion": (-60, 180), "abduction": (-20, 180), "rotation": (-90, 100)},
    "elbow": {"flexion": (0, 150), "abduction": (0, 0), "rotation": (-90, 90)},
    "wrist": {"flexion": (-70, 80), "abduction": (-30, 30), "rotation": (0, 0)},
    "hip": {"flexion": (-30, 135), "abduction": (-30, 50), "rotation": (-45, 50)},
    "knee": {"flexion": (-5, 155), "abduction": (0, 0), "rotation": (0, 0)},
    "ankle": {"flexion": (-50, 30), "abduction": (-25, 25), "rotation": (0, 0)},
}
# Sign of flexion about x: spine and neck bend forward with +x, limbs swing forward with -x.
_FLEX_SIGN = {"lumbar": 1, "thoracic": 1, "neck": 1, "head": 1, "knee": 1}


def joint_kind(joint: str) -> str:
    return joint.split("_")[0]


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
