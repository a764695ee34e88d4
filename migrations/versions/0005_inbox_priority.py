"""urgent updates are claimed first

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority", sa.SmallInteger(), server_default="0", nullable=False))
        batch_op.create_index(
            "ix_inbox_updates_status_priority_update_id", ["status", "priority", "update_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_updates_status_priority_update_id")
        batch_op.drop_column("priority")
