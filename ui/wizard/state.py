"""What the wizard has collected so far: an answers document plus the tests marked skipped.

The document is exactly contract.md's answers document, so the GUI and the command line
fill in the same thing; the draft stores it with the page reached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core import contract
from ui.posture.session import photo_marks


@dataclass
class AssessmentState:
    document: dict[str, Any] = field(default_factory=lambda: {
        "format": contract.FORMAT, "person": {}, "screening": {}, "pain": {}, "observations": {}})
    skipped: set[str] = field(default_factory=set)
    parts: dict[str, bool] = field(default_factory=dict)  # answers to the parts of split questions
    # what the intro page showed (year of birth, sex), kept so a resume shows it again: the
    # document holds only the age computed from it, and the page must load what it stored
    intro: dict[str, Any] | None = None
    # posture photos measured on the way (issue 18): view -> {"path", "landmarks", "filled"}
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_draft(self) -> dict[str, Any]:
        draft = {"document": self.document, "skipped": sorted(self.skipped), "parts": self.parts}
        if self.photos:
            draft["photos"] = self.photos
        return draft if self.intro is None else draft | {"intro": self.intro}

    @classmethod
    def from_draft(cls, draft: dict[str, Any]) -> AssessmentState:
        state = cls()
        state.document.update(draft.get("document", {}))
        state.skipped = set(draft.get("skipped", []))
        state.parts = {str(key): bool(yes) for key, yes in dict(draft.get("parts", {})).items()}
        intro = draft.get("intro")
        state.intro = dict(intro) if isinstance(intro, dict) else None
        photos = draft.get("photos")
        state.photos = {str(view): dict(photo) for view, photo in photos.items()} if isinstance(photos, dict) else {}
        return state

    def person_entered(self, today: date | None = None) -> tuple[int | None, str | None] | None:
        """Year of birth and sex as last entered, or None when this assessment never asked yet.

        A draft from before the intro was kept gives the year back from the stored age.
        """
        if self.intro is not None:
            return self.intro.get("year_of_birth"), self.intro.get("sex")
        person = self.document.get("person") or {}
        if not person:
            return None
        age = person.get("age")
        year = (today or date.today()).year - age if isinstance(age, int) else None
        return year, person.get("sex")

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
        self.intro = {"year_of_birth": year_of_birth, "sex": sex}

    def answers_document(self) -> dict[str, Any]:
        """The document without empty optional sections, ready for the engine."""
        document = {key: value for key, value in self.document.items() if value or key == "screening"}
        document["format"] = 1
        if marks := photo_marks(self.photos, document.get("observations") or {}):
            document["measured_from_photo"] = marks
        return document

    def safety_document(self, **changes: Any) -> dict[str, Any]:
        """The answers without the tests' results, which screening and cautions do not read; the marks of
        results measured on a photo go with them (a mark on no result is bad input to the parser)."""
        document = self.answers_document() | changes | {"observations": {}}
        document.pop("measured_from_photo", None)
        return document
