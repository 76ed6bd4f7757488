"""The programme in plain words, shared by the screen and the printed routine."""

from __future__ import annotations

from core.catalogue.models import Exercise
from core.catalogue.programme import Version
from core.i18n import translate
from core.programme.progression import Change
from core.result import Result
from core.result.phase import Phase


def phase_title(phase: Phase) -> str:
    return {
        "ease": translate("programme", "Phase 1 of 3: ease the pain"),
        "strengthen": translate("programme", "Phase 2 of 3: strengthen"),
        "maintain": translate("programme", "Phase 3 of 3: keep it up"),
    }[phase.id]


def _reason(reason: str, phase: Phase) -> str:
    pain, limit = phase.pain_now, phase.pain_above
    words = {
        "pain_high": translate("programme", "Your pain today is {pain}/10, more than {limit}/10.").format(
            pain=pain, limit=limit),
        "pain_new": translate("programme", "The pain is new (it began less than 6 weeks ago)."),
        "pain_unrated": translate("programme", "The pain was not rated, so the routine starts gently."),
        "pain_settled": translate("programme", "Your pain today is {pain}/10: settled enough to build "
                                               "strength.").format(pain=pain),
        "nothing_to_correct": translate("programme", "The tests found nothing to stretch or strengthen."),
        "findings_resolved": translate("programme", "The re-assessment found the earlier findings resolved."),
    }
    return words.get(reason, reason)


def phase_meaning(phase: Phase) -> str:
    return {
        "ease": translate("programme", "Gentle stretches of what tested short, and the easier version of each "
                                       "strengthening exercise; nothing held until you cannot hold any longer. A "
                                       "little pain during an exercise (up to 5 out of 10) is fine if it has settled "
                                       "by the next morning; stop if it hurts. Strengthening starts once most of the "
                                       "pain has gone."),
        "strengthen": translate("programme", "Work the weak muscles and keep stretching what tested short. After two "
                                             "good weeks the app offers the harder version; a flare of pain steps "
                                             "back to the easier one."),
        "maintain": translate("programme", "Keep doing the exercises, with fewer sessions: stretches 3 times a "
                                           "week, strengthening twice a week."),
    }[phase.id]


def phase_lines(result: Result) -> list[str]:
    """The phase of a result: its title, why, and what it means; nothing for a result without one, nor for
    one where no test was done (its phase would say the tests found nothing to correct, which is not true)."""
    phase = result.phase
    if phase is None or not result.tested:
        return []
    why = " ".join(_reason(reason, phase) for reason in phase.reasons)
    return [phase_title(phase), why, phase_meaning(phase)]


def version_name(version: Version) -> str:
    return {"easier": translate("programme", "easier version"),
            "standard": translate("programme", "standard version"),
            "harder": translate("programme", "harder version")}[version]


def version_text(version: Version, exercise: Exercise) -> str:
    """Which version to do, in words: the easier or harder one is spelled out."""
    if version == "easier":
        return translate("programme", "Do the easier version: {text}").format(text=exercise.easier)
    if version == "harder":
        return translate("programme", "Do the harder version: {text}").format(text=exercise.harder)
    return translate("programme", "Standard version. Easier: {text}").format(text=exercise.easier)


def change_text(change: Change, exercise: Exercise) -> str:
    """Why a version changes (or is offered), so a change is never silent."""
    day = change.since.strftime("%a %d %B")
    if change.why == "progress":
        return translate("programme", "{name}: ready for the harder version. In the last two weeks you did it on "
                                      "{done} days ({planned} planned), the pain during it stayed at 5/10 or less "
                                      "and settled by the next session. Harder: {text}").format(
            name=exercise.name, done=change.days_done, planned=change.days_planned, text=exercise.harder)
    if change.why == "flare":
        return translate("programme", "{name}: back to the {version}. After the session on {day} your pain went "
                                      "up by 2 points or more and had not settled by the next one.").format(
            name=exercise.name, version=version_name(change.proposed), day=day)
    return translate("programme", "{name}: back to the {version}, because it hurt on {day}.").format(
        name=exercise.name, version=version_name(change.proposed), day=day)
