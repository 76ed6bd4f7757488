"""The routine: stretch only what tests short, strengthen only what tests weak.

Stretching a muscle that is already long and weak makes things worse, so an exercise is
chosen only when every muscle it targets needs that very purpose on that side. The
catalogue guarantees a single-target exercise for every state a test can produce. An
exercise a caution in force rules out is never chosen (contract rule 1b); where no other
one fits, the need is reported as withheld, with the cautions that withhold it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core import contract
from core.catalogue import Catalogue
from core.catalogue.models import Exercise, Grade, Purpose
from core.cautions import Cautions
from core.contract import SIDES, Side
from core.scoring import MuscleStates
from core.scoring.muscles import GRADES

NEED_OF: dict[Purpose, tuple[str, str]] = {
    "stretch": ("length", "short"),
    "strengthen": ("strength", "weak"),
}


@dataclass
class Entry:
    exercise: Exercise
    side: str
    targets: list[str] = field(default_factory=list)
    confidence: Grade = "low"

    def to_document(self) -> dict[str, object]:
        dose = self.exercise.dose
        return {
            "exercise": self.exercise.id,
            "name": self.exercise.name,
            "purpose": self.exercise.purpose,
            "targets": list(self.targets),
            "side": self.side,
            "dose": {"sets": dose.sets, "reps": dose.reps, "hold_s": dose.hold_s,
                     "per_week": dose.per_week},
            "confidence": self.confidence,
        }


def _needs(muscles: MuscleStates, purpose: Purpose) -> dict[tuple[str, Side], Grade]:
    """(muscle, side) -> the confidence of the finding that calls for this purpose."""
    dimension, state = NEED_OF[purpose]
    needs: dict[tuple[str, Side], Grade] = {}
    for muscle, sides in muscles.items():
        for side in SIDES:
            rating = sides[side].rating(dimension)  # type: ignore[arg-type]
            if rating.state == state and rating.confidence is not None:
                needs[(muscle, side)] = rating.confidence
    return needs


@dataclass(frozen=True)
class Withheld:
    """A short or weak muscle side left without an exercise because of cautions in force."""

    muscle: str
    side: str
    purpose: Purpose
    cautions: tuple[str, ...]

    def to_document(self) -> dict[str, object]:
        return {"muscle": self.muscle, "side": self.side, "purpose": self.purpose,
                "cautions": list(self.cautions)}


def _choose(muscle: str, sides: tuple[Side, ...], purpose: Purpose,
            needs: dict[tuple[str, Side], Grade], catalogue: Catalogue, cautions: Cautions) -> Exercise | None:
    """The exercise covering most needy muscles whose every target needs it on these sides.

    A one-sided need takes a one-sided exercise: a two-legged bridge would also work the
    side that tested normal.
    """
    fitting = [
        exercise for exercise in catalogue.exercises.values()
        if exercise.purpose == purpose and muscle in exercise.targets
        and (exercise.sided or len(sides) == len(SIDES))
        and all((target, side) in needs for target in exercise.targets for side in sides)
        and not cautions.rules_out(exercise)
    ]
    return max(fitting, key=lambda exercise: len(exercise.targets), default=None)


def _ruling_out(muscle: str, purpose: Purpose, catalogue: Catalogue, cautions: Cautions) -> tuple[str, ...]:
    """The cautions in force that rule out the exercises for this muscle and purpose."""
    found = {c for e in catalogue.exercises.values() if e.purpose == purpose and muscle in e.targets
             for c in cautions.rules_out(e)}
    return tuple(c for c in cautions.in_force if c in found)


def _entries(muscles: MuscleStates, purpose: Purpose, catalogue: Catalogue, cautions: Cautions,
             withheld: list[Withheld]) -> list[Entry]:
    needs = _needs(muscles, purpose)
    entries: dict[tuple[str, str], Entry] = {}
    covered: set[tuple[str, Side]] = set()
    for muscle, side in needs:
        if (muscle, side) in covered:
            continue
        both = catalogue.muscles[muscle].midline or all((muscle, s) in needs for s in SIDES)
        sides = SIDES if both else (side,)
        exercise = _choose(muscle, sides, purpose, needs, catalogue, cautions)
        label = "both" if both else side
        if exercise is None:
            covered.update((muscle, s) for s in sides)
            withheld.append(Withheld(muscle, label, purpose, _ruling_out(muscle, purpose, catalogue, cautions)))
            continue
        entry = entries.setdefault((exercise.id, label), Entry(exercise, label))
        for target in exercise.targets:
            covered.update((target, s) for s in sides)
            if target not in entry.targets:
                entry.targets.append(target)
        best = max((needs[(muscle, s)] for s in sides), key=GRADES.index)
        entry.confidence = max(entry.confidence, best, key=GRADES.index)
    return list(entries.values())


@dataclass(frozen=True)
class Routine:
    now: list[Entry]
    later: list[Entry]
    withheld: list[Withheld]


def build_routine(muscles: MuscleStates, catalogue: Catalogue, cautions: Cautions) -> Routine:
    """Do now, next phase and withheld: strongest findings first, a stretch before its strengthening."""
    muscle_order = {muscle: index for index, muscle in enumerate(catalogue.muscles)}
    withheld: list[Withheld] = []
    entries = (_entries(muscles, "stretch", catalogue, cautions, withheld)
               + _entries(muscles, "strengthen", catalogue, cautions, withheld))
    best: dict[str, int] = {}
    for entry in entries:
        for target in entry.targets:
            best[target] = max(best.get(target, 0), GRADES.index(entry.confidence))

    def strongest_evidence_first(entry: Entry) -> tuple[int, int, int]:
        """Best-supported findings first; then the catalogue's muscle order; a stretch before a strengthening."""
        lead = min(entry.targets, key=muscle_order.__getitem__)
        purpose_rank = 0 if entry.exercise.purpose == "stretch" else 1
        return (-best[lead], muscle_order[lead], purpose_rank)

    ordered = sorted(entries, key=strongest_evidence_first)
    return Routine(ordered[: contract.ROUTINE_LIMIT], ordered[contract.ROUTINE_LIMIT :], withheld)
