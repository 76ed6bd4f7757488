"""Cross-checks that no single entry can make alone: references, coverage and the contract.

The coverage check is what lets the engine promise its rules: every muscle state a test
can produce must have an exercise that addresses that muscle and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from core import contract
from core.catalogue import anatomy
from core.catalogue.content import Catalogue, CatalogueError
from core.catalogue.models import Exercise, Finding, Illustration, Test


def _fail(where: str, message: str) -> None:
    raise CatalogueError(f"{where}: {message}")


def _check_ids(where: str, wanted: Iterable[str], known: Iterable[str], what: str) -> None:
    missing = [name for name in wanted if name not in set(known)]
    if missing:
        _fail(where, f"unknown {what} {', '.join(sorted(missing))}")


def _check_contract(catalogue: Catalogue, data: Path) -> None:
    for level, flags in contract.RED_FLAGS.items():
        for flag in flags:
            entry = catalogue.red_flags.get(flag)
            if entry is None or entry.level != level:
                _fail(str(data / "red_flags.yaml"), f"contract red flag '{flag}' must be {level}")
    for test_id, (sided, kind, shape) in contract.TESTS.items():
        test = catalogue.tests.get(test_id)
        where = f"{data / 'tests'}: test '{test_id}'"
        if test is None:
            _fail(where, "the contract requires this test")
            continue
        spec = test.input
        if spec.sided != sided or spec.kind != kind:
            _fail(where, f"the contract fixes it as sided={sided}, kind={kind}")
        if kind == "choice" and tuple(choice.value for choice in spec.choices) != shape:
            _fail(where, f"the contract fixes its choices as {', '.join(map(str, shape))}")
        if spec.is_numeric and (spec.min, spec.max) != shape:
            _fail(where, f"the contract fixes its range as {shape}")
    for flag_id, level in contract.DERIVED_FLAGS.items():
        entry = catalogue.red_flags.get(flag_id)
        if entry is None or entry.level != level or not entry.derived:
            _fail(str(data / "red_flags.yaml"), f"contract derived flag '{flag_id}' must be {level}, derived")
    _check_ids(str(data / "cautions.yaml"), contract.CAUTION_QUESTIONS,
               [c.id for c in catalogue.cautions.values() if c.read_from == "question"], "caution question")
    held = tuple(t.id for t in catalogue.tests.values() if t.to_failure)
    if not set(contract.HELD_TO_FAILURE) <= set(held):
        _fail(str(data / "tests"), f"the contract's tests held to failure must be marked to_failure: "
                                   f"{', '.join(contract.HELD_TO_FAILURE)}")
    _check_ids(str(data / "muscles.yaml"), contract.MUSCLES, catalogue.muscles, "muscle")
    _check_ids(str(data / "patterns.yaml"), contract.PATTERNS, catalogue.patterns, "pattern")


def _check_sides(where: str, test: Test, finding: Finding) -> None:
    allowed = {"same", "opposite"} if test.input.sided else {"both", "left", "right"}
    if finding.side is not None and finding.side not in allowed:
        _fail(where, f"side '{finding.side}' does not fit a test that is sided={test.input.sided}")


def _check_bands(where: str, test: Test) -> None:
    spec = test.input
    if not spec.is_numeric:
        if test.bands is not None or test.no_cutoff is not None:
            _fail(where, "only measured tests take bands or no_cutoff")
        return
    if (test.bands is None) == (test.no_cutoff is None):
        _fail(where, "a measured test needs bands with a cut-off, or a no_cutoff note")
    if test.bands is None:
        return
    for bands in (test.bands.default, test.bands.female, test.bands.male):
        bounds = [band.bound for band in bands or ()]
        if bounds and (bounds[0] is not None or None in bounds[1:]):
            _fail(where, "only the first band is open below; every later band needs a bound")
        inner = [bound for bound in bounds if bound is not None]
        if inner != sorted(inner) or any(not spec.min <= b <= spec.max for b in inner):  # type: ignore[operator]
            _fail(where, "band bounds must rise and lie inside the input's range")


def _check_tests(catalogue: Catalogue, data: Path) -> None:
    for test in catalogue.tests.values():
        where = f"{data / 'tests'}: test '{test.id}'"
        _check_ids(where, test.evidence.sources, catalogue.sources, "source")
        if test.input.mdc is not None:
            _check_ids(where, test.input.mdc.sources, catalogue.sources, "source")
        _check_bands(where, test)
        if test.bands is not None:
            _check_ids(where, test.bands.cutoff.sources, catalogue.sources, "source")
        if test.norm is not None:
            _check_ids(where, test.norm.sources, catalogue.sources, "source")
        _check_ids(where, test.findings, test.categories, "category")
        for finding in (f for group in test.findings.values() for f in group):
            _check_ids(where, [finding.muscle], catalogue.muscles, "muscle")
            _check_sides(where, test, finding)


def _check_ratios_and_patterns(catalogue: Catalogue, data: Path) -> None:
    for rule in catalogue.ratios.values():
        where = f"{data / 'ratios.yaml'}: ratio '{rule.id}'"
        used = [name for name in (rule.numerator, rule.denominator, rule.test) if name]
        _check_ids(where, used, catalogue.tests, "test")
        _check_ids(where, rule.sources, catalogue.sources, "source")
        _check_ids(where, [f.muscle for f in rule.findings], catalogue.muscles, "muscle")
    for pattern in catalogue.patterns.values():
        where = f"{data / 'patterns.yaml'}: pattern '{pattern.id}'"
        _check_ids(where, pattern.sources, catalogue.sources, "source")
        _check_ids(where, [c.muscle for c in pattern.confirm], catalogue.muscles, "muscle")
        for sign in pattern.signs:
            if sign.ratio is not None:
                _check_ids(where, [sign.ratio], catalogue.ratios, "ratio")
            elif sign.test is not None:
                _check_ids(where, [sign.test], catalogue.tests, "test")
                _check_ids(where, [str(sign.value)], catalogue.tests[sign.test].categories,
                           f"value of {sign.test}:")


def reachable_states(catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    """Every (muscle, 'short' | 'weak') that some test or ratio can produce."""
    findings = [f for test in catalogue.tests.values() for g in test.findings.values() for f in g]
    findings += [f for rule in catalogue.ratios.values() for f in rule.findings]
    for finding in findings:
        if finding.length == ("short",):
            yield finding.muscle, "short"
        if finding.strength == ("weak",):
            yield finding.muscle, "weak"


def _check_exercises(catalogue: Catalogue, data: Path) -> None:
    for exercise in catalogue.exercises.values():
        where = f"{data / 'exercises'}: exercise '{exercise.id}'"
        _check_ids(where, exercise.targets, catalogue.muscles, "muscle")
        _check_ids(where, exercise.dose_sources, catalogue.sources, "source")
    alone = [e for e in catalogue.exercises.values() if len(e.targets) == 1]
    for muscle, state in sorted(set(reachable_states(catalogue))):
        purpose = "stretch" if state == "short" else "strengthen"
        sided = not catalogue.muscles[muscle].midline
        if not any(e.targets[0] == muscle and e.purpose == purpose and (e.sided or not sided)
                   for e in alone):
            kind = "one-sided " if sided else ""
            _fail(str(data / "exercises"),
                  f"'{muscle}' can test {state} but no {kind}{purpose} exercise targets it alone")


def _check_illustrations(catalogue: Catalogue, data: Path) -> None:
    """Every test and exercise has a drawable picture whose highlights fit what it does."""
    entries: list[tuple[str, Illustration, Exercise | None]] = [
        (f"{data / 'tests'}: test '{t.id}'", t.illustration, None) for t in catalogue.tests.values()]
    entries += [(f"{data / 'exercises'}: exercise '{e.id}'", e.illustration, e)
                for e in catalogue.exercises.values()]
    for where, picture, exercise in entries:
        poses = [name for name in (picture.pose, picture.start) if name]
        _check_ids(where, poses, catalogue.poses, "pose")
        _check_ids(where, [h.muscle for h in picture.highlight], catalogue.muscles, "muscle")
        if not picture.highlight and not catalogue.poses[picture.pose].markers:
            _fail(where, "the picture needs highlighted muscles or markers to show what to look at")
        if exercise is not None:
            wanted = "stretch" if exercise.purpose == "stretch" else "strengthen"
            if not picture.highlight or any(h.mode != wanted or h.muscle not in exercise.targets
                                            for h in picture.highlight):
                _fail(where, f"the picture must highlight its targets as '{wanted}'")


def _check_safety(catalogue: Catalogue, data: Path) -> None:
    """Flags and cautions name real sources; a caution read from a flag names a real flag."""
    for flag in catalogue.red_flags.values():
        where = f"{data / 'red_flags.yaml'}: flag '{flag.id}'"
        if flag.level not in catalogue.levels:
            _fail(where, "unknown level")
        _check_ids(where, flag.sources, catalogue.sources, "source")
    for caution in catalogue.cautions.values():
        where = f"{data / 'cautions.yaml'}: caution '{caution.id}'"
        _check_ids(where, caution.sources, catalogue.sources, "source")
        if caution.read_from == "red_flag":
            _check_ids(where, [caution.id], catalogue.red_flags, "red flag")
    for exercise in catalogue.exercises.values():
        _check_ids(f"{data / 'exercises'}: exercise '{exercise.id}'", exercise.ruled_out_by,
                   catalogue.cautions, "caution")
    for test in catalogue.tests.values():
        where = f"{data / 'tests'}: test '{test.id}'"
        _check_ids(where, test.ruled_out_by, catalogue.cautions, "caution")
        if test.cap is not None:
            _check_ids(where, test.cap.sources, catalogue.sources, "source")
            if not test.input.is_numeric or not test.input.min < test.cap.value <= test.input.max:  # type: ignore[operator]
                _fail(where, "a cap belongs to a measured test and lies inside its range")
        if test.to_failure != (test.not_advised_note is not None):
            _fail(where, "a test held to failure says why it is not advised under a caution, and only it")


def _check_map_places(catalogue: Catalogue, data: Path) -> None:
    """Every muscle has its place on the muscle map, so no map fails to draw one later."""
    missing = [muscle for muscle in catalogue.muscles if muscle not in anatomy.MUSCLES]
    if missing:
        _fail(str(data / "muscles.yaml"), f"no place on the muscle map (core/catalogue/anatomy.py) for "
                                          f"{', '.join(missing)}")


def check_catalogue(catalogue: Catalogue, data: Path) -> None:
    """Raise CatalogueError at the first broken reference, gap in coverage or contract breach."""
    _check_safety(catalogue, data)
    _check_map_places(catalogue, data)
    _check_ids(str(data / "catalogue.yaml"), catalogue.pain_change.sources, catalogue.sources, "source")
    _check_contract(catalogue, data)
    _check_tests(catalogue, data)
    _check_ratios_and_patterns(catalogue, data)
    _check_exercises(catalogue, data)
    _check_illustrations(catalogue, data)
