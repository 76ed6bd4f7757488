"""Benchmark: building every pose's scene with the contact solver, against the old reach search.

The old search (the first release's) tried 61 angles across a joint's range and 21 around the
best, re-placing the whole body for each of the 82 trials. The solver now places the body
once when the turned joint cannot move what it rests on, re-runs only the limb's chain,
finds the crossing by a coarse scan and bisection, measures limbs as a few spheres along
their axis, and caches joint rotations (those last two speed up the old search as well). Both run in
this process, interleaved (A B A B), 7 times each; the ratio of the medians is printed.
Target: the new build at most 0.5 of the old.

    .venv/bin/python bench/figure_scenes.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogue import default_catalogue
from core.catalogue.poses import Contact, PoseDef
from core.figures import scene as scene_module
from core.figures.body import BY_NAME, RANGES, Angles, Placed, joint_kind
from core.figures.contacts import Surroundings, _with, gap
from core.figures.scene import Solid, build_scene

RUNS = 7
TARGET = 0.5


def old_solve(angles: Angles, contacts: Iterable[Contact], around: Surroundings,
              place: Callable[[Angles], Mapping[str, Placed]]) -> Angles:
    """The first release's search: 61 + 21 whole-body placements per joint movement."""
    solved = dict(angles)
    for contact in contacts:
        movements = contact.movements
        for _ in range(3 if len(movements) > 1 else 1):
            for joint, dof in movements:
                low, high = RANGES[joint_kind(joint)][dof]

                def cost(value: float, joint: str = joint, dof: str = dof,
                         start: Angles = solved, contact: Contact = contact) -> float:
                    return abs(gap(place(_with(start, joint, dof, value)), around, contact))

                best = min((low + k * (high - low) / 60 for k in range(61)), key=cost)
                step = (high - low) / 60
                value = min((best + k * step / 10 for k in range(-10, 11)
                             if low <= best + k * step / 10 <= high), key=cost)
                solved = _with(solved, joint, dof, value)
    return solved


def old_solve_contacts(pose: PoseDef, angles: Angles, solids: list[Solid]) -> Angles:
    moving = [contact for contact in pose.contacts if contact.movements]
    if not moving:
        return angles
    kinds = {c.touches for c in moving
             if c.touches not in BY_NAME and c.touches not in ("floor", "mat")}
    heights = {kind: scene_module._surface_height(kind, pose, solids) for kind in kinds
               if not any(s.kind == kind for s in solids)}
    return old_solve(angles, moving, scene_module.surroundings(solids, heights),
                     lambda trial: scene_module._place(pose, trial, solids))


def build_all(poses: list[PoseDef]) -> float:
    began = time.perf_counter()
    for pose in poses:
        build_scene(pose)
    return time.perf_counter() - began


def main() -> int:
    poses = list(default_catalogue().poses.values())
    solving = [p for p in poses if any(c.movements for c in p.contacts)]
    new_solver = scene_module._solve_contacts
    old_times, new_times = [], []
    for _ in range(RUNS):
        scene_module._solve_contacts = old_solve_contacts
        old_times.append(build_all(poses))
        scene_module._solve_contacts = new_solver
        new_times.append(build_all(poses))
    old, new = statistics.median(old_times), statistics.median(new_times)
    ratio = new / old
    print(f"{len(poses)} scenes, {len(solving)} with solved contacts")
    print(f"old search: median {old * 1000:.0f} ms; solver now: median {new * 1000:.0f} ms")
    print(f"ratio new/old: {ratio:.2f} (target at most {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
