"""The loaded catalogue as one typed value, and the error that says the content in data/ is broken.

Apart from the loader, so that the loader, its cross-checks and every reader import it
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.catalogue.models import (
    Caution,
    Exercise,
    Level,
    LevelInfo,
    Muscle,
    Need,
    PainChange,
    Pattern,
    RatioRule,
    RedFlag,
    Region,
    Source,
    Test,
)
from core.catalogue.poses import PoseDef
from core.catalogue.programme import ProgrammeRules


class CatalogueError(Exception):
    """The clinical content in data/ is broken; the message says where."""


@dataclass(frozen=True)
class Catalogue:
    """The whole clinical content, keyed by id in the order the data lists it."""

    version: str
    pain_change: PainChange
    sources: dict[str, Source]
    levels: dict[Level, LevelInfo]
    red_flags: dict[str, RedFlag]
    regions: dict[str, Region]
    muscles: dict[str, Muscle]
    tests: dict[str, Test]
    ratios: dict[str, RatioRule]
    patterns: dict[str, Pattern]
    exercises: dict[str, Exercise]
    poses: dict[str, PoseDef]
    cautions: dict[str, Caution]
    programme: ProgrammeRules  # phases, progression and the guided session (data/programme.yaml)

    @property
    def equipment(self) -> tuple[Need, ...]:
        """What the tests need (each test's `needs`), in the order the tests first need it."""
        return tuple(dict.fromkeys(need for test in self.tests.values() for need in test.needs))

    @property
    def asked_flags(self) -> dict[str, RedFlag]:
        """The red flags a person answers (every one but the derived)."""
        return {flag_id: flag for flag_id, flag in self.red_flags.items() if not flag.derived}
