"""The schema's revisions, read cheaply: opening a current database never imports Alembic.

The stored revision is compared with the head read from the migration files themselves;
only a database that must be created or migrated (or a history this reading cannot follow
for certain) brings Alembic in.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from core.store.inspection import OURS

if TYPE_CHECKING:  # SQLAlchemy is not needed to read the revisions (the home's glance reads them)
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")

_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE)


def known_revisions() -> tuple[str | None, set[str]]:
    """(the newest schema revision, every revision this version knows).

    Read from the migration files' `revision` and `down_revision` lines, which is quick; a
    history this reading cannot follow for certain (a branch, a merge, an unusual line) is
    left to Alembic. A test checks that both readings agree.
    """
    parents: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revisions, downs = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if script.name == "__init__.py" and not revisions:
            continue
        if len(revisions) != 1 or len(downs) != 1:
            return alembic_revisions()
        parents[revisions[0]] = downs[0] or None
    heads = set(parents) - set(parents.values())
    if len(heads) != 1 or sum(parent is None for parent in parents.values()) != 1:
        return alembic_revisions()
    return heads.pop(), set(parents)


def alembic_revisions() -> tuple[str | None, set[str]]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return script.get_current_head(), {rev.revision for rev in script.walk_revisions()}


def is_current(connection: Connection, head: str | None) -> bool:
    """Whether the stored schema revision is exactly the head, read without Alembic."""
    from sqlalchemy import inspect

    if head is None or not inspect(connection).has_table(OURS):
        return False
    stored = connection.exec_driver_sql(f"SELECT version_num FROM {OURS}").scalars().all()
    return stored == [head]


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
