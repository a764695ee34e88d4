"""training lines that teach the subject model only, never the safety model

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("training_examples") as batch_op:
        batch_op.add_column(
            sa.Column("teaches_safety", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("training_examples") as batch_op:
        batch_op.drop_column("teaches_safety")
