"""A profile's progress: sessions, comparison, trends and the exercise log, in tabs.

Only the Assessments tab is built when History opens. Compare, Trends and the Exercise log are
built after History's first paint, one piece per idle turn of the event loop (Compare first, the
tab a person most often opens next), or at once when shown (or asked for by name) before then.
So opening History never builds four tabs (nor imports their modules: Qt Charts, the comparison
code) in one turn, and a tab clicked a moment later is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.history.sessions import SessionsTab
from ui.idle import IdleQueue
from ui.widgets.heading import Heading

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import SessionSummary, Store
    from ui.history.compare import CompareTab
    from ui.history.log import LogTab
    from ui.history.photos import PhotosTab
    from ui.history.trends import TrendsTab

COMPARE, TRENDS, LOG, PHOTOS = 1, 2, 3, 4  # tab indices of the tabs built when first shown
T = TypeVar("T", bound=QWidget)


@runtime_checkable
class Fed(Protocol):
    """A tab that shows the session list it is given (Compare, the exercise log)."""

    def refresh(self, summaries: list[SessionSummary]) -> None: ...


class HistoryView(QWidget):
    closed = Signal()

    def __init__(self, store: Store, catalogue: Catalogue, profile: str, paper: str = "a4") -> None:
        super().__init__()
        self.title = title = Heading(self.tr("Progress of {name}").format(name=profile))
        back = QPushButton(self.tr("Back to home"))
        back.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(back)
        self.store, self.catalogue, self.profile = store, catalogue, profile
        self.sessions = SessionsTab(store, catalogue, profile, paper)
        self.built: dict[int, QWidget] = {}  # the tabs built when first shown, by index
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("Assessments"))
        self.labels = {COMPARE: self.tr("Compare"), TRENDS: self.tr("Trends"), LOG: self.tr("Exercise log"),
                       PHOTOS: self.tr("Photos")}
        for label in self.labels.values():
            self.tabs.addTab(QWidget(), label)  # a placeholder until the tab is first shown
        self.tabs.currentChanged.connect(self._on_tab)
        self.sessions.changed.connect(self._on_sessions_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.summaries = store.session_summaries(profile)
        self.sessions.refresh(self.summaries)
        self.ahead: IdleQueue | None = None  # the other tabs' building, queued at the first paint

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, build the other tabs ahead, one piece per idle turn."""
        super().paintEvent(event)
        if self.ahead is None:
            self.ahead = IdleQueue(self)
            self.ahead.ahead([lambda: self.compare, lambda: self.trends, self._load_trends, lambda: self.log])

    @property
    def compare(self) -> CompareTab:
        from ui.history.compare import CompareTab  # with core.history, imported when first shown

        return self._tab(COMPARE, CompareTab)

    @property
    def trends(self) -> TrendsTab:
        from ui.history.trends import TrendsTab  # with Qt Charts, imported when first shown

        return self._tab(TRENDS, TrendsTab)

    @property
    def log(self) -> LogTab:
        from ui.history.log import LogTab

        return self._tab(LOG, LogTab)

    @property
    def photos(self) -> PhotosTab:
        """Posture photos side by side (issue 18): built only when asked for, its photos read when shown."""
        from ui.history.photos import PhotosTab

        return self._tab(PHOTOS, lambda store, _catalogue, profile: PhotosTab(store, profile))

    def _tab(self, index: int, make: Callable[[Store, Catalogue, str], T]) -> T:
        """The tab at index, built (and given the session list) the first time it is asked for."""
        tab = self.built.get(index)
        if tab is None:
            tab = self.built[index] = make(self.store, self.catalogue, self.profile)
            if isinstance(tab, Fed):
                tab.refresh(self.summaries)
            self._place(index, tab)
        return cast("T", tab)

    def _place(self, index: int, tab: QWidget) -> None:
        """Put a freshly built tab in its placeholder's place, keeping the tab that is shown."""
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self.labels[index])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()

    def refresh(self) -> None:
        """Read the session list once and give it to every tab built so far."""
        self.summaries = self.store.session_summaries(self.profile)
        self.sessions.refresh(self.summaries)
        for tab in self.built.values():
            if isinstance(tab, Fed):
                tab.refresh(self.summaries)

    def _on_tab(self, index: int) -> None:
        if index == COMPARE:
            self.compare  # noqa: B018 -- built when first shown
        elif index == LOG:
            self.log  # noqa: B018
        elif index == TRENDS:
            self._load_trends()
        elif index == PHOTOS and not self.photos.loaded:
            self.photos.load()

    def _load_trends(self) -> None:
        if self.trends.snapshots is None:
            self.trends.load()

    def _on_sessions_changed(self) -> None:
        self.refresh()
        if TRENDS in self.built and self.trends.snapshots is not None:
            self.trends.load()
