"""Red-flag screening: decides whether the assessment may go on at all.

Safety comes before completeness: a reported red flag refers the person even when other
screening answers are missing, and a clinician's clearance lifts only the mildest level.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from core import contract
from core.answers import Answers
from core.catalogue import Catalogue
from core.catalogue.models import Level, RedFlag

Status = Literal["ok", "refer", "incomplete"]
SEVERITY: tuple[Level, ...] = ("emergency", "urgent", "see_doctor_first")
CLEARABLE: Level = "see_doctor_first"  # the one level a clinician's clearance lifts (contract.md)


@dataclass(frozen=True)
class Referral:
    level: Level
    reasons: tuple[str, ...]
    message: str

    def to_document(self) -> dict[str, object]:
        return {"level": self.level, "reasons": list(self.reasons), "message": self.message}


@dataclass(frozen=True)
class Screening:
    status: Status
    referral: Referral | None = None
    missing: tuple[str, ...] = ()


def age_at_onset(answers: Answers) -> bool:
    """A new episode after 50, or neck pain that began under 20 or over 55 (reference §5, §9).

    It cannot fire without both the person's age and the pain's onset.
    """
    if answers.age is None or answers.onset != "new":
        return False
    neck = "neck" in answers.regions
    return answers.age > 50 or (neck and (answers.age < 20 or answers.age > 55))


DERIVED = {"age_at_onset": age_at_onset}


def onset_check_lacks(age: int | None, onset: str | None) -> tuple[Literal["onset", "age"], ...]:
    """What the age-at-onset check still needs before it can decide (both are optional, so the
    person is told rather than the check silently not run). Pain that is not a new episode is
    decided without the age."""
    if onset is not None and onset != "new":
        return ()
    lacks: list[Literal["onset", "age"]] = []
    if onset is None:
        lacks.append("onset")
    if age is None:
        lacks.append("age")
    return tuple(lacks)


# where it hurts that a safety question asks about (clinical reference section 9: thoracic pain)
REGION_FLAGS: dict[str, str] = {"mid_back": "thoracic_pain"}


def flags_to_recheck(screening: Mapping[str, object], regions: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(region, flag) for each safety question answered no although the body map shows pain
    where it asks about."""
    return tuple((region, flag) for region, flag in REGION_FLAGS.items()
                 if region in regions and screening.get(flag) is False)


def questions(flag: RedFlag) -> list[tuple[str, str]]:
    """(key, question) for each thing the flag asks: itself, or each of its parts ("flag.part")."""
    if not flag.parts:
        return [(flag.id, flag.question)]
    return [(f"{flag.id}.{part.id}", part.question) for part in flag.parts]


def flag_answer(flag: RedFlag, answered: Mapping[str, bool]) -> bool | None:
    """The flag's answer from the answers to its questions, or None while it is not yet answered.

    A split flag is settled as soon as one part decides it (a yes to an "any" flag, a no to an
    "all" flag), so a reported sign counts even before the other parts are answered.
    """
    values = [answered.get(key) for key, _ in questions(flag)]
    if not flag.parts:
        return values[0]
    deciding = flag.combine == "any"  # any: one yes is enough; all: one no is enough
    if deciding in values:
        return deciding
    return None if None in values else not deciding


def flag_answers(answered: Mapping[str, bool], catalogue: Catalogue) -> dict[str, bool | None]:
    """Every asked flag's answer (or None: not yet answered) from the answers to each question."""
    return {flag.id: flag_answer(flag, answered) for flag in catalogue.asked_flags.values()}


def parts_settled_by(flag: RedFlag, answer: bool | None) -> dict[str, bool]:
    """The part answers a flag's own answer settles on its own: no to an "any" flag is no to
    each part, yes to an "all" flag yes to each; any other answer leaves the parts open."""
    if not flag.parts or answer is None or answer != (flag.combine == "all"):
        return {}
    return {key: answer for key, _ in questions(flag)}


def flags_raised(answers: Answers, catalogue: Catalogue) -> dict[str, bool]:
    """Every flag's answer: the person's, and the derived ones core works out."""
    raised = dict(answers.screening)
    raised.update({flag: rule(answers) for flag, rule in DERIVED.items() if flag in catalogue.red_flags})
    return raised


def clearance_applies(answers: Answers, catalogue: Catalogue) -> bool:
    """A flag is raised (asked or derived) that a clinician's clearance can lift: only then is it asked."""
    raised = flags_raised(answers, catalogue)
    return any(raised.get(flag.id) and flag.level == CLEARABLE for flag in catalogue.red_flags.values())


def needs_help_now(screening: Screening) -> bool:
    """A referral no doctor's clearance can lift (urgent or emergency): the rest need not be answered first."""
    return screening.referral is not None and screening.referral.level != CLEARABLE


def screen(answers: Answers, catalogue: Catalogue) -> Screening:
    """Return ok, refer (with the most urgent level) or incomplete (naming what is missing)."""
    raised = flags_raised(answers, catalogue)
    reported = [flag for flag in catalogue.red_flags.values() if raised.get(flag.id)]
    cleared = answers.screening.get(contract.CLEARED_BY_CLINICIAN, False)
    blocking = [f for f in reported if not (cleared and f.level == CLEARABLE)]
    if blocking:
        level = min((flag.level for flag in blocking), key=SEVERITY.index)
        ordered = sorted(reported, key=lambda flag: SEVERITY.index(flag.level))
        reasons = tuple(flag.id for flag in ordered)
        return Screening("refer", Referral(level, reasons, catalogue.levels[level].action))
    missing = tuple(flag for flag in catalogue.asked_flags if flag not in answers.screening)
    if missing:
        return Screening("incomplete", missing=missing)
    return Screening("ok")
