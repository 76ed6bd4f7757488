"""Patterns: the picture the individual findings make together, with honest confidence.

A pattern needs at least one sign. Its confidence follows the diagnostic value of the best
direct evidence behind it (a muscle's rating or a McGill ratio's grade), not a count of
agreeing signs; a direct finding against it lowers it a step, and posture alone stays low
("posture checks and physical tests should confirm each other"). A pattern from posture
alone prescribes nothing; it names the direct tests that would check it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from core.catalogue import Catalogue
from core.catalogue.models import Confirmation, Grade, Pattern, Sign
from core.contract import SIDES, Side
from core.i18n import translate
from core.scoring import Scoring
from core.scoring.muscles import GRADES, Rating
from core.scoring.ratios import RatioOutcome
from core.wording import side_name, state_name

OPPOSITE = {"short": {"normal", "long"}, "long": {"short"}, "weak": {"normal"}}


@dataclass(frozen=True)
class PatternFinding:
    id: str
    side: Side | None
    confidence: Grade
    evidence: tuple[str, ...]
    explanation: str

    def to_document(self) -> dict[str, object]:
        return {
            "id": self.id, "side": self.side, "confidence": self.confidence,
            "evidence": list(self.evidence), "explanation": self.explanation,
        }


@dataclass(frozen=True)
class _Match:
    text: str
    tests: tuple[str, ...]
    direct: tuple[str, ...]
    side: Side | None = None
    grade: Grade | None = None  # the diagnostic value of the direct evidence, if any


def ratio_text(outcome: RatioOutcome) -> str:
    """A ratio as a person reads it: "Stomach to back hold: 1.12 (flagged above 1.0)"."""
    rule = outcome.rule
    value = f"{outcome.value:.2f}" if outcome.value != float("inf") else "∞"
    if rule.kind == "ratio":
        limit = translate("patterns", "flagged above {limit:g}").format(limit=rule.flag_above)
    else:
        low, high = rule.normal_range or (0.0, 0.0)
        limit = translate("patterns", "normal {low:g} to {high:g}").format(low=low, high=high)
    text = f"{rule.title}: {value} ({limit})"
    if outcome.weaker:
        text += " " + translate("patterns", "weaker on the {side}").format(side=side_name(outcome.weaker))
    return text


def _sign_matches(sign: Sign, scoring: Scoring, catalogue: Catalogue) -> list[_Match]:
    if sign.ratio is not None:
        outcome = next((o for o in scoring.ratios if o.rule.id == sign.ratio), None)
        if outcome is None or not outcome.flagged:
            return []
        side = outcome.weaker if sign.side == "weaker" else None
        return [_Match(ratio_text(outcome), outcome.tests, (outcome.rule.id,), side, outcome.rule.grade)]
    assert sign.test is not None
    test = catalogue.tests[sign.test]
    by_side = scoring.categories.get(test.id, {})
    if sign.value not in by_side.values():
        return []
    label = next((c.label for c in test.input.choices if c.value == sign.value), sign.value)
    direct = test.kind == "direct"
    side = sign.side if sign.side in SIDES else None
    grade = test.evidence.grade if direct else None
    return [_Match(f"{test.title}: {label}", (test.id,), (test.id,) if direct else (), side, grade)]


def _wanted(confirm: Confirmation) -> tuple[str, str]:
    if confirm.length is not None:
        return "length", confirm.length
    return "strength", str(confirm.strength)


def _confirm(confirm: Confirmation, side: Side | None, scoring: Scoring, catalogue: Catalogue,
             ) -> tuple[list[_Match], list[_Match]]:
    """Confirmations of the pattern by direct tests, and contradictions by direct tests."""
    dimension, wanted = _wanted(confirm)
    sides = (side,) if confirm.side == "pattern" and side is not None else SIDES
    muscle = catalogue.muscles[confirm.muscle]
    matches: list[_Match] = []
    against: list[_Match] = []
    for where in sides:
        rating: Rating = scoring.muscles[muscle.id][where].rating(dimension)  # type: ignore[arg-type]
        place = "" if muscle.midline else f" ({side_name(where)})"
        text = f"{muscle.name}{place}: {state_name(rating.state)}"
        found = _Match(text, rating.tests, rating.sources, grade=rating.confidence)
        if rating.state == wanted:
            matches.append(found)
        elif rating.state in OPPOSITE.get(wanted, ()):
            against.append(found)
    if muscle.midline:
        return matches[:1], against[:1]
    if matches and confirm.side == "any":
        return matches, []  # one side suffices; the other testing normal is no evidence against
    return matches, against


def _confidence(pattern: Pattern, seen: list[_Match], against: list[_Match]) -> Grade:
    """The best direct evidence's grade, a step lower when direct evidence goes against it."""
    grades = [GRADES.index(match.grade) for match in seen if match.grade is not None and match.direct]
    level = max(grades, default=0) - (1 if against and grades else 0)
    return GRADES[min(max(level, 0), GRADES.index(pattern.max_confidence))]


def _explain(pattern: Pattern, seen: list[_Match], against: list[_Match], posture_only: bool,
             to_check: list[str]) -> str:
    parts = [pattern.explanation, translate("patterns", "What pointed to it: {items}.").format(
        items="; ".join(match.text for match in seen))]
    if against:
        parts.append(translate("patterns", "Not confirmed by: {items}.").format(
            items="; ".join(match.text for match in against)))
    if posture_only:
        parts.append(translate("patterns", "This rests on posture alone, which many people without pain share, "
                        "so it sets no muscle's state and prescribes nothing: treat it as a hint."))
        if to_check:
            parts.append(translate("patterns", "Tests that would check it: {tests}.").format(tests=", ".join(to_check)))
    return " ".join(parts)


def evaluate(pattern: Pattern, scoring: Scoring, catalogue: Catalogue,
             not_advised: Collection[str] = ()) -> PatternFinding | None:
    """The pattern's finding, if any sign of it was seen; a test not advised is never suggested."""
    signs = [m for sign in pattern.signs for m in _sign_matches(sign, scoring, catalogue)]
    if not signs:
        return None
    sides = {m.side for m in signs if m.side is not None}
    side = next(iter(sides)) if pattern.sided and len(sides) == 1 else None
    confirmed: list[_Match] = []
    against: list[_Match] = []
    for confirm in pattern.confirm:
        supporting, opposing = _confirm(confirm, side, scoring, catalogue)
        confirmed += supporting
        against += opposing
    seen = signs + [m for m in confirmed if m.text not in {s.text for s in signs}]
    direct = {source for match in seen for source in match.direct}
    order = {test_id: index for index, test_id in enumerate(catalogue.tests)}
    evidence = sorted({t for match in seen for t in match.tests}, key=order.__getitem__)
    to_check = [catalogue.tests[t].title for t in suggested_tests(pattern, scoring, catalogue)
                if t not in not_advised]
    return PatternFinding(
        pattern.id, side, _confidence(pattern, seen, against), tuple(evidence),
        _explain(pattern, seen, against, not direct, to_check),
    )


def suggested_tests(pattern: Pattern, scoring: Scoring, catalogue: Catalogue) -> list[str]:
    """Direct tests not done that could confirm one of the pattern's muscle states."""
    wanted = {(c.muscle, *_wanted(c)) for c in pattern.confirm}
    return [
        test.id for test in catalogue.tests.values()
        if test.kind == "direct" and test.id not in scoring.categories
        and any((f.muscle, "length" if f.length else "strength", s) in wanted
                for group in test.findings.values() for f in group for s in (f.length or f.strength or ()))
    ]


def find_patterns(scoring: Scoring, catalogue: Catalogue, not_advised: Collection[str] = ()) -> list[PatternFinding]:
    """Every catalogue pattern with at least one sign, in catalogue order."""
    found = (evaluate(pattern, scoring, catalogue, not_advised) for pattern in catalogue.patterns.values())
    return [finding for finding in found if finding is not None]
