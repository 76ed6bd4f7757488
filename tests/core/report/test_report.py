"""The printable routine: content, paper sizes, fonts, vector pictures, variants, rendering."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.answers import parse_answers, read_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.report.model import build_report
from core.report.render import render_pdf, routine_pdf
from core.result import Result
from tests.helpers import answers_document

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
POINTS_PER_MM = 72 / 25.4


def result_of(catalogue: Catalogue, example: str) -> Result:
    return assess(read_answers(str(DATA / example / "answers.json"), catalogue), catalogue)


def pdf_for(catalogue: Catalogue, example: str, paper: str = "a4") -> bytes:
    report = build_report(result_of(catalogue, example), catalogue, "Zoë Müller", date(2026, 11, 22))
    return render_pdf(report, paper)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def long_pdf(catalogue: Catalogue) -> bytes:
    return pdf_for(catalogue, "lower_crossed")


def test_routine_names_doses_sides_and_findings(catalogue: Catalogue, long_pdf: bytes) -> None:
    """Every exercise of the routine is on paper with its dose in words and its side."""
    text = " ".join(text_of(long_pdf).split())
    result = result_of(catalogue, "lower_crossed")
    for entry in result.routine:
        assert catalogue.exercises[entry.exercise].name in text
    assert "hold 30 s, 3 times, each side, every day" in text
    assert "10 repetitions, 2 sets, 3 days a week" in text
    assert "Hip flexors (iliopsoas), both sides" in text
    assert "Zoë Müller" in text and "not a diagnosis" in text


def test_log_grid_and_safety_box(long_pdf: bytes) -> None:
    """A four-week log of 28 days with a pain column, the repeat date and the safety box."""
    text = " ".join(text_of(long_pdf).split())
    assert "Your four-week log" in text and "Pain 0-10" in text
    assert "Mon 23 Nov" in text and "Sun 20 Dec" in text
    assert "Repeat the assessment on 20 December 2026" in text
    assert text.count("Stop at once if the pain becomes sharp") == 2
    assert "spreads down an arm or a leg" in text and "new numbness or weakness" in text


def test_footer_and_metadata(long_pdf: bytes) -> None:
    """Page x of y, version and date on every page; title, author and subject set."""
    reader = PdfReader(io.BytesIO(long_pdf))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in page.extract_text()
    meta = reader.metadata
    assert meta is not None and meta.title == "Rebalance routine for Zoë Müller"
    assert meta.author == "Rebalance" and "assessment of 22 November 2026" in (meta.subject or "")


@pytest.mark.parametrize(("paper", "size_mm"), [("a4", (210, 297)), ("letter", (215.9, 279.4))])
def test_paper_sizes(catalogue: Catalogue, paper: str, size_mm: tuple[float, float]) -> None:
    """A4 and Letter pages have the right size in points."""
    page = PdfReader(io.BytesIO(pdf_for(catalogue, "upper_crossed", paper))).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert abs(width - size_mm[0] * POINTS_PER_MM) < 1 and abs(height - size_mm[1] * POINTS_PER_MM) < 1


def test_fonts_embedded_and_pictures_are_vectors(long_pdf: bytes) -> None:
    """Every font is embedded DejaVu (FontFile2), and no page carries a raster image."""
    reader = PdfReader(io.BytesIO(long_pdf))
    fonts, images = set(), 0
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font: Any = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]))
        xobjects = resources.get("/XObject", {})
        images += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert images == 0
    contents = reader.pages[1].get_contents()
    assert contents is not None and len(contents.get_data()) > 20000  # the drawn pictures' paths


def test_referral_is_a_one_page_letter_for_the_doctor(catalogue: Catalogue) -> None:
    """A red flag prints a one-page letter: the urgency and what to do now, the flags answered yes in
    the person's own words with the date, and that no tests or exercises were done."""
    pdf = pdf_for(catalogue, "red_flag_emergency")
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(text_of(pdf).split())
    assert len(reader.pages) == 1
    assert "Get emergency help now" in text and "go to an emergency department (A&E) now" in text
    assert "Dear doctor" in text and "On 22 November 2026 I answered the safety questions" in text
    assert "“Have you ever had cancer?”" in text and "saddle" in text
    assert "no tests were done and no exercises were given" in text
    assert "Your routine" not in text and "four-week log" not in text
    assert "Cleared to exercise" not in text  # an emergency is not something a signature clears
    assert "please assess these signs today" in text and "before I start any exercise programme" not in text
    meta = reader.metadata
    assert meta is not None and "for a doctor" in (meta.subject or "")


def test_see_doctor_first_letter_has_lines_to_clear_exercise(catalogue: Catalogue) -> None:
    """Only a see-a-doctor-first referral, the one level a clearance lifts, leaves lines to sign."""
    document = answers_document(long_term_steroids=True)
    result = assess(parse_answers(document, catalogue), catalogue)
    assert result.referral is not None and result.referral.level == "see_doctor_first"
    text = " ".join(text_of(routine_pdf(result, catalogue, "Ann", date(2026, 12, 1))).split())
    assert "See your doctor before you exercise" in text and "“Have you taken steroid tablets" in text
    assert "Cleared to exercise" in text and "1 December 2026" in text
    assert "before I start any exercise programme" in text and "today" not in text.split("Dear doctor")[1]


def test_incomplete_says_what_is_missing(catalogue: Catalogue) -> None:
    """An unfinished screening names the questions left and gives no exercises."""
    text = " ".join(text_of(pdf_for(catalogue, "incomplete_screening")).split())
    assert "screening is not finished" in text and "dizziness" in text and "Your routine" not in text


def test_pages_render_with_pdftoppm(long_pdf: bytes, tmp_path: Path) -> None:
    """Every page rasterises with poppler (a broken page would fail here)."""
    assert shutil.which("pdftoppm"), "poppler-utils is missing: run ./dev test, which installs it"
    source = tmp_path / "routine.pdf"
    source.write_bytes(long_pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(source), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(long_pdf)).pages)
    assert all(page.stat().st_size > 2000 for page in pages)


def rebalance(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_routine_command_writes_atomically_and_refuses_missing_folder(tmp_path: Path) -> None:
    """`routine --pdf` writes a whole PDF (no temporary left); a missing folder is bad input."""
    out = tmp_path / "routine.pdf"
    answers = str(DATA / "flat_back" / "answers.json")
    done = rebalance("routine", answers, "--pdf", str(out), "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*tmp"))
    missing = rebalance("routine", str(DATA / "flat_back" / "answers.json"), "--pdf",
                        str(tmp_path / "nowhere" / "r.pdf"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    bad = rebalance("routine", "-", "--pdf", str(out))
    assert bad.returncode == 2


def test_existing_pdf_survives_bad_input(tmp_path: Path) -> None:
    """Bad answers leave an earlier PDF at the same path untouched."""
    out = tmp_path / "routine.pdf"
    out.write_bytes(b"%PDF-old")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": 1, "observations": {"ober": {"left": "tight"}}}))
    done = rebalance("routine", str(broken), "--pdf", str(out))
    assert done.returncode == 2 and out.read_bytes() == b"%PDF-old"


FULL_PASSES = """
import gc, runpy, sys
import core.report.render as render
passes, frozen = [], []  # full passes while the PDF is made; what was frozen when it began

def count(phase, info):
    making_the_pdf = bool(frozen) and frozen[-1] != -1
    if phase == "stop" and info["generation"] == 2 and making_the_pdf:
        passes.append(1)

def watched(*args, **kwargs):
    frozen.append(gc.get_freeze_count())
    try:
        return real(*args, **kwargs)
    finally:
        frozen.append(-1)  # done: later passes (at exit) are not the PDF's

real, render.routine_pdf = render.routine_pdf, watched
gc.callbacks.append(count)
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    print(len(passes), frozen[0] > 0, file=sys.stderr)
"""


def test_routine_command_keeps_what_is_loaded_out_of_full_collections(tmp_path: Path) -> None:
    """`routine --pdf` has frozen the modules and catalogue it loaded by the time the PDF is made, and
    no full garbage-collector pass comes while it is made (without the freeze, one full pass over
    everything loaded came in the middle and took 40-50 ms)."""
    done = subprocess.run([sys.executable, "-c", FULL_PASSES, str(ROOT / "main.py"), "routine",
                           str(DATA / "lower_crossed" / "answers.json"), "--pdf", str(tmp_path / "r.pdf")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "0 True"
