"""Measuring from a photo in the app: open a photo with the real button, place and drag landmarks with
the mouse and the keyboard, and see the angle follow. Runs with or without the optional detector."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.catalogue import Catalogue, default_catalogue
from core.posture.landmarks import Landmark, Landmarks
from core.store import open_store
from core.store.photos import session_photos
from core.store.repository import Store
from ui.posture.dialog import PostureDialog
from ui.posture.editor import LandmarkEditor
from ui.posture.wizard_step import PhotoStep
from ui.wizard.base import Context
from ui.wizard.end_pages import RoutinePage
from ui.wizard.wizard import AssessmentWizard

ASTRONAUT = Path(__file__).resolve().parents[1] / "data" / "astronaut.png"


@pytest.fixture(params=["with detector", "without detector"])
def detector(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs as installed, and as on an install without the optional detector (importing it fails)."""
    if request.param == "without detector":
        for name in [name for name in sys.modules if name == "mediapipe" or name.startswith("mediapipe.")]:
            monkeypatch.setitem(sys.modules, name, None)
        monkeypatch.setitem(sys.modules, "mediapipe", None)
    return str(request.param)


def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue, view: str) -> PostureDialog:
    """The dialog with the astronaut opened through its Open button, the background search finished; the
    detector's import left Qt's settings alone (opencv-contrib's cv2 would point Qt at its own Qt 5)."""
    qt_settings = {key: value for key, value in os.environ.items() if key.startswith("QT_")}
    dialog = PostureDialog(view, catalogue)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ASTRONAUT), ""))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert {key: value for key, value in os.environ.items() if key.startswith("QT_")} == qt_settings
    return dialog


def settle(qtbot: QtBot, dialog: PostureDialog) -> None:
    """Wait until the photo is read (off the UI thread) and any search for its landmarks is over."""
    qtbot.waitUntil(lambda: dialog.editor is not None and not dialog.loading(), timeout=30000)
    qtbot.wait(50)  # the workers' last signals are delivered on this thread


def screen(editor: LandmarkEditor, key: str) -> QPoint:
    point = editor.handles()[key]
    return editor.to_screen(point.x, point.y).toPoint()


def cva(dialog: PostureDialog) -> float:
    assert dialog.measurement is not None
    return dialog.measurement.measurements["craniovertebral_angle"]


def test_dragging_a_landmark_with_the_mouse_changes_the_angle(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                              catalogue: Catalogue, detector: str) -> None:
    """Missing points are placed where the person clicks (the prompt names each); dragging the ear up raises
    the head angle on screen and in the readout; once both points are the person's, OK gives the answer."""
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    editor = dialog.editor
    assert editor is not None
    for key, spot in (("tragus", QPoint(300, 150)), ("c7", QPoint(250, 220))):
        if key not in editor.landmarks.points:
            assert "Click on the photo" in dialog.status.text() and "to place" in dialog.status.text()
            qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=spot)
            assert key in editor.landmarks.points, dialog.status.text()
    before = cva(dialog)
    start = screen(editor, "tragus")
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(editor, start + QPoint(0, -8 * step))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=start + QPoint(0, -40))
    assert cva(dialog) > before + 3
    assert f"{cva(dialog):.1f}°" in dialog.readout.text()
    assert editor.landmarks.points["tragus"].source == "manual"
    c7 = screen(editor, "c7")  # a C7 the detector estimated becomes the person's once they move it
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=c7)
    qtbot.mouseMove(editor, c7 + QPoint(2, 0))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=c7 + QPoint(2, 0))
    assert dialog.measurement is not None
    if 20 <= cva(dialog) <= 80:
        assert "goes into your answers" in dialog.readout.text()
        assert dialog.measurement.observations["craniovertebral_angle"] == round(cva(dialog))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_keyboard_selects_with_tab_and_nudges_with_arrows(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          catalogue: Catalogue, detector: str) -> None:
    """Tab selects a handle, Shift+Up moves it up and the readout follows; the vertical line is laid with its
    button and its top end dragged along a (pretend) door frame."""
    dialog = opened(qtbot, monkeypatch, catalogue, "front")
    editor = dialog.editor
    assert editor is not None
    for spot in (QPoint(200, 150), QPoint(400, 160)):  # ears, if the detector found none
        if "right_ear" not in editor.landmarks.points or "left_ear" not in editor.landmarks.points:
            qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=spot)
    editor.setFocus()
    editor.selected = None
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    chosen = editor.selected
    assert chosen is not None and chosen in editor.handles()
    y = editor.handles()[chosen].y
    before = dialog.measurement.measurements.copy() if dialog.measurement else {}
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert editor.handles()[chosen].y < y
    assert dialog.measurement is not None and dialog.measurement.measurements != before
    qtbot.mouseClick(dialog.vertical_button, Qt.MouseButton.LeftButton)
    assert editor.landmarks.vertical is not None
    top = screen(editor, "vertical_top")
    qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=top)
    qtbot.mouseMove(editor, top + QPoint(30, 0))
    qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=top + QPoint(30, 0))
    assert editor.landmarks.vertical[0].x > editor.landmarks.vertical[1].x


def test_without_the_detector_the_dialog_says_so_and_asks_for_points(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue) -> None:
    """With the detector's import failing, the status says it is not installed and names the first point to click."""
    for name in [name for name in sys.modules if name == "mediapipe" or name.startswith("mediapipe.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "mediapipe", None)
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    assert "not installed" in dialog.status.text() and "Ear" in dialog.status.text()
    assert not dialog.find_button.isVisible()


def test_the_wizard_page_button_fills_the_head_angle(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                     catalogue: Catalogue, detector: str, tmp_path: Path) -> None:
    """On the head-angle page, "Measure from a photo…" opens the dialog; once both points are the person's,
    "Use these measurements" types the whole-degree angle into the page's field and the note says so; the
    answers mark it as measured from a photo, the draft keeps the photo, saving keeps it with the session;
    typing another number removes the mark."""
    from core.answers import parse_answers
    from core.engine import assess
    from core.store import open_store
    from core.store.photos import session_photos, write_photos
    from ui.posture.session import prepare_photos
    from ui.wizard.exam_page import ExamPage
    from ui.wizard.state import AssessmentState

    page = ExamPage(Context(catalogue, AssessmentState(), "Alex"), catalogue.tests["craniovertebral_angle"], "1 of 1")
    qtbot.addWidget(page)
    page.show()
    page.load()
    step = page.findChild(PhotoStep)
    assert step is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ASTRONAUT), ""))
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    dialog = step.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    qtbot.wait(50)
    editor = dialog.editor
    assert editor is not None
    for key, spot in (("tragus", QPoint(300, 150)), ("c7", QPoint(250, 220))):
        if key not in editor.landmarks.points:
            qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=spot)
    for key in ("tragus", "c7"):  # the person checks each point: moved, it is theirs
        at = screen(editor, key)
        qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseMove(editor, at + QPoint(1, 1))
        qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=at + QPoint(1, 1))
    assert dialog.measurement is not None
    wanted = dialog.measurement.observations["craniovertebral_angle"]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert page.inputs.answer() == wanted
    assert f"{wanted}°" in step.note.text() and page.isComplete()
    state = page.context.state
    page.store()
    assert state.answers_document()["measured_from_photo"] == ["craniovertebral_angle"]
    assert AssessmentState.from_draft(state.to_draft()).photos == state.photos  # a resumed draft keeps the photo
    store = open_store(str(tmp_path / "data"))
    prepared, missed = prepare_photos(list(state.photos.values()))
    assert missed == []
    session = store.save_session("Alex", state.answers_document(),
                                 assess(parse_answers(state.answers_document(), catalogue), catalogue), date.today(),
                                 lambda rows, new_id: write_photos(rows, {new_id: prepared}))
    [kept] = session_photos(store, session)
    assert kept.view == "side" and kept.landmarks.points["c7"].source == "manual"
    store.close()
    edit = page.inputs.fields[None].edit  # type: ignore[attr-defined]
    edit.clear()
    qtbot.keyClicks(edit, str(wanted + 5))  # the person types their own number: no longer measured
    page.store()
    assert "measured_from_photo" not in state.answers_document()


def test_a_photo_dropped_on_the_dialog_opens_and_the_next_page_reuses_it(
        qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, detector: str) -> None:
    """Dropping a photo file opens it; a side photo measured on the head-angle page opens again, with the
    points as they were left, from the pelvic-tilt page's button (no second search)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from ui.wizard.state import AssessmentState

    context = Context(catalogue, AssessmentState(), "Alex")
    step, again = (photo_step_of(qtbot, context, test_id) for test_id in ("craniovertebral_angle", "pelvic_tilt"))
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    dialog = step.dialog
    assert dialog is not None
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ASTRONAUT))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    settle(qtbot, dialog)
    assert dialog.photo == ASTRONAUT and dialog.editor is not None
    qtbot.wait(50)
    editor = dialog.editor
    for spot in (QPoint(300, 150), QPoint(250, 220)):
        if "c7" not in editor.landmarks.points or "tragus" not in editor.landmarks.points:
            qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    left = editor.landmarks
    qtbot.mouseClick(again.button, Qt.MouseButton.LeftButton)
    assert again.dialog is not None
    settle(qtbot, again.dialog)
    assert again.dialog.worker is None  # opened as it was left: nothing searched again
    assert again.dialog.editor is not None
    assert again.dialog.editor.landmarks.to_document() == left.to_document()


@pytest.mark.parametrize("missing", ["camera", "QtMultimedia"])
def test_take_a_photo_without_a_camera_says_so(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                               catalogue: Catalogue, missing: str) -> None:
    """On a computer with no camera (as here), or where QtMultimedia cannot load (its system libraries
    missing, as the sound code allows for), "Take a photo…" says so, to open a photo instead, and opens nothing."""
    from PySide6.QtWidgets import QMessageBox

    if missing == "QtMultimedia":
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    dialog = PostureDialog("side", catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    assert told and "No camera was found" in told[0] and "open it here" in told[0]
    assert dialog.photo is None and dialog.editor is None


def test_the_camera_window_counts_down_before_it_takes_the_photo(qtbot: QtBot) -> None:
    """The self-timer: pressing the button starts a 10-second count, said in words, and the button waits.
    (This machine has no camera, so taking the photo itself is not exercised here.)"""
    from ui.posture.camera import CameraDialog

    dialog = CameraDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert "Photo in 10 s" in dialog.count.text() and not dialog.button.isEnabled()
    assert dialog.timer.isActive() and dialog.folder.stat().st_mode & 0o777 == 0o700
    dialog.timer.stop()


def test_the_results_view_marks_an_answer_measured_from_a_photo(qtbot: QtBot, catalogue: Catalogue) -> None:
    """The results page lists the head angle as measured from a photo, a hint only."""
    from PySide6.QtWidgets import QLabel

    from core.answers import parse_answers
    from core.engine import assess
    from tests.helpers import answers_document
    from ui.widgets.results_view import ResultsView

    document = answers_document({"craniovertebral_angle": 40}) | {"measured_from_photo": ["craniovertebral_angle"]}
    view = ResultsView(catalogue, assess(parse_answers(document, catalogue), catalogue))
    qtbot.addWidget(view)
    assert any("measured from a photo" in label.text() for label in view.findChildren(QLabel))


def test_a_missing_point_can_be_placed_from_the_keyboard(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                         catalogue: Catalogue, detector: str) -> None:
    """Without a mouse: Enter puts the point the prompt asks for in the middle of the photo, selected, and the
    arrow keys move it from there."""
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    editor = dialog.editor
    assert editor is not None and editor.missing()
    asked = editor.missing()[0]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.selected == asked and editor.landmarks.points[asked].x == 256
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert editor.landmarks.points[asked].x < 256



def measured_draft(photo: Path) -> dict[str, Any]:
    """A draft that reached the routine page with the head angle measured on a photo (at ``photo``)."""
    answers = json.loads((ASTRONAUT.parent / "upper_crossed" / "answers.json").read_text())
    answers["observations"]["craniovertebral_angle"] = 45
    landmarks = {"format": 1, "view": "side", "image": {"width": 512, "height": 512},
                 "landmarks": {"tragus": [260, 120], "c7": [220, 160]}}
    return {"document": answers, "skipped": [], "intro": {"year_of_birth": None, "sex": None},
            "photos": {"side": {"path": str(photo), "landmarks": landmarks,
                                "filled": {"craniovertebral_angle": 45}}}}


def resumed_wizard(qtbot: QtBot, store: Store, draft: dict[str, Any]) -> AssessmentWizard:
    store.ensure_profile("Alex")
    wizard = AssessmentWizard(default_catalogue(), store, "Alex", draft=(draft, "routine"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    wizard.resume()
    return wizard


def test_a_draft_with_a_measured_photo_resumes_past_the_safety_questions(qtbot: QtBot, tmp_path: Path) -> None:
    """The safety questions and the cautions read the answers without the tests' results; the photo's mark
    on a result must go with them, or "Next" on the safety questions (and every exam page's cautions
    check) fails on "measured_from_photo: no answer in observations". Resumed, the wizard walks through
    the safety questions and every test page to the routine page where the draft was."""
    store = open_store(str(tmp_path / "data"))
    wizard = resumed_wizard(qtbot, store, measured_draft(ASTRONAUT))
    assert isinstance(wizard.currentPage(), RoutinePage)
    assert wizard.context.state.answers_document()["measured_from_photo"] == ["craniovertebral_angle"]
    store.close()


def test_a_photo_gone_before_saving_is_said_not_lost_silently(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft resumed after its photo was moved or removed (a camera photo lives in a temporary folder):
    "Save to my profile" saves the assessment and tells the person which photo could not be kept, naming
    the file, instead of saving without it in silence."""
    gone = tmp_path / "rebalance-photo-gone" / "side.jpg"
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warned.append(text))
    store = open_store(str(tmp_path / "data"))
    wizard = resumed_wizard(qtbot, store, measured_draft(gone))
    page = wizard.currentPage()
    assert isinstance(page, RoutinePage)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.saved_id is not None, timeout=10000)
    assert wizard.saved_id is not None and session_photos(store, wizard.saved_id) == []
    assert len(warned) == 1 and str(gone) in warned[0]
    store.close()


def photo_step_of(qtbot: QtBot, context: Context, test_id: str) -> PhotoStep:
    """The photo button of a shown, loaded test page."""
    from ui.wizard.exam_page import ExamPage

    page = ExamPage(context, context.catalogue.tests[test_id], "1 of 1")
    qtbot.addWidget(page)
    page.show()
    page.load()
    step = page.findChild(PhotoStep)
    assert step is not None
    return step


def measure_on_page(qtbot: QtBot, catalogue: Catalogue, test_id: str, points: dict[str, Landmark]) -> str:
    """The test's page with a side photo already measured on another page (these points on the astronaut);
    "Measure from a photo…" reopens it, "Use these measurements" is clicked: the note beside the button."""
    from ui.wizard.state import AssessmentState

    state = AssessmentState()
    marks = Landmarks("side", 512, 512, points)
    state.photos["side"] = {"path": str(ASTRONAUT), "filled": {}, "landmarks": marks.to_document()}
    step = photo_step_of(qtbot, Context(catalogue, state, "Alex"), test_id)
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    dialog = step.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.editor is not None and not dialog.loading(), timeout=30000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return step.note.text()


def test_an_angle_from_an_estimated_point_is_not_called_unvalidated(qtbot: QtBot, catalogue: Catalogue) -> None:
    """The head angle has a sourced cut-off; when it is not used because the neck point is the finder's
    estimate, the note says to drag that point into place, not that there is "no validated cut-off"."""
    note = measure_on_page(qtbot, catalogue, "craniovertebral_angle",
                           {"tragus": Landmark(300, 150, "manual"), "c7": Landmark(250, 220, "estimated")})
    assert "no validated cut-off" not in note
    assert "estimated" in note and "drag" in note


def test_an_unvalidated_measurement_points_to_the_choices_above(qtbot: QtBot, catalogue: Catalogue) -> None:
    """The knee angle has no validated cut-off: the note says so and sends the person to the choices, which
    sit above the button on the page (not "below")."""
    note = measure_on_page(qtbot, catalogue, "knee_position",
                           {"hip": Landmark(250, 100, "manual"), "knee": Landmark(255, 300, "manual"),
                            "ankle": Landmark(250, 480, "manual"), "toe": Landmark(300, 500, "manual")})
    assert "no validated cut-off" in note and "above" in note and "below" not in note



def test_the_head_angle_page_asks_only_for_the_ear_and_c7(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          catalogue: Catalogue, detector: str) -> None:
    """From the head-angle page the dialog asks for the tragus and C7 only (the angle needs no more): once both
    are placed by clicking where the prompt says, it says every point needed is placed, never asks for the hip
    bones, and a further click on the photo places nothing. Opened from the pelvic-tilt page, the same photo
    asks for the hip bones (ASIS, PSIS), which that angle needs."""
    from ui.wizard.state import AssessmentState

    context = Context(catalogue, AssessmentState(), "Alex")
    step, pelvis = (photo_step_of(qtbot, context, test_id) for test_id in ("craniovertebral_angle", "pelvic_tilt"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ASTRONAUT), ""))
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    dialog = step.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    editor = dialog.editor
    assert editor is not None
    prompts = [dialog.status.text()]
    for spot in (QPoint(300, 150), QPoint(250, 220)):
        if {"tragus", "c7"} - editor.landmarks.points.keys():
            qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=spot)
            prompts.append(dialog.status.text())
    assert {"tragus", "c7"} <= editor.landmarks.points.keys()
    assert dialog.status.text().startswith("Every point this measurement needs is placed")
    if folder := os.environ.get("REBALANCE_GRABS"):  # set by hand to look at the dialog
        dialog.grab().save(str(Path(folder) / f"head_angle_points_{detector.replace(' ', '_')}.png"))
    assert not any("ASIS" in text or "PSIS" in text for text in prompts)
    placed = set(editor.landmarks.points)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton, pos=QPoint(200, 400))  # away from every handle
    assert set(editor.landmarks.points) == placed
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pelvis.button, Qt.MouseButton.LeftButton)
    assert pelvis.dialog is not None
    settle(qtbot, pelvis.dialog)
    assert "(ASIS)" in pelvis.dialog.status.text() or "(PSIS)" in pelvis.dialog.status.text()
