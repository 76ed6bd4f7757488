"""The programme's days as a calendar file (.ics) a person imports into a phone or desktop calendar.

One event per planned day until the re-assessment (each listing that day's exercises, with a
reminder at its start), and an all-day event on the day the re-assessment is due. Times are
"floating" (no time zone), so 18:00 stays 18:00 wherever the calendar is; a person moves the
events in their calendar if another time suits them better.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from core import __version__
from core.catalogue.programme import ProgrammeRules
from core.i18n import translate
from core.programme.plan import Programme, is_due, reassessment_due

SESSION_AT = time(18, 0)
SESSION_LENGTH = timedelta(minutes=20)


def _uid(profile: str, what: str) -> str:
    """The same profile and day give the same id, so importing again updates rather than doubles."""
    key = hashlib.sha256(profile.encode("utf-8")).hexdigest()[:16]
    return f"{key}-{what}@rebalance.app"


def programme_calendar(programme: Programme, profile: str, start: date, rules: ProgrammeRules,
                       names: Mapping[str, str]) -> bytes:
    """The .ics file's bytes: each planned day from ``start`` until the re-assessment, and the re-assessment.

    Once the re-assessment is due (or overdue) the exercises still go on until the person repeats it: the
    days of the next re-assessment interval are listed, and the re-assessment is put on ``start``.
    """
    calendar = Calendar()
    calendar.add("prodid", f"-//Rebalance//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", translate("programme", "Rebalance exercises"))
    planned = reassessment_due(programme, rules)  # its id: exporting again another day updates it
    due = max(planned, start)
    until = due if due > start else start + timedelta(days=rules.reassess_after_days)
    day = start
    while day < until:
        exercises = [names.get(e.exercise, e.exercise) for e in programme.routine
                     if is_due(e, day, programme.phase, rules)]
        if exercises:
            event = Event()
            event.add("uid", _uid(profile, day.isoformat()))
            event.add("summary", translate("programme", "Rebalance: today's exercises ({n})").format(
                n=len(exercises)))
            event.add("description", "\n".join(f"- {name}" for name in exercises))
            event.add("dtstart", datetime.combine(day, SESSION_AT))
            event.add("dtend", datetime.combine(day, SESSION_AT) + SESSION_LENGTH)
            event.add("dtstamp", datetime.combine(start, time(0, 0)))
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", translate("programme", "Time for your exercises"))
            alarm.add("trigger", timedelta(0))
            event.add_component(alarm)
            calendar.add_component(event)
        day += timedelta(days=1)
    event = Event()
    event.add("uid", _uid(profile, "reassessment-" + planned.isoformat()))
    event.add("summary", translate("programme", "Rebalance: repeat the assessment"))
    event.add("description", translate("programme", "Four weeks since the last assessment: repeat it to see "
                                                    "what changed."))
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("dtstamp", datetime.combine(start, time(0, 0)))
    calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
