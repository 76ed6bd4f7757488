"""A result whose every test was skipped is told apart from one whose tests found nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from core.answers import read_answers
from core.catalogue import Catalogue, default_catalogue
from core.engine import assess
from core.programme.words import phase_lines
from core.report.render import routine_pdf
from core.result import Result
from tests.pdf_text import page_texts

SAMPLE = Path(__file__).parents[1] / "data" / "no_findings" / "answers.json"


def _result(tmp_path: Path, observations: dict[str, object] | None = None) -> tuple[Result, Catalogue]:
    document = json.loads(SAMPLE.read_text())
    if observations is not None:
        document["observations"] = observations
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(document))
    catalogue = default_catalogue()
    return assess(read_answers(str(path), catalogue), catalogue), catalogue


def test_no_observation_is_untested_and_prints_so(tmp_path: Path) -> None:
    """With no test done the result is not `tested`, has no phase to show, and its PDF says no test was done
    instead of "nothing found"; the no-findings sample (every test done, normal) is tested and keeps its words."""
    empty, catalogue = _result(tmp_path, {})
    assert not empty.tested and phase_lines(empty) == []
    text = " ".join(page_texts(routine_pdf(empty, catalogue, "Alex", date(2026, 12, 1))))
    assert "No test was done" in text and "No routine yet" in text and "nothing found" not in text
    done, _ = _result(tmp_path)
    assert done.tested and phase_lines(done)
    text = " ".join(page_texts(routine_pdf(done, catalogue, "Alex", date(2026, 12, 1))))
    assert "No test was done" not in text and "found nothing to stretch or strengthen" in text


def test_assess_in_a_terminal_says_no_test_was_done(tmp_path: Path) -> None:
    """`main.py assess` on answers with no test done prints that no test was done and the safety net, and
    neither "none found" (which would claim the tests were done) nor a routine; with every test done and
    normal, it still lists each finding heading with "none found"."""
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    _result(tmp_path, {})  # writes tmp_path/answers.json with no observations

    def assess_text(path: Path) -> str:
        done = subprocess.run([sys.executable, str(root / "main.py"), "assess", str(path)], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    text = assess_text(tmp_path / "answers.json")
    assert "No test was done" in " ".join(text.split()) and "Safety net" in text
    assert "none found" not in text and "Your routine" not in text
    assert "none found" in assess_text(SAMPLE)
