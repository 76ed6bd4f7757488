"""The programme's rules, as data/programme.yaml gives them: phases, progression, the session, reminders.

Loaded and cross-checked with the catalogue (``Catalogue.programme``): every source they name
must be in data/sources.yaml. Only pydantic here, so the catalogue can import it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.contract import VERSIONS as VERSIONS  # re-exported: the programme's readers import them here
from core.contract import Version as Version


def checked_version(text: str | None) -> Version | None:
    """A stored version read back: one of VERSIONS, else None."""
    for version in VERSIONS:
        if text == version:
            return version
    return None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
