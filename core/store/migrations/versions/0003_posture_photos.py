"""Posture photos kept with their session, with their landmarks (issue 18).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_photos",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("view", sa.String(8), nullable=False),
        sa.Column("image", sa.LargeBinary, nullable=False),
        sa.Column("landmarks", sa.JSON, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_session_photos_session_id", "session_photos", ["session_id"])


def downgrade() -> None:
    op.drop_table("session_photos")
