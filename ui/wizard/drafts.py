"""The draft written on every page change, off the UI thread.

A draft write is a database commit, and a commit waits for the disk: about 2 ms as a rule, but
200 to 400 ms when the disk is busy (caught in bench/journey.py), and the page switch froze for
that long. One writer thread now writes the drafts, in the order asked. Whatever else writes this
assessment's draft or session first waits for it (`flush()`), so a draft can never land after the
session that replaces it; a write that failed is raised there, on the UI thread, where the app's
error hook tells the person.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from core.store.repository import Store

T = TypeVar("T")


class DraftWriter:
    """Writes one profile's drafts in the background, in order."""

    def __init__(self, store: Store, profile: str) -> None:
        self.store, self.profile = store, profile
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rebalance-draft")
        self.pending: list[Future[None]] = []
        self.closed = False

    def write_later(self, draft: dict[str, Any], page: str) -> None:
        """Queue the draft; a failure of an earlier one is raised now. Once closed, nothing is queued:
        the closing wizard wrote its last draft itself (write_now), or saved the session."""
        if self.closed:
            return
        self._raise_finished_failure()
        self.pending.append(self.pool.submit(self.store.save_draft, self.profile, draft, page))

    def write_now(self, draft: dict[str, Any], page: str) -> None:
        """Write the draft before returning (the wizard is closing), after any still queued."""
        self.flush()
        self.store.save_draft(self.profile, draft, page)

    def after_drafts(self, write: Callable[[], T]) -> Future[T]:
        """Run another write of this assessment on the writer thread, after the drafts queued so far.
        Safe from any thread; the caller waits for the answer itself."""
        return self.pool.submit(write)

    def flush(self) -> None:
        """Wait until every queued draft is written; the first failure is raised here."""
        pending, self.pending = self.pending, []
        for future in pending:
            future.result()

    def close(self) -> None:
        """Write what is queued and stop the writer thread."""
        self.closed = True
        try:
            self.flush()
        finally:
            self.pool.shutdown(wait=True)

    def _raise_finished_failure(self) -> None:
        done = [future for future in self.pending if future.done()]
        self.pending = [future for future in self.pending if not future.done()]
        for future in done:
            future.result()
