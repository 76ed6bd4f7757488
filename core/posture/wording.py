"""How a result says which answers were measured on a photo (for the terminal, the screen and paper)."""

from __future__ import annotations

from core.catalogue import Catalogue
from core.i18n import translate
from core.result import Result


def photo_lines(result: Result, catalogue: Catalogue) -> list[str]:
    """One line per answer measured on a photo; none for results that have none (or predate the field)."""
    return [translate("summary", "{test}: measured from a photo with Rebalance. Like every posture sign it "
                      "hints at which tests to do; it never sets a muscle's state or an exercise on its own.").format(
                          test=catalogue.tests[test_id].title)
            for test_id in result.measured_from_photo if test_id in catalogue.tests]
