"""Pain by week and regularity between assessments, from the exercise log."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.adherence import Tick
from core.programme.weekly import pain_by_week, regularity_between

START = date(2026, 11, 2)  # a Monday
PLAN = [Tick("glute_bridge", "both", 3), Tick("clamshell", "left", 7)]


def test_regularity_of_a_regular_month() -> None:
    """Every planned session done for four weeks is 100%, on 28 days in 4 weeks; nothing logged is 0%."""
    log = [(START + timedelta(days=d), "clamshell", "left", True, 2) for d in range(28)]
    log += [(START + timedelta(days=d), "glute_bridge", "both", True, 2) for d in range(28) if d % 7 in (0, 2, 4)]
    found = regularity_between(PLAN, log, START, START + timedelta(days=28))
    assert (found.days_exercised, found.weeks_with_exercise, found.weeks, found.percent_of_plan) == (28, 4, 4, 100)
    assert regularity_between(PLAN, [], START, START + timedelta(days=28)).percent_of_plan == 0
    assert regularity_between([], log, START, START + timedelta(days=28)).percent_of_plan is None


DAY = st.integers(-10, 40).map(lambda d: START + timedelta(days=d))
ROW = st.tuples(DAY, st.sampled_from(["glute_bridge", "clamshell"]), st.sampled_from(["both", "left"]),
                st.booleans(), st.one_of(st.none(), st.integers(0, 10)))


@given(st.lists(ROW, max_size=60), st.integers(1, 35))
def test_regularity_counts_only_the_days_between(log: list[tuple[date, str, str, bool, int | None]],
                                                 length: int) -> None:
    """Days outside the interval or not done never count; the share stays within 0-100%; more logging
    never lowers it."""
    end = START + timedelta(days=length)
    found = regularity_between(PLAN, log, START, end)
    inside = {row[0] for row in log if START <= row[0] < end and row[3]}
    assert found.days_exercised == len(inside) <= length
    assert found.percent_of_plan is not None and 0 <= found.percent_of_plan <= 100
    more = regularity_between(PLAN, [*log, (START, "clamshell", "left", True, None)], START, end)
    assert more.percent_of_plan is not None and more.percent_of_plan >= found.percent_of_plan


@given(st.lists(ROW, max_size=60))
def test_pain_by_week_is_the_mean_of_daily_highest(log: list[tuple[date, str, str, bool, int | None]]) -> None:
    """Each week's value is the mean of its days' highest pain; weeks without a rating are absent."""
    weeks = dict(pain_by_week(log))
    for week, value in weeks.items():
        days = {row[0] for row in log if row[4] is not None and week <= row[0] < week + timedelta(days=7)}
        highest = [max(row[4] for row in log if row[0] == day and row[4] is not None) for day in days]
        assert value == round(sum(highest) / len(highest), 1)
    assert set(weeks) == {row[0] - timedelta(days=row[0].weekday()) for row in log if row[4] is not None}
