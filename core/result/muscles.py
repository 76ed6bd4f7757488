"""A muscle side as the result rates it: length and strength, each with its tests and confidence.

Apart from the rest of the result so that the findings can group muscle sides without
needing the whole result model.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from core.contract import Grade

Length = Literal["short", "normal", "long", "unknown"]
Strength = Literal["weak", "normal", "unknown"]
T = TypeVar("T")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class ByDimension(Frozen, Generic[T]):
    """One value for a muscle side's length and one for its strength."""

    length: T
    strength: T


class MuscleSide(Frozen):
    """A muscle side's rating, with the tests behind it (`muscles.<id>.<side>` in the document)."""

    length: Length = "unknown"
    strength: Strength = "unknown"
    evidence: tuple[str, ...] = ()  # every test behind either state, in catalogue order
    evidence_by: ByDimension[tuple[str, ...]] = ByDimension(length=(), strength=())
    confidence: ByDimension[Grade | None] = ByDimension(length=None, strength=None)
    hints: ByDimension[tuple[str, ...]] = ByDimension(length=(), strength=())  # posture signs, which set nothing
    one_weak_test: ByDimension[bool] = ByDimension(length=False, strength=False)

    def state(self, dimension: str) -> str:
        return self.length if dimension == "length" else self.strength
