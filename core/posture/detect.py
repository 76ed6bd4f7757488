"""Landmarks found on a photo by MediaPipe Pose, offline, behind one function.

The detector is an optional extra (``pip install .[posture]``, see the README): everything else
works without it, by placing the landmarks by hand. It is imported only here, only when called;
the app calls it in a process of its own (core/posture/finder.py), the ``posture`` command directly.
The model files ship inside the mediapipe wheel (``pose_landmark_full.tflite``); complexity 1 is the
one it carries, so nothing is downloaded.

MediaPipe's points are the person's own left and right. It gives ears, shoulders, hips, knees,
ankles and toes; C7 and the iliac crests are estimated from them and marked as estimates, and
the ASIS and PSIS, which it cannot see, are left for the person to place.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.jsondoc import DocumentError
from core.posture.landmarks import Landmark, Landmarks, Point, View
from core.posture.photo import load_photo, photo_size

DETECTION_SIZE = 1024  # pixels on the longest side: the model looks at 256, so more only costs time
MIN_VISIBILITY = 0.5  # a point the model itself thinks is hidden is not given
# MediaPipe Pose's landmark numbers (mediapipe/python/solutions/pose.py, PoseLandmark).
MP_INDEX = {"left_ear": 7, "right_ear": 8, "left_shoulder": 11, "right_shoulder": 12, "left_hip": 23,
            "right_hip": 24, "left_knee": 25, "right_knee": 26, "left_ankle": 27, "right_ankle": 28,
            "left_toe": 31, "right_toe": 32}
_lock = threading.Lock()  # one graph at a time: MediaPipe's Pose object is not thread-safe


class DetectorMissing(RuntimeError):
    """The optional pose detector is not installed."""


class NoPersonFound(DocumentError):
    """The detector ran and found nobody (bad input: exit 2)."""

    def __init__(self, source: str) -> None:
        super().__init__("(file)", "no person was found on this photo; place the landmarks by hand "
                         "(--landmarks), or take a photo of the whole body against a plain background", source)


@dataclass(frozen=True)
class Seen:
    x: float
    y: float
    visibility: float


def detector_available() -> bool:
    """Whether the optional detector is installed (checked without importing it)."""
    from importlib.util import find_spec

    return find_spec("mediapipe") is not None


@contextmanager
def _quiet_native_log() -> Iterator[None]:
    """MediaPipe's C++ side writes its start-up notes straight to file descriptor 2; they are not for the
    person. Python's own errors are raised after the descriptor is given back, so nothing real is lost."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with open(os.devnull, "wb") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def load_detector() -> Any:
    """MediaPipe's pose module, imported on first use (the landmark finder's process does it at its start,
    while the person is still choosing a photo); raises DetectorMissing."""
    with _quiet_native_log():
        try:
            import numpy  # noqa: F401  # MediaPipe takes the photo as a numpy array
            from mediapipe.python.solutions import pose as mp_pose
        except ImportError as error:
            raise DetectorMissing(str(error)) from None
    return mp_pose


def _run_model(image: Any) -> list[Seen] | None:
    with _lock:
        mp_pose = load_detector()
        import numpy

        with (_quiet_native_log(),
              mp_pose.Pose(static_image_mode=True, model_complexity=1, enable_segmentation=False) as model):
            found = model.process(numpy.asarray(image))
    if found.pose_landmarks is None:
        return None
    return [Seen(p.x, p.y, p.visibility) for p in found.pose_landmarks.landmark]


def _points(seen: list[Seen], width: int, height: int) -> dict[str, Landmark]:
    """The model's visible points in the photo's pixels, by our ids, kept inside the photo."""
    points: dict[str, Landmark] = {}
    for key, index in MP_INDEX.items():
        spot = seen[index]
        inside = 0 <= spot.x <= 1 and 0 <= spot.y <= 1
        if spot.visibility >= MIN_VISIBILITY and inside:
            points[key] = Landmark(spot.x * width, spot.y * height, "auto", spot.visibility)
    return points


def _estimate(origin: Landmark, towards: Landmark, share: float) -> Landmark:
    """A point ``share`` of the way from origin to towards, marked as an estimate."""
    return Landmark(origin.x + (towards.x - origin.x) * share, origin.y + (towards.y - origin.y) * share,
                    "estimated", None)


def _front(points: dict[str, Landmark]) -> dict[str, Landmark]:
    found = ("left_ear", "right_ear", "left_shoulder", "right_shoulder", "left_knee", "right_knee",
             "left_ankle", "right_ankle")
    marks: dict[str, Landmark] = {key: points[key] for key in found if key in points}
    for side in ("left", "right"):
        hip, shoulder = points.get(f"{side}_hip"), points.get(f"{side}_shoulder")
        if hip and shoulder:  # the top of the crest sits about a fifth of the way up from hip joint to shoulder
            marks[f"{side}_iliac_crest"] = _estimate(hip, shoulder, 0.2)
    return marks


def _side(points: dict[str, Landmark]) -> dict[str, Landmark]:
    """The side nearer the camera (the one the model sees better), as the side view's ids."""
    def seen(side: str) -> float:
        return sum(mark.confidence or 0 for key, mark in points.items() if key.startswith(side))
    near = "left" if seen("left") >= seen("right") else "right"
    names = {"ear": "tragus", "shoulder": "shoulder", "hip": "hip", "knee": "knee", "ankle": "ankle", "toe": "toe"}
    marks = {ours: points[f"{near}_{part}"] for part, ours in names.items() if f"{near}_{part}" in points}
    if "shoulder" in marks and "tragus" in marks:  # C7 lies about level with the top of the shoulder, behind it
        shoulder, tragus = marks["shoulder"], marks["tragus"]
        reach = abs(tragus.y - shoulder.y) * 0.25
        if "toe" in marks and "ankle" in marks:
            faces_right = marks["toe"].x > marks["ankle"].x
        else:
            faces_right = tragus.x > shoulder.x  # the ear sits over or in front of the shoulder
        back = -1 if faces_right else 1
        marks["c7"] = Landmark(shoulder.x + back * reach, shoulder.y - reach * 0.6, "estimated", None)
    return marks


def detect_landmarks(path: Path, view: View) -> Landmarks:
    """Find the landmarks on a photo; raises NoPersonFound, DetectorMissing or PhotoError."""
    width, height = photo_size(path)
    seen = _run_model(load_photo(path, DETECTION_SIZE))
    if seen is None:
        raise NoPersonFound(str(path))
    points = _points(seen, width, height)
    marks = _side(points) if view == "side" else _front(points)
    if not marks:
        raise NoPersonFound(str(path))
    return Landmarks(view, width, height, marks, None)


__all__ = ["DetectorMissing", "NoPersonFound", "Point", "detect_landmarks", "detector_available", "load_detector"]
