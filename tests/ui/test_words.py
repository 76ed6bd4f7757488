"""Words point at what is there: the buttons' own words, Front and Back on the maps, a legend, one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from tests.helpers import answers_document
from tests.ui.conftest import home_painted, open_window
from tests.ui.test_history import THREE, seed
from tests.ui.test_wizard import answer_screening, click_next, start
from ui.widgets.results_view import ResultsView
from ui.wizard.first_pages import PainPage


def test_what_to_look_for_uses_the_buttons_words(catalogue: Catalogue) -> None:
    """Each choice's button label appears in its test's "what to look for"; no step points at missing pictures."""
    for test in catalogue.tests.values():
        labels = ([c.label for c in test.input.choices] if test.input.kind == "choice"
                  else ["Yes", "No"] if test.input.kind == "boolean" else [])
        missing = [label for label in labels if label.lower() not in test.look_for.lower()]
        assert missing == [], (test.id, test.look_for)
        words = " ".join([*test.steps, test.evidence.note]).lower()
        assert "three pictures" not in words and "angle below" not in words, test.id


def test_body_maps_say_front_and_back_and_home_explains_its_map(qtbot: QtBot, tmp_path: Path,
                                                                catalogue: Catalogue) -> None:
    """The pain page's map, the home map and the results map name their two figures; home has a legend."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE)
    window.home.refresh("Alex")
    home_painted(qtbot, window.home, expect_map=True)
    assert window.home.latest.captions == ("Front", "Back")
    assert window.home.legend.isVisible() and "hatched" in window.home.legend.text()
    assert "dotted" in window.home.legend.text()
    wizard = start(window, qtbot)
    click_next(wizard, qtbot)
    answer_screening(wizard, qtbot)
    click_next(wizard, qtbot)
    pain = wizard.currentPage()
    assert isinstance(pain, PainPage) and pain.map.picture.captions == ("Front", "Back")
    image = pain.map.picture.grab().toImage()
    band = pain.map.picture.target_rect().top()
    assert band > 10  # the captions have their own band above the figures
    assert any(image.pixelColor(x, y).lightness() < 100
               for x in range(image.width()) for y in range(int(band)))  # and are drawn there
    window.store.close()


def test_a_muscle_short_and_weak_gets_one_sentence(qtbot: QtBot, catalogue: Catalogue) -> None:
    """Hamstrings both short (90-90 test) and weak (single-leg bridge): one sentence says what that means."""
    document = answers_document({"knee_extension_90_90": {"left": 50, "right": 50},
                                 "single_leg_bridge_reps": {"left": 8, "right": 8}}, sex="male")
    view = ResultsView(catalogue, assess(parse_answers(document, catalogue), catalogue))
    qtbot.addWidget(view)
    sentences = [label.text() for label in view.findChildren(QLabel) if "both short and weak" in label.text().lower()]
    assert len(sentences) == 1 and "Hamstrings" in sentences[0] and "stretches it first" in sentences[0]
    assert view.map.captions == ("Front", "Back")
    lonely = ResultsView(catalogue, assess(parse_answers(answers_document(
        {"knee_extension_90_90": {"left": 50, "right": 50}}, sex="male"), catalogue), catalogue))
    qtbot.addWidget(lonely)
    assert not [label for label in lonely.findChildren(QLabel) if "both short and weak" in label.text().lower()]
