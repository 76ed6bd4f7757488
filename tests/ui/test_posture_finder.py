"""The landmark search runs in a process of its own: the app's process never loads the detector, a finder
process that dies is said in plain words and replaced, and closing the dialog never waits on it.

These need the optional detector (marked ``detector``: they fail when it is missing)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from core.catalogue import Catalogue
from core.posture import finder
from tests.core.posture.test_finder import gone, installed_detector
from tests.ui.test_posture_editor import ASTRONAUT, opened, settle
from ui.main_window import MainWindow
from ui.posture.dialog import PostureDialog

ROOT = Path(__file__).resolve().parents[2]

# The app's own way: a dialog, its Open button clicked with the file dialog answered, the landmarks awaited.
SEARCH_IN_THE_APP = """
import json, sys, time
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    from core.catalogue import default_catalogue
    from core.posture import finder
    from ui.app import create_application
    from ui.posture.dialog import PostureDialog

    app = create_application()
    dialog = PostureDialog("side", default_catalogue())
    dialog.show()
    QFileDialog.getOpenFileName = lambda *args, **kwargs: (sys.argv[1], "")
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    loop, deadline = QEventLoop(), time.monotonic() + 90
    while dialog.editor is None or dialog.loading() or dialog.editor.landmarks.points == {}:
        loop.processEvents()
        time.sleep(0.005)
        if time.monotonic() > deadline:
            raise TimeoutError(dialog.status.text())
    loop.processEvents()
    print(json.dumps({"imported": sorted(name for name in ("mediapipe", "numpy", "cv2") if name in sys.modules),
                      "found": sorted(dialog.editor.landmarks.points), "finder": finder.child_pid()}))
    dialog.reject()
    app.quit()


if __name__ == "__main__":
    main()
"""


def searching_with_a_frozen_finder(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                   catalogue: Catalogue) -> tuple[PostureDialog, int]:
    """A side-view dialog whose finder process is frozen (SIGSTOP: the caller sends SIGCONT) and which is
    searching the astronaut, opened with its Open button; and the frozen process's id."""
    dialog = PostureDialog("side", catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: finder.child_pid() is not None)
    pid = finder.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ASTRONAUT), ""))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isRunning(), timeout=30000)
    return dialog, pid


@pytest.mark.detector
def test_the_app_process_never_loads_the_detector_and_its_finder_ends_with_it(tmp_path: Path) -> None:
    """In a fresh app process, the photo opened with the dialog's Open button gets its landmarks found while
    neither MediaPipe nor numpy nor OpenCV is ever imported in that process: the search ran in another.
    When the app ends, its finder process ends with it, and the app's exit does not wait on it."""
    script = tmp_path / "search.py"
    script.write_text(SEARCH_IN_THE_APP)
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script), str(ASTRONAUT)], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["imported"] == []
    assert {"tragus", "shoulder"} <= set(seen["found"])  # the detector's points, not the person's
    assert isinstance(seen["finder"], int) and gone(seen["finder"])


@pytest.mark.detector
def test_a_finder_that_dies_mid_search_is_replaced_and_the_search_still_finds(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue, fresh_finder: None) -> None:
    """The finder's process is killed while it searches (frozen first, so the search is surely under way):
    the search is given to a new finder process, and the landmarks are found without the person doing
    anything; nothing says the finder stopped."""
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    assert dialog.editor is not None and "tragus" in dialog.editor.landmarks.points
    pid = finder.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    dialog.editor.landmarks = dialog.editor.landmarks.moved("tragus", 10, 10)  # so the new search shows
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    assert dialog.loading() and "Looking for the landmarks" in dialog.status.text()
    os.kill(pid, signal.SIGKILL)
    settle(qtbot, dialog)
    assert "automatic finder stopped" not in dialog.status.text()
    assert dialog.editor.landmarks.points["tragus"].source == "auto"
    assert finder.child_pid() not in (None, pid)


def test_a_finder_that_cannot_run_is_said_and_the_points_can_be_placed(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue, fresh_finder: None,
        tmp_path: Path) -> None:
    """A detector whose loading kills its process each time (exit code 3): the dialog says the automatic
    finder stopped and to place the points by clicking (naming the first one), keeps the photo, and offers
    "Find the landmarks again"."""
    installed_detector(monkeypatch, tmp_path, "import os\nos._exit(3)\n")
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    assert "automatic finder stopped" in dialog.status.text() and "clicking" in dialog.status.text()
    assert "Ear" in dialog.status.text()
    assert dialog.editor is not None and dialog.find_button.isEnabled() and dialog.find_button.isVisible()


@pytest.mark.detector
def test_closing_the_dialog_during_a_search_does_not_wait_for_the_finder(
        qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, fresh_finder: None) -> None:
    """With the finder frozen mid-search, Cancel closes the dialog at once (its threads stop waiting and are
    waited for, none left running); the next dialog's search gets its own view's landmarks, not the
    abandoned search's late answer."""
    dialog, pid = searching_with_a_frozen_finder(qtbot, monkeypatch, catalogue)
    try:
        began = time.monotonic()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        assert time.monotonic() - began < 5  # not the finder's time limit (two minutes): it stopped waiting
        assert not dialog.isVisible() and not dialog.loading()
    finally:
        os.kill(pid, signal.SIGCONT)
    front = opened(qtbot, monkeypatch, catalogue, "front")
    assert front.editor is not None and "left_shoulder" in front.editor.landmarks.points
    assert finder.child_pid() == pid


def test_an_unexpected_fault_in_the_search_is_said_and_never_leaves_the_dialog_looking(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue) -> None:
    """A fault nobody planned for (here the search raising MemoryError, which has no words of its own):
    the dialog does not stay on "Looking for the landmarks…" but says the finder failed and why, keeps
    the photo to place the points by clicking, and lets the person search again."""
    def fails(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(finder, "find_landmarks", fails)
    dialog = opened(qtbot, monkeypatch, catalogue, "side")
    assert "automatic finder failed (MemoryError)" in dialog.status.text()
    assert "Ear" in dialog.status.text()  # and the prompt for the first point to click
    assert dialog.editor is not None and dialog.find_button.isEnabled()


def test_cancel_while_the_photo_opens_starts_no_search_after_the_dialog_closed(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue, fresh_finder: None) -> None:
    """Cancel pressed while a photo is still being read (held a moment here): the photo read meanwhile is not
    shown and no landmark search starts behind the closed dialog (one would outlive it, and its assessment,
    and abort the app when they are deleted)."""
    import threading

    import ui.posture.dialog as dialog_module

    release = threading.Event()
    real = dialog_module.qimage
    monkeypatch.setattr(dialog_module, "qimage", lambda photo: release.wait(10) and real(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ASTRONAUT), ""))
    dialog = PostureDialog("side", catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.loading() and "Opening the photo" in dialog.status.text()
    threading.Timer(0.3, release.set).start()  # the reading ends while Cancel waits for it
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.wait(300)  # the reading's last signal is delivered
    assert not dialog.isVisible() and not dialog.loading()
    assert dialog.worker is None and dialog.editor is None


@pytest.mark.detector
def test_a_photo_opened_while_another_is_searched_gets_its_own_landmarks(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, catalogue: Catalogue, fresh_finder: None,
        tmp_path: Path) -> None:
    """Photo A's search is held (its finder frozen) when the person opens photo B, of another size: B gets
    its own search, A's late answer is dropped, and the points shown are B's, in B's pixels."""
    from PIL import Image

    other = tmp_path / "smaller.png"
    with Image.open(ASTRONAUT) as image:
        image.resize((image.width // 2, image.height // 2)).save(other)
    dialog, pid = searching_with_a_frozen_finder(qtbot, monkeypatch, catalogue)
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.photo == other, timeout=30000)
    finally:
        os.kill(pid, signal.SIGCONT)
    settle(qtbot, dialog)
    assert dialog.photo == other and dialog.editor is not None
    marks = dialog.editor.landmarks
    with Image.open(other) as image:
        assert (marks.width, marks.height) == image.size
    assert "tragus" in marks.points and marks.points["tragus"].x < image.width


@pytest.mark.detector
def test_the_finder_process_ends_with_the_assessment(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fresh_finder: None) -> None:
    """The photo dialog of the head-angle page starts the finder's process; when the person closes the
    assessment (Cancel), that process ends with it rather than holding its memory until the app quits."""
    from PySide6.QtWidgets import QWizard

    from tests.ui.test_wizard import timer_page, to_first_test
    from ui.posture.wizard_step import PhotoStep

    wizard = to_first_test(window, qtbot)
    page = timer_page(wizard, "craniovertebral_angle")
    step = page.findChild(PhotoStep)
    assert step is not None
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finder.child_pid() is not None, timeout=30000)
    pid = finder.child_pid()
    assert pid is not None and step.dialog is not None
    step.dialog.reject()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert window.wizard is None
    assert finder.child_pid() is None
    qtbot.waitUntil(lambda: gone(pid), timeout=10000)
