"""How the figure is dressed: skin, shirt, trousers and shoes, hair, and the tones that tell
near from far and the tested side from the other.

Plain colours only, light enough that the stretch (orange, hatched) and strengthen (blue,
dotted) highlights stay the strongest thing in the picture, in colour and in greyscale.
The shirt and trousers are neither orange nor blue, so they never read as a highlight.
"""

from __future__ import annotations

from core.figures.geometry import dot, mat_vec
from core.figures.parts import Outline, blob
from core.figures.scene import Scene

INK = "#4a4540"
SKIN = "#f0dcc8"
HAIR = "#6e5a48"
WEAR = {
    "head": SKIN, "neck": SKIN, "forearm": SKIN, "hand": SKIN,
    "chest": "#cbd8c3", "abdomen": "#cbd8c3", "upper_arm": "#cbd8c3",   # a sage shirt
    "pelvis": "#c6c1d3", "thigh": "#c6c1d3", "shin": "#c6c1d3",        # light grey trousers
    "foot": "#9b9088",                                                  # shoes
}
GHOST = {"fill": "#f6f3ef", "stroke": "#c9c1b6"}
FAR_SHADE = 0.88      # limbs on the far side, a shade darker, for depth
OTHER_SIDE = 0.55     # in a one-sided picture, the untested side's limbs fade this much toward paper
PAPER = (250, 248, 245)
SIDED = ("upper_arm", "forearm", "hand", "thigh", "shin", "foot")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in rgb)


def shade(colour: str, factor: float) -> str:
    r, g, b = _rgb(colour)
    return _hex((r * factor, g * factor, b * factor))


def fade(colour: str, amount: float) -> str:
    """Mix toward the paper colour: the side a one-sided test does not look at."""
    r, g, b = _rgb(colour)
    return _hex(tuple(c + (p - c) * amount for c, p in zip((r, g, b), PAPER, strict=True)))  # type: ignore[arg-type]


def part_kind(name: str) -> str:
    return name.removesuffix("_left").removesuffix("_right")


def paint(name: str, far: bool, untested: bool) -> dict[str, str]:
    """Fill and outline of a body part."""
    fill = WEAR[part_kind(name)]
    if far:
        fill = shade(fill, FAR_SHADE)
    if untested:
        fill = fade(fill, OTHER_SIDE)
        return {"fill": fill, "stroke": fade(INK, 0.35)}
    return {"fill": fill, "stroke": INK}


def untested_parts(tested: str | None) -> set[str]:
    """The limbs of the side a one-sided picture does not test (none when both are tested)."""
    if tested not in ("left", "right"):
        return set()
    other = "right" if tested == "left" else "left"
    return {f"{part}_{other}" for part in SIDED}


def hair(scene: Scene) -> Outline | None:
    """Hair over the top and back of the head: from behind the head is dark, from the front a
    fringe shows, in profile the face is the light side. None when it faces away."""
    head = scene.segments["head"]
    return blob(head, (0.0, 0.13, -0.035), (0, 1, 0), (0.0, 0.55, -0.83), (0.088, 0.078), scene.camera)


def nose(scene: Scene) -> Outline | None:
    """A small nose shows which way the head faces; left out when it faces the camera."""
    from core.figures.geometry import circle

    head = scene.segments["head"]
    facing = dot(mat_vec(head.frame, (0, 0, 1)), scene.camera.toward)
    if facing > 0.75:
        return None
    x, y, depth = scene.camera.project(head.point((0, 0.085, 0.095)))
    return Outline("head", circle((x, y), 0.019, 20), depth)
