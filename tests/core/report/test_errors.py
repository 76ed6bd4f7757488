"""The printout's edge: from the command line over random answers, and what a person reads when it fails.

`main()` is the function `python main.py` runs; it is called in-process so a fault can be
injected inside ReportLab or svglib and the message checked for library text.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

import core.report.parts
import core.report.render
from core.answers import read_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.figures.paper import DrawingError
from core.report.errors import ReportError
from core.resources import MissingResource
from main import main
from tests.pdf_text import page_texts
from tests.strategies import answers_documents

DATA = Path(__file__).resolve().parents[2] / "data"
EXAMPLE = DATA / "lower_crossed" / "answers.json"
REFERRAL = json.loads((DATA / "red_flag_emergency" / "answers.json").read_text(encoding="utf-8"))
LIBRARY_WORDS = ("Flowable", "Table", "svglib", "Traceback", "<", "0x")


def test_routine_command_prints_any_valid_answers(catalogue: Catalogue, capsys: pytest.CaptureFixture[str]) -> None:
    """`routine ANSWERS --pdf OUT` exits 0 for random valid answers (red flags included) and writes a
    whole PDF of at most five pages; a referral is one page."""
    statuses: set[str] = set()

    @settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
    @given(answers_documents(catalogue), st.sampled_from(["a4", "letter"]))
    @example(REFERRAL, "letter")
    def check(document: dict[str, Any], paper: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            answers, out = Path(folder) / "answers.json", Path(folder) / "routine.pdf"
            answers.write_text(json.dumps(document), encoding="utf-8")
            assert main(["routine", str(answers), "--pdf", str(out), "--paper", paper]) == 0
            pages = page_texts(out.read_bytes())
        assert 1 <= len(pages) <= 5
        status = "refer" if "For your doctor" in pages[0] else "other"
        assert status != "refer" or len(pages) == 1
        statuses.add(status)

    check()
    assert "refer" in statuses and capsys.readouterr().err.count("Wrote the") >= 7


@pytest.mark.parametrize(
    ("target", "fault", "words"),
    [
        ("layout", LayoutError("Flowable <Table@0x7EFD 1 rows x 2 cols> too large on page 2"),
         "could not be laid out on the page"),
        ("picture", DrawingError("svglib could not draw the picture 'glute_bridge'"), "picture of the routine"),
        ("picture", MissingResource("/opt/rebalance/resources/x: a file Rebalance needs is missing; reinstall"),
         "a file Rebalance needs is missing"),
    ],
)
def test_a_failure_reads_as_words_and_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str], catalogue: Catalogue,
                                              target: str, fault: Exception, words: str) -> None:
    """Whatever fails inside ReportLab or svglib, routine_pdf() raises ReportError in plain words
    (no library text), the command line says it and exits 1, and no file is written."""

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise fault

    if target == "layout":
        monkeypatch.setattr(SimpleDocTemplate, "build", fail)
    else:
        monkeypatch.setattr(core.report.parts, "paper_picture", fail)
    out = tmp_path / "routine.pdf"
    assert main(["routine", str(EXAMPLE), "--pdf", str(out)]) == 1
    message = capsys.readouterr().err
    assert message.startswith("error: ") and words in message
    if not isinstance(fault, MissingResource):
        assert not any(word in message for word in LIBRARY_WORDS), message
    assert not out.exists()
    result = assess(read_answers(str(EXAMPLE), catalogue), catalogue)
    with pytest.raises(ReportError, match=words):
        core.report.render.routine_pdf(result, catalogue, "Ann", date(2026, 12, 1))
