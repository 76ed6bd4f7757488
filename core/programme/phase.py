"""Which phase the routine is in: ease the pain first, then strengthen, then maintain.

The seeds' rule (clinical reference section 9): ease the pain first with gentle work, more
stretching than strengthening; strengthen once most of the pain has gone; keep doing the
exercises after that. The thresholds are in data/programme.yaml with their sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.catalogue.programme import ProgrammeRules
from core.result import Result
from core.result.phase import Phase, Reason

__all__ = ["Phase", "decide_phase", "with_phase"]

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



def with_phase(result: Result, answers: Mapping[str, Any], rules: ProgrammeRules) -> Result:
    """A stored result as the programme reads it: one saved before results carried a phase gets the
    phase its own stored answers give (the same rule), so an upgrade does not hide the programme."""
    if result.phase is not None or not result.ok:
        return result
    pain = answers.get("pain")
    pain = pain if isinstance(pain, Mapping) else {}
    now, onset = pain.get("now"), pain.get("onset")
    phase = decide_phase(now if isinstance(now, int) and not isinstance(now, bool) else None,
                         onset if isinstance(onset, str) else None, bool(result.routine or result.next_phase), rules)
    return result.model_copy(update={"phase": phase})
