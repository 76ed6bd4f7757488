"""Resume keeps the person: every page loads exactly what it stored, through a real draft."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue, default_catalogue
from core.cautions import cautions_in_force
from core.store import open_store
from tests.strategies import answers_documents
from tests.ui.conftest import open_window
from tests.ui.test_wizard import click_next, start
from ui.wizard.base import Page
from ui.wizard.first_pages import IntroPage
from ui.wizard.state import AssessmentState
from ui.wizard.wizard import AssessmentWizard

CATALOGUE = default_catalogue()


def test_birth_year_and_sex_survive_close_and_resume(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter a birth year and sex, press Next, close, resume: the intro shows them and the answers keep them."""
    first = open_window(qtbot, tmp_path / "data")
    wizard = start(first, qtbot)
    intro = wizard.currentPage()
    assert isinstance(intro, IntroPage)
    intro.year.selectAll()
    qtbot.keyClicks(intro.year, "1970")
    intro.sex.setFocus()
    qtbot.keyClick(intro.sex, Qt.Key.Key_Down)  # "Female"
    click_next(wizard, qtbot)
    first.close()
    assert first.store is not None
    first.store.close()

    second = open_window(qtbot, tmp_path / "data", profile=None)
    resumed = start(second, qtbot, resume=True)
    assert resumed.context.state.document["person"] == {"age": date.today().year - 1970, "sex": "female"}
    resumed.back()
    page = resumed.currentPage()
    assert isinstance(page, IntroPage)
    assert page.year.value() == 1970 and page.sex.currentData() == "female"
    click_next(resumed, qtbot)
    assert resumed.context.state.document["person"] == {"age": date.today().year - 1970, "sex": "female"}
    assert second.store is not None
    second.store.close()


def wizard_fillable(document: dict[str, Any]) -> dict[str, Any]:
    """What the wizard itself can store: no empty sides, regions in the body map's order."""
    observations = {}
    for test, value in document["observations"].items():
        if isinstance(value, dict):
            value = {side: v for side, v in value.items() if v is not None}
        if value not in (None, {}):
            observations[test] = value
    document["observations"] = observations
    mild = {f.id for f in CATALOGUE.red_flags.values() if f.level == "see_doctor_first"}
    if not any(document["screening"].get(flag) for flag in mild) or not document["screening"].get(
            "cleared_by_clinician"):  # the tick means something only beside a see-a-doctor-first answer
        document["screening"].pop("cleared_by_clinician", None)
    if document["screening"].get("cautions") == {}:  # the page writes cautions only once one is answered
        del document["screening"]["cautions"]
    return document


@st.composite
def drafts(draw: st.DrawFn) -> dict[str, Any]:
    document = wizard_fillable(draw(answers_documents(CATALOGUE)))
    regions = draw(st.lists(st.sampled_from(list(CATALOGUE.regions)), unique=True))
    document["pain"] = {"regions": [r for r in CATALOGUE.regions if r in regions]}
    now = draw(st.none() | st.integers(0, 10))  # pain now is optional: a person may leave it unrated
    if now is not None:
        document["pain"]["now"] = now
    year = draw(st.none() | st.integers(1906, date.today().year - 16))
    sex = draw(st.sampled_from([None, "female", "male"]))
    document["person"] = {k: v for k, v in (("age", year and date.today().year - year), ("sex", sex)) if v}
    # a test not advised under a caution is not offered: the wizard stores neither a value nor a skip for it
    not_advised = cautions_in_force(parse_answers(document, CATALOGUE), CATALOGUE).tests_not_advised
    for test in not_advised:
        document["observations"].pop(test, None)
    offered = set(CATALOGUE.tests) - set(not_advised)
    skipped = draw(st.sets(st.sampled_from(sorted(offered - set(document["observations"])))))
    return {"document": document, "skipped": sorted(skipped), "intro": {"year_of_birth": year, "sex": sex}}


# the cases random drafts rarely reach: a number with many digits, a doctor's clearance
KNOWN = {"document": {"format": 1, "person": {"age": 50}, "pain": {"now": 4, "regions": []},
                      "screening": {"cancer_history": True, "cleared_by_clinician": True},
                      "observations": {"craniovertebral_angle": 47.123456789,
                                       "knee_extension_90_90": {"left": 31.25}}},
         "skipped": [], "intro": {"year_of_birth": date.today().year - 50, "sex": None}}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=drafts())
@example(draft=KNOWN)
def test_every_page_stores_what_it_loads_from_a_resumed_draft(qtbot: QtBot, tmp_path_factory: Any,
                                                              catalogue: Catalogue, draft: dict[str, Any]) -> None:
    """A wizard built from a random valid draft: each page loaded, then stored, leaves the draft as it was."""
    store = open_store(str(tmp_path_factory.mktemp("data")))
    try:
        expected = copy.deepcopy(AssessmentState.from_draft(draft).to_draft())  # the state shares nested dicts
        wizard = AssessmentWizard(CATALOGUE, store, "Alex", draft=(draft, "review"))
        qtbot.addWidget(wizard)
        checked = []
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            if not isinstance(page, Page) or type(page).store is Page.store:
                continue  # pages that show and store nothing (stop, review, results, routine)
            page.load()
            page.store()
            assert wizard.context.state.to_draft() == expected, wizard.key_of(page_id)
            checked.append(wizard.key_of(page_id))
        assert checked[:3] == ["intro", "screening", "pain"] and len(checked) == 3 + len(CATALOGUE.tests)
    finally:
        store.close()


def _answer_unfinished(qtbot: QtBot, button: str) -> list[str]:
    """Press `button` in the "not finished" question as soon as it shows; its text is returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        (chosen,) = [b for b in box.buttons() if b.text() == button]
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


@pytest.mark.parametrize(("button", "opened", "kept"), [
    ("Resume it", "resumed", True), ("Start a new one", "fresh", False), ("Cancel", "none", True),
])
def test_start_with_an_unfinished_assessment_asks_first(qtbot: QtBot, tmp_path: Path, button: str, opened: str,
                                                         kept: bool) -> None:
    """With an assessment left unfinished, Start asks before throwing its answers away: Resume it (the
    default, as the home's Resume button is then) opens it where it was; Start a new one opens a fresh
    one and the old answers are gone; Cancel opens nothing and keeps them."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    window.store.save_draft("Alex", {"document": {"format": 1, "pain": {"now": 7}}, "skipped": []}, "pain")
    window.home.refresh("Alex")
    assert window.home.resume_button.isVisible() and window.home.resume_button.isDefault()
    seen = _answer_unfinished(qtbot, button)
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    assert seen and "not finished" in seen[0]
    wizard = window.wizard
    if opened == "none":
        assert wizard is None
    else:
        assert wizard is not None
        assert (wizard.context.state.document.get("pain", {}).get("now") == 7) == (opened == "resumed")
    assert (window.store.load_draft("Alex") is not None) == kept
    window.store.close()
