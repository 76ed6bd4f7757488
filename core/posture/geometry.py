"""Angles on a photo, measured against the scene's true vertical rather than the picture's edges.

A phone held a few degrees off level tilts every line in the picture by the same amount, and a
3° tilt is as large as the asymmetries being measured. When a vertical reference (a door frame)
is given, every direction is expressed in a frame whose "up" runs along it, so the camera's tilt
drops out. Without one, "up" is the picture's own upright.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.posture.landmarks import Point


@dataclass(frozen=True)
class Frame:
    """Unit vectors, in image pixels (y down), for the scene's up and the picture's right-hand side."""

    up_x: float = 0.0
    up_y: float = -1.0

    @classmethod
    def from_vertical(cls, vertical: tuple[Point, Point] | None) -> Frame:
        if vertical is None:
            return cls()
        first, second = vertical
        top, bottom = (first, second) if first.y <= second.y else (second, first)
        dx, dy = top.x - bottom.x, top.y - bottom.y
        length = math.hypot(dx, dy)
        return cls(dx / length, dy / length)

    @property
    def right(self) -> tuple[float, float]:
        """The horizontal that points to the picture's right: up turned a quarter clockwise."""
        return -self.up_y, self.up_x

    def components(self, start: Point, end: Point) -> tuple[float, float]:
        """(horizontal to the picture's right, upwards) of the step from start to end."""
        dx, dy = end.x - start.x, end.y - start.y
        right_x, right_y = self.right
        return dx * right_x + dy * right_y, dx * self.up_x + dy * self.up_y


def elevation(frame: Frame, low: Point, high: Point) -> float:
    """Degrees by which ``high`` sits above ``low`` seen along the line between them, -90 to 90.

    Measured against the horizontal whichever way the line runs across the picture, so the
    answer is the same for a front and a back view.
    """
    across, rise = frame.components(low, high)
    return math.degrees(math.atan2(rise, abs(across)))


def facing(frame: Frame, back: Point, front: Point, least: float = 2.0) -> int | None:
    """+1 when the person faces the picture's right (``front`` lies right of ``back``), -1 for the left;
    None when the two lie within ``least`` pixels of one vertical line and so tell neither."""
    across, _ = frame.components(back, front)
    if abs(across) < least:
        return None
    return 1 if across > 0 else -1


def joint_angle(frame: Frame, upper: Point, joint: Point, lower: Point, forwards: int) -> float:
    """The angle at ``joint`` on its front side, 0-360: above 180 when the joint bows backwards.

    ``forwards`` is +1 when the person faces the picture's right. The straight line from
    ``upper`` to ``lower`` is 180; a joint lying behind that line has bent backwards.
    """
    first = math.atan2(upper.y - joint.y, upper.x - joint.x)
    second = math.atan2(lower.y - joint.y, lower.x - joint.x)
    inside = abs(math.degrees(first - second)) % 360
    inside = 360 - inside if inside > 180 else inside
    line_across, line_rise = frame.components(upper, lower)
    joint_across, joint_rise = frame.components(upper, joint)
    # which side of the line from upper to lower (running down the leg) the joint lies: + in front
    ahead = (joint_across * line_rise - joint_rise * line_across) * -forwards
    on_the_line = abs(ahead) <= 1e-9 * math.hypot(line_across, line_rise) * math.hypot(joint_across, joint_rise)
    return 360 - inside if ahead < 0 and not on_the_line else inside
