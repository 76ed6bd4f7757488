"""What the wizard has collected so far: an answers document plus the tests marked skipped.

The document is exactly contract.md's answers document, so the GUI and the command line
fill in the same thing; the draft stores it with the page reached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class AssessmentState:
    document: dict[str, Any] = field(default_factory=lambda: {
        "format": 1, "person": {}, "screening": {}, "pain": {}, "observations": {}})
    skipped: set[str] = field(default_factory=set)
    parts: dict[str, bool] = field(default_factory=dict)  # answers to the parts of split questions

    def to_draft(self) -> dict[str, Any]:
        return {"document": self.document, "skipped": sorted(self.skipped), "parts": self.parts}

    @classmethod
    def from_draft(cls, draft: dict[str, Any]) -> AssessmentState:
        state = cls()
        state.document.update(draft.get("document", {}))
        state.skipped = set(draft.get("skipped", []))
        state.parts = {str(key): bool(yes) for key, yes in dict(draft.get("parts", {})).items()}
        return state

    def set_observation(self, test_id: str, value: Any | None, skipped: bool) -> None:
        observations = self.document["observations"]
        if value is None:
            observations.pop(test_id, None)
        else:
            observations[test_id] = value
        if skipped:
            self.skipped.add(test_id)
        else:
            self.skipped.discard(test_id)

    def set_person(self, year_of_birth: int | None, sex: str | None, today: date | None = None) -> None:
        person: dict[str, Any] = {}
        if year_of_birth:
            person["age"] = (today or date.today()).year - year_of_birth
        if sex:
            person["sex"] = sex
        self.document["person"] = person

    def answers_document(self) -> dict[str, Any]:
        """The document without empty optional sections, ready for the engine."""
        document = {key: value for key, value in self.document.items() if value or key == "screening"}
        document["format"] = 1
        return document
