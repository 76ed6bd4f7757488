"""The answers parser under hostile input, through the real command-line entry point.

Every hostile document exits 2 with one line naming the field, never a traceback; every
valid one still exits 0. Documents are written as JSON text by hand so that what Python's
json module cannot produce (duplicate keys, NaN, 1e400, 999-deep nesting) reaches the parser.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from core.catalogue import Catalogue, default_catalogue
from tests.strategies import answers_documents

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Raw:
    """JSON text written as is (NaN, 1e400, a 400-digit integer, deep nesting)."""

    text: str


@dataclass(frozen=True)
class Twice:
    """An object in which one key is given a second time, with another value."""

    pairs: tuple[tuple[str, Any], ...]


def dump(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Twice):
        return "{" + ", ".join(f"{json.dumps(k)}: {dump(v)}" for k, v in value.pairs) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v) for v in value) + "]"
    return json.dumps(value)


HOSTILE_NUMBERS = [Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e400"), Raw("-1e400"),
                   Raw("9" * 400), Raw("-" + "7" * 5000), Raw("[" * 999 + "]" * 999),
                   Raw('{"a": ' * 500 + "1" + "}" * 500)]
WRONG_SHAPES: list[Any] = [False, 0, "", [], 1.0, True, {}, [{}], None]


def paths(document: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += paths(value, (*prefix, key))
    return found


def put(document: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value
    return copy


def run(tmp_path: Path, text: str) -> tuple[int, str]:
    file = tmp_path / "answers.json"
    file.write_text(text, encoding="utf-8")
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main.main(["assess", str(file), "--json"])
    return code, err.getvalue()


def refused_naming(code: int, err: str, field: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err, err
    assert f": {field}" in err, (field, err)


CATALOGUE = default_catalogue()
SECTIONS = ("person", "pain", "screening", "observations")


KINDS = ("valid", "number", "duplicate", "section", "regions", "format")


@st.composite
def hostile(draw: st.DrawFn, kind: str) -> tuple[str, str | None]:
    """(JSON text, the field it must be refused for; None when the document is valid)."""
    document = draw(answers_documents(CATALOGUE))
    document["pain"] = {"now": draw(st.integers(0, 10)), "regions": ["lower_back"]}
    if kind == "valid":
        return dump(document), None
    if kind == "number":
        numeric = ["person.age", "pain.now"] + [
            f"observations.{t.id}" + (".left" if t.input.sided else "")
            for t in CATALOGUE.tests.values() if t.input.kind in ("seconds", "degrees", "reps")]
        field = draw(st.sampled_from(numeric))
        return dump(put(document, tuple(field.split(".")), draw(st.sampled_from(HOSTILE_NUMBERS)))), field
    if kind == "duplicate":
        path = draw(st.sampled_from(paths(document)))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        pairs = (*parent.items(), (path[-1], Raw("0")))
        text_document = put(document, path[:-1], Twice(pairs)) if len(path) > 1 else Twice(pairs)
        return dump(text_document), ".".join(path)
    if kind == "section":
        section = draw(st.sampled_from(SECTIONS))
        wrong = draw(st.sampled_from([v for v in WRONG_SHAPES if not isinstance(v, dict) and v is not None]))
        return dump(put(document, (section,), wrong)), section
    if kind == "regions":
        wrong = draw(st.sampled_from([0, False, "", "lower_back", {}, [{}], [0], [None], [["neck"]]]))
        field = "pain.regions" if not isinstance(wrong, list) else "pain.regions[0]"
        return dump(put(document, ("pain", "regions"), wrong)), field
    wrong = draw(st.sampled_from([True, 1.0, "1", 2, 0, None, [1], {}]))
    return dump(put(document, ("format",), wrong)), "format"


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_answers_exit_2_naming_the_field(tmp_path: Path, kind: str, data: st.DataObject) -> None:
    """NaN, huge numbers, deep nesting, duplicate keys, wrong shapes: exit 2 with the field; valid: 0.

    One run per kind, so every kind (and the valid documents) is certainly exercised."""
    text, field = data.draw(hostile(kind))
    code, err = run(tmp_path, text)
    if field is None:
        assert code == 0, err
    else:
        refused_naming(code, err, field)


@pytest.mark.parametrize(("text", "field"), [
    ('{"format": 1, "person": {"age": NaN}}', "person.age"),
    ('{"format": 1, "pain": {"now": Infinity}}', "pain.now"),
    ('{"format": 1, "pain": {"now": 1e400}}', "pain.now"),
    ('{"format": 1, "observations": {"single_leg_bridge_reps": {"left": ' + "9" * 400 + "}}}",
     "observations.single_leg_bridge_reps.left"),
    ('{"format": 1, "observations": {"trunk_flexor_hold": ' + "9" * 400 + "}}", "observations.trunk_flexor_hold"),
    ('{"format": 1, "pain": {"regions": [{}]}}', "pain.regions[0]"),
    ('{"format": 1, "person": false}', "person"),
    ('{"format": 1, "pain": []}', "pain"),
    ('{"format": 1, "pain": {"regions": 0}}', "pain.regions"),
    ('{"format": true}', "format"),
    ('{"format": 1.0}', "format"),
    ('{"format": 1, "screening": {"saddle_numbness": true, "saddle_numbness": false}}',
     "screening.saddle_numbness"),
])
def test_each_reported_document_is_refused(tmp_path: Path, text: str, field: str) -> None:
    """The documents that crashed or were accepted before: exit 2, the field named."""
    refused_naming(*run(tmp_path, text), field)


def test_a_dropped_red_flag_is_refused_by_the_installed_command(tmp_path: Path, catalogue: Catalogue) -> None:
    """`python main.py assess` on a document giving saddle_numbness twice exits 2 naming it."""
    screening = ", ".join(f'"{flag}": false' for flag in catalogue.red_flags)
    file = tmp_path / "answers.json"
    file.write_text('{"format": 1, "screening": {"saddle_numbness": true, ' + screening + "}}")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "assess", str(file)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "screening.saddle_numbness" in done.stderr and done.stdout == ""
