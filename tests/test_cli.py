"""The command line of contract.md: documents, plain output, exit codes, stdin, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import answers_document

ROOT = Path(__file__).resolve().parents[1]
LOWER_CROSSED = ROOT / "tests" / "data" / "lower_crossed" / "answers.json"


def rebalance(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_assess_json_is_the_result_document() -> None:
    """`assess --json` prints the contract's result document and exits 0."""
    done = rebalance("assess", str(LOWER_CROSSED), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["format"] == 1 and result["status"] == "ok"
    assert {"referral", "missing", "muscles", "patterns", "routine", "next_phase"} <= set(result)


def test_assess_plain_reads_well() -> None:
    """The plain summary names the findings, the pattern, the disclaimer and the dose in words."""
    done = rebalance("assess", str(LOWER_CROSSED))
    assert done.returncode == 0
    text = done.stdout
    assert "not a diagnosis" in text and "Forward-tipped pelvis" in text
    assert "Kneeling hip flexor stretch" in text and "hold 30 s, 3 times, each side, every day" in text


def test_assess_reads_stdin() -> None:
    """`-` reads the answers from standard input."""
    done = rebalance("assess", "-", "--json", stdin=LOWER_CROSSED.read_text(encoding="utf-8"))
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "ok"


@pytest.mark.parametrize(("document", "named"), [
    (answers_document({"thomas_hip": {"left": "tight"}}), "observations.thomas_hip.left"),
    (answers_document({"trunk_flexor_hold": 9000}), "observations.trunk_flexor_hold"),
    (answers_document({"trunk_flexor_hold": "long"}), "observations.trunk_flexor_hold"),
    (answers_document({"toe_touch": "normal"}), "observations.toe_touch"),
    ("{not json", "not valid JSON"),
])
def test_bad_input_exits_2_naming_the_field(document: Any, named: str) -> None:
    """Wrong type, out of range, unknown value or id, and broken JSON: exit 2, field named."""
    text = document if isinstance(document, str) else json.dumps(document)
    done = rebalance("assess", "-", "--json", stdin=text)
    assert done.returncode == 2
    assert named in done.stderr and "<stdin>" in done.stderr
    assert done.stdout == ""


def test_missing_file_exits_2(tmp_path: Path) -> None:
    """A file that does not exist is bad input, named in the message."""
    done = rebalance("assess", str(tmp_path / "absent.json"))
    assert done.returncode == 2 and "absent.json" in done.stderr


def test_catalogue_lists_ids_and_json() -> None:
    """`catalogue` lists every kind of id; `--json` gives the whole catalogue as data."""
    plain = rebalance("catalogue")
    assert plain.returncode == 0
    for text in ("thomas_hip", "hip_flexors", "upper_crossed", "chin_tuck", "saddle_numbness"):
        assert text in plain.stdout
    document = json.loads(rebalance("catalogue", "--json").stdout)
    assert {t["id"] for t in document["tests"]} >= {"thomas_hip", "side_bridge_hold"}
    assert document["version"]


def test_headless_commands_import_no_qt_or_reportlab() -> None:
    """`assess` and `catalogue` run without importing Qt or ReportLab (no display needed)."""
    code = (
        "import sys, main\n"
        f"main.main(['assess', {str(LOWER_CROSSED)!r}, '--json'])\n"
        "main.main(['catalogue'])\n"
        "loaded = [m for m in ('PySide6', 'reportlab') if m in sys.modules]\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and done.stderr.endswith("[]")


def test_routine_says_what_it_wrote(tmp_path: Path) -> None:
    """The confirmation names what is in the file: a routine, or the letter for the doctor after a red flag."""
    sample = json.loads((ROOT / "data" / "samples" / "sample_answers.json").read_text(encoding="utf-8"))
    flagged = dict(sample, screening=dict(sample["screening"], neck_vascular_signs=True))
    for document, words in ((sample, "Wrote the routine to"), (flagged, "Wrote the letter for the doctor to")):
        answers = tmp_path / "answers.json"
        answers.write_text(json.dumps(document), encoding="utf-8")
        done = rebalance("routine", str(answers), "--pdf", str(tmp_path / "out.pdf"), "--force")
        assert done.returncode == 0 and words in done.stderr, done.stderr
