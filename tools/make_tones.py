"""Writes the hold timer's two short tones to resources/sounds/ (run once; the WAVs are shipped).

A plain sine with 10 ms fades, so it does not click: "go" is higher and short, "stop" lower and
longer, so the two can be told apart without looking.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
TONES = {"go": (880.0, 0.18), "stop": (587.3, 0.45)}  # A5, D5 (Hz, seconds)


def tone(frequency: float, seconds: float, volume: float = 0.5) -> bytes:
    count, fade = int(RATE * seconds), int(RATE * 0.01)
    frames = []
    for n in range(count):
        envelope = min(1.0, n / fade, (count - n) / fade)
        frames.append(struct.pack("<h", int(32767 * volume * envelope * math.sin(2 * math.pi * frequency * n / RATE))))
    return b"".join(frames)


def main() -> None:
    folder = Path(__file__).resolve().parents[1] / "resources" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (frequency, seconds) in TONES.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(tone(frequency, seconds))


if __name__ == "__main__":
    main()
