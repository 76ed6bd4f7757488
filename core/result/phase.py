"""The routine's phase as the result carries it (contract extension ``phase``, issue 19).

Decided by core.programme.phase from the pain and the findings; a value type here so the
result can hold it without the result depending on the programme's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.contract import Version

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
