"""a cancer type the person asked the bot to remember

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_settings",
        sa.Column("user_key", sa.String(length=64), nullable=False),
        sa.Column("cancer", sa.String(length=40), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_person_settings")),
    )


def downgrade() -> None:
    op.drop_table("person_settings")
