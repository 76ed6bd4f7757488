"""A profile's progress: sessions, comparison, trends and the exercise log, in tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.history.compare import CompareTab
from ui.history.log import LogTab
from ui.history.photos import PhotosTab
from ui.history.sessions import SessionsTab
from ui.history.trends import TrendsTab
from ui.widgets.heading import Heading

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from core.store.repository import Store


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
        self.store, self.profile = store, profile
        self.sessions = SessionsTab(store, catalogue, profile, paper)
        self.compare = CompareTab(store, catalogue, profile)
        self.trends = TrendsTab(store, catalogue, profile)
        self.log = LogTab(store, catalogue, profile)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("Assessments"))
        self.tabs.addTab(self.compare, self.tr("Compare"))
        self.tabs.addTab(self.trends, self.tr("Trends"))
        self.tabs.addTab(self.log, self.tr("Exercise log"))
        self.photos = PhotosTab(store, profile)  # issue 18: read on first show
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.sessions.changed.connect(self._on_sessions_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        """Read the session list once and give it to every tab."""
        summaries = self.store.session_summaries(self.profile)
        self.sessions.refresh(summaries)
        self.compare.refresh(summaries)
        self.log.refresh(summaries)
        self.photos.refresh(summaries)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.trends and self.trends.snapshots is None:
            self.trends.load()
        if self.tabs.widget(index) is self.photos and not self.photos.loaded:
            self.photos.load()

    def _on_sessions_changed(self) -> None:
        self.refresh()
        if self.trends.snapshots is not None:
            self.trends.load()
