"""The hold timer's sounds: a short tone shipped in resources/sounds, played with QSoundEffect.

QApplication.beep() is silent on most Linux desktops, so the start and the end of a hold
were heard by nobody. QtMultimedia loads lazily (it is slow to start) and may be missing
(no PulseAudio library) or find no audio device: then the system beep is the fallback and
nothing fails. Whether to play at all is the TIMER_SOUND preference (ui/settings.py).
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

Cue = Literal["go", "stop"]


class Chime(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.enabled = True
        self._effects: dict[Cue, Any] | None = None  # QSoundEffect per cue; {} when unavailable
        self.played: list[Cue] = []  # what was asked to sound, in order (shown nowhere; for checks)

    def prepare(self) -> None:
        """Load QtMultimedia and the tones ahead of the first cue (the get-ready countdown allows it)."""
        if self._effects is not None or not self.enabled:
            return
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect

            from core.resources import resource_path
        except (ImportError, OSError):  # QtMultimedia or its system libraries are missing
            return
        for cue in ("go", "stop"):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{cue}.wav"))))
            effect.setVolume(0.8)
            self._effects[cue] = effect

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        self.prepare()
        self.played.append(cue)
        effect = (self._effects or {}).get(cue)
        if effect is None or effect.status() == effect.Status.Error:
            QApplication.beep()
            return
        effect.play()


_chime: Chime | None = None


def chime() -> Chime:
    """The app's one chime (created on first use, after the QApplication)."""
    global _chime
    if _chime is None:
        _chime = Chime()
    return _chime


def set_enabled(enabled: bool) -> None:
    chime().enabled = enabled
