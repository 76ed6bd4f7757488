"""The words the photo screens show for landmarks and measurements (translated where shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.i18n import QT_TRANSLATE_NOOP
from core.posture.command import NAMES

LANDMARKS = {
    "tragus": QT_TRANSLATE_NOOP("PostureLandmarks", "Ear (the flap in front of the ear hole)"),
    "c7": QT_TRANSLATE_NOOP("PostureLandmarks", "Base of the neck (the bony bump, C7)"),
    "shoulder": QT_TRANSLATE_NOOP("PostureLandmarks", "Shoulder (the bony tip)"),
    "asis": QT_TRANSLATE_NOOP("PostureLandmarks", "Front hip bone (ASIS)"),
    "psis": QT_TRANSLATE_NOOP("PostureLandmarks", "Back hip dimple (PSIS)"),
    "hip": QT_TRANSLATE_NOOP("PostureLandmarks", "Hip (the bony point at the side of the thigh)"),
    "knee": QT_TRANSLATE_NOOP("PostureLandmarks", "Knee (its middle, from the side)"),
    "ankle": QT_TRANSLATE_NOOP("PostureLandmarks", "Ankle (the bony bump on the outside)"),
    "toe": QT_TRANSLATE_NOOP("PostureLandmarks", "Tip of the foot"),
    "left_ear": QT_TRANSLATE_NOOP("PostureLandmarks", "Left ear"),
    "right_ear": QT_TRANSLATE_NOOP("PostureLandmarks", "Right ear"),
    "left_shoulder": QT_TRANSLATE_NOOP("PostureLandmarks", "Left shoulder (the bony tip)"),
    "right_shoulder": QT_TRANSLATE_NOOP("PostureLandmarks", "Right shoulder (the bony tip)"),
    "left_iliac_crest": QT_TRANSLATE_NOOP("PostureLandmarks", "Top of the left hip bone"),
    "right_iliac_crest": QT_TRANSLATE_NOOP("PostureLandmarks", "Top of the right hip bone"),
    "left_knee": QT_TRANSLATE_NOOP("PostureLandmarks", "Left knee"),
    "right_knee": QT_TRANSLATE_NOOP("PostureLandmarks", "Right knee"),
    "left_ankle": QT_TRANSLATE_NOOP("PostureLandmarks", "Left ankle"),
    "right_ankle": QT_TRANSLATE_NOOP("PostureLandmarks", "Right ankle"),
    "vertical_top": QT_TRANSLATE_NOOP("PostureLandmarks", "Top of the vertical line"),
    "vertical_bottom": QT_TRANSLATE_NOOP("PostureLandmarks", "Bottom of the vertical line"),
}


def landmark_name(key: str) -> str:
    return QCoreApplication.translate("PostureLandmarks", LANDMARKS[key])


def measurement_name(key: str) -> str:
    return QCoreApplication.translate("posture", NAMES[key])


def measurement_line(key: str, value: float) -> str:
    return f"{measurement_name(key)}: {value:.1f}°"
