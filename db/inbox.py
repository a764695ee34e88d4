"""The durable inbox: Telegram updates stored before they are confirmed, claimed by one replica at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, func, null, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ConversationMessage, InboxUpdate, ProcessedUpdate

PENDING, PROCESSING, DONE, FAILED = "pending", "processing", "done", "failed"


@dataclass(frozen=True)
class Claimed:
    """A claimed update: its payload, and how many times it has been claimed (more than 1: a resume)."""

    update_id: int
    payload: dict[str, Any]
    attempts: int
    priority: int = 0

    @property
    def urgent(self) -> bool:
        """An emergency or a crisis, claimed before everything else."""
        return self.priority < NORMAL


def _now() -> datetime:
    return datetime.now(UTC)


#: The priority of an urgent update (an emergency or a crisis); everything else is NORMAL.
URGENT, NORMAL = -1, 0


async def store(session: AsyncSession, updates: Sequence[tuple[int, dict[str, Any], int]]) -> int:
    """Store (update id, payload, priority) rows as pending; a redelivery is ignored. How many were new."""
    if not updates:
        return 0
    rows = [
        {
            "update_id": update_id,
            "payload": payload,
            "status": PENDING,
            "attempts": 0,
            "received_at": _now(),
            "priority": priority,
        }
        for update_id, payload, priority in updates
    ]
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = postgresql.insert(InboxUpdate).values(rows).on_conflict_do_nothing()
    else:
        statement = sqlite.insert(InboxUpdate).values(rows).on_conflict_do_nothing()
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


async def claim(
    session: AsyncSession, replica: str, limit: int, *, only: Sequence[int] | None = None
) -> list[Claimed]:
    """Take up to `limit` pending updates, urgent then oldest first, for one replica; never two replicas."""
    # PostgreSQL locks the chosen rows and skips rows another replica is claiming; SQLite runs one writer at a
    # time, and the outer status check makes the UPDATE a no-op for rows claimed in between.
    oldest = (
        select(InboxUpdate.update_id)
        .where(InboxUpdate.status == PENDING)
        .order_by(InboxUpdate.priority, InboxUpdate.update_id)
        .limit(limit)
    )
    if only is not None:  # these updates only (urgent ones, taken the moment they arrive)
        oldest = oldest.where(InboxUpdate.update_id.in_(only))
    if session.get_bind().dialect.name == "postgresql":
        # A CTE runs once; a locking subquery inside UPDATE ... WHERE IN may be re-run and exceed the limit.
        chosen = oldest.with_for_update(skip_locked=True).cte("chosen")
        condition = InboxUpdate.update_id == chosen.c.update_id
    else:
        condition = InboxUpdate.update_id.in_(oldest.scalar_subquery())
    result = await session.execute(
        update(InboxUpdate)
        .where(condition, InboxUpdate.status == PENDING)
        .values(status=PROCESSING, claimed_by=replica, claimed_at=_now(), attempts=InboxUpdate.attempts + 1)
        .returning(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.attempts, InboxUpdate.priority)
        .execution_options(synchronize_session=False)
    )
    claimed = [Claimed(int(u), p or {}, int(a), int(r or 0)) for u, p, a, r in result.all()]
    return sorted(claimed, key=lambda c: (c.priority, c.update_id))


async def renew(session: AsyncSession, replica: str, update_ids: Sequence[int]) -> None:
    """Extend the lease of updates this replica is still working on."""
    if update_ids:
        await session.execute(
            update(InboxUpdate)
            .where(
                InboxUpdate.update_id.in_(update_ids),
                InboxUpdate.claimed_by == replica,
                InboxUpdate.status == PROCESSING,
            )
            .values(claimed_at=_now())
            .execution_options(synchronize_session=False)
        )


async def reclaim_expired(session: AsyncSession, lease: timedelta) -> int:
    """Put back updates whose replica stopped renewing its claim (it crashed); how many."""
    result = await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.status == PROCESSING, InboxUpdate.claimed_at < _now() - lease)
        .values(status=PENDING, claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def release(session: AsyncSession, replica: str, update_ids: Sequence[int] | None = None) -> int:
    """Give back this replica's unfinished claims (all of them when no ids are given); how many."""
    query = update(InboxUpdate).where(InboxUpdate.status == PROCESSING, InboxUpdate.claimed_by == replica)
    if update_ids is not None:
        query = query.where(InboxUpdate.update_id.in_(update_ids))
    result = await session.execute(
        query.values(status=PENDING, claimed_by=None, claimed_at=None).execution_options(
            synchronize_session=False
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def release_all(session: AsyncSession) -> int:
    """Give back every claim: for a single process (SQLite) starting after a crash."""
    result = await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.status == PROCESSING)
        .values(status=PENDING, claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def finish(session: AsyncSession, update_id: int, status: str = DONE) -> None:
    """Mark an update done (or failed) and drop its payload, so that raw ids and text do not linger."""
    await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id)
        .values(status=status, payload=null(), finished_at=_now(), claimed_at=None)
        .execution_options(synchronize_session=False)
    )


async def link_question(session: AsyncSession, update_id: int, message_id: int) -> None:
    """Remember which logged question an update became (in the transaction that claims the update)."""
    await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id)
        .values(message_id=message_id)
        .execution_options(synchronize_session=False)
    )


async def prepare_resume(session: AsyncSession, update_id: int) -> bool:
    """Before running a resumed update again: False if its reply was already recorded (skip it).

    A process killed between claiming the question and recording the reply leaves a logged question without
    replies; that half-done attempt is undone (question row and processed_updates claim) so that the update
    is answered again. A question whose replies were recorded, or that was deleted since (/forget,
    retention), is not answered again.
    """
    message_id = await session.scalar(
        select(InboxUpdate.message_id).where(InboxUpdate.update_id == update_id)
    )
    if message_id is None:
        return True  # never became a logged question: run it again (the processed_updates claim still guards)
    question = await session.get(ConversationMessage, message_id)
    if question is None:
        return False
    replied = await session.scalar(
        select(
            exists().where(
                ConversationMessage.reply_to_id == message_id, ConversationMessage.direction == "out"
            )
        )
    )
    if replied:
        return False
    await session.execute(delete(ConversationMessage).where(ConversationMessage.id == message_id))
    await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.update_id == update_id))
    await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id)
        .values(message_id=None)
        .execution_options(synchronize_session=False)
    )
    return True


async def counts(session: AsyncSession) -> dict[str, int]:
    """How many updates are in each state (for health and tests)."""
    result = await session.execute(select(InboxUpdate.status, func.count()).group_by(InboxUpdate.status))
    return {status: int(count) for status, count in result.all()}


async def purge_finished(session: AsyncSession, cutoff: datetime) -> int:
    """Delete done and failed updates finished before the cutoff (their payload is already gone); how many."""
    result = await session.execute(
        delete(InboxUpdate)
        .where(InboxUpdate.status.in_([DONE, FAILED]), InboxUpdate.finished_at < cutoff)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
