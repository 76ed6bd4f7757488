"""Every visible string goes through Qt's translation, apart from catalogue and user data.

A translator that marks every string it is asked for is installed; then every screen is
shown and any visible text that is neither marked nor made only of data fails the test.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget, QWizardPage
from pytestqt.qtbot import QtBot

from core import i18n
from core.catalogue import Catalogue
from tests.ui.conftest import open_window

MARK = "⟦"
DATE = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{2,4}\b|\b\d{4}-\d\d-\d\d\b")


class Marking(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{MARK}{source}⟧"


@pytest.fixture
def marked() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = Marking()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def catalogue_strings(catalogue: Catalogue) -> list[str]:
    found: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, str) and len(value) > 2:
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    for group in (catalogue.tests, catalogue.exercises, catalogue.muscles, catalogue.patterns, catalogue.red_flags,
                  catalogue.regions, catalogue.sources, catalogue.cautions):
        for model in group.values():
            collect(model.model_dump())
    collect({key: level.model_dump() for key, level in catalogue.levels.items()})
    return sorted(set(found), key=len, reverse=True)


def untranslated(root: QWidget, data: list[str]) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QWizardPage):
            texts += [widget.title(), widget.subTitle()]
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    leaks = []
    for text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        if MARK in plain:
            continue
        rest = DATE.sub(" ", plain)
        for item in data:
            rest = rest.replace(item, " ")
        if re.search(r"[A-Za-z]{2,}", rest):
            leaks.append(plain.strip()[:80])
    return leaks


def test_every_visible_string_is_translatable(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                              marked: None) -> None:
    """Home, welcome, every wizard page, the history tabs: nothing visible escapes translation."""
    i18n.install(lambda context, text: QApplication.translate(context, text))
    window = open_window(qtbot, tmp_path / "data", profile=None, welcome=True)
    data = [*catalogue_strings(catalogue), "Alex", "Rebalance", "PDF", "CSV", "PNG", "°"]
    problems: dict[str, list[str]] = {}
    window.open_sample()
    profile = window.home.current() or ""
    data.append(profile.replace(MARK, "").replace("⟧", ""))
    assert window.welcome is not None
    problems["welcome"] = untranslated(window.welcome, data)
    problems["home"] = untranslated(window, data)
    window.start_assessment(profile, False)
    wizard = window.wizard
    assert wizard is not None
    from core.samples import sample_answers

    wizard.context.state.document.update(sample_answers())
    for _ in range(len(wizard.keys)):
        problems[wizard.key_of(wizard.currentId())] = untranslated(wizard.currentPage(), data)
        if wizard.nextId() < 0:
            break
        wizard.next()
    wizard.reject()
    window.show_history(profile)
    assert window.history is not None
    for index in range(window.history.tabs.count()):
        window.history.tabs.setCurrentIndex(index)
        problems[f"history {index}"] = untranslated(window.history, data)
    assert {key: found for key, found in problems.items() if found} == {}
    assert window.store is not None
    window.store.close()


def test_translation_template_is_current(tmp_path: Path) -> None:
    """resources/translations/rebalance.ts holds exactly the strings the code asks to translate now, those of
    the modules' short _tr helpers included (lupdate alone does not see them: "PDF ready" was missing)."""
    import xml.etree.ElementTree as ET

    from tools.translations import TEMPLATE, extract

    fresh = tmp_path / "fresh.ts"
    extract(fresh)

    def messages(path: Path) -> set[tuple[str, str]]:
        tree = ET.parse(path)
        return {(context.findtext("name") or "", message.findtext("source") or "")
                for context in tree.iter("context") for message in context.iter("message")}

    committed = messages(TEMPLATE)
    current = messages(fresh)
    assert current - committed == set(), "run tools/update_translations.sh"
    assert committed - current == set(), "run tools/update_translations.sh"
    assert {"summary", "report", "wording", "ScreeningPage"} <= {context for context, _ in current}
    assert {("PdfExport", "PDF ready"), ("PhotoStep", "Measure from a photo…")} <= current
