"""Themes and text size as a person with low vision uses them: everything visible, nothing clipped, live."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QStyle, QStyleOptionButton, QWizard
from pytestqt.qtbot import QtBot

from core.catalogue import Catalogue
from tests.ui.conftest import open_window
from tests.ui.test_history import THREE, seed
from ui.theme import apply_theme
from ui.wizard.exam_page import ExamPage

Theme = Callable[[str, int], None]


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    """Apply a theme as Preferences does; the application is restored afterwards for other tests."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield lambda name, scale: apply_theme(qapp, name, scale)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def bright_pixels(image: QImage, threshold: int = 180) -> int:
    return sum(QColor(image.pixel(x, y)).lightness() > threshold
               for x in range(image.width()) for y in range(image.height()))


def test_high_contrast_shows_unselected_radios_and_button_borders(qtbot: QtBot, theme: Theme) -> None:
    """On black, an unselected radio and a button's frame are drawn in light lines, not black on black."""
    theme("high_contrast", 100)
    radio, button = QRadioButton(), QPushButton()
    for widget in (radio, button):
        qtbot.addWidget(widget)
        widget.resize(40, 30)
        widget.show()
    assert bright_pixels(radio.grab().toImage()) >= 20  # the empty circle's outline
    frame = button.grab().toImage()
    assert bright_pixels(frame, 120) >= 2 * (frame.width() + frame.height())  # a border all round


def test_disabled_buttons_look_disabled_in_every_theme(theme: Theme, qapp: QApplication) -> None:
    """A disabled button's text is drawn in another colour than an enabled one's."""
    for name in ("light", "dark", "high_contrast"):
        theme(name, 100)
        palette = qapp.palette()
        assert (palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
                != palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)), name


def test_text_at_150_percent_grows_indicators_titles_and_keeps_dates_whole(
        qtbot: QtBot, tmp_path: Path, theme: Theme, qapp: QApplication) -> None:
    """Changed live to 150%: radio indicators grow, page titles and headings grow with the text,
    and the history's dates and outcomes are not clipped."""
    theme("light", 100)
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None and window.catalogue is not None
    seed(window.store, window.catalogue, THREE)
    window.start_assessment("Alex", False)
    wizard = window.wizard
    assert wizard is not None
    theme("light", 150)  # live, as Preferences does
    body = qapp.font().pointSizeF()
    assert window.home.title.font().pointSizeF() >= 1.5 * body
    page = wizard.currentPage()
    (title,) = [label for label in wizard.findChildren(QLabel) if label.text() == page.title()]
    plain = QLabel("Before you start")  # the same words at the text's size
    qtbot.addWidget(plain)
    plain.setFont(title.font())
    assert title.sizeHint().width() >= 1.3 * plain.sizeHint().width()
    radio = QRadioButton("Yes")
    qtbot.addWidget(radio)
    option = QStyleOptionButton()
    option.initFrom(radio)
    indicator = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    assert indicator.width() >= 18
    wizard.reject()
    window.show_history("Alex")
    history = window.history
    assert history is not None
    qtbot.waitExposed(history)
    assert history.title.font().pointSizeF() >= 1.4 * body
    table, model = history.sessions.table, history.sessions.model
    metrics = table.fontMetrics()
    for column in (0, 3):
        widest = max(metrics.horizontalAdvance(str(model.data(model.index(r, column)))) for r in range(3))
        assert table.horizontalHeader().sectionSize(column) >= widest, column
    window.store.close()


def test_next_disabled_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    """While a test's field is empty, the page says what is missing (and Next's tooltip too); not once it is
    filled, and the timer's button stays where it was (a walk found it jumping away under the mouse)."""
    window = open_window(qtbot, tmp_path / "data")
    window.start_assessment("Alex", False)
    wizard = window.wizard
    assert wizard is not None
    while not isinstance(wizard.currentPage(), ExamPage) or wizard.currentPage().test.id != "trunk_flexor_hold":  # type: ignore[attr-defined]
        page = wizard.currentPage()
        if isinstance(page, ExamPage):
            page.inputs.skip.setChecked(True)
        elif wizard.key_of(wizard.currentId()) == "screening":
            for group in page.groups.values():  # type: ignore[attr-defined]
                group.button(0).click()
        wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, ExamPage)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert page.hint.isVisible() and "enter your result" in page.hint.text()
    assert next_button.toolTip() == page.hint.text()
    field = page.inputs.fields[None]
    timer_at = field.timer.button.mapTo(page, field.timer.button.rect().topLeft())  # type: ignore[attr-defined]
    qtbot.keyClicks(field.edit, "45")  # type: ignore[attr-defined]
    assert next_button.isEnabled() and not page.hint.isVisible() and next_button.toolTip() == ""
    layout = page.layout()
    assert layout is not None
    layout.activate()
    # the hint's room is kept: the timer's button does not move under the mouse once the page is answered
    assert field.timer.button.mapTo(page, field.timer.button.rect().topLeft()) == timer_at  # type: ignore[attr-defined]
    assert window.store is not None
    window.store.close()


def test_every_text_size_change_reaches_every_widget_at_once(
        qtbot: QtBot, tmp_path: Path, theme: Theme, qapp: QApplication) -> None:
    """Each change of theme and size, applied as Preferences does, sizes the home text and the menu at
    once (a new-user walk found them one change behind: 150% left them small, 100% then made them large)."""
    theme("light", 100)
    window = open_window(qtbot, tmp_path / "data")
    for name, scale in (("high_contrast", 150), ("light", 100), ("light", 150), ("dark", 125)):
        theme(name, scale)
        expected = qapp.font().pointSizeF()
        for widget in (window.home.summary, window.menuBar()):
            assert widget.fontInfo().pointSizeF() == pytest.approx(expected, abs=0.5), (name, scale, widget)
        assert window.home.title.fontInfo().pointSizeF() >= 1.4 * expected
    assert window.store is not None
    window.store.close()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_the_sessions_change_notice_is_legible_in_every_theme(qtbot: QtBot, tmp_path: Path, theme: Theme,
                                                               catalogue: Catalogue, name: str) -> None:
    """In the guided session, "Too hard / it hurts…" then "Switch to the easier version": the notice saying
    why the version changed reads at a contrast of at least 4.5:1 on the window in each theme (a fixed brown
    was 2:1 on the dark and black grounds)."""
    from tests.ui.test_session import home_with_programme

    theme(name, 100)
    window = home_with_programme(qtbot, tmp_path, catalogue)
    qtbot.mouseClick(window.home.programme.start_button, Qt.MouseButton.LeftButton)
    view = window.session
    assert view is not None
    qtbot.mouseClick(view.before.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.page.trouble, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.page.easier_button, Qt.MouseButton.LeftButton)
    notice = view.page.notice
    assert notice.isVisibleTo(view) and "easier version" in notice.text()
    notice.ensurePolished()
    text = notice.palette().color(QPalette.ColorRole.WindowText)
    ground = view.palette().color(QPalette.ColorRole.Window)
    assert contrast(text, ground) >= 4.5, (text.name(), ground.name())
