"""Poses: joint ranges are enforced, and every pose's geometry is sound."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.catalogue import Catalogue, default_catalogue
from core.catalogue.poses import PoseDef
from core.figures.body import SEGMENTS
from core.figures.checks import problems
from core.figures.parts import surface_points
from core.figures.scene import build_scene

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
    """Joints joined and in range; nothing below the floor, through a prop or through another
    limb; every declared contact on its surface within 2 cm, neither floating nor sunk in."""
    assert problems(build_scene(catalogue.poses[pose_id])) == []


def test_every_pose_declares_what_it_touches(catalogue: Catalogue) -> None:
    """A figure with no declared contact could float anywhere: every pose names at least one."""
    assert [p for p, pose in catalogue.poses.items() if not pose.contacts] == []


def test_checks_catch_a_floating_contact(catalogue: Catalogue) -> None:
    """Claiming the side bridge's hand touches the mat (it is up in the air) is reported."""
    raw = catalogue.poses["side_bridge_left"].model_dump()
    raw["contacts"] = [*raw["contacts"], {"part": "hand_right", "touches": "mat"}]
    found = problems(build_scene(PoseDef.model_validate(raw)))
    assert any(problem.startswith("hand_right floats") for problem in found), found


def test_checks_catch_a_limb_through_a_limb(catalogue: Catalogue) -> None:
    """Both legs swung in across the midline run through each other: reported."""
    raw = catalogue.poses["stand"].model_dump()
    raw["joints"]["hip_left"] = {"flexion": 10, "abduction": -30, "rotation": 0}
    raw["joints"]["hip_right"] = {"flexion": -10, "abduction": -30, "rotation": 0}
    found = problems(build_scene(PoseDef.model_validate(raw)))
    assert any("passes through shin" in problem or "passes through thigh" in problem
               for problem in found), found


def test_solver_closes_a_contact(catalogue: Catalogue) -> None:
    """The hand that must hold the thigh in the 90-90 test is brought onto it by the solver."""
    from core.figures.checks import contact_problems

    scene = build_scene(catalogue.poses["knee_straighten_left_start"])
    assert contact_problems(scene) == []
    assert scene.angles["elbow_right"] != catalogue.poses["knee_straighten_left_start"].joints[
        "elbow_right"].as_tuple()


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


def test_contact_puts_the_foot_on_its_surface(catalogue: Catalogue) -> None:
    """The solver bends the knee until the heel rests on the box (within 1.5 cm)."""
    scene = build_scene(catalogue.poses["single_leg_bridge_box"])
    box = next(solid for solid in scene.solids if solid.kind == "box")
    lowest = min(p[1] for p in surface_points(scene.segments["foot_left"]))
    assert abs(lowest - box.top) < 0.015


def test_every_segment_is_drawn_once() -> None:
    """The skeleton has one of each part, both sides for limbs."""
    names = [segment.name for segment in SEGMENTS]
    assert len(names) == len(set(names)) == 5 + 2 * 6
