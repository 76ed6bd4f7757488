"""The answers document: parsed strictly, so bad input is named and never guessed at.

A wrong value in a health assessment is worse than no value: a typo that silently became
"normal" could hide a short muscle. Every fault therefore raises AnswersError with the
path of the field (for example ``observations.thomas_hip.left``) and what was expected.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

from core import contract
from core.catalogue import Catalogue
from core.catalogue.models import Test
from core.contract import SIDES, Side
from core.jsondoc import DocumentError, read_document

Value = str | bool | float
TOP_LEVEL = ("format", "person", "screening", "pain", "observations", "measured_from_photo")
AGES = (16, 120)  # the ages the assessment is for: adults (and older teenagers) only


def birth_years(this_year: int) -> tuple[int, int]:
    """The earliest and latest year of birth whose age (this year) the answers accept."""
    return this_year - AGES[1], this_year - AGES[0]


CAUTIONS = "cautions"


class AnswersError(DocumentError):
    """Bad input: names the source, the field and what was expected."""

    def __init__(self, field_path: str, message: str, source: str = "answers") -> None:
        super().__init__(field_path, message, source)


@dataclass(frozen=True)
class Answers:
    """A validated answers document. Observations map a test id to {side or None: value}."""

    screening: dict[str, bool]
    observations: dict[str, dict[Side | None, Value]]
    age: int | None = None
    sex: Literal["female", "male"] | None = None
    pain_now: int | None = None
    regions: tuple[str, ...] = ()
    onset: Literal["new", "recurring", "long_standing"] | None = None
    cautions: frozenset[str] = frozenset()  # screening.cautions answered true
    measured_from_photo: tuple[str, ...] = ()  # observations measured on a photo (issue 18), not judged by eye
    document: dict[str, Any] = field(default_factory=dict, compare=False)


def _expect_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise AnswersError(where, f"expected an object, got {_show(value)}")
    return value


def _optional_object(root: dict[str, Any], key: str) -> dict[str, Any]:
    """An optional section: absent or null is empty; false, 0, "" or [] are wrong types."""
    value = root.get(key)
    return {} if value is None else _expect_object(value, key)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and len(str(abs(value))) > 24:
        return f"a number of {len(str(abs(value)))} digits"
    return json.dumps(value)


def _reject_unknown(obj: dict[str, Any], known: tuple[str, ...] | set[str], where: str) -> None:
    for key in obj:
        if key not in known:
            prefix = f"{where}." if where else ""
            raise AnswersError(f"{prefix}{key}", f"unknown field; expected one of {', '.join(known)}")


def _is_number(value: Any) -> bool:
    """An int or a finite float, never a bool (JSON true is not 1 here)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return not isinstance(value, float) or math.isfinite(value)


def _integer(value: Any, where: str, low: int, high: int) -> int:
    if not _is_number(value) or value != int(value):
        raise AnswersError(where, f"expected a whole number from {low} to {high}, got {_show(value)}")
    if not low <= value <= high:
        raise AnswersError(where, f"expected a whole number from {low} to {high}, got {_show(value)}")
    return int(value)


def _test_value(test: Test, value: Any, where: str) -> Value:
    spec = test.input
    if spec.kind == "choice":
        allowed = [choice.value for choice in spec.choices]
        if not isinstance(value, str) or value not in allowed:
            raise AnswersError(where, f"expected one of {', '.join(allowed)}, got {_show(value)}")
        return value
    if spec.kind == "boolean":
        if not isinstance(value, bool):
            raise AnswersError(where, f"expected true or false, got {_show(value)}")
        return value
    low, high = spec.min, spec.max
    assert low is not None and high is not None
    what = f"{spec.kind} from {low:g} to {high:g}"
    if spec.kind == "reps":
        return float(_integer(value, where, int(low), int(high)))
    if not _is_number(value):
        raise AnswersError(where, f"expected a number of {what}, got {_show(value)}")
    if not low <= value <= high:
        raise AnswersError(where, f"expected {what}, got {_show(value)}")
    return float(value)


def _observation(test: Test, raw: Any, where: str) -> dict[Side | None, Value]:
    if not test.input.sided:
        if isinstance(raw, dict):
            raise AnswersError(where, "this test has no sides; expected a single value")
        return {None: _test_value(test, raw, where)}
    sides = _expect_object(raw, where)
    _reject_unknown(sides, SIDES, where)
    values: dict[Side | None, Value] = {}
    for side in SIDES:
        if sides.get(side) is not None:
            values[side] = _test_value(test, sides[side], f"{where}.{side}")
    return values


def _observations(raw: Any, catalogue: Catalogue) -> dict[str, dict[Side | None, Value]]:
    observations = _expect_object(raw if raw is not None else {}, "observations")
    parsed: dict[str, dict[Side | None, Value]] = {}
    for test_id, value in observations.items():
        test = catalogue.tests.get(test_id)
        if test is None:
            raise AnswersError(f"observations.{test_id}", "unknown test id")
        if value is None:
            continue
        values = _observation(test, value, f"observations.{test_id}")
        if values:
            parsed[test_id] = values
    return parsed


def _booleans(obj: dict[str, Any], where: str) -> dict[str, bool]:
    for key, value in obj.items():
        if not isinstance(value, bool):
            raise AnswersError(f"{where}.{key}", f"expected true or false, got {_show(value)}")
    return dict(obj)


def _screening(raw: Any, catalogue: Catalogue) -> tuple[dict[str, bool], frozenset[str]]:
    """The red-flag answers, and the cautions answered true (derived flags are not answers)."""
    screening = dict(_expect_object(raw if raw is not None else {}, "screening"))
    raw_cautions = screening.pop(CAUTIONS, None)
    cautions = _expect_object({} if raw_cautions is None else raw_cautions, f"screening.{CAUTIONS}")
    _reject_unknown(cautions, contract.CAUTION_QUESTIONS, f"screening.{CAUTIONS}")
    known = (*catalogue.asked_flags, contract.CLEARED_BY_CLINICIAN, CAUTIONS)
    _reject_unknown(screening, known, "screening")
    in_force = frozenset(key for key, yes in _booleans(cautions, f"screening.{CAUTIONS}").items() if yes)
    return _booleans(screening, "screening"), in_force


def _measured_from_photo(raw: Any, observations: dict[str, dict[Side | None, Value]]) -> tuple[str, ...]:
    """Test ids whose answer was measured on a photo: each must be answered and measurable from one."""
    if raw is None:
        return ()
    from core.posture.measure import PHOTO_TESTS  # the posture package only for answers that name one
    if not isinstance(raw, list):
        raise AnswersError("measured_from_photo", f"expected a list of test ids, got {_show(raw)}")
    for index, test_id in enumerate(raw):
        where = f"measured_from_photo[{index}]"
        if not isinstance(test_id, str) or test_id not in PHOTO_TESTS:
            raise AnswersError(where, f"expected one of {', '.join(PHOTO_TESTS)}, got {_show(test_id)}")
        if test_id not in observations:
            raise AnswersError(where, f"{test_id} has no answer in observations")
    return tuple(dict.fromkeys(raw))


def parse_answers(document: Any, catalogue: Catalogue) -> Answers:
    """Validate a decoded answers document against the contract and the catalogue."""
    root = _expect_object(document, "(document)")
    _reject_unknown(root, TOP_LEVEL, "")
    if type(root.get("format")) is not int or root.get("format") != contract.FORMAT:
        raise AnswersError("format", f"expected {contract.FORMAT}, got {_show(root.get('format'))}")
    person = _optional_object(root, "person")
    _reject_unknown(person, ("age", "sex"), "person")
    age = person.get("age")
    sex = person.get("sex")
    if sex not in (None, "female", "male"):
        raise AnswersError("person.sex", f"expected female, male or absent, got {_show(sex)}")
    pain = _optional_object(root, "pain")
    _reject_unknown(pain, ("now", "regions", "onset"), "pain")
    onset = pain.get("onset")
    if onset is not None and onset not in contract.PAIN_ONSETS:
        raise AnswersError("pain.onset", f"expected {', '.join(contract.PAIN_ONSETS)} or absent, got {_show(onset)}")
    regions = [] if pain.get("regions") is None else pain["regions"]
    if not isinstance(regions, list):
        raise AnswersError("pain.regions", f"expected a list of region ids, got {_show(regions)}")
    for index, region in enumerate(regions):
        if not isinstance(region, str) or region not in catalogue.regions:
            raise AnswersError(f"pain.regions[{index}]", f"unknown region {_show(region)}")
    screening, cautions = _screening(root.get("screening"), catalogue)
    observations = _observations(root.get("observations"), catalogue)
    return Answers(
        screening=screening,
        cautions=cautions,
        onset=onset,
        observations=observations,
        measured_from_photo=_measured_from_photo(root.get("measured_from_photo"), observations),
        age=None if age is None else _integer(age, "person.age", *AGES),
        sex=sex,
        pain_now=None if pain.get("now") is None else _integer(pain["now"], "pain.now", 0, 10),
        regions=tuple(dict.fromkeys(regions)),
        document=root,
    )


def read_answers(path: str, catalogue: Catalogue) -> Answers:
    """Read (strictly: no duplicate keys, NaN or huge numbers) and validate an answers file; ``-`` reads stdin."""
    try:
        document, source = read_document(path)
    except DocumentError as error:
        raise AnswersError(error.field_path, error.message, error.source) from None
    try:
        return parse_answers(document, catalogue)
    except AnswersError as error:
        raise error.with_source(source) from None
