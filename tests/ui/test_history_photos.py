"""History ▸ Photos: two sessions' posture photos side by side, lines and angles drawn, bodies at one height."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtWidgets import QComboBox, QTabWidget
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import Catalogue
from core.engine import assess
from core.posture.landmarks import Landmarks
from core.store import open_store
from core.store.photos import keep_photo
from core.store.repository import Store
from tests.helpers import answers_document
from ui.history.view import HistoryView
from ui.posture.editor import LandmarkEditor

# a standing person seen from the side, as fractions of the body's height from the ear down
BODY = {"tragus": (0.52, 0.0), "c7": (0.47, 0.07), "shoulder": (0.5, 0.1), "hip": (0.5, 0.45),
        "knee": (0.51, 0.72), "ankle": (0.5, 0.98), "toe": (0.57, 1.0)}


def standing_photo(folder: Path, name: str, size: tuple[int, int], height: float,
                   lean: float) -> tuple[Path, Landmarks]:
    """A drawn figure ``height`` pixels tall on a photo of ``size``; ``lean`` moves the ear forward."""
    photo = folder / name
    image = Image.new("RGB", size, (225, 220, 210))
    draw = ImageDraw.Draw(image)
    top = size[1] * 0.08
    marks = Landmarks("side", *size)
    points = {}
    for key, (x, y) in BODY.items():
        spot = (size[0] * x + (lean if key == "tragus" else 0), top + y * height)
        points[key] = spot
        marks = marks.moved(key, *spot)
    draw.ellipse([points["tragus"][0] - height * 0.07, top - height * 0.08, points["tragus"][0] + height * 0.03,
                  top + height * 0.05], fill=(120, 90, 70))
    chain = ["c7", "hip", "knee", "ankle", "toe"]
    draw.line([points[key] for key in chain], fill=(60, 80, 140), width=max(4, int(height / 25)))
    image.save(photo, quality=90)
    return photo, marks


def test_two_sessions_photos_side_by_side_at_one_body_height(qtbot: QtBot, tmp_path: Path,
                                                             catalogue: Catalogue) -> None:
    """A small photo and one twice the size, taken weeks apart: on the Photos tab both bodies span the same
    screen height (ear at the same y, ankle at the same y), each panel lists its own head angle, and the
    tab reads nothing until it is first shown."""
    store = open_store(str(tmp_path / "data"))
    ids = []
    for day, size, height, lean in ((date(2026, 10, 1), (600, 900), 700.0, 60.0),
                                    (date(2026, 11, 1), (1200, 1800), 1400.0, 20.0)):
        document = answers_document({"pelvic_tilt": "neutral"})
        ids.append(store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue), day))
        photo, marks = standing_photo(tmp_path, f"{day}.jpg", size, height, lean)
        keep_photo(store, ids[-1], photo, marks)
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    assert not view.photos.loaded
    tabs = view.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentWidget(view.photos)
    assert view.photos.loaded
    qtbot.wait(20)
    panels = view.photos.findChildren(LandmarkEditor)
    assert len(panels) == 2 and all(panel.read_only for panel in panels)
    ears = [panel.to_screen(panel.landmarks.points["tragus"].x, panel.landmarks.points["tragus"].y).y()
            for panel in panels]
    ankles = [panel.to_screen(panel.landmarks.points["toe"].x, panel.landmarks.points["toe"].y).y()
              for panel in panels]
    assert abs(ears[0] - ears[1]) < 1 and abs(ankles[0] - ankles[1]) < 1
    assert ankles[0] - ears[0] > 0.8 * panels[0].height()
    texts = " ".join(label.text() for label in view.photos.findChildren(type(view.photos.note)))
    assert texts.count("Head angle (craniovertebral)") == 2
    view.grab().save(str(tmp_path / "photos-tab.png"))
    store.close()


def open_photos_tab(qtbot: QtBot, store: Store, catalogue: Catalogue) -> HistoryView:
    view = HistoryView(store, catalogue, "Alex")
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    tabs = view.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentWidget(view.photos)
    qtbot.wait(20)
    return view


def test_without_photos_the_tab_shows_no_empty_pickers(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """A profile whose assessments keep no photo: the tab says how to add one, and shows no row of three empty
    drop-down lists that lead nowhere."""
    store = open_store(str(tmp_path / "data"))
    document = answers_document({"pelvic_tilt": "neutral"})
    store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue), date(2026, 11, 1))
    view = open_photos_tab(qtbot, store, catalogue)
    assert "No assessment keeps a photo yet" in view.photos.note.text()
    assert not any(box.isVisibleTo(view) for box in view.photos.findChildren(QComboBox))
    store.close()


def test_one_assessment_with_photos_is_shown_once(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    """Only one assessment keeps a photo: it is shown once, with a word on how to get a second to compare, not
    the same photo twice side by side as if it were two assessments."""
    store = open_store(str(tmp_path / "data"))
    for day in (date(2026, 10, 1), date(2026, 11, 1)):
        document = answers_document({"pelvic_tilt": "neutral"})
        session = store.save_session("Alex", document, assess(parse_answers(document, catalogue), catalogue), day)
    photo, marks = standing_photo(tmp_path, "one.jpg", (600, 900), 700.0, 40.0)
    keep_photo(store, session, photo, marks)
    view = open_photos_tab(qtbot, store, catalogue)
    assert len(view.photos.findChildren(LandmarkEditor)) == 1
    assert "repeat the assessment" in view.photos.note.text()
    store.close()
