"""What goes on the paper, decided apart from how it is laid out.

The model is plain data built from the result, the profile and the date; the renderer only
places it. Words come from the catalogue and core.wording, so paper and screen agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from core import __version__
from core.catalogue import Catalogue
from core.i18n import translate
from core.programme.words import phase_lines
from core.result import Result, RoutineEntry
from core.result.findings import Dimension
from core.summary import DISCLAIMER, ONE_WEAK_TEST, SAFETY_NET, caution_lines, stop_rules
from core.wording import dose_text, grade_name, purpose_name, side_name

LOG_DAYS = 28
REPEAT_AFTER = timedelta(weeks=4)


def _safety_net() -> tuple[str, ...]:
    """The safety net every routine carries: A&E signs, not better in 4-6 weeks, stay active."""
    return tuple(translate("summary", line) for line in SAFETY_NET)


def _stop_rules() -> tuple[str, ...]:
    """When to stop an exercise, and what to do then."""
    return stop_rules()


def _left_out(result: Result, catalogue: Catalogue) -> tuple[str, ...]:
    """Tests not advised under a caution (naming it) and tests posture suggests, in the screen's words.

    Needs withheld for a caution are left out here: each is said on its finding's line.
    """
    return tuple(caution_lines(result, catalogue, withheld=False))


@dataclass(frozen=True)
class Finding:
    muscle: str
    where: str
    confidence: str
    evidence: str


@dataclass(frozen=True)
class PatternLine:
    name: str
    confidence: str
    explanation: str


@dataclass(frozen=True)
class ExerciseBlock:
    number: int
    name: str
    purpose: str
    side: str
    targets: str
    summary: str
    steps: tuple[str, ...]
    dose: str
    per_week: int
    cautions: tuple[str, ...]
    easier: str
    svg: str
    version: str = ""  # which version to do, from the phase (core.programme.words.version_text)


@dataclass(frozen=True)
class Referral:
    """What the letter to the doctor says: how urgent, what to do now, the flags answered yes."""

    level: str
    title: str
    action: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    person: str
    assessed_on: date
    status: str
    catalogue_version: str
    app_version: str = __version__
    referral: Referral | None = None
    missing: tuple[str, ...] = ()
    short: tuple[Finding, ...] = ()
    weak: tuple[Finding, ...] = ()
    patterns: tuple[PatternLine, ...] = ()
    muscle_map_svg: str = ""
    exercises: tuple[ExerciseBlock, ...] = ()
    next_phase: tuple[str, ...] = ()
    log_days: tuple[date, ...] = ()
    repeat_on: date | None = None
    tested: bool = True  # False when every test was skipped: nothing was looked at, so nothing is "not found"
    phase: tuple[str, ...] = ()  # the routine's phase: title, why, what it means
    printed_on: date = field(default_factory=date.today)
    disclaimer: str = field(default_factory=lambda: translate("summary", DISCLAIMER))
    safety_title: str = field(default_factory=lambda: translate("report", "Stay safe"))
    safety_net: tuple[str, ...] = field(default_factory=_safety_net)
    stop_rules: tuple[str, ...] = field(default_factory=_stop_rules)
    left_out: tuple[str, ...] = ()

    @property
    def safety(self) -> tuple[str, ...]:
        """The safety net first, then the stop rules."""
        return self.safety_net + self.stop_rules

    @property
    def subject(self) -> str:
        """The PDF's subject, with a {date} to fill in."""
        if self.status == "refer":
            return translate("report", "Safety check from the assessment of {date}, for a doctor")
        return translate("report", "Exercise routine from the assessment of {date}")

    @property
    def title(self) -> str:
        if self.status == "refer":
            return translate("report", "Rebalance safety check for {name}").format(name=self.person)
        if self.status == "incomplete":
            return translate("report", "Rebalance: screening not finished for {name}").format(name=self.person)
        return translate("report", "Rebalance routine for {name}").format(name=self.person)


def _reported(reason: str, catalogue: Catalogue) -> str:
    """A flag answered yes, as the question the person answered; a derived flag in words."""
    if reason in catalogue.red_flags:
        return f"“{catalogue.red_flags[reason].question}”"
    derived = {
        "age_at_onset": translate(
            "report", "The pain is new, and began at an age when a doctor should look at it first."
        ),
    }
    return derived.get(reason, reason.replace("_", " "))


def _findings(result: Result, catalogue: Catalogue, dimension: Dimension, state: str) -> tuple[Finding, ...]:
    purpose = "stretch" if dimension == "length" else "strengthen"
    withheld = {need.muscle: need.cautions for need in result.withheld if need.purpose == purpose}

    def evidence(muscle: str, tests: tuple[str, ...], weak: bool) -> str:
        parts = [", ".join(catalogue.tests[t].title for t in tests)]
        if weak:
            parts.append(translate("summary", ONE_WEAK_TEST))
        if muscle in withheld:
            names = ", ".join(catalogue.cautions[c].name for c in withheld[muscle])
            parts.append(translate("report", "no exercise for now, as its exercises are not safe with: {cautions}; "
                                             "ask a physiotherapist").format(cautions=names))
        return "; ".join(parts)

    return tuple(
        Finding(catalogue.muscles[f.muscle].name, side_name(f.side), grade_name(f.grade),
                evidence(f.muscle, f.tests, f.one_weak_test))
        for f in result.findings.of(dimension, state)
    )


def _exercise(number: int, entry: RoutineEntry, catalogue: Catalogue, result: Result,
              versions: Mapping[str, str]) -> ExerciseBlock:
    from core.catalogue.programme import checked_version
    from core.figures.illustrate import picture
    from core.programme.plan import entry_version
    from core.programme.words import version_text

    exercise = catalogue.exercises[entry.exercise]
    side = entry.side
    where = (translate("report", "each side") if exercise.sided else "") if side == "both" else side_name(side)
    return ExerciseBlock(
        number,
        exercise.name,
        purpose_name(exercise.purpose),
        where,
        ", ".join(catalogue.muscles[m].name for m in entry.targets),
        exercise.summary,
        exercise.steps,
        dose_text(entry.dose, side, exercise.sided),
        entry.dose.per_week,
        exercise.cautions,
        exercise.easier,
        picture(catalogue, exercise.illustration),
        version_text(checked_version(versions.get(exercise.id)) or entry_version(entry, result), exercise),
    )


def build_report(result: Result, catalogue: Catalogue, person: str, assessed_on: date,
                 versions: Mapping[str, str] | None = None) -> Report:
    """The printable routine for one result: findings, exercises, log, or a referral page."""
    base: dict[str, Any] = {
        "person": person,
        "assessed_on": assessed_on,
        "status": result.status,
        "catalogue_version": result.catalogue_version or catalogue.version,
    }
    if result.referral is not None:
        referral = result.referral
        level = catalogue.levels[referral.level]
        reasons = tuple(_reported(reason, catalogue) for reason in referral.reasons)
        return Report(**base, referral=Referral(referral.level, level.title, level.action, reasons))
    if result.status == "incomplete":
        flags = catalogue.red_flags
        missing = tuple(flags[m].question for m in result.missing if m in flags)
        return Report(**base, missing=missing)
    from core.figures.illustrate import muscle_map

    exercises = tuple(_exercise(n, e, catalogue, result, versions or {})
                      for n, e in enumerate(result.routine, start=1))
    later = tuple(f"{catalogue.exercises[e.exercise].name} ({purpose_name(e.purpose)}, {side_name(e.side)})"
                  for e in result.next_phase)
    patterns = tuple(
        PatternLine(catalogue.patterns[p.id].name, grade_name(p.confidence), p.explanation)
        for p in result.patterns
    )
    start = assessed_on + timedelta(days=1)
    return Report(
        **base,
        short=_findings(result, catalogue, "length", "short"),
        weak=_findings(result, catalogue, "strength", "weak"),
        patterns=patterns,
        left_out=_left_out(result, catalogue),
        muscle_map_svg=muscle_map(catalogue, result.findings),
        exercises=exercises,
        next_phase=later,
        log_days=tuple(start + timedelta(days=d) for d in range(LOG_DAYS)),
        repeat_on=assessed_on + REPEAT_AFTER,
        phase=tuple(phase_lines(result)),
        tested=result.tested,
    )
