"""The fast geometry and number formatting under every picture: checked against plain definitions."""

from __future__ import annotations

import math

from hypothesis import example, given
from hypothesis import strategies as st

from core.figures.geometry import convex_hull, mat_mul
from core.figures.svg import _fmt

coordinate = st.floats(min_value=-50, max_value=50, allow_nan=False).map(lambda v: round(v, 2))
points = st.lists(st.tuples(coordinate, coordinate), max_size=60)


def turn(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


@given(points)
@example([(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (1.0, 1.0), (1.0, 0.5)])  # collinear and inner points
@example([(0.0, 0.0), (0.0, 0.0), (1.0, 1.0)])  # a repeated point
@example([(0.0, 0.0), (2.0, 2.0), (1.0, 1.0)])  # three on one line
def test_the_hull_is_convex_counter_clockwise_and_holds_every_point(given_points: list[tuple[float, float]]) -> None:
    """Every corner turns left (no collinear corner kept), the corners are input points, and no
    input point lies outside; fewer than three distinct points come back sorted."""
    hull = convex_hull(given_points)
    distinct = sorted(set(given_points))
    if len(distinct) < 3:
        assert hull == distinct
        return
    assert set(hull) <= set(given_points) and hull[0] == distinct[0]
    corners = len(hull)
    if corners >= 3:
        for index in range(corners):
            assert turn(hull[index], hull[(index + 1) % corners], hull[(index + 2) % corners]) > 0
            for point in given_points:
                assert turn(hull[index], hull[(index + 1) % corners], point) >= -1e-9
    else:  # every point on one line: the hull is its two ends
        assert hull == [distinct[0], distinct[-1]]


matrices = st.tuples(*[st.tuples(*[st.floats(-10, 10, allow_nan=False)] * 3)] * 3)


@given(matrices, matrices)
def test_the_written_out_product_is_the_matrix_product(a: tuple[tuple[float, ...], ...],
                                                       b: tuple[tuple[float, ...], ...]) -> None:
    """Each entry is the row-by-column sum, added in the same order (so the same float)."""
    product = mat_mul(a, b)  # type: ignore[arg-type]
    for row in range(3):
        for column in range(3):
            assert product[row][column] == (a[row][0] * b[0][column] + a[row][1] * b[1][column]
                                            + a[row][2] * b[2][column])


@given(st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.integers(-10**6, 10**6)))
@example(0.0)
@example(-0.0)
@example(-0.04)
@example(10.04)
@example(2.96)
@example(0.25)
def test_a_coordinate_is_written_to_a_tenth_without_a_trailing_zero(value: float) -> None:
    """The text reads back within half a tenth, has no ".0" tail, and zero is "0" (never "-0")."""
    text = _fmt(value)
    assert not text.endswith(".0") and math.isclose(float(text), value, abs_tol=0.05 + 1e-9)
    assert text == str(int(value)) if value == int(value) else text == f"{value:.1f}".rstrip("0").rstrip(".")
