"""Queries on the conversation log that staff review, and on processed update ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ConversationMessage, ProcessedUpdate

IN, OUT = "in", "out"
SENT, FAILED = "sent", "failed"


async def claim_update(session: AsyncSession, update_id: int) -> bool:
    """Record an update id; False when it was already taken (a redelivery)."""
    try:
        async with session.begin_nested():
            session.add(ProcessedUpdate(update_id=update_id))
            await session.flush()
    except IntegrityError:
        return False
    return True


@dataclass(frozen=True)
class Incoming:
    """A message addressed to the bot, with pseudonymous keys only."""

    user_key: str | None
    chat_key: str
    chat_type: str
    text: str


async def log_incoming(session: AsyncSession, message: Incoming, **verdict: Any) -> int:
    """Store a message addressed to the bot, with the pipeline's verdict if known already; returns its id."""
    row = ConversationMessage(
        direction=IN,
        user_key=message.user_key,
        chat_key=message.chat_key,
        chat_type=message.chat_type,
        text=message.text,
        **verdict,
    )
    session.add(row)
    await session.flush()
    return row.id


async def record_verdict(session: AsyncSession, message_id: int, **verdict: Any) -> None:
    """Attach what the pipeline decided (kind, topic, confidence, ...) to an incoming message."""
    await session.execute(
        update(ConversationMessage).where(ConversationMessage.id == message_id).values(**verdict)
    )


async def log_outgoing(
    session: AsyncSession, incoming: Incoming, reply_to_id: int | None, text: str, delivery: str
) -> int:
    """Store one message the bot sent (or failed to send) in reply."""
    row = ConversationMessage(
        direction=OUT,
        user_key=incoming.user_key,
        chat_key=incoming.chat_key,
        chat_type=incoming.chat_type,
        text=text,
        delivery=delivery,
        reply_to_id=reply_to_id,
    )
    session.add(row)
    await session.flush()
    return row.id


async def exists(session: AsyncSession, message_id: int) -> bool:
    """Whether a logged message is still there (/forget and retention delete them)."""
    return await session.get(ConversationMessage, message_id) is not None


async def log_replies_once(
    session: AsyncSession, question_id: int, replies: Sequence[tuple[str, str]]
) -> int:
    """Log the (text, delivery) messages sent in reply to a question, unless its reply is already logged (a
    resumed update logs once); how many were logged."""
    question = await session.get(ConversationMessage, question_id)
    if question is None:
        return 0
    logged = await session.scalar(
        select(func.count()).where(
            ConversationMessage.reply_to_id == question_id, ConversationMessage.direction == OUT
        )
    )
    if logged:
        return 0
    incoming = Incoming(question.user_key, question.chat_key, question.chat_type, question.text)
    for text, delivery in replies:
        await log_outgoing(session, incoming, question_id, text, delivery)
    return len(replies)


async def set_feedback(session: AsyncSession, message_id: int, user_key: str | None, value: str) -> bool:
    """Store 👍/👎 on the question a reply answered; only the asker may rate it. False if not allowed."""
    row = await session.get(ConversationMessage, message_id)
    if row is None or row.direction != IN or row.user_key is None or row.user_key != user_key:
        return False
    row.feedback = value
    await session.flush()
    return True


async def forget(session: AsyncSession, user_key: str, chat_keys: list[str]) -> int:
    """Delete every message of a person, and of their private chats; returns how many."""
    result = await session.execute(
        delete(ConversationMessage).where(
            or_(ConversationMessage.user_key == user_key, ConversationMessage.chat_key.in_(chat_keys))
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def purge_older_than(session: AsyncSession, cutoff: datetime) -> int:
    """Delete logged messages and update ids older than the cutoff, so nothing outlives retention; a count."""
    # Replies go with the question they answer, whatever their own age (the foreign key cascades too).
    cutoff = cutoff.astimezone(UTC) if cutoff.tzinfo else cutoff.replace(tzinfo=UTC)
    old = select(ConversationMessage.id).where(ConversationMessage.created_at < cutoff).scalar_subquery()
    deleted = 0
    for statement in (
        delete(ConversationMessage).where(ConversationMessage.reply_to_id.in_(old)),
        delete(ConversationMessage).where(ConversationMessage.created_at < cutoff),
        delete(ProcessedUpdate).where(ProcessedUpdate.created_at < cutoff),
    ):
        result = await session.execute(statement.execution_options(synchronize_session=False))
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted


async def thread(session: AsyncSession, chat_key: str, limit: int = 200) -> list[ConversationMessage]:
    """The newest messages of one chat, oldest first."""
    result = await session.execute(
        select(ConversationMessage)
        .where(ConversationMessage.chat_key == chat_key)
        .order_by(ConversationMessage.id.desc())
        .limit(limit)
    )
    return list(reversed(result.scalars().all()))
