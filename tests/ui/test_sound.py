"""The hold timer is heard: a real tone at "Go" and at "Stop", with a preference to turn it off."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from core.resources import resource_path
from tests.ui.conftest import open_window
from ui import settings as options
from ui.main_window import MainWindow
from ui.widgets import sound
from ui.widgets.hold_timer import HoldTimer

LEFT = Qt.MouseButton.LeftButton


pytestmark = pytest.mark.usefixtures("fresh_chime")  # tests/ui/conftest.py


def hold(qtbot: QtBot, timer: HoldTimer) -> None:
    """Start, wait past the get-ready countdown, stop: as a person times a hold."""
    qtbot.mouseClick(timer.button, LEFT)
    qtbot.waitUntil(lambda: timer.seconds >= 2, timeout=5000)
    qtbot.mouseClick(timer.button, LEFT)


@pytest.mark.parametrize("cue", ["go", "stop"])
def test_the_tones_are_short_audible_wavs(cue: str) -> None:
    """Each shipped tone is a valid mono WAV under a second long, loud enough to hear."""
    with wave.open(str(resource_path("sounds", f"{cue}.wav"))) as tone:
        assert tone.getnchannels() == 1 and tone.getsampwidth() == 2
        seconds = tone.getnframes() / tone.getframerate()
        samples = array.array("h", tone.readframes(tone.getnframes()))
    assert 0.1 <= seconds <= 1.0 and max(abs(s) for s in samples) > 10000


def test_timer_plays_go_and_stop_without_an_audio_device(qtbot: QtBot, fresh_chime: sound.Chime) -> None:
    """Offscreen, with no audio device, the timer plays its QSoundEffect tones and nothing fails."""
    timer = HoldTimer("side bridge", tick_ms=5)
    qtbot.addWidget(timer)
    hold(qtbot, timer)
    assert fresh_chime.played == ["go", "stop"] and "Stopped at" in timer.display.text()
    effects = fresh_chime._effects or {}
    assert set(effects) == {"go", "stop"} and all(isinstance(e, QSoundEffect) for e in effects.values())
    assert all(e.source().toLocalFile().endswith(f"{cue}.wav") for cue, e in effects.items())


def test_the_preference_turns_the_sound_off(qtbot: QtBot, tmp_path: Path, fresh_chime: sound.Chime) -> None:
    """Untick the sound in Preferences (File menu) and the timer stays silent; the choice is kept."""
    window: MainWindow = open_window(qtbot, tmp_path / "data")

    def untick_and_accept() -> None:
        dialog = window.preferences
        assert dialog is not None
        box = dialog.findChild(QCheckBox)
        assert box is not None and box.isChecked()
        qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box
        assert not box.isChecked()
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(200, untick_and_accept)
    (menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File"]
    (action,) = [a for a in menu.actions() if a.text() == "&Preferences…"]
    action.trigger()
    assert window.settings.get(options.TIMER_SOUND) is False and not fresh_chime.enabled
    timer = HoldTimer("side bridge", tick_ms=5)
    qtbot.addWidget(timer)
    hold(qtbot, timer)
    assert fresh_chime.played == [] and "Stopped at" in timer.display.text()
    assert options.TIMER_SOUND in options.PREFERENCES
    QApplication.processEvents()
    assert window.store is not None
    window.store.close()
