"""a dashboard reply in a handoff is marked once it was handed to Telegram, so that one cut short by a crash is
sent later

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 23:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("handoff_messages", sa.Column("relayed_at", sa.DateTime(timezone=True), nullable=True))
    # Lines written before this revision were sent (or not) by the process that wrote them: nothing to resend.
    op.execute("UPDATE handoff_messages SET relayed_at = at")


def downgrade() -> None:
    with op.batch_alter_table("handoff_messages") as batch:
        batch.drop_column("relayed_at")
