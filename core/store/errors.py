"""Store errors, kept apart so the command line can name them without loading SQLAlchemy."""

from core.jsondoc import DocumentError


class StoreError(Exception):
    """The database cannot be used; the message says which file, why, and the latest backup."""


class UpgradeBlocked(StoreError):
    """A stored row the schema upgrade cannot read: names the row, so it can be mended."""


class NotFound(LookupError):
    """A profile or session that does not exist."""


class SessionConflict(ValueError):
    """An imported session that is already stored under another profile (bad input)."""

    def __init__(self, session_id: str, profile: str) -> None:
        self.session_id, self.profile = session_id, profile
        super().__init__(f"session {session_id} is already stored under the profile '{profile}'; "
                         "nothing was imported")


class ExportError(DocumentError):
    """A profile export that cannot be imported: names the file, the field and what was expected."""

    def __init__(self, field_path: str, message: str, source: str = "profile file") -> None:
        super().__init__(field_path, message, source)
