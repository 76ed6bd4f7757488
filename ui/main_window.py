"""The main window. For now a welcome view; the home view with profiles comes with the wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from core import __version__


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Rebalance"))
        self.resize(900, 640)
        self._build_menu()
        self.setCentralWidget(self._welcome())

    def _welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 48)
        title = QLabel(self.tr("Welcome to Rebalance"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(self.tr(
            "Rebalance walks you through a muscle-balance self-assessment for back and neck "
            "pain, finds which muscles test short and which test weak, and gives you a short "
            "routine that stretches only what is short and strengthens only what is weak.\n\n"
            "Its findings are tendencies to work on, not a diagnosis. If a screening question "
            "points to something that needs a doctor, it stops and tells you so."
        ))
        body.setWordWrap(True)
        body.setMaximumWidth(720)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch(1)
        return page

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Rebalance"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Rebalance"), self.tr(
            "Rebalance {version}\n\nA muscle-balance self-assessment for back and neck pain. "
            "Its findings are tendencies to work on, not a diagnosis."
        ).format(version=__version__))
