"""The routine's phase in a framed box: which phase, why, and what it means for the exercises."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout

from core.programme.words import phase_lines
from core.result import Result
from ui.wizard.base import wrapped


def add_phase_box(layout: QBoxLayout, result: Result) -> QFrame | None:
    """Add the phase box of this result to the layout (nothing for a result without a phase)."""
    lines = phase_lines(result)
    if not lines:
        return None
    box = QFrame()
    box.setObjectName("phaseBox")
    box.setStyleSheet("#phaseBox { border: 2px solid #2e6b8a; border-radius: 6px; "
                      "background: rgba(46, 107, 138, 0.07); }")
    inside = QVBoxLayout(box)
    title, *rest = lines
    inside.addWidget(wrapped(title, bold=True))
    for line in rest:
        inside.addWidget(wrapped(line))
    box.setAccessibleName(title)
    layout.addWidget(box)
    return box
