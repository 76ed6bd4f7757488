"""Which phase the routine is in: ease the pain first, then strengthen, then maintain.

The seeds' rule (clinical reference section 9): ease the pain first with gentle work, more
stretching than strengthening; strengthen once most of the pain has gone; keep doing the
exercises after that. The thresholds are in data/programme.yaml with their sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.programme.rules import ProgrammeRules, Version

PhaseId = Literal["ease", "strengthen", "maintain"]
# Why, as ids: the words are chosen where the phase is shown (ui/, core/report).
Reason = Literal["pain_high", "pain_new", "pain_unrated", "pain_settled", "nothing_to_correct",
                 "findings_resolved"]


@dataclass(frozen=True)
class Phase:
    id: PhaseId
    reasons: tuple[Reason, ...]
    strengthen_version: Version  # the version strengthening exercises start at in this phase
    pain_now: int | None
    pain_above: int  # the threshold the pain was judged against
    sources: tuple[str, ...]

    def to_document(self) -> dict[str, object]:
        return {"id": self.id, "reasons": list(self.reasons), "strengthen_version": self.strengthen_version,
                "pain_now": self.pain_now, "pain_above": self.pain_above, "sources": list(self.sources)}

    @classmethod
    def from_document(cls, document: object) -> Phase | None:
        """The phase stored in a result, or None for a result from before phases (or a referral)."""
        if not isinstance(document, dict) or document.get("id") not in ("ease", "strengthen", "maintain"):
            return None
        return cls(document["id"], tuple(document.get("reasons", ())),
                   document.get("strengthen_version", "standard"), document.get("pain_now"),
                   int(document.get("pain_above", 0)), tuple(document.get("sources", ())))


def decide_phase(pain_now: int | None, onset: str | None, has_routine: bool, rules: ProgrammeRules) -> Phase:
    """The phase from one assessment: ease while the pain is high, new or unrated, else strengthen.

    An assessment with nothing to correct is maintenance; whether earlier findings were
    resolved is for the programme (core.programme.plan), which sees the earlier sessions.
    """
    ease, strengthen = rules.phases.ease, rules.phases.strengthen
    if not has_routine:
        return Phase("maintain", ("nothing_to_correct",), strengthen.strengthen_version, pain_now,
                     ease.pain_above, rules.phases.maintain.sources)
    reasons: list[Reason] = []
    if pain_now is not None and pain_now > ease.pain_above:
        reasons.append("pain_high")
    if ease.new_onset and onset == "new":
        reasons.append("pain_new")
    if ease.unrated_pain and pain_now is None:
        reasons.append("pain_unrated")
    if reasons:
        return Phase("ease", tuple(reasons), ease.strengthen_version, pain_now, ease.pain_above, ease.sources)
    return Phase("strengthen", ("pain_settled",), strengthen.strengthen_version, pain_now, ease.pain_above,
                 strengthen.sources)

