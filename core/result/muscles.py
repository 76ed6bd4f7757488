"""A muscle side as the result rates it: length and strength, each with its tests and confidence.

Apart from the rest of the result so that the findings can group muscle sides without
needing the whole result model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.contract import Grade

Length = Literal["short", "normal", "long", "unknown"]
Strength = Literal["weak", "normal", "unknown"]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class TestIds(Frozen):
    """Test ids behind a muscle side's length and behind its strength."""

    length: tuple[str, ...]
    strength: tuple[str, ...]


class Grades(Frozen):
    """The confidence of a muscle side's length and of its strength (None where unrated)."""

    length: Grade | None
    strength: Grade | None


class Flags(Frozen):
    """A yes or no for a muscle side's length and for its strength."""

    length: bool
    strength: bool


class MuscleSide(Frozen):
    """A muscle side's rating, with the tests behind it (`muscles.<id>.<side>` in the document).

    The per-dimension parts are plain classes, not one generic class: pydantic
    builds a generic's validators as soon as it is parametrised, which every command would pay
    at import (issue 16).
    """

    length: Length = "unknown"
    strength: Strength = "unknown"
    evidence: tuple[str, ...] = ()  # every test behind either state, in catalogue order
    evidence_by: TestIds = Field(default_factory=lambda: TestIds(length=(), strength=()))
    confidence: Grades = Field(default_factory=lambda: Grades(length=None, strength=None))
    hints: TestIds = Field(default_factory=lambda: TestIds(length=(), strength=()))  # posture signs, which set nothing
    one_weak_test: Flags = Field(default_factory=lambda: Flags(length=False, strength=False))

    def state(self, dimension: str) -> str:
        return self.length if dimension == "length" else self.strength
