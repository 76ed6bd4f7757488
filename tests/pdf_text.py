"""Reading a PDF back the way a test needs it: the text of each page, whitespace made single."""

from __future__ import annotations

import io

from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text in one line per page, so a phrase broken across lines still matches."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]
