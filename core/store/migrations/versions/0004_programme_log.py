"""The programme: guided sessions (pain before and after, what was done at which version)
and the version each exercise is done at, with why it changed.

Revision ID: 0004
Revises: 0002 (re-chained after 0003 at merge)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_days",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("pain_before", sa.Integer),
        sa.Column("pain_after", sa.Integer),
        sa.Column("done", sa.JSON, nullable=False),
        sa.UniqueConstraint("profile_id", "day"),
    )
    op.create_index("ix_programme_days_profile_id", "programme_days", ["profile_id"])
    op.create_table(
        "exercise_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("exercise", sa.String(80), nullable=False),
        sa.Column("version", sa.String(10), nullable=False),
        sa.Column("since", sa.Date, nullable=False),
        sa.Column("why", sa.String(20), nullable=False),
    )
    op.create_index("ix_exercise_versions_profile_id", "exercise_versions", ["profile_id"])


def downgrade() -> None:
    op.drop_table("exercise_versions")
    op.drop_table("programme_days")
