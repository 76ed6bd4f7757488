"""Which muscles a result rates short, weak or long, on which sides, and how strong the evidence is.

Grouped once per result (`Result.findings`), so the terminal, the screen, the paper and
the muscle map agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from core.contract import SIDES, Side
from core.result.muscles import MuscleSide

GRADE_ORDER = ("low", "moderate", "high")
Dimension = Literal["length", "strength"]


@dataclass(frozen=True)
class MuscleFinding:
    muscle: str
    side: str  # "left", "right" or "both"
    grade: str | None  # the strongest confidence among the sides found
    tests: tuple[str, ...]  # the tests behind it, in the order the result lists them (catalogue order)
    one_weak_test: bool = False  # it rests on one direct test of low diagnostic value


@dataclass(frozen=True)
class Findings:
    """Short and long muscle sides (length) and weak ones (strength), in the result's muscle order."""

    short: tuple[MuscleFinding, ...] = ()
    weak: tuple[MuscleFinding, ...] = ()
    long: tuple[MuscleFinding, ...] = ()

    def of(self, dimension: Dimension, state: str) -> tuple[MuscleFinding, ...]:
        """The findings for one state: ("length", "short"), ("strength", "weak") or ("length", "long")."""
        if dimension == "strength":
            return self.weak if state == "weak" else ()
        return self.short if state == "short" else self.long if state == "long" else ()


def _finding(muscle: str, sides: Mapping[Side, MuscleSide], dimension: Dimension, state: str,
             ) -> MuscleFinding | None:
    hit = [side for side in SIDES if side in sides and sides[side].state(dimension) == state]
    if not hit:
        return None
    grades = [getattr(sides[side].confidence, dimension) for side in hit]
    grade = max(grades, key=lambda g: GRADE_ORDER.index(g) if g in GRADE_ORDER else -1)
    listed = [t for side in hit for t in getattr(sides[side].evidence_by, dimension)]
    tests = tuple(dict.fromkeys(listed))
    weak = all(getattr(sides[side].one_weak_test, dimension) for side in hit)
    where = "both" if len(hit) == 2 else hit[0]
    return MuscleFinding(muscle, where, grade, tests, weak and len(tests) == 1)


def _group(muscles: Mapping[str, Mapping[Side, MuscleSide]], dimension: Dimension, state: str,
           ) -> tuple[MuscleFinding, ...]:
    found = (_finding(muscle, sides, dimension, state) for muscle, sides in muscles.items())
    return tuple(finding for finding in found if finding is not None)


def group_findings(muscles: Mapping[str, Mapping[Side, MuscleSide]]) -> Findings:
    """Every muscle whose length is short or long, or whose strength is weak, on one or both sides."""
    return Findings(_group(muscles, "length", "short"), _group(muscles, "strength", "weak"),
                    _group(muscles, "length", "long"))
