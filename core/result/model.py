"""The engine's result as typed, frozen values: one field per key of the contract's result document.

The engine builds it, every reader (terminal, screen, paper, history) reads its attributes,
and it becomes the contract's JSON document only at the edges (command line, store,
export/import) through `Result.to_document()` and `Result.from_document()`. Field order is
the document's key order, so `to_document()` writes exactly the JSON the contract fixes.

To add a key to the result document: add one field here, with a default so that sessions
stored before it still load, and fill it in `core/engine.py`.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from pydantic import Field, ValidationError

from core import contract
from core.contract import Grade, Level, Purpose, Side
from core.result.findings import Findings, group_findings
from core.result.muscles import Frozen, MuscleSide
from core.result.phase import Phase

Status = Literal["ok", "refer", "incomplete"]
EXTENSIONS = ("measured_from_photo", "phase")  # keys the document carries only when not empty
Where = Literal["left", "right", "both"]


class ResultError(ValueError):
    """A stored or imported result document does not have the contract's shape; names the field."""

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(f"{field_path}: {message}")
        self.field_path = field_path
        self.message = message


class Referral(Frozen):
    level: Level
    reasons: tuple[str, ...] = ()  # red-flag ids answered yes (and derived ones such as age_at_onset)
    message: str = ""


class PatternFinding(Frozen):
    id: str
    side: Side | None = None  # the high, short or weak side where one applies
    confidence: Grade = "low"
    evidence: tuple[str, ...] = ()  # test ids, in catalogue order
    # As worded by core.patterns when the result was computed, in the language active then: the
    # contract's document carries this sentence, and a stored session holds nothing finer to
    # word it again from. Readers show it as it is.
    explanation: str = ""


class RatioFinding(Frozen):
    """A McGill ratio: its value (None when a hold was 0), whether it is out of range and the weaker side."""

    id: str
    value: int | float | None = None
    flagged: bool = False
    limit: int | float | tuple[int | float, int | float] | None = None
    side: Side | None = None


class Dose(Frozen):
    sets: int
    reps: int
    hold_s: int | None = None
    per_week: int = 7


class RoutineEntry(Frozen):
    exercise: str
    name: str = ""  # the exercise's name as worded when computed; readers word it from the catalogue
    purpose: Purpose
    targets: tuple[str, ...] = ()
    side: Where
    dose: Dose
    confidence: Grade = "low"


class Withheld(Frozen):
    """A short or weak muscle side left without an exercise because of the cautions named."""

    muscle: str
    side: Where
    purpose: Purpose
    cautions: tuple[str, ...] = ()


class Result(Frozen):
    """The whole result of one assessment (contract.md, "Result document")."""

    format: int = contract.FORMAT
    catalogue_version: str = ""
    status: Status
    referral: Referral | None = None
    missing: tuple[str, ...] = ()  # red-flag ids not answered (status incomplete)
    muscles: dict[str, dict[Side, MuscleSide]] = Field(default_factory=dict)
    patterns: tuple[PatternFinding, ...] = ()
    ratios: tuple[RatioFinding, ...] = ()
    routine: tuple[RoutineEntry, ...] = ()  # to do now (at most contract.ROUTINE_LIMIT)
    next_phase: tuple[RoutineEntry, ...] = ()  # deferred
    withheld: tuple[Withheld, ...] = ()
    suggested_tests: tuple[str, ...] = ()  # direct tests that would check what posture hinted
    cautions: tuple[str, ...] = ()  # caution ids in force
    tests_not_advised: tuple[str, ...] = ()
    # Extensions written only when they say something (EXTENSIONS), so a result without them reads
    # back byte for byte: tests whose answer was measured on a photo (issue 18; a hint, never a
    # judgement by eye), and the routine's phase with why (issue 19; ok results only).
    measured_from_photo: tuple[str, ...] = ()
    phase: Phase | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def tested(self) -> bool:
        """Whether any test was done. Every test done, even one that found nothing, is named as evidence
        (or, for a posture sign, as a hint) on the muscle sides it tests, so a result whose every test was
        skipped has found nothing because nothing was looked at, which readers must not word as "nothing
        found"."""
        return any(side.evidence or side.hints.length or side.hints.strength
                   for sides in self.muscles.values() for side in sides.values())

    @cached_property
    def findings(self) -> Findings:
        """The muscles grouped into short, weak and long findings, once for every reader."""
        return group_findings(self.muscles)

    def to_document(self) -> dict[str, Any]:
        """The contract's result document, key for key as the engine has always written it."""
        document = self.model_dump(mode="json")
        for key in EXTENSIONS:
            if document[key] in (None, []):
                del document[key]
        return document

    @classmethod
    def from_document(cls, document: object) -> Result:
        """A stored or imported result document; keys added since it was written take their defaults."""
        try:
            return cls.model_validate(document)
        except ValidationError as error:
            first = error.errors()[0]
            where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"])
            raise ResultError(f"result{where}", first["msg"]) from None


def build_validators() -> None:
    """Build the result's validators now instead of at the first assessment.

    Every model is declared with pydantic's defer_build (`Frozen`), so a command builds only
    what it uses. The app calls this in the worker thread that opens its data (ui/opening.py),
    so that the person's first step to the results does not wait for it (issue 16).
    """
    for model in (MuscleSide, Result):
        model.model_rebuild()
