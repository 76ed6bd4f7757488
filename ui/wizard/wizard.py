"""The assessment wizard: pages listed once as data, a draft saved on every page change.

After Picard's setupwizard: each page loads in initializePage() and writes itself into the
shared state when left; the wizard collects that state, saves it as a draft, and hands it
to the engine. The clinical decisions (stop or go on, the results) are all core's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWizard, QWizardPage
from shiboken6 import isValid

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.figures.illustrate import picture
from core.result import Result
from core.store.photos import PreparedPhoto, write_photos
from core.store.repository import Store
from ui.idle import IdleQueue
from ui.pdf_export import PdfBar, PdfWorker, ask_pdf_path, report_pdf
from ui.posture.session import PhotoPreparer
from ui.wizard.base import Context, Page, exam_key
from ui.wizard.drafts import DraftWriter
from ui.wizard.end_pages import ResultsPage, ReviewPage, RoutinePage
from ui.wizard.exam_page import ExamPage
from ui.wizard.first_pages import IntroPage, PainPage
from ui.wizard.screening import ScreeningPage, StopPage, screening_of
from ui.wizard.state import AssessmentState

TESTS = "tests"
PAGES: tuple[tuple[str, Callable[[Context], Page] | None], ...] = (
    ("intro", IntroPage),
    ("screening", ScreeningPage),
    ("stop", StopPage),
    ("pain", PainPage),
    (TESTS, None),  # one page per catalogue test, in catalogue order
    ("review", ReviewPage),
    ("results", ResultsPage),
    ("routine", RoutinePage),
)


def _stamp(document: dict[str, Any]) -> str:
    """The answers as one string, to tell whether they changed."""
    return json.dumps(document, sort_keys=True, default=str)


class AssessmentWizard(QWizard):
    assessment_closed = Signal()
    pdf_written = Signal(str)

    def __init__(self, catalogue: Catalogue, store: Store, profile: str, *, year_of_birth: int | None = None,
                 sex: str | None = None, draft: tuple[dict[str, Any], str] | None = None,
                 paper: str = "a4", tick_ms: int = 1000) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Assessment for {name}").format(name=profile))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)  # page titles carry their relative size (Page.setTitle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.store, self.paper = store, paper
        self.drafts = DraftWriter(store, profile)  # a draft on every page change, off the UI thread
        state = AssessmentState.from_draft(draft[0]) if draft else AssessmentState()
        self.context = Context(catalogue, state, profile, year_of_birth, sex)
        self.outcome: Result | None = None
        self._assessed: tuple[str, Result] | None = None  # the answers (as JSON) and their result
        self.saved_id: str | None = None
        self.saved_answers: str | None = None  # the answers saved under saved_id (_stamp)
        self.worker: PdfWorker | None = None
        self.exporting_bar: PdfBar | None = None  # the export bar of the page the PDF was asked from
        self.preparer: PhotoPreparer | None = None  # the photos being made ready while the session is saved
        self.pending: tuple[dict[str, Any], Result] | None = None  # the answers and result it will save
        self.after_save: Callable[[], None] | None = None  # Finish or Cancel pressed while saving
        self.open_prompt: QMessageBox | None = None
        self.keys: list[str] = []
        tests = list(catalogue.tests.values())
        for key, factory in PAGES:
            if key == TESTS:
                for number, test in enumerate(tests, start=1):
                    position = self.tr("test {n} of {total}").format(n=number, total=len(tests))
                    self._add(exam_key(test.id), ExamPage(self.context, test, position, tick_ms))
            else:
                assert factory is not None
                self._add(key, factory(self.context))
        self.currentIdChanged.connect(self._on_page_changed)
        self.warmer = IdleQueue(self)  # pictures drawn ahead (core.figures.illustrate keeps them)
        self.warmer.ahead([partial(picture, catalogue, test.illustration) for test in tests])
        self._resume_at = draft[1] if draft else None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self._follow_font)

    def _follow_font(self, font: QFont) -> None:
        """QWizard fixes its title and subtitle fonts when built; a text size changed live reaches them here."""
        for label in self.findChildren(QLabel):
            owner = label.parentWidget()
            while owner is not None and owner is not self and not isinstance(owner, QWizardPage):
                owner = owner.parentWidget()
            if owner is self:  # the wizard's own labels, not a page's
                label.setFont(font)

    def _add(self, key: str, page: Page) -> None:
        self.setPage(len(self.keys), page)
        self.keys.append(key)

    def id_of(self, key: str) -> int:
        return self.keys.index(key)

    def key_of(self, page_id: int) -> str:
        return self.keys[page_id] if 0 <= page_id < len(self.keys) else ""

    def nextId(self) -> int:
        key = self.key_of(self.currentId())
        if key == "screening":
            page = self.page(self.currentId())
            assert isinstance(page, ScreeningPage)
            return self.id_of("stop") if page.must_stop() else self.id_of("pain")
        if key == "pain":  # a flag derived from age and onset stops here
            stop = screening_of(self.context.state, self.context.catalogue).status == "refer"
            return self.id_of("stop") if stop else self.currentId() + 1
        if key in ("stop", "routine"):
            return -1
        return self.currentId() + 1

    # ---------------------------------------------------------------- state and drafts
    def store_current(self) -> None:
        page = self.page(self.currentId())
        if isinstance(page, Page):
            page.store()

    def validateCurrentPage(self) -> bool:
        """Store the page before the next one loads (QWizard initialises it before announcing it)."""
        self.store_current()
        return super().validateCurrentPage()

    def _on_page_changed(self, page_id: int) -> None:
        if page_id >= 0 and self.saved_id is None:  # just after the new page paints (a disk write)
            QTimer.singleShot(0, self, self._save_draft_unless_saved)
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self.focus_first()  # QWizard looks only so far along the focus chain for a page built late
        ahead: list[Callable[[], object]] = [partial(self._prepare_next, page_id)]
        if self.key_of(page_id) == "review":  # then the routine's pictures (the routine page draws its own)
            ahead.append(self._draw_routine_ahead)
        self.warmer.ahead(ahead, first=True)

    def _prepare_next(self, page_id: int) -> None:
        """Build the page Next would show, while the person reads this one, so Next only shows it.
        Skipped if the person has moved on meanwhile; a page prepared for nothing is rebuilt on load."""
        if self.currentId() != page_id or page_id < 0:
            return
        following = self.page(self.nextId())
        if isinstance(following, Page):
            following.prepare()

    def assessed(self) -> Result:
        """The result of the answers as they stand, without storing the page shown; the same object as
        long as the answers are the same, so a page built from it ahead of time is known to be current."""
        document = self.context.state.answers_document()
        stamp = _stamp(document)
        if self._assessed is None or self._assessed[0] != stamp:
            catalogue = self.context.catalogue
            self._assessed = (stamp, assess(parse_answers(document, catalogue), catalogue))
        return self._assessed[1]

    def _draw_routine_ahead(self) -> None:
        """The pictures of the routine the answers would give, unless they are already drawn."""
        try:
            result = self.assessed()
        except Exception:  # only drawing ahead: the results page reports any problem itself
            return
        exercises = self.context.catalogue.exercises
        self.warmer.ahead([partial(picture, self.context.catalogue, exercises[entry.exercise].illustration)
                           for entry in result.routine], first=True)

    def _save_draft_unless_saved(self) -> None:
        """The draft, written in the background, unless the assessment was saved meanwhile (a
        finished one leaves no draft)."""
        if self.saved_id is None and self.preparer is None:  # none once a save is under way
            self.drafts.write_later(self.context.state.to_draft(), self.key_of(self.currentId()))

    def save_draft(self) -> None:
        """The draft, written before this returns: the wizard or the app is closing."""
        self.drafts.write_now(self.context.state.to_draft(), self.key_of(self.currentId()))

    def resume(self) -> None:
        """Walk forward to the page the draft reached, so Back still works from there."""
        target = self._resume_at
        if target not in self.keys:
            return
        for _ in range(len(self.keys)):
            if self.key_of(self.currentId()) == target or self.nextId() < 0:
                break
            self.next()

    def focus_first(self) -> None:
        """Keyboard users start inside the wizard, not on the hidden home button: on the page's
        first input in the focus chain (followed to its end), else on Next."""
        page = self.currentPage()
        if page is not None:
            candidate = page.nextInFocusChain()
            while candidate is not None and candidate is not page:
                if (page.isAncestorOf(candidate) and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and candidate.isVisibleTo(page) and candidate.isEnabled()):
                    candidate.setFocus(Qt.FocusReason.TabFocusReason)
                    return
                candidate = candidate.nextInFocusChain()
        self.button(QWizard.WizardButton.NextButton).setFocus()

    def go_back_to(self, key: str) -> None:
        target = self.id_of(key)
        while self.currentId() != target and target in self.visitedIds():
            self.back()

    # ---------------------------------------------------------------- results
    def compute_result(self) -> Result:
        self.store_current()
        self.outcome = self.assessed()
        return self.outcome

    def save_session(self) -> None:
        """Save to the profile, once. The photos are made ready in a worker thread first (a 12-MP photo
        takes a quarter of a second), the routine page saying so; the session is then written together
        with them, in one transaction, so it is never stored without the photos it was saved with."""
        if self.preparer is not None or (self.saved_id is not None and not self.changed_since_saved()):
            return  # a second click, or Finish after Save, with nothing changed since
        result = self.outcome or self.compute_result()
        document, replacing = self.context.state.answers_document(), self.saved_id
        if not self.context.state.photos:
            self._write(document, result, replacing)
            return
        self.pending = (document, result)

        def write(photos: list[PreparedPhoto]) -> str:  # on the preparer's thread: no Qt here
            store = partial(self._store_session, document, result, photos, replacing)
            return self.drafts.after_drafts(store).result()

        self.preparer = PhotoPreparer(self.context.state.photos, write, self)
        self.preparer.finished.connect(self._photos_ready)
        self.preparer.start()
        self._show_save_state()

    def changed_since_saved(self) -> bool:
        """Whether answers were changed (going Back after Save) since the assessment was saved: Save, or
        Finish, then stores the corrected assessment in place of the one saved before."""
        return self.saved_id is not None and self.saved_answers != _stamp(self.context.state.answers_document())

    def save_state(self) -> tuple[bool, int, bool]:
        """What the routine's Save button says: saved (and nothing changed since), how many photos are being
        saved, and whether answers changed since it was saved."""
        changed = self.changed_since_saved()
        return self.saved_id is not None and not changed, self.saving_photos(), changed

    def saving_photos(self) -> int:
        """How many photos are being made ready to save (0 when no save is under way)."""
        return len(self.preparer.photos) if self.preparer is not None else 0

    def finish_saving(self) -> None:
        """The app is closing: wait for the photos and write the session now (what Finish or Cancel asked
        for meanwhile no longer matters)."""
        if self.preparer is not None:
            self.preparer.wait()
            self.after_save = None
            self._photos_ready()

    def _photos_ready(self) -> None:
        preparer, pending, then = self.preparer, self.pending, self.after_save
        if preparer is None or pending is None:  # written already, by finish_saving
            return
        # `finished` comes before the thread's last steps: until they are done nothing may delete it (the
        # wizard closing in then()), or Qt calls into a half-destroyed QThread. Waiting takes microseconds.
        preparer.wait()
        self.preparer = self.pending = self.after_save = None
        try:
            if preparer.error is not None:
                raise preparer.error
            assert preparer.saved_id is not None  # its run() either wrote the session or kept the error
            self._saved(preparer.saved_id, preparer.missed, pending[0])
        finally:
            self._show_save_state()  # after a failure (said by the app's error hook) Save can be pressed again
            # Not deleteLater(): deleting a QThread from Python's side crashed the app now and then ("pure
            # virtual method called" in its destructor, 1 run in 3-8 of the UI tests). It goes with the
            # wizard; only its photos, the bulk of it, are let go now.
            preparer.prepared = []
        if then is not None:
            then()

    def _write(self, document: dict[str, Any], result: Result, replacing: str | None) -> None:
        """Save without photos, at once: a small commit, after any draft still being written."""
        self.drafts.settle()  # a draft still being written must not land after the session replaces it
        self._saved(self._store_session(document, result, [], replacing), [], document)

    def _store_session(self, document: dict[str, Any], result: Result, photos: list[PreparedPhoto],
                       replacing: str | None) -> str:
        """The session and its photos in one transaction (in place of the one it corrects, if any), then no
        draft: no Qt here (a worker may call it)."""
        profile = self.context.profile
        saved_id = self.store.save_session(profile, document, result, date.today(),
                                           lambda session, new_id: write_photos(session, {new_id: photos}),
                                           replaces=replacing)
        self.store.clear_draft(profile)
        return saved_id

    def _saved(self, saved_id: str, missed: list[str], document: dict[str, Any]) -> None:
        self.saved_id, self.saved_answers = saved_id, _stamp(document)
        self._show_save_state()
        if missed:  # moved or removed since it was measured: the answers are saved, the picture is not
            QMessageBox.warning(self, self.tr("A photo was not kept"), self.tr(
                "The assessment is saved, with its measurements. These photos could no longer be read, "
                "so they were not kept with it:\n{files}").format(files="\n".join(missed)))

    def _show_save_state(self) -> None:
        routine = self.page(self.id_of("routine"))
        if isinstance(routine, RoutinePage) and hasattr(routine, "save_button"):
            routine.show_save_state(*self.save_state())

    def _pdf_bar(self) -> PdfBar | None:
        page = self.currentPage()
        bar = getattr(page, "pdf_bar", None)
        return bar if isinstance(bar, PdfBar) else None

    def choose_and_export(self) -> None:
        """Ask where, then write the routine, or the letter for the doctor after a red-flag stop."""
        referral = self.key_of(self.currentId()) == "stop"
        stem = self.tr("Rebalance letter for the doctor") if referral else self.tr("Rebalance routine")
        title = self.tr("Save the letter for your doctor as PDF") if referral else self.tr("Export the routine as PDF")
        path = ask_pdf_path(self, title, f"{stem} {self.context.profile} {date.today().isoformat()}.pdf")
        if path is not None:
            self.export_pdf(path)

    def export_pdf(self, path: Path) -> None:
        """Write the PDF in the background; the page's export bar shows progress meanwhile."""
        result, catalogue = self.compute_result(), self.context.catalogue
        person, paper, today = self.context.profile, self.paper, date.today()
        bar = self.exporting_bar = self._pdf_bar()  # told when done, even if another page shows by then
        if bar is not None:
            bar.busy()

        def make() -> bytes:
            from core.report.render import routine_pdf  # imported in the worker: ReportLab takes a while

            return routine_pdf(result, catalogue, person, today, paper)  # type: ignore[arg-type]

        self.worker = PdfWorker(make, path, self.store.protected, self)
        self.worker.done.connect(self._on_pdf_done)
        self.worker.start()

    def _on_pdf_done(self, path: str, error: str) -> None:
        bar, self.exporting_bar = self.exporting_bar, None
        if bar is not None and isValid(bar):  # its page may have been rebuilt meanwhile
            bar.finished(path, error)
        referral = self.outcome is not None and self.outcome.status == "refer"
        what = self.tr("The letter for your doctor") if referral else self.tr("Your routine")
        self.open_prompt = report_pdf(self, path, error, what)
        if not error:
            self.pdf_written.emit(path)

    # ---------------------------------------------------------------- finishing
    def accept(self) -> None:
        """Finish: the routine (or the referral record) is saved to the profile; with photos, the wizard
        closes once they are saved."""
        self.store_current()
        self.save_session()
        if self.preparer is not None:
            self.after_save = self._close_accepted
        else:
            self._close_accepted()

    def _close_accepted(self) -> None:
        self.drafts.close()
        super().accept()
        self.assessment_closed.emit()

    def reject(self) -> None:
        """Close without finishing: the draft stays, to resume later. Pressed while saving, the wizard
        closes once the save (already asked for) is done, and Finish pressed before still counts."""
        if self.preparer is not None:
            self.after_save = self.after_save or self.reject
            return
        if self.saved_id is None:
            self.store_current()
            self.save_draft()
        self.drafts.close()
        super().reject()
        self.assessment_closed.emit()
