"""The reply journal: an update's claim, the messages its handler queued, and which of them Telegram accepted.

With it a process killed at any moment is resumed without losing or repeating a reply: the next attempt
sends only the messages not yet recorded as sent (the one whose request was in flight at the kill may repeat).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.delivery.inserts import insert_ignoring
from db.models import ProcessedUpdate, ReplyChunk
from db.sqlite_driver import KEYED

QUEUED, SENT, FAILED = "queued", "sent", "failed"


@dataclass(frozen=True)
class Chunk:
    """One message an update sends: where, what, with which buttons, and whether it went out."""

    position: int
    chat_id: int
    thread_id: int | None
    reply_to: int | None
    text: str
    markup: dict[str, Any] | None = None
    urgent: bool = False
    question_id: int | None = None
    status: str = QUEUED


@dataclass(frozen=True)
class Progress:
    """What earlier attempts did for an update."""

    #: the claim was taken just now: no attempt came before
    fresh: bool
    #: an earlier attempt's handler queued everything it sends (only unsent messages remain to be sent)
    planned: bool
    chunks: tuple[Chunk, ...] = ()


async def begin(session: AsyncSession, update_id: int) -> Progress:
    """Take the update's claim, or find out how far earlier attempts got."""
    return (await begin_many(session, [update_id]))[update_id]


async def begin_many(session: AsyncSession, update_ids: Sequence[int]) -> dict[int, Progress]:
    """Take the claims of several updates in one statement; an update taken before gets its progress."""
    if not update_ids:
        return {}
    now = datetime.now(UTC)
    rows = [{"update_id": update_id, "created_at": now} for update_id in update_ids]
    result = await insert_ignoring(session, ProcessedUpdate, rows, returning=ProcessedUpdate.update_id)
    fresh = set(result.scalars())
    return {
        update_id: Progress(fresh=True, planned=False)
        if update_id in fresh
        else await _progress(session, update_id)
        for update_id in update_ids
    }


async def _progress(session: AsyncSession, update_id: int) -> Progress:
    """How far the earlier attempts at an update got."""
    planned_at = await session.scalar(
        select(ProcessedUpdate.planned_at).where(ProcessedUpdate.update_id == update_id)
    )
    rows = (
        await session.execute(
            select(ReplyChunk).where(ReplyChunk.update_id == update_id).order_by(ReplyChunk.position)
        )
    ).scalars()
    chunks = tuple(
        Chunk(
            r.position,
            r.chat_id,
            r.thread_id,
            r.reply_to,
            r.text,
            r.markup,
            r.urgent,
            r.question_id,
            r.status,
        )
        for r in rows
    )
    return Progress(fresh=False, planned=planned_at is not None, chunks=chunks)


async def plan(session: AsyncSession, update_id: int, chunks: Sequence[Chunk]) -> None:
    """Record messages about to be queued (a position already recorded keeps its first record)."""
    if not chunks:
        return
    rows = [
        {
            "update_id": update_id,
            "position": c.position,
            "chat_id": c.chat_id,
            "thread_id": c.thread_id,
            "reply_to": c.reply_to,
            "text": c.text,
            "markup": c.markup,
            "urgent": c.urgent,
            "question_id": c.question_id,
            "status": c.status,
        }
        for c in chunks
    ]
    await insert_ignoring(session, ReplyChunk, rows)


async def mark(session: AsyncSession, update_id: int, position: int, status: str) -> None:
    """Record that Telegram accepted a message (sent), or that it was given up on (failed)."""
    await session.execute(
        update(ReplyChunk)
        .where(ReplyChunk.update_id == update_id, ReplyChunk.position == position)
        .values(status=status, sent_at=datetime.now(UTC) if status == SENT else None)
        .execution_options(synchronize_session=False, **KEYED)
    )


async def planned(session: AsyncSession, update_id: int) -> None:
    """The handler has queued everything it sends: a resume sends what is missing and runs nothing again."""
    await session.execute(
        update(ProcessedUpdate)
        .where(ProcessedUpdate.update_id == update_id)
        .values(planned_at=datetime.now(UTC))
        .execution_options(synchronize_session=False, **KEYED)
    )
