"""The landmark finder's own process: the same answers and errors as detect_landmarks, and a process that
dies or hangs is reported, ended and replaced, never waited on for ever."""

from __future__ import annotations

import os
import pickle
import signal
import sys
import time
from pathlib import Path

import pytest

from core.jsondoc import DocumentError
from core.posture import finder
from core.posture.detect import NoPersonFound
from core.posture.landmarks import LandmarksError
from core.posture.photo import PhotoError

ASTRONAUT = Path(__file__).resolve().parents[2] / "data" / "astronaut.png"


def gone(pid: int) -> bool:
    """Whether the process has ended (a zombie no parent has reaped counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


@pytest.mark.parametrize("error", [PhotoError("side.jpg", "is not a photo"), NoPersonFound("side.jpg"),
                                   LandmarksError("view", "the landmarks are for a side view", "marks.json")])
def test_document_errors_cross_a_process_boundary_unchanged(error: DocumentError) -> None:
    """Each bad-input error (whose constructors take different arguments) pickles back to the same kind, with
    the same file, field and message, as the finder's process sends it to the app."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error)
    assert (again.source, again.field_path, again.message) == (error.source, error.field_path, error.message)
    assert again.with_source("other.jpg").source == "other.jpg"


@pytest.mark.detector
def test_the_child_finds_what_detect_landmarks_finds_and_raises_its_errors(fresh_finder: None,
                                                                           tmp_path: Path) -> None:
    """The astronaut's side-view landmarks come back from the child; a file that is no photo comes back as
    the PhotoError naming it, and the same child answers the next search."""
    marks = finder.find_landmarks(ASTRONAUT, "side")
    assert marks is not None and marks.view == "side" and "tragus" in marks.points
    pid = finder.child_pid()
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("hello")
    with pytest.raises(PhotoError) as raised:
        finder.find_landmarks(not_a_photo, "front")
    assert raised.value.source == str(not_a_photo) and "photo" in raised.value.message
    front = finder.find_landmarks(ASTRONAUT, "front")
    assert front is not None and front.view == "front" and "left_shoulder" in front.points
    assert finder.child_pid() == pid


@pytest.mark.detector
def test_a_hung_child_is_ended_after_the_limit_and_replaced(fresh_finder: None,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that stops answering (frozen here with SIGSTOP) is given up on after the time limit: the search
    raises FinderStopped, the child is killed, and the next search starts a new one that answers."""
    finder.warm_up()
    pid = finder.child_pid()
    assert pid is not None
    monkeypatch.setattr(finder, "LIMIT_S", 0.5)
    os.kill(pid, signal.SIGSTOP)
    with pytest.raises(finder.FinderStopped):
        finder.find_landmarks(ASTRONAUT, "side")
    assert gone(pid)
    monkeypatch.undo()  # the new child's first search loads the detector: it is given the usual time
    marks = finder.find_landmarks(ASTRONAUT, "side")
    assert marks is not None and "tragus" in marks.points and finder.child_pid() not in (None, pid)


@pytest.mark.detector
def test_a_search_no_longer_wanted_returns_and_its_late_answer_is_dropped(fresh_finder: None) -> None:
    """A search whose caller stops wanting it (a dialog closing) returns None at once, though the child is
    frozen; once the child runs again, the next search gets its own answer, not the abandoned one's."""
    finder.warm_up()
    pid = finder.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    asked = time.monotonic()
    try:
        assert finder.find_landmarks(ASTRONAUT, "side", lambda: time.monotonic() < asked + 0.3) is None
    finally:
        os.kill(pid, signal.SIGCONT)
    marks = finder.find_landmarks(ASTRONAUT, "front")
    assert marks is not None and marks.view == "front" and finder.child_pid() == pid


@pytest.mark.detector
def test_a_child_killed_while_idle_is_replaced_without_a_word(fresh_finder: None) -> None:
    """A child that died between searches is not the person's problem: the next search starts a new one."""
    finder.warm_up()
    pid = finder.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    while not gone(pid):
        time.sleep(0.01)
    marks = finder.find_landmarks(ASTRONAUT, "side")
    assert marks is not None and "tragus" in marks.points


def test_without_the_detector_no_child_is_started(fresh_finder: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the detector not installed (its import made to fail, as the UI tests do), searching says so at
    once and starts no process."""
    from core.posture.detect import DetectorMissing

    monkeypatch.setitem(sys.modules, "mediapipe", None)
    finder.warm_up()
    with pytest.raises(DetectorMissing):
        finder.find_landmarks(ASTRONAUT, "side")
    assert finder.child_pid() is None


def installed_detector(monkeypatch: pytest.MonkeyPatch, folder: Path, source: str) -> None:
    """A mediapipe package whose import runs the source, found first by this process and its children."""
    fake = folder / "mediapipe"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(source)
    monkeypatch.syspath_prepend(str(folder))  # the child is spawned with the app's sys.path
    for name in [name for name in sys.modules if name == "mediapipe" or name.startswith("mediapipe.")]:
        monkeypatch.delitem(sys.modules, name)


def test_a_detector_that_cannot_load_is_said_with_its_reason_and_not_restarted(
        fresh_finder: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed detector whose import fails with something other than ImportError (as with a mismatched
    protobuf): every search says it cannot start and why, as DetectorBroken (so the dialog offers no
    pointless retry), and the same child answers each time instead of one dying per search."""
    installed_detector(monkeypatch, tmp_path, "raise TypeError('Descriptors cannot be created directly')\n")
    pids = set()
    for _ in range(2):
        with pytest.raises(finder.DetectorBroken, match="TypeError: Descriptors cannot be created directly"):
            finder.find_landmarks(ASTRONAUT, "side")
        pids.add(finder.child_pid())
    assert len(pids) == 1 and None not in pids


def test_a_child_that_dies_at_every_start_is_reported_with_its_exit_code(
        fresh_finder: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A detector whose loading kills the process outright (exit code 3): the search is tried once more with a
    new child, then reported as FinderStopped naming the exit code, without waiting for the time limit."""
    installed_detector(monkeypatch, tmp_path, "import os\nos._exit(3)\n")
    began = time.monotonic()
    with pytest.raises(finder.FinderStopped, match="exit code 3"):
        finder.find_landmarks(ASTRONAUT, "side")
    assert time.monotonic() - began < finder.LIMIT_S / 4


@pytest.mark.detector
def test_a_child_that_ended_just_before_a_search_is_replaced_for_it(fresh_finder: None) -> None:
    """The child killed an instant before a search (not yet noticed as ended): the search is given to a new
    child and finds the landmarks, rather than saying the finder stopped."""
    finder.warm_up()
    pid = finder.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    marks = finder.find_landmarks(ASTRONAUT, "side")
    assert marks is not None and "tragus" in marks.points
    assert finder.child_pid() not in (None, pid)
