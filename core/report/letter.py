"""The pages that stop before any exercise: the letter for the doctor, the unfinished screening.

The referral is a short letter in the person's own voice: what they reported and when, how
urgent it is and what to do now, and that no tests or exercises were done.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from core.i18n import translate
from core.report.model import Report
from core.report.parts import boxed, bullets, day_text, header, para, table
from core.report.styles import LINE, REFER_FILL, REFER_LINE

CLEARABLE = "see_doctor_first"  # the one level a doctor's clearance lifts (contract.md)


def _clearance(width: float) -> list[Flowable]:
    """Lines for the doctor to fill in: only a see-a-doctor-first referral can be cleared."""
    lines = table(
        [[translate("report", "Cleared to exercise (doctor's name and signature):"), ""],
         [translate("report", "Date:"), ""]],
        [90 * mm, width - 90 * mm],
        [("LINEBELOW", (1, 0), (1, -1), 0.5, LINE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
        rowHeights=[11 * mm, 11 * mm],
    )
    return [
        Spacer(1, 10),
        para(
            translate(
                "report",
                "If you find no reason against exercise, please sign below; I can then tick in Rebalance that "
                "a doctor has cleared me and do the assessment.",
            )
        ),
        Spacer(1, 4),
        lines,
    ]


def _request(level: str) -> str:
    """What the person asks of the doctor, as urgent as the advice: an emergency is not a pre-exercise check."""
    if level == CLEARABLE:
        return translate("report", "I would like you to check these signs before I start any exercise programme.")
    if level == "emergency":
        return translate("report", "I was advised to get emergency help now; please assess these signs today.")
    return translate("report", "I was advised to see a doctor today or tomorrow; please assess these signs.")


def referral_letter(report: Report, width: float) -> list[Flowable]:
    assert report.referral is not None
    referral = report.referral
    when = day_text(report.assessed_on)
    now = [para(referral.title, "alert"), para(referral.action)]
    letter: list[Flowable] = [
        para(translate("report", "For your doctor"), "h2"),
        para(translate("report", "Dear doctor,")),
        Spacer(1, 4),
        para(
            translate(
                "report",
                "On {date} I answered the safety questions of Rebalance, a self-assessment program for back "
                "and neck pain. I answered yes to:",
            ).format(date=when)
        ),
        *bullets(referral.reasons),
        Spacer(1, 4),
        para(
            translate(
                "report",
                "Because of these answers the program advised: {advice}. It stopped there: no tests were done "
                "and no exercises were given. It does not make a diagnosis.",
            ).format(advice=referral.title)
        ),
        para(_request(referral.level)),
    ]
    if referral.level == CLEARABLE:
        letter += _clearance(width)
    return [
        *header(report),
        KeepTogether([boxed(now, REFER_FILL, REFER_LINE, width)]),
        Spacer(1, 10),
        *letter,
    ]


def incomplete_page(report: Report) -> list[Flowable]:
    story = [
        *header(report),
        para(translate("report", "The screening is not finished"), "h2"),
        para(
            translate(
                "report",
                "Every safety question must be answered before Rebalance gives exercises. These were not answered:",
            )
        ),
    ]
    return story + bullets(report.missing)
