"""Which muscles a result rates short or weak, on which sides, and how strong the evidence is.

One grouping for the terminal, the screen, the paper and the muscle map, so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

GRADE_ORDER = ("low", "moderate", "high")


@dataclass(frozen=True)
class MuscleFinding:
    muscle: str
    side: str  # "left", "right" or "both"
    grade: str | None  # the strongest confidence among the sides found
    tests: tuple[str, ...]  # the tests behind it, in catalogue order when one is given
    one_weak_test: bool = False  # it rests on one direct test of low diagnostic value


def muscle_findings(muscles: Mapping[str, Mapping[str, Mapping[str, Any]]], dimension: str, state: str,
                    test_order: Sequence[str] = ()) -> list[MuscleFinding]:
    """Every muscle whose `dimension` is `state` on one or both sides, in the result's order."""
    found = []
    for muscle, sides in muscles.items():
        hit = [side for side in ("left", "right") if sides[side][dimension] == state]
        if not hit:
            continue
        grades = [sides[side].get("confidence", {}).get(dimension) for side in hit]
        grade = max(grades, key=lambda g: GRADE_ORDER.index(g) if g in GRADE_ORDER else -1)
        tests = {t for side in hit for t in sides[side].get("evidence_by", {}).get(dimension, [])}
        ordered = tuple(t for t in test_order if t in tests) if test_order else tuple(sorted(tests))
        weak = all(sides[side].get("one_weak_test", {}).get(dimension, False) for side in hit)
        where = "both" if len(hit) == 2 else hit[0]
        found.append(MuscleFinding(muscle, where, grade, ordered, weak and len(tests) == 1))
    return found
