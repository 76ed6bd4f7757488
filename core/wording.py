"""Plain-language wording shared by the command line, the app and the printed routine.

One place decides how a dose or a finding is said, so screen and paper never disagree.
"""

from __future__ import annotations

from core.catalogue.models import Test
from core.i18n import translate
from core.result import Dose


def side_name(side: str | None) -> str:
    names = {
        "left": translate("wording", "left"),
        "right": translate("wording", "right"),
        "both": translate("wording", "both sides"),
    }
    return names.get(side or "", "")


def state_name(state: str) -> str:
    names = {
        "short": translate("wording", "short"),
        "long": translate("wording", "long"),
        "normal": translate("wording", "normal"),
        "weak": translate("wording", "weak"),
        "unknown": translate("wording", "not rated"),
    }
    return names.get(state, state)


def grade_name(grade: str | None) -> str:
    names = {
        "low": translate("wording", "low"),
        "moderate": translate("wording", "moderate"),
        "high": translate("wording", "high"),
    }
    return names.get(grade or "", translate("wording", "none"))


def purpose_name(purpose: str) -> str:
    names = {
        "stretch": translate("wording", "stretch"),
        "strengthen": translate("wording", "strengthen"),
        "mobilise": translate("wording", "mobilise"),
        "activate": translate("wording", "activate"),
    }
    return names.get(purpose, purpose)


def _frequency(per_week: int) -> str:
    if per_week >= 7:
        return translate("wording", "every day")
    if per_week == 1:
        return translate("wording", "once a week")
    return translate("wording", "{n} days a week").format(n=per_week)


def value_text(test: Test, value: object) -> str:
    """An observed value as a person reads it: a choice's label, or the number with its unit."""
    kind = test.input.kind
    if kind == "choice":
        return next((c.label for c in test.input.choices if c.value == value), str(value))
    if kind == "boolean":
        return translate("wording", "yes") if value else translate("wording", "no")
    number = float(value)  # type: ignore[arg-type]
    shown = f"{number:g}"
    units = {"degrees": "°", "seconds": " s", "reps": ""}
    return shown + units.get(kind, "")


def dose_text(dose: Dose, side: str, sided: bool = True) -> str:
    """The dose as a person says it: "hold 30 s, 3 times, each side, every day"."""
    sets, reps, hold = dose.sets or 1, dose.reps or 1, dose.hold_s
    if hold:
        amount = translate("wording", "hold {hold} s, {reps} times").format(hold=hold, reps=reps)
    else:
        amount = translate("wording", "{reps} repetitions").format(reps=reps)
    parts = [amount]
    if sets > 1:
        parts.append(translate("wording", "{sets} sets").format(sets=sets))
    if side == "both" and sided:
        parts.append(translate("wording", "each side"))
    elif side in ("left", "right"):
        parts.append(translate("wording", "{side} side only").format(side=side_name(side)))
    parts.append(_frequency(dose.per_week or 7))
    return ", ".join(parts)
