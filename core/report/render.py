"""Lays the report model out with ReportLab platypus: it decides nothing, it only places.

Pictures are the same SVG as on screen, drawn as vectors as svglib draws them
(core.figures.paper). Whatever goes wrong inside ReportLab or svglib leaves here as a
ReportError in words a person reads; library text stays in the chained cause, for a developer.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from core.catalogue import Catalogue
from core.figures.paper import DrawingError
from core.i18n import translate
from core.report.errors import ReportError
from core.report.first_page import first_page
from core.report.letter import incomplete_page, referral_letter
from core.report.model import Report, build_report
from core.report.parts import MARGIN, day_text
from core.report.routine_pages import routine_pages
from core.report.styles import FONT, MUTED
from core.resources import MissingResource
from core.result import Result

Paper = Literal["a4", "letter"]
PAGES = {"a4": A4, "letter": LETTER}


class _NumberedCanvas(Canvas):
    """Draws "page x of y" once the number of pages is known."""

    footer = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab internal, missing from its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            page = self._pageNumber  # type: ignore[attr-defined]  # ReportLab internal
            text = translate("report", "Page {page} of {total}").format(page=page, total=total)
            self.drawString(MARGIN, 10 * mm, f"{text}  ·  {self.footer}")
            super().showPage()
        super().save()


def render_pdf(report: Report, paper: Paper = "a4") -> bytes:
    """The printable routine as PDF bytes, with title, author and subject set."""
    size = PAGES[paper]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=report.title,
        author="Rebalance",
        subject=report.subject.format(date=day_text(report.assessed_on)),
        creator=f"Rebalance {report.app_version}",
        initialFontName=FONT,
    )  # no unembedded Helvetica
    width = size[0] - 2 * MARGIN
    if report.referral is not None:
        story = referral_letter(report, width)
    elif report.status == "incomplete":
        story = incomplete_page(report)
    else:
        story = first_page(report, width) + routine_pages(report, width)
    footer = translate("report", "Rebalance {version} · printed {date}").format(
        version=report.app_version, date=day_text(report.printed_on)
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.footer = footer
        return canvas

    document.build(story, canvasmaker=canvas_maker)
    return buffer.getvalue()


def routine_pdf(result: Result, catalogue: Catalogue, person: str, assessed_on: date,
                paper: Paper = "a4", versions: Mapping[str, str] | None = None) -> bytes:
    """The printout of a result as every caller needs it: the routine, or for a referral the letter
    for the doctor, or the unfinished-screening page. ``versions``: the version each exercise is
    done at now (the programme's), where it differs from the phase's start. Raises only ReportError."""
    try:
        return render_pdf(build_report(result, catalogue, person, assessed_on, versions), paper)
    except DrawingError as error:
        raise ReportError(
            translate("report", "A picture of the routine could not be drawn, so no PDF was made. "
                      "Reinstalling Rebalance may mend it.")
        ) from error
    except MissingResource as error:  # our own words, naming the file
        raise ReportError(str(error)) from error
    except OSError as error:  # a font file of the installation is unreadable
        raise ReportError(
            translate("report", "A file the printout needs could not be read, so no PDF was made. "
                      "Reinstalling Rebalance may mend it.")
        ) from error
    except Exception as error:  # ReportLab's layout errors have no common base class
        raise ReportError(
            translate("report", "The printout could not be laid out on the page, so no PDF was made. "
                      "This is a fault in Rebalance; please report it.")
        ) from error
