"""The draft written on every page change, off the UI thread.

A draft write is a database commit, and a commit waits for the disk: about 2 ms as a rule, but
200 to 400 ms when the disk is busy (caught in bench/journey.py), and the page switch froze for
that long. One writer thread now writes the drafts, in the order asked. Whatever else writes this
assessment's draft or session first waits for it (`settle()`), so a draft can never land after the
session that replaces it. A draft write that failed is raised at the next page change, on the UI
thread, where the app's error hook tells the person; it never stops the session, or the last
draft, from being written.
"""

from __future__ import annotations

import copy
import traceback
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
        # A copy: the wizard's state goes on changing while the writer thread waits for the disk.
        self.pending.append(self.pool.submit(self.store.save_draft, self.profile, copy.deepcopy(draft), page))
        self._raise_finished_failure()  # the newest draft is queued all the same

    def write_now(self, draft: dict[str, Any], page: str) -> None:
        """Write the draft before returning (the wizard is closing), after any still queued."""
        self.settle()
        self.store.save_draft(self.profile, draft, page)

    def settle(self) -> None:
        """Wait until every queued draft is written. A failure is only printed: what is written next
        (the last draft, or the session that ends them) replaces that draft, and says so if it fails too."""
        pending, self.pending = self.pending, []
        for future in pending:
            if future.exception() is not None:
                traceback.print_exception(future.exception())

    def after_drafts(self, write: Callable[[], T]) -> Future[T]:
        """Run another write of this assessment on the writer thread, after the drafts queued so far.
        Safe from any thread; the caller waits for the answer itself."""
        return self.pool.submit(write)

    def close(self) -> None:
        """Write what is queued and stop the writer thread."""
        self.closed = True
        self.settle()
        self.pool.shutdown(wait=True)

    def _raise_finished_failure(self) -> None:
        done = [future for future in self.pending if future.done()]
        self.pending = [future for future in self.pending if not future.done()]
        for future in done:
            future.result()
