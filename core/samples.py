"""A sample profile to look around without entering anything: three assessments and a log.

Built from data/samples/sample_answers.json; the later assessments improve, so the history,
comparison and charts have something to show.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.resources import app_root
from core.result import RoutineEntry
from core.store.repository import Store

SAMPLE_FILE = app_root() / "data" / "samples" / "sample_answers.json"
LATER = (
    {"pain": 4, "observations": {"side_bridge_hold": {"left": 62, "right": 66}, "trunk_flexor_hold": 75,
                                 "single_leg_bridge_reps": {"left": 17, "right": 18}}},
    {"pain": 2, "observations": {"side_bridge_hold": {"left": 80, "right": 82}, "trunk_flexor_hold": 95,
                                 "single_leg_bridge_reps": {"left": 24, "right": 25}, "pelvic_tilt": "neutral",
                                 "thomas_hip": {"left": "normal", "right": "short"}}},
)


def sample_answers() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    return document


def add_sample_profile(store: Store, catalogue: Catalogue, name: str, today: date | None = None) -> None:
    """Create the sample person (if absent) with assessments 12, 8 and 4 weeks ago and two weeks of log."""
    if name in {profile.name for profile in store.profiles()}:
        return
    today = today or date.today()
    store.create_profile(name, 1981, "female", "A made-up person to look around with.")
    base = sample_answers()
    routine: tuple[RoutineEntry, ...] = ()
    for weeks_ago, changes in zip((12, 8, 4), ({}, *LATER), strict=True):
        document = json.loads(json.dumps(base))
        document["observations"].update(changes.get("observations", {}))
        document["pain"]["now"] = changes.get("pain", document["pain"]["now"])
        result = assess(parse_answers(document, catalogue), catalogue)
        store.save_session(name, document, result, today - timedelta(weeks=weeks_ago))
        routine = result.routine
    for day in range(14):
        for entry in routine[:4]:
            store.log_exercise(name, today - timedelta(days=day), entry.exercise, entry.side, day % 3 != 0, 3)
