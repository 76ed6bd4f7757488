"""The landmark finder in a process of its own, so the app's process never loads the detector.

Importing MediaPipe maps hundreds of megabytes of native libraries and builds its graph while it
holds the interpreter's lock: in a thread of the app, the window stood still for up to a second at
the first search (issue 16). Here one child process per app does the searching: it is started when
a photo dialog opens, so its start-up overlaps the person choosing a photo, and kept for the later
photos. It runs the very same ``detect_landmarks`` as the ``posture`` command, and its answers and
errors come back as they are. A child that dies during a search is replaced and asked once more (it
may have ended just before the request); a second death, or a child that stops answering, is reported
as FinderStopped, and the next search starts a new one. The app's end takes it along.
"""

from __future__ import annotations

import atexit
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.posture.detect import DetectorMissing, detector_available
from core.posture.landmarks import Landmarks, View

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

LIMIT_S = 120.0  # a search (the first one waits for the detector to load) taking longer is taken as hung
POLL_S = 0.05  # how often a waiting search checks whether it is still wanted


class FinderStopped(RuntimeError):
    """The finder's process ended, or stopped answering, before it answered."""


class DetectorBroken(DetectorMissing):
    """The detector is installed but cannot be loaded (a broken install, say a mismatched protobuf):
    searching again cannot help, and the reason is worth saying."""


class _Lost(OSError):
    """The child ended before it answered: just before the request, or because of it."""


class _Child:
    """The child process and the app's end of the pipe to it."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing of the app's state
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=serve, args=(theirs,), name="rebalance-landmark-finder",
                                       daemon=True)  # ended with the app, whatever way it ends
        self.process.start()
        theirs.close()
        self.asked = 0  # requests are numbered: an abandoned search's late answer is known and dropped

    def alive(self) -> bool:
        return not self.connection.closed and self.process.is_alive()

    def stop(self) -> None:
        """End the process now: it holds nothing that needs saving."""
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)

    def ask(self, photo: Path, view: View, wanted: Callable[[], bool]) -> Landmarks | None:
        self.asked += 1
        deadline = time.monotonic() + LIMIT_S
        try:
            self.connection.send((self.asked, photo, view))
        except OSError as error:
            self.stop()
            raise _Lost(f"it had ended ({error})") from None
        try:
            while True:
                if not wanted():
                    return None
                if time.monotonic() > deadline:
                    self.stop()
                    raise FinderStopped(f"no answer in {LIMIT_S:g} s")
                if self.connection.poll(POLL_S):
                    number, answer = self.connection.recv()
                    if number == self.asked:
                        break
        except (EOFError, OSError):
            self.process.join(timeout=1)  # its own exit code, before stop() would kill it
            code = self.process.exitcode
            self.stop()
            raise _Lost(f"the process ended (exit code {code})") from None
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, Landmarks)
        return answer


_child: _Child | None = None
_searching = threading.Lock()  # one search at a time talks to the child


def _running() -> _Child:
    """The child, started anew if there is none or it has ended (called with _searching held)."""
    global _child
    if _child is None or not _child.alive():
        if _child is not None:
            _child.stop()
        _child = _Child()
    return _child


def warm_up() -> None:
    """Start the child now, if the detector is installed, so the first search finds it loaded.
    Never waits: if a search holds the child, it is running already."""
    if detector_available() and _searching.acquire(blocking=False):
        try:
            _running()
        except OSError:  # no process could be started (too many open files, say): the search will say so
            pass
        finally:
            _searching.release()


def find_landmarks(photo: Path, view: View, wanted: Callable[[], bool] = lambda: True) -> Landmarks | None:
    """The landmarks on the photo, found by the child; None if ``wanted`` turned false before the answer.

    Raises what detect_landmarks raises (DetectorMissing, NoPersonFound, PhotoError), or FinderStopped.
    The detector's presence is checked here, without importing it, before any child is started."""
    if not detector_available():
        raise DetectorMissing("the pose detector (mediapipe) is not installed")
    while not _searching.acquire(timeout=POLL_S):
        if not wanted():
            return None
    try:
        try:
            return _running().ask(photo, view, wanted)
        except _Lost:  # ended just before the request (not yet noticed), or by some fault: once more, anew
            return _running().ask(photo, view, wanted)
    except _Lost as error:  # twice: it is no passing fault
        raise FinderStopped(str(error)) from None
    except OSError as error:  # no process could be started
        raise FinderStopped(f"no process could be started ({error})") from None
    finally:
        _searching.release()


def child_pid() -> int | None:
    """The running child's process id (for the tests that stop it), or None."""
    return _child.process.pid if _child is not None and _child.alive() else None


def shut_down() -> None:
    """End the child, if any (at the app's exit; a later search would start a new one)."""
    global _child
    if _child is not None:  # a search still waiting on it is told the finder stopped
        _child.stop()
        _child = None


atexit.register(shut_down)  # once: the app's end takes any child along (nothing to do if none is running)


def serve(connection: Connection) -> None:
    """The child's loop: load the detector at once, then answer each request until the app is gone."""
    from core.posture import detect

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the app, which ends this
    broken: DetectorBroken | None = None
    try:
        detect.load_detector()
    except DetectorMissing:  # not installed after all: the first request is told why
        pass
    except Exception as error:  # installed but broken: every request is told why, and the child stays
        broken = DetectorBroken(f"{type(error).__name__}: {error}")
    while True:
        try:
            number, photo, view = connection.recv()
        except (EOFError, OSError):
            return  # the app closed its end: it has gone
        answer: Any
        try:
            if broken is not None:
                raise broken
            answer = detect.detect_landmarks(photo, view)
        except Exception as error:  # every error goes back to be raised in the app
            answer = error
        try:
            connection.send((number, answer))
        except OSError:
            return
        except Exception as error:  # an error that cannot be pickled goes back as its text
            connection.send((number, RuntimeError(f"{type(error).__name__}: {error}")))
