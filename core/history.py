"""The history document of contract.md, built from the store without parsing every session.

Only the sessions a comparison needs (the first, the previous and the latest) are loaded;
the list itself comes from summary columns, so a year of sessions loads as fast as a month.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from core import contract
from core.catalogue import Catalogue
from core.catalogue.models import Test
from core.i18n import translate
from core.progress import Snapshot, compare
from core.store.repository import Store
from core.wording import side_name, value_text


def snapshot(store: Store, session_id: str) -> Snapshot:
    stored = store.load_session(session_id)
    return Snapshot(stored.id, stored.taken_on, stored.answers, stored.result)


def history_document(store: Store, profile: str, catalogue: Catalogue) -> dict[str, Any]:
    summaries = store.session_summaries(profile)
    document: dict[str, Any] = {
        "format": contract.FORMAT,
        "profile": profile,
        "sessions": [
            {
                "id": s.id,
                "date": s.taken_on.isoformat(),
                "status": s.status,
                "pain_now": s.pain_now,
                "patterns": list(s.patterns),
            }
            for s in summaries
        ],
        "change": None,
    }
    if len(summaries) >= 2:
        wanted = (summaries[0], summaries[-2], summaries[-1])
        first, previous, latest = (snapshot(store, s.id) for s in wanted)
        document["change"] = {
            "vs_previous": compare(previous, latest, catalogue),
            "vs_first": compare(first, latest, catalogue),
        }
    return document


CSV_COLUMNS = ("session", "date", "status", "pain_now", "test", "test_name", "side", "value",
               "saved_at", "referral_level")


def history_csv(store: Store, profile: str, catalogue: Catalogue) -> str:
    """One row per session and test (and side), for a person's own spreadsheet.

    A session with no test values (stopped at the safety questions, or incomplete) still gets
    one row, so the spreadsheet shows every assessment and every referral. `saved_at` is the
    local time the session was saved ("" for sessions stored before that was recorded).
    """
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for summary in store.session_summaries(profile):
        stored = store.load_session(summary.id)
        saved_at = "" if summary.saved_at is None else (
            summary.saved_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M"))
        level = stored.result.referral.level if stored.result.referral else ""
        base = [summary.id, summary.taken_on.isoformat(), summary.status, summary.pain_now]
        after = [saved_at, level]
        observations = stored.answers.get("observations", {})
        rows = 0
        for test in catalogue.tests.values():
            value = observations.get(test.id)
            sides = value.items() if isinstance(value, dict) else [(None, value)] if value is not None else []
            for side, item in sides:
                writer.writerow([*base, test.id, test.title, side or "", item, *after])
                rows += 1
        if not rows:
            writer.writerow([*base, "", "", "", "", *after])
    return buffer.getvalue()


def _test_change(test: Test, row: dict[str, Any]) -> str:
    side = f" ({side_name(row['side'])})" if row["side"] else ""
    return f"{test.title}{side}: {value_text(test, row['from'])} → {value_text(test, row['to'])}"


def _change_lines(change: dict[str, Any], catalogue: Catalogue) -> list[str]:
    lines = []
    pain = change["pain"]
    if pain:
        note = (
            translate("history", ", a meaningful change")
            if pain["meaningful"]
            else translate("history", ", within day-to-day variation")
        )
        lines.append(
            translate("history", "  Pain now: {a} → {b} ({d:+d}{note})").format(
                a=pain["from"], b=pain["to"], d=pain["delta"], note=note
            )
        )
    for direction, title in (("better", translate("history", "Better")), ("worse", translate("history", "Worse"))):
        items = [_test_change(catalogue.tests[r["test"]], r) for r in change["tests"] if r["direction"] == direction]
        items += [
            f"{catalogue.muscles[r['muscle']].name} ({side_name(r['side'])}): {r['from']} → {r['to']}"
            for r in change["muscles"]
            if r["direction"] == direction
        ]
        if items:
            lines.append(f"  {title}:")
            lines += [f"    • {item}" for item in items]
    patterns = change["patterns"]
    for key, title in (
        ("resolved", translate("history", "Patterns resolved")),
        ("new", translate("history", "New patterns")),
        ("kept", translate("history", "Patterns still there")),
    ):
        if patterns[key]:
            names = ", ".join(catalogue.patterns[p].name for p in patterns[key])
            lines.append(f"  {title}: {names}")
    return lines or [translate("history", "  Nothing measured in both sessions to compare.")]


def history_summary(document: dict[str, Any], catalogue: Catalogue) -> str:
    sessions = document["sessions"]
    lines = [
        translate("history", "History for {name} ({count} sessions)").format(
            name=document["profile"], count=len(sessions)
        ),
        "",
    ]
    for s in sessions:
        pain = "–" if s["pain_now"] is None else str(s["pain_now"])
        patterns = ", ".join(catalogue.patterns[p].name for p in s["patterns"] if p in catalogue.patterns)
        lines.append(f"  {s['date']}  {s['status']:<10}  {translate('history', 'pain')} {pain:>2}   {patterns}")
    change = document["change"]
    if change is None:
        lines += [
            "",
            translate("history", "One session is not a trend: repeat the assessment in a few weeks to see change."),
        ]
    else:
        for key, title in (
            ("vs_previous", translate("history", "Since the previous session")),
            ("vs_first", translate("history", "Since the first session")),
        ):
            lines += ["", title, *_change_lines(change[key], catalogue)]
    return "\n".join(lines) + "\n"
