"""What every wizard page shares: the context it reads and writes, and how it loads and stores."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

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


def exam_key(test_id: str) -> str:
    """The key of a test's page among the wizard's pages (the others are keyed in wizard.PAGES)."""
    return f"test:{test_id}"


class Page(QWizardPage):
    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.hint = wrapped("")  # says why Next is disabled; a page places it under its inputs
        self.hint.setVisible(False)
        policy = self.hint.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # answering must not move the timer's button under the mouse
        self.hint.setSizePolicy(policy)
        self.hint.setAccessibleName(self.tr("Why you cannot go on yet"))
        self.completeChanged.connect(self.explain_next)

    def setTitle(self, title: str) -> None:
        """Titles are larger than the text, relative to it, so they grow when the text size changes."""
        super().setTitle(f"<span style='font-size: x-large; font-weight: bold'>{escape(title)}</span>")

    def initializePage(self) -> None:
        self.load()
        self.explain_next()

    def blocked_reason(self) -> str:
        """What is still missing when Next is disabled, in the words of the page."""
        return ""

    def explain_next(self) -> None:
        reason = "" if self.isComplete() else self.blocked_reason()
        said = self.tr("To go on: {reason}").format(reason=reason) if reason else ""
        if said:
            self.hint.setText(said)  # once answered the words stay, hidden, so the page keeps its layout
        self.hint.setVisible(bool(reason))
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            next_button.setToolTip(said)
            next_button.setAccessibleDescription(said)

    def cleanupPage(self) -> None:
        """Going Back keeps what was entered here."""
        self.store()

    def prepare(self) -> None:
        """Build ahead what load() would build, in an idle turn while the page before this one shows, so
        that Next only shows it. load() must still work whether or not this ran, and redo what went stale."""

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
