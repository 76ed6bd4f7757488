"""Landmarks → the contract's measurements → observations, only where the catalogue has a cut-off.

A measured number is not a finding. It fills an answer only when the catalogue judges that
test from a number with a sourced cut-off (today: the craniovertebral angle, Lau 2009); the
other measurements are shown as numbers with "no validated cut-off", because turning a 2°
shoulder tilt into "left side higher" would invent a threshold no study gives. A value read
from an estimated landmark never fills an answer either.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from core.catalogue import Catalogue
from core.posture.geometry import Frame, elevation, facing, joint_angle
from core.posture.landmarks import Landmark, Landmarks, View

# measurement id -> (the landmarks it needs, the test it speaks to). Contract order.
MEASUREMENTS: dict[str, tuple[tuple[str, ...], str]] = {
    "craniovertebral_angle": (("c7", "tragus"), "craniovertebral_angle"),
    "shoulder_tilt": (("left_shoulder", "right_shoulder"), "shoulder_height"),
    "pelvic_obliquity": (("left_iliac_crest", "right_iliac_crest"), "iliac_crest_height"),
    "head_tilt": (("left_ear", "right_ear"), "head_position"),
    "pelvic_tilt_angle": (("psis", "asis"), "pelvic_tilt"),
    "knee_angle": (("hip", "knee", "ankle"), "knee_position"),
}
# The tests a photo's measurement may answer: judged by a number with a sourced cut-off (checked
# against the catalogue by a test, and again by measure() at run time).
PHOTO_TESTS = ("craniovertebral_angle",)
MIN_SPAN = 2.0  # pixels: points closer than this give no direction to measure
# Which way the person faces, best clue first: the foot points forwards, the ASIS is in front.
FACING_CLUES = (("ankle", "toe"), ("psis", "asis"), ("c7", "tragus"))


@dataclass(frozen=True)
class PostureMeasurement:
    """The measurements of one photo and what they may say in an answers document."""

    view: View
    landmarks: dict[str, Landmark]
    measurements: dict[str, float]
    observations: dict[str, float]
    no_cutoff: tuple[str, ...]  # measured, but the catalogue has no cut-off to judge it by
    from_estimates: tuple[str, ...]  # measured from an estimated landmark: shown, never an answer
    out_of_range: tuple[str, ...]  # outside the range the test accepts: a landmark is probably misplaced

    def to_document(self) -> dict[str, Any]:
        return {
            "format": 1, "view": self.view,
            "landmarks": {key: mark.to_document() for key, mark in self.landmarks.items()},
            "measurements": {key: round(value, 1) for key, value in self.measurements.items()},
            "observations": dict(self.observations),
            "no_cutoff": list(self.no_cutoff),
            "from_estimates": list(self.from_estimates),
            "out_of_range": list(self.out_of_range),
        }


def landmarks_needed(test_id: str) -> frozenset[str]:
    """The landmarks a photo needs to measure what it can for this test (with, for the knee angle, the
    foot that tells which way the person faces): a photo step asks the person for these only."""
    needed: set[str] = set()
    for measurement, (needs, test) in MEASUREMENTS.items():
        if test == test_id:
            needed.update(needs)
            if measurement == "knee_angle":
                needed.update(FACING_CLUES[0])
    return frozenset(needed)


def _facing(marks: Landmarks, frame: Frame) -> int | None:
    for back, front in FACING_CLUES:
        if back in marks.points and front in marks.points:
            found = facing(frame, marks.points[back].point, marks.points[front].point, MIN_SPAN)
            if found is not None:
                return found
    return None


def measurements(marks: Landmarks) -> dict[str, float]:
    """Every contract measurement whose landmarks are all present, in degrees."""
    frame = Frame.from_vertical(marks.vertical)
    p = {key: mark.point for key, mark in marks.points.items()}
    forwards = _facing(marks, frame) if marks.view == "side" else None
    formulas: dict[str, Callable[[], float]] = {
        "craniovertebral_angle": lambda: elevation(frame, p["c7"], p["tragus"]),
        "shoulder_tilt": lambda: elevation(frame, p["right_shoulder"], p["left_shoulder"]),
        "pelvic_obliquity": lambda: elevation(frame, p["right_iliac_crest"], p["left_iliac_crest"]),
        "head_tilt": lambda: elevation(frame, p["right_ear"], p["left_ear"]),
        "pelvic_tilt_angle": lambda: elevation(frame, p["asis"], p["psis"]),
        "knee_angle": lambda: joint_angle(frame, p["hip"], p["knee"], p["ankle"], forwards or 1),
    }
    found: dict[str, float] = {}
    for measurement, (needs, _) in MEASUREMENTS.items():
        if not all(key in p for key in needs):
            continue
        if any(math.dist((p[a].x, p[a].y), (p[b].x, p[b].y)) < MIN_SPAN for a, b in pairwise(needs)):
            continue  # two points on top of each other give no direction: no number rather than a made-up one
        if measurement == "knee_angle" and forwards is None:
            continue  # backwards from forwards cannot be told apart without knowing the facing
        found[measurement] = formulas[measurement]()
    return found


def _judged_by_number(test_id: str, catalogue: Catalogue) -> bool:
    """The catalogue judges this test from a number, with a cut-off that names its source."""
    test = catalogue.tests.get(test_id)
    if test is None or test.input.kind != "degrees" or test.bands is None:
        return False
    return bool(test.bands.cutoff.sources)


def whole(value: float) -> int:
    """Rounded half away from zero, as a person reads a protractor (47.5 → 48)."""
    return math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1)


def measure(marks: Landmarks, catalogue: Catalogue) -> PostureMeasurement:
    """Measure a photo's landmarks and say which answers the numbers may fill."""
    values = measurements(marks)
    observations: dict[str, float] = {}
    no_cutoff: list[str] = []
    from_estimates: list[str] = []
    out_of_range: list[str] = []
    for measurement, value in values.items():
        needs, test_id = MEASUREMENTS[measurement]
        if not _judged_by_number(test_id, catalogue):
            no_cutoff.append(measurement)
            continue
        if any(marks.points[key].source == "estimated" for key in needs):
            from_estimates.append(measurement)
            continue
        spec = catalogue.tests[test_id].input
        assert spec.min is not None and spec.max is not None
        if not spec.min <= whole(value) <= spec.max:
            out_of_range.append(measurement)
            continue
        observations[test_id] = whole(value)
    return PostureMeasurement(marks.view, dict(marks.points), values, observations,
                              tuple(no_cutoff), tuple(from_estimates), tuple(out_of_range))
