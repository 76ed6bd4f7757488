"""The one pure function of the contract: answers and catalogue in, typed result out.

The GUI, the command line, the database and the printed routine all go through assess(),
so the same answers give the same result wherever they are entered. The result becomes
the contract's JSON document only at the edges (`Result.to_document()`).
"""

from __future__ import annotations

from core.answers import Answers
from core.catalogue import Catalogue
from core.cautions import Cautions, cautions_in_force
from core.contract import SIDES
from core.patterns import find_patterns
from core.programme.phase import decide_phase
from core.result import MuscleSide, Result
from core.routine import build_routine
from core.scoring import score, suggested_tests
from core.screening import Screening, screen


def _stopped(screening: Screening, cautions: Cautions, catalogue: Catalogue) -> Result:
    """Red flags stop everything: no ratings, patterns or exercises are given."""
    return Result.model_validate({
        "catalogue_version": catalogue.version,
        "status": screening.status,
        "referral": screening.referral.to_document() if screening.referral else None,
        "missing": screening.missing,
        "muscles": {m: dict.fromkeys(SIDES, MuscleSide()) for m in catalogue.muscles},
        "cautions": cautions.in_force,
        "tests_not_advised": cautions.tests_not_advised,
    })


def assess(answers: Answers, catalogue: Catalogue) -> Result:
    """Screen, score, find patterns and build the routine."""
    screening = screen(answers, catalogue)
    cautions = cautions_in_force(answers, catalogue)
    if screening.status != "ok":
        return _stopped(screening, cautions, catalogue)
    scoring = score(answers, catalogue)
    order = {test_id: index for index, test_id in enumerate(catalogue.tests)}
    routine = build_routine(scoring.muscles, catalogue, cautions)
    return Result.model_validate({
        "catalogue_version": catalogue.version,
        "status": "ok",
        "muscles": {
            muscle: {side: state.to_document(order) for side, state in sides.items()}
            for muscle, sides in scoring.muscles.items()
        },
        "patterns": [p.to_document() for p in find_patterns(scoring, catalogue, cautions.tests_not_advised)],
        "ratios": [outcome.to_document() for outcome in scoring.ratios],
        "routine": [entry.to_document() for entry in routine.now],
        "next_phase": [entry.to_document() for entry in routine.later],
        "withheld": [need.to_document() for need in routine.withheld],
        "suggested_tests": suggested_tests(scoring, catalogue, cautions.tests_not_advised),
        "cautions": cautions.in_force,
        "tests_not_advised": cautions.tests_not_advised,
        "measured_from_photo": answers.measured_from_photo,  # measured, not judged by eye
        "phase": decide_phase(answers.pain_now, answers.onset, bool(routine.now or routine.later),
                              catalogue.programme),
    })
