"""The ``posture`` command: a photo (and perhaps its landmarks) in, measurements out. Headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.catalogue import default_catalogue
from core.contract import EXIT_FAILED, EXIT_OK
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.jsondoc import DocumentError, read_document
from core.posture.landmarks import LANDMARK_IDS, Landmarks, LandmarksError, parse_landmarks
from core.posture.measure import PostureMeasurement, measure
from core.posture.photo import photo_size

NAMES = {
    "craniovertebral_angle": QT_TRANSLATE_NOOP("posture", "Head angle (craniovertebral)"),
    "shoulder_tilt": QT_TRANSLATE_NOOP("posture", "Shoulder tilt (+ left higher)"),
    "pelvic_obliquity": QT_TRANSLATE_NOOP("posture", "Pelvic obliquity (+ left higher)"),
    "head_tilt": QT_TRANSLATE_NOOP("posture", "Head tilt (+ left ear higher)"),
    "pelvic_tilt_angle": QT_TRANSLATE_NOOP("posture", "Pelvic tilt (+ front lower)"),
    "knee_angle": QT_TRANSLATE_NOOP("posture", "Knee angle (over 180 = bends backwards)"),
}


def measurement_name(measurement: str) -> str:
    return translate("posture", NAMES[measurement])


def _given_landmarks(path: str, view: str, size: tuple[int, int]) -> Landmarks:
    document, source = read_document(path)
    try:
        marks = parse_landmarks(document)
    except DocumentError as error:
        raise LandmarksError(error.field_path, error.message, source) from None
    if marks.view != view:
        raise LandmarksError("view", f"the landmarks are for a {marks.view} view, but --view is {view}", source)
    if (marks.width, marks.height) != size:
        raise LandmarksError("image", f"the landmarks were placed on a {marks.width} × {marks.height} picture, "
                             f"but the photo is {size[0]} × {size[1]}", source)
    return marks


def _found_landmarks(photo: Path, view: str) -> Landmarks | None:
    from core.posture.detect import DetectorMissing, detect_landmarks

    try:
        return detect_landmarks(photo, view)  # type: ignore[arg-type]  # argparse checked the choice
    except DetectorMissing:
        print(translate("cli", "error: the pose detector is not installed: place the landmarks by hand and give "
                               "them with --landmarks, or install the optional detector (see the README)"),
              file=sys.stderr)
        return None


def posture_summary(result: PostureMeasurement) -> str:
    """The measurements in plain words for a terminal."""
    lines = [translate("cli", "Posture measured on a {view} photo").format(view=result.view)]
    if not result.measurements:
        lines.append(translate("cli", "  Nothing to measure: the landmarks each measurement needs are not all there."))
    for key, value in result.measurements.items():
        if key in result.no_cutoff:
            note = translate("cli", "no validated cut-off")
        elif key in result.from_estimates:
            note = translate("cli", "from an estimated landmark: check it before using it")
        elif key in result.out_of_range:
            note = translate("cli", "outside the test's range: a landmark is probably misplaced")
        else:
            note = translate("cli", "goes into the assessment")
        lines.append(f"  {measurement_name(key)}: {value:.1f}° ({note})")
    estimated = [key for key, mark in result.landmarks.items() if mark.source == "estimated"]
    if estimated:
        lines.append(translate("cli", "  Estimated, not found: {ids}").format(ids=", ".join(estimated)))
    missing = ", ".join(key for key in LANDMARK_IDS[result.view] if key not in result.landmarks)
    if missing:
        lines.append(translate("cli", "  Not placed (give them with --landmarks): {ids}").format(ids=missing))
    return "\n".join(lines) + "\n"


def cmd_posture(args: argparse.Namespace) -> int:
    photo = Path(args.photo)
    size = photo_size(photo)  # exit 2 for an unreadable photo, before anything else
    if args.landmarks is not None:
        marks: Landmarks | None = _given_landmarks(args.landmarks, args.view, size)
    else:
        marks = _found_landmarks(photo, args.view)
    if marks is None:
        return EXIT_FAILED
    result = measure(marks, default_catalogue())
    if args.json:
        json.dump(result.to_document(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(posture_summary(result))
    return EXIT_OK
