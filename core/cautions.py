"""Cautions: what makes the tests held to failure unwise and rules some exercises out.

Not referrals: a caution never stops the assessment. It keeps a pregnant person, someone
with uncontrolled blood pressure or fragile bones, or someone in a lot of pain today, away
from holds done until they fail, and from the exercises the catalogue marks as unsafe for
them (contract.md, "Cautions"; clinical reference section 9).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.answers import Answers
from core.catalogue import Catalogue
from core.catalogue.models import Caution, Exercise, Test


@dataclass(frozen=True)
class Cautions:
    in_force: tuple[str, ...]
    tests_not_advised: tuple[str, ...]

    def rules_out(self, item: Exercise | Test) -> tuple[str, ...]:
        """The cautions in force that the catalogue names against this exercise or test."""
        return tuple(c for c in item.ruled_out_by if c in self.in_force)

    def against(self, test: Test) -> tuple[str, ...]:
        """Why this test is not advised: any caution for a test held to failure, else its own."""
        return self.in_force if test.to_failure else self.rules_out(test)


def _applies(caution: Caution, answers: Answers) -> bool:
    if caution.read_from == "question":
        return caution.id in answers.cautions
    if caution.read_from == "red_flag":
        return bool(answers.screening.get(caution.id))  # even when a clinician cleared it
    assert caution.pain_at_least is not None
    return answers.pain_now is not None and answers.pain_now >= caution.pain_at_least


def cautions_in_force(answers: Answers, catalogue: Catalogue) -> Cautions:
    """The cautions that apply, in catalogue order, and the tests they make unwise: every test
    held to failure under any caution, and a test whose ``ruled_out_by`` names one in force
    (lying face down in pregnancy)."""
    in_force = Cautions(tuple(c.id for c in catalogue.cautions.values() if _applies(c, answers)), ())
    unwise = tuple(t.id for t in catalogue.tests.values() if in_force.against(t))
    return Cautions(in_force.in_force, unwise)


def not_offered(test: Test, cautions: Cautions) -> bool:
    """The wizard does not offer a test the cautions in force make unwise."""
    return test.id in cautions.tests_not_advised
