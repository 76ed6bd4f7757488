"""The programme's rules, read from data/programme.yaml: phases, progression, reminders.

Kept beside the catalogue rather than inside it: the rules say how a routine is *done* over
weeks, not what a test finds. Every source they name must be in data/sources.yaml.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.catalogue import Catalogue, CatalogueError
from core.catalogue.loader import DATA_DIR, _parse_yaml

Version = Literal["easier", "standard", "harder"]
VERSIONS: tuple[Version, ...] = ("easier", "standard", "harder")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EaseRule(_Strict):
    pain_above: int = Field(ge=0, le=10)
    pain_above_note: str
    new_onset: bool
    unrated_pain: bool
    strengthen_version: Version
    sources: tuple[str, ...] = Field(min_length=1)


class StrengthenRule(_Strict):
    strengthen_version: Version
    sources: tuple[str, ...] = Field(min_length=1)


class MaintainRule(_Strict):
    per_week: dict[Literal["stretch", "strengthen", "mobilise", "activate"], int]
    sources: tuple[str, ...] = Field(min_length=1)


class Phases(_Strict):
    ease: EaseRule
    strengthen: StrengthenRule
    maintain: MaintainRule


class Progression(_Strict):
    window_days: int = Field(ge=1, le=90)
    min_done_share: float = Field(gt=0, le=1)
    max_pain_during: int = Field(ge=0, le=10)
    flare_rise: int = Field(ge=1, le=10)
    note: str
    sources: tuple[str, ...] = Field(min_length=1)


class Session(_Strict):
    get_ready_s: int = Field(ge=1, le=30)
    rest_between_sets_s: int = Field(ge=0, le=300)
    note: str
    sources: tuple[str, ...] = Field(min_length=1)


class ProgrammeRules(_Strict):
    phases: Phases
    progression: Progression
    session: Session
    reassess_after_days: int = Field(ge=7, le=365)

    def source_ids(self) -> set[str]:
        return {*self.phases.ease.sources, *self.phases.strengthen.sources, *self.phases.maintain.sources,
                *self.progression.sources, *self.session.sources}


def load_rules(path: Path = DATA_DIR / "programme.yaml") -> ProgrammeRules:
    """Read and validate the rules; a fault is a CatalogueError naming the file and field."""
    raw = _parse_yaml(path)  # duplicate keys refused, as everywhere in data/
    try:
        return ProgrammeRules.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(document)"
        raise CatalogueError(f"{path}: {field}: {first['msg']}") from error


def check_sources(rules: ProgrammeRules, catalogue: Catalogue) -> None:
    unknown = sorted(rules.source_ids() - set(catalogue.sources))
    if unknown:
        raise CatalogueError(f"data/programme.yaml: unknown source {', '.join(unknown)}")


@lru_cache(maxsize=1)
def rules() -> ProgrammeRules:
    """The app's rules, read once per process."""
    return load_rules()
