"""The pain slider: unrated until the person sets it, and a click on the track goes where it was clicked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from tests.ui.test_wizard import click_next
from tests.ui.test_wizard_safety import to_pain
from ui.main_window import MainWindow
from ui.wizard.first_pages import PainPage
from ui.wizard.wizard import AssessmentWizard


def track_point(slider: QSlider, value: int) -> QPoint:
    """The point on the track (away from the handle) where the style draws `value`."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()
    x = groove.x() + QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(), value, span)
    return QPoint(x + handle.width() // 2, groove.center().y())


def stored_pain(pain: PainPage, qtbot: QtBot) -> dict[str, object]:
    wizard = pain.wizard()
    assert isinstance(wizard, AssessmentWizard)
    click_next(wizard, qtbot)
    document: dict[str, object] = wizard.context.state.document["pain"]
    return document


def test_untouched_slider_is_not_rated_and_stores_no_pain_now(window: MainWindow, qtbot: QtBot) -> None:
    """A person who never touches the slider sees "not rated yet" and why rating helps; no pain.now is stored."""
    pain = to_pain(window, qtbot, None)
    assert pain.number.text() == "not rated yet"
    assert "compare" in pain.why_rate.text()
    pain.map.toggle("lower_back")
    assert stored_pain(pain, qtbot) == {"regions": ["lower_back"]}


def test_keys_rate_pain_and_zero_counts_once_chosen(window: MainWindow, qtbot: QtBot) -> None:
    """Arrow keys rate the pain (shown as the number); Home then chooses 0, stored as a real rating."""
    pain = to_pain(window, qtbot, None)
    assert pain.number.text() == "not rated yet"
    pain.slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(pain.slider, Qt.Key.Key_Right)
    assert pain.number.text() == "3"
    qtbot.keyClick(pain.slider, Qt.Key.Key_Home)
    assert pain.number.text() == "0"
    assert stored_pain(pain, qtbot) == {"now": 0, "regions": []}


def test_click_on_track_moves_to_the_value_under_the_mouse(window: MainWindow, qtbot: QtBot) -> None:
    """A mouse click on the track at 7 sets pain 7 (not a page step to 10), and 7 is stored as rated."""
    pain = to_pain(window, qtbot, None)
    qtbot.mouseClick(pain.slider, Qt.MouseButton.LeftButton, pos=track_point(pain.slider, 7))
    assert pain.slider.value() == 7 and pain.number.text() == "7"
    qtbot.mouseClick(pain.slider, Qt.MouseButton.LeftButton, pos=track_point(pain.slider, 2))
    assert pain.slider.value() == 2
    assert stored_pain(pain, qtbot) == {"now": 2, "regions": []}


def test_resumed_rating_shows_as_rated_and_unrated_stays_unrated(qtbot: QtBot, window: MainWindow) -> None:
    """A resumed draft rated 0 shows "0" and keeps it; one without pain.now shows "not rated yet" and stays so."""
    assert window.store is not None and window.catalogue is not None
    year = date.today().year - 40
    for pain_in, shown in (({"now": 0, "regions": []}, "0"), ({"regions": []}, "not rated yet")):
        draft = {"document": {"format": 1, "person": {}, "pain": dict(pain_in), "screening": {}, "observations": {}},
                 "skipped": [], "intro": {"year_of_birth": year, "sex": None}}
        wizard = AssessmentWizard(window.catalogue, window.store, "Alex", draft=(draft, "pain"))
        qtbot.addWidget(wizard)
        page = next(wizard.page(i) for i in wizard.pageIds() if isinstance(wizard.page(i), PainPage))
        assert isinstance(page, PainPage)
        page.load()
        assert page.number.text() == shown
        page.store()
        assert wizard.context.state.document["pain"] == pain_in
