"""Store errors, kept apart so the command line can name them without loading SQLAlchemy."""


class StoreError(Exception):
    """The database cannot be used; the message says which file, why, and the latest backup."""


class NotFound(LookupError):
    """A profile or session that does not exist."""
