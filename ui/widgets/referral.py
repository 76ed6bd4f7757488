"""A stored referral in words: one wording for home, History's Open and anywhere else it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.result import Referral


def referral_lines(catalogue: Catalogue, referral: Referral | None) -> list[str]:
    """Its urgency, its advice (in the reader's language), and the answers behind it; empty parts are left out."""
    if referral is None:
        return []
    level = catalogue.levels.get(referral.level)
    questions = "\n".join(f"•  {catalogue.red_flags[r].question}" for r in referral.reasons
                          if r in catalogue.red_flags)
    advice = level.action if level is not None else referral.message
    lines = ["⚠ " + level.title if level is not None else "", advice,
             QCoreApplication.translate("Referral", "You answered yes to:") + "\n" + questions if questions else ""]
    return [line for line in lines if line]
