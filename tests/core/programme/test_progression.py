"""Progression from the log: the harder version after two good weeks, the easier after a flare."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.catalogue import default_catalogue
from core.catalogue.programme import Version
from core.programme.progression import Day, Done, changes, is_flare

RULES = default_catalogue().programme.progression
TODAY = date(2026, 3, 15)


def _days(pains: list[tuple[int | None, int | None]], version: str = "standard", every: int = 1) -> list[Day]:
    start = TODAY - timedelta(days=(len(pains) - 1) * every)
    return [Day(start + timedelta(days=i * every), before, after, (Done("glute_bridge", version),))  # type: ignore[arg-type]
            for i, (before, after) in enumerate(pains)]


def test_two_good_weeks_offer_the_harder_version() -> None:
    """Fourteen daily sessions, pain during at most 5 and back to its level by the next day: offered."""
    days = _days([(2, 4), *[(2, 3)] * 12, (2, 2)])
    [change] = changes({"glute_bridge": "standard"}, {"glute_bridge": 7}, days, TODAY, RULES)
    assert (change.current, change.proposed, change.why) == ("standard", "harder", "progress")
    assert change.days_done == 14 and change.days_planned == 14


def test_nothing_past_harder_or_before_a_whole_window() -> None:
    """At the hardest version, or with fewer than 14 days at the version, nothing is offered."""
    good = _days([(1, 2)] * 14)
    assert changes({"glute_bridge": "harder"}, {"glute_bridge": 7}, _days([(1, 2)] * 14, "harder"), TODAY,
                   RULES) == []
    assert changes({"glute_bridge": "standard"}, {"glute_bridge": 7}, good[1:], TODAY, RULES) == []


def test_a_flare_that_does_not_settle_steps_back() -> None:
    """Pain 3 → 6 in the session and still 5 the next morning: the easier version, 'flare'."""
    days = _days([(3, 3), (3, 6), (5, 4)])
    assert is_flare(days[1], days[2], RULES)
    [change] = changes({"glute_bridge": "standard"}, {"glute_bridge": 7}, days, TODAY, RULES)
    assert (change.proposed, change.why, change.since) == ("easier", "flare", days[1].day)


def test_an_old_flare_is_not_held_against_a_version_taken_up_again() -> None:
    """A flare at standard stepped back to easier; once standard is taken up again (since a later day),
    that old flare no longer steps it back."""
    days = _days([(3, 6), (5, 4), (3, 3), (3, 3)])
    current: dict[str, Version] = {"glute_bridge": "standard"}
    assert changes(current, {"glute_bridge": 7}, days, TODAY, RULES)[0].why == "flare"
    assert changes(current, {"glute_bridge": 7}, days, TODAY, RULES, {"glute_bridge": days[2].day}) == []


def test_a_rise_that_settles_is_not_a_flare() -> None:
    """Pain 3 → 6 but back to 3 by the next session is acceptable (pain-monitoring model)."""
    days = _days([(3, 6), (3, 3)])
    assert not is_flare(days[0], days[1], RULES)
    assert changes({"glute_bridge": "standard"}, {"glute_bridge": 7}, days, TODAY, RULES) == []


SESSION = st.tuples(st.one_of(st.none(), st.integers(0, 10)), st.one_of(st.none(), st.integers(0, 10)),
                    st.booleans())


@given(st.lists(SESSION, min_size=0, max_size=30), st.integers(1, 7),
       st.sampled_from(["easier", "standard", "harder"]))
def test_offers_follow_the_rules(sessions: list[tuple[int | None, int | None, bool]], per_week: int,
                                 version: str) -> None:
    """Over any log: a 'progress' offer only with a whole window done on ≥ 80% of planned days, every
    rating present, pain during ≤ 5 and settled; a step back only after a flare or 'it hurts'; never
    past the easiest or hardest version; and the rules are the same whatever the order given."""
    start = TODAY - timedelta(days=len(sessions) - 1)
    days = [Day(start + timedelta(days=i), before, after, (Done("x", version, hurt),))  # type: ignore[arg-type]
            for i, (before, after, hurt) in enumerate(sessions)]
    found = changes({"x": version}, {"x": per_week}, days, TODAY, RULES)  # type: ignore[dict-item]
    assert found == changes({"x": version}, {"x": per_week}, list(reversed(days)), TODAY, RULES)  # type: ignore[dict-item]
    assert len(found) <= 1
    for change in found:
        if change.why == "progress":
            assert change.proposed == {"easier": "standard", "standard": "harder"}[version]
            window = [d for d in days if d.day > TODAY - timedelta(days=RULES.window_days)]
            assert days[0].day <= TODAY - timedelta(days=RULES.window_days - 1)
            assert len(window) >= math.ceil(RULES.min_done_share * math.ceil(per_week * 2))
            for index, day in enumerate(days):
                if day in window:
                    assert day.pain_after is not None and day.pain_after <= RULES.max_pain_during
                    assert day.pain_before is not None
                    if day.pain_after > day.pain_before and index + 1 < len(days):
                        assert days[index + 1].pain_before is not None
                        assert days[index + 1].pain_before <= day.pain_before  # type: ignore[operator]
        else:
            assert change.proposed == {"standard": "easier", "harder": "standard"}[version]
            index = next(i for i, d in enumerate(days) if d.day == change.since)
            day = days[index]
            flared = is_flare(day, days[index + 1] if index + 1 < len(days) else None, RULES)
            assert (change.why == "flare" and flared) or (change.why == "hurt" and day.done[0].hurt)


def test_property_branches_are_reachable() -> None:
    """The property above has examples of each kind of change (so its asserting branches run)."""
    assert changes({"x": "standard"}, {"x": 7}, [Day(TODAY - timedelta(days=i), 1, 1, (Done("x", "standard"),))
                                                 for i in range(14)], TODAY, RULES)[0].why == "progress"
    assert changes({"x": "standard"}, {"x": 7}, [Day(TODAY, 1, 1, (Done("x", "standard", True),))],
                   TODAY, RULES)[0].why == "hurt"
