"""Which phase the routine is in: ease the pain first, then strengthen, then maintain.

The seeds' rule (clinical reference section 9): ease the pain first with gentle work, more
stretching than strengthening; strengthen once most of the pain has gone; keep doing the
exercises after that. The thresholds are in data/programme.yaml with their sources.
"""

from __future__ import annotations

from core.catalogue.programme import ProgrammeRules
from core.result.phase import Phase, Reason

__all__ = ["Phase", "decide_phase"]

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

