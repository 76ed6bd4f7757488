"""Hypothesis strategies that draw valid answers documents from the catalogue itself."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from core import contract
from core.catalogue import Catalogue
from core.catalogue.models import Test
from tests.helpers import ALL_FLAGS


def test_values(test: Test) -> st.SearchStrategy[Any]:
    spec = test.input
    if spec.kind == "choice":
        return st.sampled_from([choice.value for choice in spec.choices])
    if spec.kind == "boolean":
        return st.booleans()
    assert spec.min is not None and spec.max is not None
    whole = st.integers(int(spec.min), int(spec.max))
    if spec.kind == "reps":
        return whole
    return whole | st.floats(spec.min, spec.max, allow_nan=False, allow_infinity=False)


def observation(test: Test) -> st.SearchStrategy[Any]:
    if not test.input.sided:
        return test_values(test)
    side = st.none() | test_values(test)
    return st.fixed_dictionaries({}, optional={"left": side, "right": side})


@st.composite
def answers_documents(draw: st.DrawFn, catalogue: Catalogue, flags: bool = True) -> dict[str, Any]:
    """A valid answers document: any subset of tests, any values in range, maybe red flags,
    cautions, pain with its onset (which may raise the derived age_at_onset flag)."""
    observations = draw(st.fixed_dictionaries(
        {}, optional={test.id: observation(test) for test in catalogue.tests.values()}))
    screening: dict[str, Any] = dict.fromkeys(ALL_FLAGS, False)
    if flags and draw(st.booleans()):
        for flag in draw(st.lists(st.sampled_from(ALL_FLAGS), max_size=3)):
            screening[flag] = True
        screening["cleared_by_clinician"] = draw(st.booleans())
    if flags and draw(st.integers(0, 9)) == 0:
        del screening[draw(st.sampled_from(ALL_FLAGS))]
    if draw(st.booleans()):
        screening["cautions"] = draw(st.fixed_dictionaries(
            {}, optional=dict.fromkeys(contract.CAUTION_QUESTIONS, st.booleans())))
    person: dict[str, Any] = draw(st.fixed_dictionaries({}, optional={
        "age": st.integers(16, 120), "sex": st.sampled_from(["female", "male"])}))
    pain: dict[str, Any] = draw(st.fixed_dictionaries({}, optional={
        "now": st.integers(0, 10), "onset": st.sampled_from(contract.PAIN_ONSETS),
        "regions": st.lists(st.sampled_from(sorted(catalogue.regions)), max_size=3, unique=True)}))
    return {"format": 1, "person": person, "screening": screening, "pain": pain,
            "observations": observations}
