"""Where each muscle sits on the figure, for the muscle map.

Kept with the catalogue so that a catalogue muscle without a place is refused when the
catalogue loads (core.catalogue.checks), not found missing when a map is drawn. A place is
an ellipse on a segment's surface, given in that segment's own frame for the
figure's left side; the right side mirrors it. A midline place is drawn once.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.catalogue.skeleton import Vec3


@dataclass(frozen=True)
class Place:
    segment: str          # segment name without side, e.g. "thigh" or "chest"
    at: Vec3              # centre on the surface, in the segment's frame (left side)
    normal: Vec3          # which way the surface faces
    size: tuple[float, float]  # half-length along `axis`, half-width across
    axis: Vec3 = (0.0, 1.0, 0.0)
    midline: bool = False

    def for_side(self, side: str) -> tuple[str, Vec3, Vec3, Vec3]:
        """(segment name, centre, normal, axis) for one side of the body."""
        name = f"{self.segment}_{side}" if self.segment in SIDED_SEGMENTS else self.segment
        if side == "left" or self.midline:
            return name, self.at, self.normal, self.axis
        flip = (-1.0, 1.0, 1.0)  # segment frames are not mirrored, so the right side flips x
        return name, _times(self.at, flip), _times(self.normal, flip), _times(self.axis, flip)


SIDED_SEGMENTS = {"upper_arm", "forearm", "hand", "thigh", "shin", "foot"}


def _times(v: Vec3, k: Vec3) -> Vec3:
    return (v[0] * k[0], v[1] * k[1], v[2] * k[2])


MUSCLES: dict[str, tuple[Place, ...]] = {
    "hip_flexors": (Place("pelvis", (0.075, -0.01, 0.095), (0.2, 0, 1), (0.05, 0.03)),
                    Place("thigh", (0.0, -0.07, 0.06), (0, 0, 1), (0.06, 0.035))),
    "rectus_femoris": (Place("thigh", (0.0, -0.23, 0.052), (0, 0, 1), (0.15, 0.033)),),
    "tensor_fasciae_latae": (Place("thigh", (0.065, -0.09, 0.02), (1, 0, 0.3), (0.075, 0.028)),),
    "hamstrings": (Place("thigh", (0.0, -0.23, -0.055), (0, 0, -1), (0.15, 0.04)),),
    "piriformis": (Place("pelvis", (0.1, 0.01, -0.085), (0.4, 0, -1), (0.022, 0.045), (1, -0.3, 0)),),
    "adductors": (Place("thigh", (-0.05, -0.15, 0.0), (-1, 0, 0.2), (0.12, 0.03)),),
    "gluteus_maximus": (Place("pelvis", (0.075, -0.03, -0.095), (0.25, -0.1, -1), (0.065, 0.06)),),
    "gluteus_medius": (Place("pelvis", (0.135, 0.06, -0.02), (1, 0.2, -0.3), (0.045, 0.04)),),
    "abdominals": (Place("abdomen", (0.0, 0.1, 0.095), (0, 0, 1), (0.11, 0.07), midline=True),),
    "lumbar_extensors": (Place("abdomen", (0.035, 0.08, -0.09), (0, 0, -1), (0.1, 0.025)),
                         Place("abdomen", (-0.035, 0.08, -0.09), (0, 0, -1), (0.1, 0.025))),
    "quadratus_lumborum": (Place("abdomen", (0.09, 0.1, -0.06), (0.6, 0, -0.8), (0.07, 0.03)),),
    "latissimus_dorsi": (Place("chest", (0.11, 0.07, -0.08), (0.6, 0, -0.8), (0.11, 0.045)),),
    "pectorals": (Place("chest", (0.08, 0.17, 0.1), (0.2, 0, 1), (0.06, 0.06), (1, 0, 0)),),
    "upper_trapezius": (Place("chest", (0.09, 0.255, -0.03), (0.1, 1, -0.6), (0.07, 0.03),
                              (1, -0.35, 0)),),
    "levator_scapulae": (Place("neck", (0.03, 0.04, -0.03), (0.6, 0, -0.8), (0.05, 0.018)),),
    "deep_neck_flexors": (Place("neck", (0.0, 0.05, 0.04), (0, 0, 1), (0.04, 0.022), midline=True),),
    "suboccipitals": (Place("head", (0.0, 0.02, -0.075), (0, -0.3, -1), (0.05, 0.02), (1, 0, 0),
                            midline=True),),
    "lower_trapezius": (Place("chest", (0.05, 0.1, -0.105), (0, 0, -1), (0.08, 0.028), (-0.4, 1, 0)),),
    "serratus_anterior": (Place("chest", (0.155, 0.08, 0.03), (1, 0, 0.2), (0.07, 0.035)),),
    "calves": (Place("shin", (0.0, -0.13, -0.04), (0, 0, -1), (0.1, 0.035)),),
}
