"""Queries behind the staff review queue: filters, one message in context, labels, reviews and exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from db.learning.training import STAFF, text_hash
from db.models import ConversationMessage, TrainingExample, utcnow

IN, OUT = "in", "out"


@dataclass(frozen=True)
class QueueFilter:
    """What a reviewer asked to see; every field is optional and already validated."""

    kind: str | None = None
    max_confidence: float | None = None
    feedback: str | None = None
    topic: str | None = None
    chat_type: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    reviewed: bool | None = None
    failed_delivery: bool = False


def _filtered(query: Select[ConversationMessage], wanted: QueueFilter) -> Select[ConversationMessage]:
    message = ConversationMessage
    query = query.where(message.direction == IN)
    if wanted.kind is not None:
        query = query.where(message.kind == wanted.kind)
    if wanted.max_confidence is not None:
        query = query.where(message.confidence < wanted.max_confidence)
    if wanted.feedback is not None:
        query = query.where(message.feedback == wanted.feedback)
    if wanted.topic is not None:
        query = query.where(message.topic_id == wanted.topic)
    if wanted.chat_type is not None:
        query = query.where(message.chat_type == wanted.chat_type)
    if wanted.since is not None:
        query = query.where(message.created_at >= wanted.since)
    if wanted.until is not None:
        query = query.where(message.created_at < wanted.until)
    if wanted.failed_delivery:
        reply = aliased(ConversationMessage)
        query = query.where(
            select(reply.id).where(reply.reply_to_id == message.id, reply.delivery == "failed").exists()
        )
    if wanted.reviewed is True:
        query = query.where(message.reviewed_at.is_not(None))
    elif wanted.reviewed is False:
        query = query.where(message.reviewed_at.is_(None))
    return query


async def queue_page(
    session: AsyncSession, wanted: QueueFilter, offset: int, limit: int
) -> tuple[list[ConversationMessage], int]:
    """Questions matching the filter, newest first, and how many match in all."""
    total = await session.scalar(
        _filtered(select(ConversationMessage), wanted).with_only_columns(func.count()).order_by(None)
    )
    result = await session.execute(
        _filtered(select(ConversationMessage), wanted)
        .order_by(ConversationMessage.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(result.scalars()), int(total or 0)


async def question(session: AsyncSession, message_id: int) -> ConversationMessage | None:
    """One incoming message, or None (also for the id of a reply)."""
    row = await session.get(ConversationMessage, message_id)
    return row if row is not None and row.direction == IN else None


async def replies(session: AsyncSession, message_id: int) -> list[ConversationMessage]:
    """What the bot sent in reply to a question, in order."""
    result = await session.execute(
        select(ConversationMessage)
        .where(ConversationMessage.reply_to_id == message_id)
        .order_by(ConversationMessage.id)
    )
    return list(result.scalars())


async def neighbours(
    session: AsyncSession, row: ConversationMessage, around: int = 5
) -> list[ConversationMessage]:
    """The chat's other questions just before and after this one, oldest first."""
    base = select(ConversationMessage).where(
        ConversationMessage.chat_key == row.chat_key, ConversationMessage.direction == IN
    )
    before = await session.execute(
        base.where(ConversationMessage.id < row.id).order_by(ConversationMessage.id.desc()).limit(around)
    )
    after = await session.execute(
        base.where(ConversationMessage.id > row.id).order_by(ConversationMessage.id).limit(around)
    )
    return [*reversed(before.scalars().all()), row, *after.scalars().all()]


async def mark_reviewed(session: AsyncSession, row: ConversationMessage, reviewer: str) -> None:
    """Take a question off the to-do part of the queue."""
    row.reviewed_at = utcnow()
    row.reviewed_by = reviewer
    await session.flush()


async def relabel(
    session: AsyncSession,
    row: ConversationMessage,
    reviewer: str,
    *,
    label: str,
    stored_label: str,
    cancer: str | None,
    topic_id: str | None,
) -> None:
    """Set the right label on a question; it becomes (or replaces) a staff training example."""
    row.staff_label = stored_label
    await session.execute(delete(TrainingExample).where(TrainingExample.source_message_id == row.id))
    digest = text_hash(row.text)
    existing = await session.scalar(
        select(TrainingExample).where(
            TrainingExample.text_hash == digest,
            TrainingExample.label == label,
            TrainingExample.origin == STAFF,
        )
    )
    if existing is None:
        session.add(
            TrainingExample(
                text=row.text.strip(),
                text_hash=digest,
                label=label,
                cancer=cancer,
                topic_id=topic_id,
                origin=STAFF,
                source_message_id=row.id,
                source_user_key=row.user_key,
                created_by=reviewer,
            )
        )
    await mark_reviewed(session, row, reviewer)


async def flag_gap(session: AsyncSession, row: ConversationMessage, reviewer: str, note: str) -> None:
    """Note that the content has no good answer for this question."""
    row.content_gap = note
    await mark_reviewed(session, row, reviewer)


async def reviewed_rows(
    session: AsyncSession, since: datetime | None = None, until: datetime | None = None
) -> Sequence[ConversationMessage]:
    """Every reviewed question in a period, oldest first, for export."""
    query = _filtered(select(ConversationMessage), QueueFilter(since=since, until=until, reviewed=True))
    return (await session.execute(query.order_by(ConversationMessage.id))).scalars().all()


async def staff_example_count(session: AsyncSession) -> int:
    """How many staff labels the next training run will add."""
    return int(
        await session.scalar(
            select(func.count()).select_from(TrainingExample).where(TrainingExample.origin == STAFF)
        )
        or 0
    )
