"""The figure's skeleton as the catalogue's poses name it: segments, joints and their ranges.

Pose data in data/ is validated against these names and ranges when the catalogue loads;
core.figures.body moves the same segments by forward kinematics. Lengths are metres.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.contract import SIDES

Vec3 = tuple[float, float, float]  # metres, as core.figures.geometry's Vec3


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


def joint_kind(joint: str) -> str:
    return joint.split("_")[0]
