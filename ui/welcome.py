"""The welcome shown on first run: what Rebalance does and does not do, and where data is kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    sample_requested = Signal()

    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Rebalance"))
        self.setModal(False)
        self.resize(620, 420)
        text = QLabel(self.tr(
            "<h2>Welcome to Rebalance</h2>"
            "<p><b>What it does.</b> It walks you through an illustrated self-assessment for back and neck pain: "
            "safety questions first, then posture checks and simple tests of muscle length and strength, with a "
            "helper or a mirror. It finds which muscles test short and which test weak, and gives you a short "
            "routine that stretches only what is short and strengthens only what is weak, to print and repeat.</p>"
            "<p><b>What it does not do.</b> It does not diagnose. Its findings are tendencies to work on: many "
            "people without pain show the same signs. It does not replace a doctor or physiotherapist, and if a "
            "safety question points to something serious it stops and tells you to see one.</p>"
            "<p><b>Your data</b> stays on this computer, readable only by you, in:<br><tt>{location}</tt></p>"
        ).format(location=data_location))
        text.setWordWrap(True)
        self.sample = QPushButton(self.tr("Look around with a sample profile"))
        self.sample.clicked.connect(self.sample_requested)
        self.sample.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        start = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)
