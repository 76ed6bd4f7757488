"""The landmarks document of contract.md ("Posture from photos"): parsed strictly.

A landmark placed off the photo, a coordinate that is NaN, a left shoulder given on a side
view: each would turn into a confident-looking angle that means nothing. So every fault
is bad input that names the field, read through the one strict JSON reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from core.jsondoc import DocumentError, loads

View = Literal["front", "back", "side"]
Source = Literal["auto", "estimated", "manual"]
VIEWS: tuple[View, ...] = ("front", "back", "side")
SOURCES: tuple[Source, ...] = ("auto", "estimated", "manual")
FORMAT = 1
MAX_VERTICAL_TILT = 30  # degrees: a camera held further off level than this is not a posture photo
MAX_SIDE = 100_000  # pixels: far beyond any camera, small enough to keep the arithmetic exact

PAIRED_IDS = (
    "left_ear", "right_ear", "left_shoulder", "right_shoulder", "left_iliac_crest", "right_iliac_crest",
    "left_knee", "right_knee", "left_ankle", "right_ankle",
)
# "toe" (the tip of the foot) is an extension: it tells which way the person faces, which the
# knee angle needs to tell a knee bent backwards from one bent forwards.
SIDE_IDS = ("tragus", "c7", "shoulder", "asis", "psis", "hip", "knee", "ankle", "toe")
LANDMARK_IDS: dict[View, tuple[str, ...]] = {"front": PAIRED_IDS, "back": PAIRED_IDS, "side": SIDE_IDS}


class LandmarksError(DocumentError):
    """A landmarks document that cannot be measured; names the field."""

    def __init__(self, field_path: str, message: str, source: str = "landmarks") -> None:
        super().__init__(field_path, message, source)


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Landmark:
    """A point on the photo and where it came from: the detector, an estimate, or the person."""

    x: float
    y: float
    source: Source = "manual"
    confidence: float | None = None

    @property
    def point(self) -> Point:
        return Point(self.x, self.y)

    def to_document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"x": round(self.x, 1), "y": round(self.y, 1), "source": self.source}
        if self.confidence is not None:
            document["confidence"] = round(self.confidence, 2)
        return document


@dataclass(frozen=True)
class Landmarks:
    """Where the body's landmarks sit on one photo, in its pixels (origin top-left, y down)."""

    view: View
    width: int
    height: int
    points: dict[str, Landmark] = field(default_factory=dict)
    vertical: tuple[Point, Point] | None = None

    def moved(self, landmark_id: str, x: float, y: float) -> Landmarks:
        """The same landmarks with one placed by the person (it is no longer an estimate)."""
        points = dict(self.points)
        points[landmark_id] = Landmark(x, y, "manual")
        return replace(self, points=points)

    def with_vertical(self, vertical: tuple[Point, Point] | None) -> Landmarks:
        return replace(self, vertical=vertical)

    def to_document(self) -> dict[str, Any]:
        """The contract's landmarks document (points with their source, which the reader accepts)."""
        document: dict[str, Any] = {
            "format": FORMAT, "view": self.view, "image": {"width": self.width, "height": self.height},
            "landmarks": {key: self.points[key].to_document() for key in LANDMARK_IDS[self.view]
                          if key in self.points},
        }
        if self.vertical is not None:
            document["vertical"] = [[round(p.x, 1), round(p.y, 1)] for p in self.vertical]
        return document


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise LandmarksError(where, f"expected a number, got {_show(value)}")
    if not low <= value <= high:
        raise LandmarksError(where, f"expected a number from {low:g} to {high:g}, got {value:g}")
    return float(value)


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return repr(value) if isinstance(value, str) and len(value) < 40 else type(value).__name__


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LandmarksError(where, f"expected an object, got {_show(value)}")
    return value


def _only(obj: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    for key in obj:
        if key not in known:
            where_key = f"{where}.{key}" if where else key
            raise LandmarksError(where_key, f"unknown field; expected one of {', '.join(known)}")


def _point(value: Any, where: str, width: int, height: int) -> Point:
    if not isinstance(value, list) or len(value) != 2:
        raise LandmarksError(where, f"expected [x, y] in pixels, got {_show(value)}")
    return Point(_number(value[0], f"{where}[0]", 0, width), _number(value[1], f"{where}[1]", 0, height))


def _landmark(value: Any, where: str, width: int, height: int) -> Landmark:
    """[x, y] (placed by hand), or {"x", "y", "source", "confidence"} as the result document gives it."""
    if isinstance(value, list):
        point = _point(value, where, width, height)
        return Landmark(point.x, point.y)
    obj = _object(value, where)
    _only(obj, ("x", "y", "source", "confidence"), where)
    for key in ("x", "y"):
        if key not in obj:
            raise LandmarksError(f"{where}.{key}", "missing")
    source = obj.get("source", "manual")
    if source not in SOURCES:
        raise LandmarksError(f"{where}.source", f"expected one of {', '.join(SOURCES)}, got {_show(source)}")
    confidence = obj.get("confidence")
    return Landmark(
        _number(obj["x"], f"{where}.x", 0, width), _number(obj["y"], f"{where}.y", 0, height), source,
        None if confidence is None else _number(confidence, f"{where}.confidence", 0, 1),
    )


def _size(image: dict[str, Any], key: str) -> int:
    value = image.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SIDE:
        expected = f"expected a whole number of pixels from 1 to {MAX_SIDE}, got {_show(value)}"
        raise LandmarksError(f"image.{key}", expected)
    return value


def parse_landmarks(document: Any) -> Landmarks:
    """Validate a decoded landmarks document; every landmark is optional, none is guessed."""
    root = _object(document, "(document)")
    _only(root, ("format", "view", "image", "landmarks", "vertical"), "")
    if type(root.get("format")) is not int or root["format"] != FORMAT:
        raise LandmarksError("format", f"expected {FORMAT}, got {_show(root.get('format'))}")
    view = root.get("view")
    if view not in VIEWS:
        raise LandmarksError("view", f"expected one of {', '.join(VIEWS)}, got {_show(view)}")
    image = _object(root.get("image"), "image")
    _only(image, ("width", "height"), "image")
    width, height = _size(image, "width"), _size(image, "height")
    raw = _object({} if root.get("landmarks") is None else root["landmarks"], "landmarks")
    _only(raw, LANDMARK_IDS[view], "landmarks")
    points = {key: _landmark(value, f"landmarks.{key}", width, height)
              for key, value in raw.items() if value is not None}
    vertical = None
    if root.get("vertical") is not None:
        line = root["vertical"]
        if not isinstance(line, list) or len(line) != 2:
            raise LandmarksError("vertical", f"expected two points [[x, y], [x, y]], got {_show(line)}")
        vertical = (_point(line[0], "vertical[0]", width, height), _point(line[1], "vertical[1]", width, height))
        if math.dist((vertical[0].x, vertical[0].y), (vertical[1].x, vertical[1].y)) < 10:
            raise LandmarksError("vertical", "the two points must be at least 10 pixels apart to give a direction")
        run, rise = abs(vertical[1].x - vertical[0].x), abs(vertical[1].y - vertical[0].y)
        if math.degrees(math.atan2(run, rise)) > MAX_VERTICAL_TILT:
            raise LandmarksError("vertical", f"leans more than {MAX_VERTICAL_TILT}° from the photo's upright; "
                                 "lay it along something truly vertical, such as a door frame")
    return Landmarks(view, width, height, points, vertical)


def read_landmarks(text: str, source: str = "landmarks") -> Landmarks:
    """Decode (strictly) and validate a landmarks document."""
    try:
        return parse_landmarks(loads(text, source))
    except DocumentError as error:
        raise LandmarksError(error.field_path, error.message, source) from None
