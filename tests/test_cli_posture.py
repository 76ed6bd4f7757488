"""`main.py posture`: headless, exit codes per contract, with and without the optional detector.

Tests marked ``detector`` need the optional pose detector. They FAIL when it is missing: the
README's test command installs it. Only a run that says it has no detector on purpose
(REBALANCE_WITHOUT_DETECTOR=1) leaves them out, and then the manual-mode tests still run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ASTRONAUT = ROOT / "tests" / "data" / "astronaut.png"  # NASA, public domain (tests/data/CREDITS.md)


def rebalance(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
              ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, input=stdin, env={**os.environ, **(env or {})})


def without_detector(tmp_path: Path) -> dict[str, str]:
    """An environment in which `import mediapipe` fails, as on an install without the extra."""
    blocker = tmp_path / "blocker" / "mediapipe"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('mediapipe is not installed (test)')\n")
    return {"PYTHONPATH": os.pathsep.join([str(blocker.parent), str(ROOT)])}


def landmarks_file(tmp_path: Path, **changes: object) -> Path:
    document: dict[str, object] = {"format": 1, "view": "side", "image": {"width": 512, "height": 512},
                                   "landmarks": {"tragus": [300, 100], "c7": [250, 150]}}
    document.update(changes)
    path = tmp_path / "marks.json"
    path.write_text(json.dumps(document))
    return path


def test_landmarks_given_by_hand_measure_without_the_detector(tmp_path: Path) -> None:
    """Manual mode needs nothing optional: C7 → tragus at 45° is measured and answered as 45."""
    done = rebalance("posture", str(ASTRONAUT), "--view", "side", "--landmarks", str(landmarks_file(tmp_path)),
                     "--json", env=without_detector(tmp_path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["measurements"] == {"craniovertebral_angle": 45.0}
    assert result["observations"] == {"craniovertebral_angle": 45}
    assert result["landmarks"]["c7"] == {"x": 250, "y": 150, "source": "manual"}


def test_plain_output_says_no_validated_cutoff(tmp_path: Path) -> None:
    """In words, a shoulder tilt is a number with "no validated cut-off", never "left side higher"."""
    shoulders = {"left_shoulder": [350, 200], "right_shoulder": [150, 210]}
    marks = landmarks_file(tmp_path, view="front", landmarks=shoulders)
    done = rebalance("posture", str(ASTRONAUT), "--view", "front", "--landmarks", str(marks))
    assert done.returncode == 0, done.stderr
    assert "Shoulder tilt (+ left higher): 2.9° (no validated cut-off)" in done.stdout


def test_without_the_detector_and_without_landmarks_it_says_what_to_do(tmp_path: Path) -> None:
    """No detector installed: exit 1 (not bad input), and the message names both ways forward."""
    done = rebalance("posture", str(ASTRONAUT), "--view", "front", env=without_detector(tmp_path))
    assert done.returncode == 1
    assert "not installed" in done.stderr and "--landmarks" in done.stderr


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: p.write_bytes(b"not a picture at all"), "is not a photo"),
    (lambda p: p.write_bytes(ASTRONAUT.read_bytes()[:3000]), "cannot be"),
    (lambda p: None, "no such file"),
])
def test_an_unreadable_photo_exits_2(tmp_path: Path, make: object, words: str) -> None:
    """Not an image, a truncated PNG, a missing file: exit 2 naming the file. (The truncated one fails only
    when decoded, so it is measured with the detector, which decodes it.)"""
    photo = tmp_path / "photo.png"
    make(photo)  # type: ignore[operator]
    done = rebalance("posture", str(photo), "--view", "side")
    assert done.returncode == 2, done.stderr
    assert str(photo) in done.stderr and words in done.stderr


@pytest.mark.parametrize(("changes", "words"), [
    ({"view": "front", "landmarks": {"left_ear": [9, 9]}}, "view: the landmarks are for a front view"),
    ({"image": {"width": 3024, "height": 4032}}, "image: the landmarks were placed on a 3024 × 4032"),
    ({"landmarks": {"tragus": [300, float("nan")]}}, "landmarks.tragus[1]"),
    ({"landmarks": {"tragus": [300, 700]}}, "landmarks.tragus[1]: expected a number from 0 to 512"),
])
def test_a_bad_landmarks_document_exits_2_naming_the_field(tmp_path: Path, changes: dict[str, object],
                                                          words: str) -> None:
    """A view or picture size that does not match the photo, NaN, a point off the picture: exit 2, field named."""
    marks = landmarks_file(tmp_path, **changes)
    done = rebalance("posture", str(ASTRONAUT), "--view", "side", "--landmarks", str(marks))
    assert done.returncode == 2
    assert "marks.json" in done.stderr and words in done.stderr, done.stderr
    assert done.stdout == ""


def test_landmarks_from_stdin(tmp_path: Path) -> None:
    """`-` reads the landmarks document from standard input, as the contract's other commands do."""
    text = landmarks_file(tmp_path).read_text()
    done = rebalance("posture", str(ASTRONAUT), "--view", "side", "--landmarks", "-", "--json", stdin=text)
    assert done.returncode == 0 and json.loads(done.stdout)["observations"] == {"craniovertebral_angle": 45}


@pytest.mark.detector
def test_the_detector_finds_the_astronaut(tmp_path: Path) -> None:
    """On the NASA portrait, ears and shoulders are found inside the picture, the person's left shoulder on
    the picture's right (she faces the camera), and each is marked as found automatically."""
    done = rebalance("posture", str(ASTRONAUT), "--view", "front", "--json")
    assert done.returncode == 0, done.stderr
    marks = json.loads(done.stdout)["landmarks"]
    for key in ("left_ear", "right_ear", "left_shoulder", "right_shoulder"):
        assert 0 <= marks[key]["x"] <= 512 and 0 <= marks[key]["y"] <= 512, key
        assert marks[key]["source"] == "auto" and marks[key]["confidence"] >= 0.5
    assert marks["left_shoulder"]["x"] > 256 > marks["right_shoulder"]["x"]
    assert marks["left_ear"]["x"] > marks["right_ear"]["x"]
    assert marks["left_shoulder"]["y"] > marks["left_ear"]["y"]


@pytest.mark.detector
def test_a_photo_with_nobody_exits_2(tmp_path: Path) -> None:
    """A plain grey picture: "no person was found", exit 2, and no landmark is invented."""
    photo = tmp_path / "wall.jpg"
    Image.new("RGB", (640, 480), (128, 128, 128)).save(photo)
    done = rebalance("posture", str(photo), "--view", "side", "--json")
    assert done.returncode == 2 and "no person was found" in done.stderr
    assert done.stdout == ""


@pytest.mark.detector
def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    """The astronaut stored on her side with an EXIF note 'turn 90°' is found upright: same shoulders
    (within a few pixels), in the turned picture's coordinates."""
    from PIL import Image as PilImage

    photo = tmp_path / "sideways.jpg"
    exif = PilImage.Exif()
    exif[0x0112] = 6  # the camera's note: turn 90° clockwise to view
    PilImage.open(ASTRONAUT).convert("RGB").transpose(PilImage.Transpose.ROTATE_90).save(photo, exif=exif, quality=95)
    upright = json.loads(rebalance("posture", str(ASTRONAUT), "--view", "front", "--json").stdout)["landmarks"]
    done = rebalance("posture", str(photo), "--view", "front", "--json")
    assert done.returncode == 0, done.stderr
    turned = json.loads(done.stdout)["landmarks"]
    for key in ("left_shoulder", "right_shoulder"):
        assert abs(turned[key]["x"] - upright[key]["x"]) < 8 and abs(turned[key]["y"] - upright[key]["y"]) < 8
