"""Posture measured from photos (contract.md, "Posture from photos"): pure geometry, no Qt.

The detector (core.posture.detect) is optional and imported only when called.
"""

from core.posture.landmarks import LANDMARK_IDS, VIEWS, Landmark, Landmarks, LandmarksError, Point, View
from core.posture.measure import MEASUREMENTS, PostureMeasurement, measure, measurements

__all__ = [
    "LANDMARK_IDS", "MEASUREMENTS", "VIEWS", "Landmark", "Landmarks", "LandmarksError", "Point",
    "PostureMeasurement", "View", "measure", "measurements",
]
