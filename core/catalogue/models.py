"""Typed models of the clinical catalogue kept in data/.

Everything a clinician needs to review lives in the YAML; these models only make sure it is
complete and consistent, so a typo fails at load instead of producing a wrong routine.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from core.contract import Grade as Grade
from core.contract import Level as Level
from core.contract import Purpose as Purpose

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]

LengthState = Literal["short", "normal", "long"]
StrengthState = Literal["weak", "normal"]
InputKind = Literal["choice", "boolean", "degrees", "seconds", "reps"]
TestKind = Literal["posture", "direct"]  # a posture sign only hints; a direct test examines the muscle
Need = Literal[
    "partner", "mirror", "phone_camera", "mat", "wall", "chair", "table", "step", "timer",
    "strap", "doorway", "ball", "pillow",
]
Sex = Literal["female", "male"]


class Strict(BaseModel):
    """Unknown keys are errors: a misspelt field must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(Strict):
    id: Id
    citation: Text


class PainChange(Strict):
    mcid: int = Field(ge=1, le=10)
    sources: tuple[Id, ...] = Field(min_length=1)


class Settings(Strict):
    """catalogue.yaml: the version every result records, and outcome thresholds."""

    version: Text
    pain_change: PainChange


class LevelInfo(Strict):
    title: Text
    action: Text


class FlagPart(Strict):
    """One plain question of a flag that would otherwise ask several things at once."""

    id: Id
    question: Text


class RedFlag(Strict):
    """A red flag. ``question`` also names it in a referral's list of reasons.

    A flag with ``parts`` is asked as those questions, one thing each, and is true when all
    of them (``combine: all``) or any of them (``combine: any``) are answered yes. A
    ``derived`` flag is never asked: core works it out from other answers.
    """

    id: Id
    level: Level
    question: Text
    help: Text | None = None
    parts: tuple[FlagPart, ...] = ()
    combine: Literal["all", "any"] = "any"
    derived: bool = False
    sources: tuple[Id, ...] = ("red_flags_guidelines",)

    @model_validator(mode="after")
    def _parts_fit(self) -> RedFlag:
        if self.parts and len(self.parts) < 2:
            raise ValueError("a flag split into parts needs at least two")
        if self.derived and self.parts:
            raise ValueError("a derived flag is not asked, so it takes no parts")
        return self


class Caution(Strict):
    """Something that makes tests held to failure unwise and rules some exercises out.

    ``read_from`` says where it is read: a question of its own (``screening.cautions``), the
    red flag of the same id answered yes (even when a clinician cleared it), or current pain
    of ``pain_at_least`` or more.
    """

    id: Id
    name: Text
    read_from: Literal["question", "red_flag", "pain"]
    question: Text | None = None
    pain_at_least: int | None = Field(default=None, ge=1, le=10)
    why: Text
    sources: tuple[Id, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _shape_fits(self) -> Caution:
        if (self.question is None) == (self.read_from == "question"):
            raise ValueError("a caution asked as a question needs 'question'; others take none")
        if (self.pain_at_least is None) == (self.read_from == "pain"):
            raise ValueError("a caution read from pain needs 'pain_at_least'; others take none")
        return self


class Region(Strict):
    id: Id
    name: Text


class Muscle(Strict):
    id: Id
    name: Text
    plain: Text
    midline: bool = False


class Choice(Strict):
    value: Id
    label: Text
    normal: bool = False  # the reference value: moving to it is better, away from it worse


class ChangeThreshold(Strict):
    """A test's minimal detectable change: smaller changes between sessions are measurement noise.

    The threshold is the larger of `absolute` and `relative` times the earlier value. Where no
    MDC is published, `published` is false, the note says so, and the number is a conservative one.
    """

    absolute: float | None = Field(default=None, gt=0)
    relative: float | None = Field(default=None, gt=0, le=1)  # a fraction of the earlier value
    published: bool
    sources: tuple[Id, ...] = ()
    note: Text

    @model_validator(mode="after")
    def _complete(self) -> ChangeThreshold:
        if self.absolute is None and self.relative is None:
            raise ValueError("a minimal detectable change needs 'absolute', 'relative' or both")
        if self.published and not self.sources:
            raise ValueError("a published minimal detectable change names its sources")
        if not self.published and "no published" not in self.note.lower():
            raise ValueError("an unpublished minimal detectable change says 'no published' in its note")
        return self

    def of(self, earlier: float) -> float:
        """The smallest change from `earlier` that is more than measurement error."""
        return max(self.absolute or 0.0, (self.relative or 0.0) * abs(earlier))


class InputSpec(Strict):
    kind: InputKind
    sided: bool = False
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    better: Literal["higher", "lower"] | None = None  # for measured values: which way is better
    mdc: ChangeThreshold | None = None  # for measured values: the change that is more than noise

    @model_validator(mode="after")
    def _shape_fits_kind(self) -> InputSpec:
        if self.kind == "choice" and len(self.choices) < 2:
            raise ValueError("a choice input needs at least two choices")
        if self.kind != "choice" and self.choices:
            raise ValueError(f"a {self.kind} input takes no choices")
        numeric = self.kind in ("degrees", "seconds", "reps")
        if numeric and (self.min is None or self.max is None or self.min >= self.max):
            raise ValueError(f"a {self.kind} input needs min < max")
        if not numeric and (self.min is not None or self.max is not None or self.better or self.mdc):
            raise ValueError(f"a {self.kind} input takes no range, no 'better' and no 'mdc'")
        if numeric and self.better is None:
            raise ValueError(f"a {self.kind} input needs 'better: higher' or 'better: lower'")
        if numeric and self.mdc is None:
            raise ValueError(f"a {self.kind} input needs its minimal detectable change ('mdc')")
        if self.kind == "choice" and not any(choice.normal for choice in self.choices):
            raise ValueError("a choice input marks its reference value with 'normal: true'")
        return self

    @property
    def is_numeric(self) -> bool:
        return self.kind in ("degrees", "seconds", "reps")


class Band(Strict):
    """A named range of a measured value; a value takes the last band whose bound it meets."""

    label: Id
    above: float | None = None
    at_least: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Band:
        if self.above is not None and self.at_least is not None:
            raise ValueError("a band takes 'above' or 'at_least', not both")
        return self

    @property
    def bound(self) -> float | None:
        return self.above if self.above is not None else self.at_least


class Cutoff(Strict):
    text: Text
    population: Population | None = None
    sources: tuple[Id, ...] = Field(min_length=1)


class Bands(Strict):
    default: tuple[Band, ...] = Field(min_length=2)
    female: tuple[Band, ...] | None = None
    male: tuple[Band, ...] | None = None
    cutoff: Cutoff

    def for_sex(self, sex: Sex | None) -> tuple[Band, ...]:
        specific = {"female": self.female, "male": self.male}.get(sex or "")
        return specific or self.default


class OneDimension(Strict):
    """A statement about one muscle in exactly one dimension: length or strength."""

    muscle: Id
    length: object = None
    strength: object = None

    @model_validator(mode="after")
    def _one_dimension(self) -> OneDimension:
        if (self.length is None) == (self.strength is None):
            raise ValueError(f"a {type(self).__name__.lower()} names either 'length' or 'strength'")
        return self


class Finding(OneDimension):
    """What one observed category says about one muscle: the states it allows."""

    side: Literal["same", "opposite", "both", "left", "right"] | None = None
    length: tuple[LengthState, ...] | None = None
    strength: tuple[StrengthState, ...] | None = None


class HighlightSpec(Strict):
    muscle: Id
    side: Literal["left", "right", "both"]
    mode: Literal["stretch", "strengthen"]


class Illustration(Strict):
    """The picture of a test or exercise: its pose, an optional faint start pose, highlights."""

    pose: Id
    start: Id | None = None
    highlight: tuple[HighlightSpec, ...]


class Population(Strict):
    """Who a norm or cut-off was measured on: shown beside it, and athletes' norms grade low."""

    who: Text
    athletes: bool = False


class Norm(Strict):
    """A published reference range shown behind a test's trend chart (not a cut-off)."""

    low: float
    high: float
    label: Text
    population: Population
    sources: tuple[Id, ...] = Field(min_length=1)


class Cap(Strict):
    """The top of a hold's published range: the timer stops there, nothing is learned past it."""

    value: float
    text: Text
    sources: tuple[Id, ...] = Field(min_length=1)


class Evidence(Strict):
    """How much a test's result can be trusted.

    ``diagnostic_value`` records a test studied and found poor (or of no value) at telling
    a short muscle from a normal one; such a test, like any ``low`` test, gives at most low
    confidence on its own.
    """

    grade: Grade
    note: Text
    sources: tuple[Id, ...] = Field(min_length=1)
    diagnostic_value: Literal["poor", "none"] | None = None

    @model_validator(mode="after")
    def _poor_is_low(self) -> Evidence:
        if self.diagnostic_value is not None and self.grade != "low":
            raise ValueError("a test of poor or no diagnostic value is graded low")
        return self


class Test(Strict):
    id: Id
    title: Text
    group: Literal["standing", "lying", "strength"]
    kind: TestKind
    why: Text
    needs: tuple[Need, ...] = ()
    steps: tuple[Text, ...] = Field(min_length=2)
    look_for: Text
    side_means: Text | None = None
    input: InputSpec
    bands: Bands | None = None
    no_cutoff: Text | None = None
    norm: Norm | None = None
    cap: Cap | None = None
    to_failure: bool = False  # held or repeated until failure: not advised under a caution
    not_advised_note: Text | None = None
    ruled_out_by: tuple[Id, ...] = ()  # caution ids under which it is not offered, whatever else
    findings: dict[Id, tuple[Finding, ...]] = {}
    evidence: Evidence
    illustration: Illustration

    @property
    def athletes_norm(self) -> bool:
        """Judged on a cut-off measured on athletes: a result reads as low confidence."""
        population = self.bands.cutoff.population if self.bands else None
        return bool(population and population.athletes)

    @property
    def categories(self) -> tuple[str, ...]:
        """Every category a value of this test can fall into."""
        if self.input.kind == "choice":
            return tuple(choice.value for choice in self.input.choices)
        if self.input.kind == "boolean":
            return ("true", "false")
        if self.bands is None:
            return ()
        labels = [band.label for band in self.bands.default]
        for specific in (self.bands.female, self.bands.male):
            labels += [band.label for band in specific or () if band.label not in labels]
        return tuple(labels)


class Dose(Strict):
    sets: int = Field(ge=1, le=5)
    reps: int = Field(ge=1, le=30)
    hold_s: int | None = Field(default=None, ge=1, le=120)
    per_week: int = Field(ge=1, le=7)


class Exercise(Strict):
    id: Id
    name: Text
    purpose: Purpose
    targets: tuple[Id, ...] = Field(min_length=1)
    sided: bool
    summary: Text
    steps: tuple[Text, ...] = Field(min_length=2)
    dose: Dose
    dose_sources: tuple[Id, ...] = Field(min_length=1)
    cautions: tuple[Text, ...] = Field(min_length=1)
    ruled_out_by: tuple[Id, ...] = ()  # caution ids under which it is never prescribed
    easier: Text
    harder: Text
    illustration: Illustration


class RatioRule(Strict):
    """McGill-style comparison of two holds; flagged when outside the published limits."""

    id: Id
    title: Text
    kind: Literal["ratio", "left_right"]
    numerator: Id | None = None
    denominator: Id | None = None
    test: Id | None = None
    flag_above: float | None = None
    normal_range: tuple[float, float] | None = None
    min_gap: float | None = None  # left_right: the sides must also differ by at least this
    findings: tuple[Finding, ...] = Field(min_length=1)
    explanation: Text
    grade: Grade = "moderate"
    sources: tuple[Id, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _shape_fits_kind(self) -> RatioRule:
        if self.kind == "ratio" and not (self.numerator and self.denominator and self.flag_above):
            raise ValueError("a ratio rule needs numerator, denominator and flag_above")
        if self.kind == "left_right" and not (self.test and self.normal_range):
            raise ValueError("a left_right rule needs test and normal_range")
        return self


class Sign(Strict):
    """An observation (or a flagged ratio) that points to a pattern."""

    test: Id | None = None
    value: Id | None = None
    ratio: Id | None = None
    side: Literal["left", "right", "weaker"] | None = None

    @model_validator(mode="after")
    def _test_or_ratio(self) -> Sign:
        if (self.test is None) == (self.ratio is None):
            raise ValueError("a sign names either a test (with a value) or a ratio")
        if self.test is not None and self.value is None:
            raise ValueError("a test sign needs a value")
        return self


class Confirmation(OneDimension):
    """A muscle state that, when a physical test shows it, confirms a pattern."""

    length: LengthState | None = None
    strength: StrengthState | None = None
    side: Literal["pattern", "any"] = "any"


class Pattern(Strict):
    id: Id
    name: Text
    sided: bool = False
    signs: tuple[Sign, ...] = Field(min_length=1)
    confirm: tuple[Confirmation, ...] = ()
    explanation: Text
    max_confidence: Grade = "high"
    sources: tuple[Id, ...] = Field(min_length=1)
