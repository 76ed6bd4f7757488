"""Session summary columns (so the history list parses no document), drafts, exercise log.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from core.store.errors import UpgradeBlocked

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _backfill() -> None:
    """Fill the new summary columns from each stored document, one session at a time."""
    sessions = sa.table("sessions", sa.column("id", sa.String), sa.column("answers", sa.JSON),
                        sa.column("result", sa.JSON), sa.column("status", sa.String),
                        sa.column("pain_now", sa.Integer), sa.column("pattern_ids", sa.JSON))
    bind = op.get_bind()
    rows = bind.execute(sa.select(sessions.c.id, sessions.c.answers, sessions.c.result)).all()
    for session_id, answers, result in rows:
        try:
            pain = (answers.get("pain") or {}).get("now")
            patterns = [pattern["id"] for pattern in result.get("patterns", [])]
        except (AttributeError, KeyError, TypeError) as error:
            raise UpgradeBlocked(
                f"the session {session_id} cannot be read (its answers or result are not what "
                f"Rebalance stores: {type(error).__name__}: {error}); nothing was changed"
            ) from None
        bind.execute(sessions.update().where(sessions.c.id == session_id).values(
            status=result.get("status", "ok"), pain_now=pain, pattern_ids=patterns))


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("status", sa.String(12), nullable=False, server_default="ok"))
        batch.add_column(sa.Column("pain_now", sa.Integer))
        batch.add_column(sa.Column("pattern_ids", sa.JSON, nullable=False, server_default="[]"))
    _backfill()
    op.create_table(
        "drafts",
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("page", sa.String(80), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "exercise_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("exercise", sa.String(80), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("pain", sa.Integer),
        sa.UniqueConstraint("profile_id", "day", "exercise", "side"),
    )
    op.create_index("ix_exercise_log_profile_id", "exercise_log", ["profile_id"])


def downgrade() -> None:
    op.drop_table("exercise_log")
    op.drop_table("drafts")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("pattern_ids")
        batch.drop_column("pain_now")
        batch.drop_column("status")
