"""Poses as data: joint angles, the view, what the body rests on, and the props around it.

A pose may start ``like`` another and change a few joints, so the Thomas test's three
pictures or an exercise's start and end share one definition.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.catalogue.skeleton import BY_NAME, JOINTS, RANGES, joint_kind

PropKind = Literal["mat", "table", "chair", "wall", "door", "box", "ball", "strap", "pillow"]
Surface = Literal["floor", "mat", "table", "chair", "box", "pillow"]
# what a contact may touch: a surface, an upright prop, or another body part (by segment name)
PROP_SURFACES = ("floor", "mat", "table", "chair", "box", "pillow", "wall", "door", "ball")
DOFS = ("flexion", "abduction", "rotation")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Angles(Strict):
    flexion: float = 0.0
    abduction: float = 0.0
    rotation: float = 0.0

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.flexion, self.abduction, self.rotation)


class Orientation(Strict):
    pitch: float = 0.0
    yaw: float = 0.0
    roll: float = 0.0


class Point(Strict):
    """A point fixed to a segment, in that segment's own frame (metres)."""

    segment: str
    at: tuple[float, float, float] = (0.0, 0.0, 0.0)
    end: bool = False

    @model_validator(mode="after")
    def _known_segment(self) -> Point:
        if self.segment not in BY_NAME:
            raise ValueError(f"unknown segment '{self.segment}'")
        return self


class Prop(Strict):
    kind: PropKind
    at: tuple[float, float, float] = (0.0, 0.0, 0.0)
    size: tuple[float, float, float] | None = None
    ends: tuple[Point, Point] | None = None  # a strap runs between two body points
    under: Point | None = None               # the prop stands under this body point
    turn: float = 0.0                        # degrees about the vertical (a chair's facing)


class Contact(Strict):
    """A body part that touches something: the forearm on the mat, the hands on the thigh.

    ``touches`` is a surface or prop kind, or a body segment. ``by`` lists the joints (``knee_left``
    or ``knee_left.abduction``; flexion when no movement is named) the scene solver may turn
    to make the contact; without it the contact must hold as posed, and the tests check it.
    """

    part: str
    touches: str  # not "on": YAML reads a bare on as true
    by: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _known(self) -> Contact:
        if self.part not in BY_NAME:
            raise ValueError(f"contact: unknown body part '{self.part}'")
        if self.touches not in PROP_SURFACES and self.touches not in BY_NAME:
            raise ValueError(f"contact: '{self.part}' touches '{self.touches}', which is neither a "
                             "surface nor a body part")
        for joint, dof in self.movements:
            if joint not in JOINTS or dof not in DOFS:
                raise ValueError(f"contact: cannot move '{joint}.{dof}'")
        return self

    @property
    def movements(self) -> list[tuple[str, str]]:
        """(joint, movement) pairs the solver may change."""
        return [(name.partition(".")[0], name.partition(".")[2] or "flexion") for name in self.by]


class Rest(Strict):
    surface: Surface = "floor"
    parts: tuple[str, ...] = ()


class Anchor(Strict):
    point: Point = Field(default_factory=lambda: Point(segment="pelvis"))
    x: float = 0.0
    z: float = 0.0


class PoseDef(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    like: str | None = None
    view: Literal["front", "back", "side", "left", "top"] | tuple[float, float] = "side"
    body: Orientation = Field(default_factory=Orientation)
    joints: dict[str, Angles] = {}
    rest: Rest = Field(default_factory=Rest)
    anchor: Anchor = Field(default_factory=Anchor)
    props: tuple[Prop, ...] = ()
    markers: tuple[tuple[Point, ...], ...] = ()
    arrows: tuple[Point, ...] = ()
    contacts: tuple[Contact, ...] = ()
    compare: str | None = None  # a pose drawn small beside this one: the other state to look for

    @model_validator(mode="after")
    def _joints_in_human_range(self) -> PoseDef:
        for joint, angles in self.joints.items():
            if joint not in JOINTS:
                raise ValueError(f"unknown joint '{joint}'")
            for name, value in zip(("flexion", "abduction", "rotation"), angles.as_tuple(), strict=True):
                low, high = RANGES[joint_kind(joint)][name]
                if not low <= value <= high:
                    raise ValueError(f"{joint} {name} {value:g}° is outside the human range "
                                     f"{low:g}° to {high:g}°")
        for part in self.rest.parts:
            if part not in BY_NAME:
                raise ValueError(f"rest.parts: unknown segment '{part}'")
        return self


def resolve(poses: dict[str, PoseDef]) -> dict[str, PoseDef]:
    """Expand ``like``: a pose takes its model's fields, then its own joints on top."""
    resolved: dict[str, PoseDef] = {}

    def expand(pose_id: str, seen: tuple[str, ...] = ()) -> PoseDef:
        if pose_id in resolved:
            return resolved[pose_id]
        pose = poses[pose_id]
        if pose.like is None:
            resolved[pose_id] = pose
            return pose
        if pose.like not in poses or pose.like in seen:
            raise ValueError(f"pose '{pose_id}': 'like' names an unknown or circular pose")
        model = expand(pose.like, (*seen, pose_id))
        own = pose.model_dump(exclude_unset=True, exclude={"like", "joints"})
        merged = {**model.model_dump(exclude={"id"}), **own,
                  "joints": {**model.model_dump()["joints"], **pose.model_dump()["joints"]}}
        merged["like"] = None
        merged["compare"] = pose.compare  # the comparison belongs to one picture, not its family
        result = PoseDef.model_validate({**merged, "id": pose_id})
        resolved[pose_id] = result
        return result

    for pose_id in poses:
        expand(pose_id)
    for pose in resolved.values():
        if pose.compare is not None and pose.compare not in resolved:
            raise ValueError(f"pose '{pose.id}': compare names an unknown pose '{pose.compare}'")
    return resolved
