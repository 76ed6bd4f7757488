"""A stored referral in words: one wording for home, History's Open and anywhere else it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from core.catalogue import Catalogue


def referral_lines(catalogue: Catalogue, referral: dict[str, Any]) -> list[str]:
    """Its urgency, its advice, and the answers behind it; empty parts are left out."""
    level = catalogue.levels.get(referral.get("level", ""))
    questions = "\n".join(f"•  {catalogue.red_flags[r].question}" for r in referral.get("reasons", [])
                          if r in catalogue.red_flags)
    lines = ["⚠ " + level.title if level is not None else "", referral.get("message", ""),
             QCoreApplication.translate("Referral", "You answered yes to:") + "\n" + questions if questions else ""]
    return [line for line in lines if line]
