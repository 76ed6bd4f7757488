"""The figure reads as a person: clothes, hair that tells front from back, and the tested side
of a one-sided test drawn stronger than the other."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from core.catalogue import default_catalogue
from core.figures.dress import HAIR, WEAR, fade, paint, untested_parts
from core.figures.illustrate import picture
from core.figures.render import MODES, Highlight, render
from core.figures.scene import build_scene

CATALOGUE = default_catalogue()


def _fills(svg: str) -> list[str]:
    return [e.get("fill", "") for e in ET.fromstring(svg).iter()]


def _hair_area(view: str) -> int:
    """How many hair shapes the standing figure shows from a view (0 or 1)."""
    pose = CATALOGUE.poses["stand"].model_copy(update={"view": view})
    return _fills(render(build_scene(pose))).count(HAIR)


def test_hair_tells_front_from_back() -> None:
    """From behind the back of the head is hair; from the side a cap shows which way it faces."""
    assert _hair_area("back") == 1
    assert _hair_area("side") == 1


def test_clothes_never_look_like_a_highlight() -> None:
    """Shirt, trousers and skin differ clearly from the stretch and strengthen colours."""
    def distance(a: str, b: str) -> int:
        return sum(abs(int(a[i:i + 2], 16) - int(b[i:i + 2], 16)) for i in (1, 3, 5))

    for colour in set(WEAR.values()):
        for mode in MODES.values():
            assert distance(colour, mode[0]) > 120, (colour, mode[0])


def test_one_sided_test_fades_the_other_side() -> None:
    """Single-leg stance on the left: the right leg is drawn in the faded tone, the left not."""
    svg = picture(CATALOGUE, CATALOGUE.tests["single_leg_stance"].illustration)
    fills = set(_fills(svg))
    faded = {paint("thigh_right", far, True)["fill"] for far in (True, False)}
    full = {paint("thigh_left", far, False)["fill"] for far in (True, False)}
    assert faded & fills and full & fills
    assert untested_parts("left") >= {"thigh_right", "shin_right", "foot_right"}
    assert untested_parts("both") == set()


def test_both_sided_picture_fades_nothing() -> None:
    """A picture that highlights both sides draws both in full tone."""
    scene = build_scene(CATALOGUE.poses["bridge"])
    svg = render(scene, [Highlight("gluteus_maximus", "both", "strengthen")])
    faded = {fade(colour, 0.55) for colour in WEAR.values()}
    assert faded.isdisjoint(_fills(svg))
