"""Preferences, help and about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import settings as options

if TYPE_CHECKING:
    from core.catalogue import Catalogue
    from ui.settings import Settings


class PreferencesDialog(QDialog):
    """One row per declared preference (ui/settings.py): a list for one with choices, a tick box for a yes/no."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.editors: dict[str, QComboBox | QCheckBox] = {}
        form = QFormLayout()
        for option in options.PREFERENCES:
            title = QCoreApplication.translate("settings", option.title)
            if option.choices:
                combo = QComboBox()
                for value in option.values:
                    combo.addItem(option.label(value), value)
                combo.setCurrentIndex(max(combo.findData(settings.get(option)), 0))
                form.addRow(title, combo)
                self.editors[option.key] = combo
            else:
                box = QCheckBox(title)
                box.setChecked(bool(settings.get(option)))
                form.addRow(box)
                self.editors[option.key] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for option in options.PREFERENCES:
            editor = self.editors[option.key]
            self.settings.set(option, editor.currentData() if isinstance(editor, QComboBox) else editor.isChecked())
        super().accept()


def help_html(topic: str, catalogue: Catalogue | None) -> str:
    """Help text by topic; the sources list comes from the catalogue itself."""
    if topic == "safety":
        return QCoreApplication.translate(
            "help",
            "<h2>Doing the tests safely</h2><ul><li>Stop any test or exercise at once if the pain becomes "
            "sharp.</li><li>Stop if pain, tingling or numbness spreads down an arm or a leg, or if you "
            "notice new numbness or weakness.</li><li>Have someone with you for the lying and balance "
            "tests.</li><li>Skip any test you cannot do comfortably: the results only use what you did."
            "</li><li>If your symptoms change, or a safety question now applies to you, see a doctor.</li>"
            "<li>Go to A&amp;E or call an ambulance now if you get new problems passing urine or controlling "
            "your bladder or bowels, numbness between your legs, or weakness in both legs.</li><li>If you "
            "are pregnant, have high blood pressure that is not well controlled, have osteoporosis, or "
            "your pain is 7 out of 10 or more, the tests held until you cannot hold any longer are left "
            "out, and so are exercises that are not safe for you.</li><li>Not better in 4 to 6 weeks, or "
            "worse: see a doctor or physiotherapist. Staying active helps; resting in bed does not.</li>"
            "</ul>",
        )
    if topic == "results":
        return QCoreApplication.translate(
            "help",
            "<h2>What the results mean</h2><p>Each muscle side is rated <b>short</b>, <b>long</b>, "
            "<b>weak</b> or <b>normal</b> by the tests that examine that muscle directly, and <b>not "
            "rated</b> when they disagree or were not done. Posture checks only hint: many people without "
            "pain show the same signs, so posture alone rates no muscle and gives no exercise; it says "
            "which test to do. The confidence follows how good the test is: a test known to be a poor "
            "guide gives <i>low</i> confidence on its own, and the results say when a finding rests on "
            "one weak test.</p><p>The routine stretches only muscles that tested short and strengthens "
            "only those that tested weak. Most of the benefit comes from exercising regularly; the "
            "pattern found is a guide to which exercises, not a diagnosis.</p>",
        )
    sources = "".join(f"<li>{source.citation}</li>" for source in catalogue.sources.values()) if catalogue else ""
    return (
        QCoreApplication.translate(
            "help", "<h2>Sources</h2><p>Every cut-off and dose in Rebalance names one of these:</p>"
        )
        + f"<ul>{sources}</ul>"
    )


class HelpDialog(QDialog):
    def __init__(self, topic: str, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rebalance help"))
        self.resize(640, 520)
        browser = QTextBrowser()
        browser.setHtml(help_html(topic, catalogue))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
