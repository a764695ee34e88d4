"""handoffs to nurse navigators: cases, their transcripts, staff display names and Telegram links

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 22:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display_name", sa.String(length=100), nullable=True))
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case", sa.String(length=16), nullable=False),
        sa.Column("user_key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("chat_cipher", sa.LargeBinary(), nullable=True),
        sa.Column("staff_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("topic_id", sa.BigInteger(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("owner_key", sa.String(length=80), nullable=True),
        sa.Column("owner_name", sa.String(length=100), nullable=True),
        sa.Column("opened_update_id", sa.BigInteger(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("within_hours", sa.Boolean(), nullable=False),
        sa.Column("first_staff_reply_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=8), nullable=True),
        sa.Column("feedback", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"],
            ["staff_users.id"],
            name=op.f("fk_handoffs_owner_staff_id_staff_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoffs")),
        sa.UniqueConstraint("case", name=op.f("uq_handoffs_case")),
    )
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handoffs_user_key"), ["user_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_handoffs_topic_id"), ["topic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handoffs_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_handoffs_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index("ix_handoffs_status_opened_at", ["status", "opened_at"], unique=False)
    op.create_table(
        "handoff_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("update_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["handoff_id"],
            ["handoffs.id"],
            name=op.f("fk_handoff_messages_handoff_id_handoffs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_handoff_messages_staff_id_staff_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_messages")),
    )
    with op.batch_alter_table("handoff_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handoff_messages_handoff_id"), ["handoff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handoff_messages_update_id"), ["update_id"], unique=False)
    op.create_table(
        "staff_telegram_links",
        sa.Column("staff_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=True),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("code_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_telegram_links_staff_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_telegram_links")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_staff_telegram_links_code_hash")),
        sa.UniqueConstraint("telegram_user_id", name=op.f("uq_staff_telegram_links_telegram_user_id")),
    )


def downgrade() -> None:
    op.drop_table("staff_telegram_links")
    with op.batch_alter_table("handoff_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handoff_messages_update_id"))
        batch_op.drop_index(batch_op.f("ix_handoff_messages_handoff_id"))
    op.drop_table("handoff_messages")
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.drop_index("ix_handoffs_status_opened_at")
        batch_op.drop_index(batch_op.f("ix_handoffs_closed_at"))
        batch_op.drop_index(batch_op.f("ix_handoffs_opened_at"))
        batch_op.drop_index(batch_op.f("ix_handoffs_topic_id"))
        batch_op.drop_index(batch_op.f("ix_handoffs_user_key"))
    op.drop_table("handoffs")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("display_name")
