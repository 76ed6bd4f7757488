"""The typed result of an assessment, and its one conversion to and from the contract's document."""

from core.result.findings import Findings, MuscleFinding
from core.result.model import (
    Dose,
    PatternFinding,
    RatioFinding,
    Referral,
    Result,
    ResultError,
    RoutineEntry,
    Withheld,
    build_validators,
)
from core.result.muscles import Flags, Grades, MuscleSide, TestIds
from core.result.phase import Phase

__all__ = [
    "Dose", "Findings", "Flags", "Grades", "MuscleFinding", "MuscleSide", "PatternFinding", "Phase", "RatioFinding",
    "Referral", "Result", "ResultError", "RoutineEntry", "TestIds", "Withheld", "build_validators",
]
