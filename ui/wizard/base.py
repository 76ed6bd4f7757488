"""What every wizard page shares: the context it reads and writes, and how it loads and stores."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from core.catalogue import Catalogue
from ui.wizard.state import AssessmentState


@dataclass
class Context:
    """What every page may use: the catalogue, the answers so far, the person's profile."""

    catalogue: Catalogue
    state: AssessmentState
    profile: str
    year_of_birth: int | None = None
    sex: str | None = None


class Page(QWizardPage):
    key = ""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context

    def initializePage(self) -> None:
        self.load()

    def cleanupPage(self) -> None:
        """Going Back keeps what was entered here."""
        self.store()

    def load(self) -> None:
        """Fill the page from the state (Picard: each page loads here)."""

    def store(self) -> None:
        """Write the page into the state; the wizard calls it whenever the page is left."""


def wrapped(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label
