"""where to get help next: helplines, trial searches, help with costs and patient organisations

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "support_services",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("cancer", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("offer", sa.String(length=400), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=80), nullable=True),
        sa.Column("chat_url", sa.String(length=300), nullable=True),
        sa.Column("accessed", sa.Date(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_services")),
        sa.UniqueConstraint("key", name=op.f("uq_support_services_key")),
    )
    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_services_cancer"), ["cancer"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_services_cancer"))
    op.drop_table("support_services")
