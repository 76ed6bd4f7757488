"""Poses: joint ranges are enforced, and every pose's geometry is sound."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.catalogue import Catalogue, default_catalogue
from core.figures.body import SEGMENTS
from core.figures.parts import surface_points
from core.figures.poses import PoseDef
from core.figures.scene import build_scene, problems

POSES = sorted(default_catalogue().poses)


def test_joint_outside_human_range_is_refused() -> None:
    """A hip flexed 200° fails validation, naming the joint and the range."""
    with pytest.raises(ValidationError, match=r"hip_left flexion 200° is outside the human range"):
        PoseDef.model_validate({"id": "broken", "joints": {"hip_left": {"flexion": 200}}})


def test_unknown_joint_is_refused() -> None:
    """A misspelt joint name is an error, not a silently ignored angle."""
    with pytest.raises(ValidationError, match="unknown joint 'hip_middle'"):
        PoseDef.model_validate({"id": "broken", "joints": {"hip_middle": {"flexion": 10}}})


@pytest.mark.parametrize("pose_id", POSES)
def test_pose_geometry_is_sound(catalogue: Catalogue, pose_id: str) -> None:
    """Joints stay joined, nothing goes below the floor or through a prop."""
    assert problems(build_scene(catalogue.poses[pose_id])) == []


def test_checks_catch_a_body_through_the_floor(catalogue: Catalogue) -> None:
    """Resting a standing figure by its head pushes the legs below the floor: reported."""
    raw = catalogue.poses["stand"].model_dump()
    raw["rest"] = {"surface": "floor", "parts": ["head"]}
    found = problems(build_scene(PoseDef.model_validate(raw)))
    assert "shin_left goes below the floor" in found


def test_checks_catch_a_body_through_a_prop(catalogue: Catalogue) -> None:
    """A chair moved under the standing figure is reported as passed through."""
    raw = catalogue.poses["stand"].model_dump()
    raw["props"] = [{"kind": "chair", "at": [0, 0, 0.2]}]
    found = problems(build_scene(PoseDef.model_validate(raw)))
    assert any("passes through the chair" in problem for problem in found)


def test_adult_proportions(catalogue: Catalogue) -> None:
    """Standing, the head is one-seventh to one-eighth of the height."""
    scene = build_scene(catalogue.poses["stand"])
    ys = [p[1] for placed in scene.segments.values() for p in surface_points(placed)]
    head = [p[1] for p in surface_points(scene.segments["head"])]
    ratio = (max(head) - min(head)) / (max(ys) - min(ys))
    assert 1 / 8 <= ratio <= 1 / 7
    assert 1.6 < max(ys) - min(ys) < 1.85


def test_reach_puts_the_foot_on_its_surface(catalogue: Catalogue) -> None:
    """The solver bends the knee until the heel rests on the box (within 1.5 cm)."""
    scene = build_scene(catalogue.poses["single_leg_bridge_box"])
    box = next(solid for solid in scene.solids if solid.kind == "box")
    lowest = min(p[1] for p in surface_points(scene.segments["foot_left"]))
    assert abs(lowest - box.top) < 0.015


def test_every_segment_is_drawn_once() -> None:
    """The skeleton has one of each part, both sides for limbs."""
    names = [segment.name for segment in SEGMENTS]
    assert len(names) == len(set(names)) == 5 + 2 * 6
