"""Plain-text views of a result and of the catalogue, for reading in a terminal."""

from __future__ import annotations

import textwrap
from typing import Any

from core import contract
from core.catalogue import Catalogue
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.programme.words import phase_lines
from core.result import Result, RoutineEntry
from core.result.findings import Dimension
from core.wording import dose_text, grade_name, purpose_name, side_name

WIDTH = 88
DISCLAIMER = QT_TRANSLATE_NOOP(
    "summary",
    "Most of the benefit comes from exercising regularly, whichever exercises you do. The "
    "pattern found here is a guide to which exercises to choose, not a diagnosis: many people "
    "without pain show the same signs. Stop any exercise that causes sharp pain, pain spreading "
    "down an arm or leg, or new numbness or weakness, and seek advice.",
)
# The safety net every routine carries, on screen and on paper (NICE NG59; reference §9).
SAFETY_NET = (
    QT_TRANSLATE_NOOP("summary", "Go to A&E or call an ambulance now if you get new problems passing urine or "
                                 "controlling your bladder or bowels, numbness between your legs or around your "
                                 "bottom, or weakness in both legs."),
    QT_TRANSLATE_NOOP("summary", "If your pain is not better in 4 to 6 weeks, or it gets worse, see a doctor or "
                                 "physiotherapist."),
    QT_TRANSLATE_NOOP("summary", "Stay active: walking and your normal day help your back; resting in bed does not."),
)
ONE_WEAK_TEST = QT_TRANSLATE_NOOP("summary", "rests on one weak test only")
# Every test skipped ("I could not do this test"): nothing was looked at, so nothing can be said to be found.
NOTHING_TESTED = QT_TRANSLATE_NOOP(
    "summary",
    "No test was done (each one was marked “I could not do this test”), so nothing was measured and there is "
    "no routine yet. When you are able to, choose “Start a new assessment” on the home page and do the tests "
    "you can; any you still cannot do can be skipped again.",
)
# When to stop a test or an exercise at once: the intro page before the tests, the paper beside each exercise.
STOP_SIGNS = (
    QT_TRANSLATE_NOOP("report", "Stop at once if the pain becomes sharp."),
    QT_TRANSLATE_NOOP("report", "Stop if pain, tingling or numbness spreads down an arm or a leg."),
    QT_TRANSLATE_NOOP("report", "Stop if you notice new numbness or weakness."),
)
# ...and, for the exercises, how to read pain that moves and what to do after stopping.
AFTER_STOPPING = (
    QT_TRANSLATE_NOOP(
        "report", "Pain that moves back toward the spine is a good sign; pain that spreads away from it is not."
    ),
    QT_TRANSLATE_NOOP(
        "report",
        "If you had to stop, keep moving gently for the rest of the day (walking, your usual "
        "activities) and try the easier version next time. If the symptoms do not settle within a "
        "day, or keep coming back, see a doctor or physiotherapist.",
    ),
)


def safety_net() -> list[str]:
    """The safety net's lines in the reader's language."""
    return [translate("summary", line) for line in SAFETY_NET]


def stop_signs() -> tuple[str, ...]:
    """When to stop a test or an exercise at once, in the reader's language."""
    return tuple(translate("report", line) for line in STOP_SIGNS)


def stop_rules() -> tuple[str, ...]:
    """When to stop an exercise, and what to do then (the paper's stop rules)."""
    return stop_signs() + tuple(translate("report", line) for line in AFTER_STOPPING)


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent if first is None else first, subsequent_indent=indent)


def _clip(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 1] + "…"


def _heading(title: str) -> list[str]:
    return ["", title, "─" * len(title)]


def _findings(result: Result, catalogue: Catalogue, wanted: str, dimension: Dimension) -> list[str]:
    lines = []
    for finding in result.findings.of(dimension, wanted):
        muscle = catalogue.muscles[finding.muscle]
        confidence = f"{translate('summary', 'confidence')} {grade_name(finding.grade)}"
        weak = f"; {translate('summary', ONE_WEAK_TEST)}" if finding.one_weak_test else ""
        lines.append(f"  • {muscle.name}: {side_name(finding.side)} ({confidence}{weak})")
        tests = ", ".join(catalogue.tests[t].title for t in finding.tests)
        lines += _wrap(translate("summary", "from: {tests}").format(tests=tests), "      ")
    return lines or ["  " + translate("summary", "none found")]


def _exercises(entries: tuple[RoutineEntry, ...], catalogue: Catalogue) -> list[str]:
    lines = []
    for number, entry in enumerate(entries, start=1):
        exercise = catalogue.exercises[entry.exercise]
        targets = ", ".join(catalogue.muscles[m].name for m in entry.targets)
        lines.append(f"  {number}. {exercise.name} ({purpose_name(entry.purpose)}: {targets})")
        lines += _wrap(dose_text(entry.dose, entry.side, exercise.sided), "     ")
    return lines or ["  " + translate("summary", "nothing")]


def _stopped(result: Result, catalogue: Catalogue) -> list[str]:
    if result.referral is not None:
        level = catalogue.levels[result.referral.level]
        lines = _heading(translate("summary", "STOP: {title}").format(title=level.title))
        lines += _wrap(level.action)
        lines += ["", "  " + translate("summary", "You answered yes to:")]
        lines += [f"  • {catalogue.red_flags[r].question}" for r in result.referral.reasons]
        return lines
    lines = _heading(translate("summary", "Screening not finished"))
    lines += _wrap(translate("summary", "Every red-flag question must be answered before the tests. Missing:"))
    return lines + [f"  • {name}" for name in result.missing]


def result_summary(result: Result, catalogue: Catalogue) -> str:
    """The result as a person reads it in a terminal: findings, patterns, then the routine."""
    lines = [
        translate("summary", "Rebalance assessment (catalogue {version})").format(version=result.catalogue_version)
    ]
    if not result.ok:
        return "\n".join(lines + _stopped(result, catalogue)) + "\n"
    lines += [
        translate("summary", "Screening: no red flags reported."),
        "",
        *_wrap(translate("summary", DISCLAIMER), ""),
    ]
    if not result.tested:  # "none found" would claim the tests were done and found nothing
        lines += _heading(translate("summary", "No test done"))
        lines += _wrap(translate("summary", NOTHING_TESTED))
        return "\n".join(lines + _cautions(result, catalogue) + _safety_net()) + "\n"
    lines += _heading(translate("summary", "Short or tight (to stretch)"))
    lines += _findings(result, catalogue, "short", "length")
    lines += _heading(translate("summary", "Weak (to strengthen)"))
    lines += _findings(result, catalogue, "weak", "strength")
    lines += _heading(translate("summary", "Long (never stretched)"))
    lines += _findings(result, catalogue, "long", "length")
    lines += _heading(translate("summary", "Patterns"))
    for pattern in result.patterns:
        name = catalogue.patterns[pattern.id].name
        side = f", {side_name(pattern.side)}" if pattern.side else ""
        lines.append(f"  • {name}{side} ({translate('summary', 'confidence')} {grade_name(pattern.confidence)})")
        lines += _wrap(pattern.explanation, "      ")
    if not result.patterns:
        lines.append("  " + translate("summary", "none found"))
    lines += _cautions(result, catalogue)
    if result.measured_from_photo:  # issue 18; the posture package is imported only when it has something to say
        from core.posture.wording import photo_lines

        lines += [line for text in photo_lines(result, catalogue) for line in _wrap(text, "  ")]
    lines += _heading(translate("summary", "Your routine: do these now"))
    lines += [wrapped for line in phase_lines(result) for wrapped in _wrap(line)]
    lines += _exercises(result.routine, catalogue)
    if result.next_phase:
        lines += _heading(translate("summary", "Next phase: add these later"))
        lines += _exercises(result.next_phase, catalogue)
    return "\n".join(lines + _safety_net()) + "\n"


def _safety_net() -> list[str]:
    lines = _heading(translate("summary", "Safety net"))
    for line in safety_net():
        lines += _wrap(line, "    ", "  • ")
    return lines


def caution_lines(result: Result, catalogue: Catalogue, withheld: bool = True) -> list[str]:
    """What the cautions changed, and which tests would check a posture hint, as plain sentences.

    Without `withheld`, the needs withheld for a caution are left out (the paper says each on
    its finding's line).
    """
    lines = []
    if result.cautions:
        names = ", ".join(catalogue.cautions[c].name for c in result.cautions)
        tests = ", ".join(catalogue.tests[t].title for t in result.tests_not_advised)
        lines.append(translate("summary", "Cautions: {cautions}. These tests are not advised for you: "
                                          "{tests}.").format(cautions=names, tests=tests))
    for need in result.withheld if withheld else ():
        lines.append(translate("summary", "{muscle} ({side}) {state}, but its exercises are not safe for you now "
                                          "({cautions}): ask a physiotherapist.").format(
            muscle=catalogue.muscles[need.muscle].name, side=side_name(need.side),
            state=translate("summary", "tested short") if need.purpose == "stretch"
            else translate("summary", "tested weak"),
            cautions=", ".join(catalogue.cautions[c].name for c in need.cautions)))
    if result.suggested_tests:
        lines.append(translate("summary", "Posture hinted at muscles no test checked; these tests would: {tests}.")
                     .format(tests=", ".join(catalogue.tests[t].title for t in result.suggested_tests)))
    return lines


def _cautions(result: Result, catalogue: Catalogue) -> list[str]:
    lines = caution_lines(result, catalogue)
    if not lines:
        return []
    out = _heading(translate("summary", "Left out for safety, or still to check"))
    for line in lines:
        out += _wrap(line, "    ", "  • ")
    return out


def catalogue_summary(catalogue: Catalogue) -> str:
    """Every id in the catalogue with its plain name, grouped by kind."""
    flags, exercises = catalogue.red_flags.values(), catalogue.exercises.values()
    groups: list[tuple[str, list[tuple[str, str]]]] = [
        (translate("summary", "Red flags"), [(f.id, f"[{f.level}] {f.question}") for f in flags]),
        (translate("summary", "Cautions"), [(c.id, c.name) for c in catalogue.cautions.values()]),
        (translate("summary", "Tests"), [(t.id, f"[{t.group}] {t.title}") for t in catalogue.tests.values()]),
        (translate("summary", "Muscles"), [(m.id, m.name) for m in catalogue.muscles.values()]),
        (translate("summary", "Patterns"), [(p.id, p.name) for p in catalogue.patterns.values()]),
        (translate("summary", "Exercises"), [(e.id, f"[{e.purpose}] {e.name}") for e in exercises]),
        (translate("summary", "Pain regions"), [(r.id, r.name) for r in catalogue.regions.values()]),
    ]
    lines = [translate("summary", "Rebalance catalogue {version}").format(version=catalogue.version)]
    for title, items in groups:
        lines += _heading(f"{title} ({len(items)})")
        width = max(len(item_id) for item_id, _ in items)
        lines += [_clip(f"  {item_id.ljust(width)}  {text}") for item_id, text in items]
    return "\n".join(lines) + "\n"


def catalogue_document(catalogue: Catalogue) -> dict[str, Any]:
    """The whole catalogue as JSON-ready data, for other programs."""

    def dump(models: dict[str, Any]) -> list[Any]:
        return [model.model_dump(mode="json", exclude_none=True) for model in models.values()]

    return {
        "format": contract.FORMAT,
        "version": catalogue.version,
        "red_flags": dump(catalogue.red_flags),
        "tests": dump(catalogue.tests),
        "muscles": dump(catalogue.muscles),
        "patterns": dump(catalogue.patterns),
        "exercises": dump(catalogue.exercises),
        "regions": dump(catalogue.regions),
        "ratios": dump(catalogue.ratios),
        "cautions": dump(catalogue.cautions),
    }
