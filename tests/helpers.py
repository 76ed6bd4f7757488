"""Builders for answers documents, so each test states only what it is about."""

from __future__ import annotations

from typing import Any

from core import contract

ALL_FLAGS = tuple(flag for flags in contract.RED_FLAGS.values() for flag in flags)


def clear_screening(**flags: bool) -> dict[str, bool]:
    """Every red-flag question answered no, except those given."""
    screening = dict.fromkeys(ALL_FLAGS, False)
    screening.update(flags)
    return screening


def answers_document(observations: dict[str, Any] | None = None, *, sex: str | None = None,
                     age: int | None = 45, pain: int | None = 5, **flags: bool) -> dict[str, Any]:
    person: dict[str, Any] = {}
    if age is not None:
        person["age"] = age
    if sex is not None:
        person["sex"] = sex
    document: dict[str, Any] = {
        "format": 1,
        "person": person,
        "screening": clear_screening(**flags),
        "observations": observations or {},
    }
    if pain is not None:
        document["pain"] = {"now": pain, "regions": ["lower_back"]}
    return document
