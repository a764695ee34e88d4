"""The durable inbox: Telegram updates stored before they are confirmed, claimed by one replica at a time."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, exists, func, null, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from db.delivery.inserts import insert_ignoring
from db.models import InboxUpdate, ReplyChunk
from db.sqlite_driver import KEYED

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
#: PostgreSQL advisory lock taken by every claim, so that replicas claim one after another and each sees the
#: others' claims (a chat's later update is not taken while another replica works on an earlier one).
CLAIM_LOCK = 0x0C0B0713


async def store(
    session: AsyncSession,
    updates: Sequence[tuple[int, dict[str, Any], int]],
    *,
    chats: Mapping[int, int | None] | None = None,
) -> int:
    """Store (update id, payload, priority) rows as pending, with each update's chat if known; a redelivery
    is ignored. How many were new."""
    if not updates:
        return 0
    chats = chats or {}
    rows = [
        {
            "update_id": update_id,
            "payload": payload,
            "status": PENDING,
            "attempts": 0,
            "received_at": _now(),
            "priority": priority,
            "chat_id": chats.get(update_id),
        }
        for update_id, payload, priority in updates
    ]
    result = await insert_ignoring(session, InboxUpdate, rows, returning=InboxUpdate.update_id)
    return len(result.all())


@functools.cache
def _claim_statement(*, postgres: bool, only: bool) -> Any:
    """The claim's UPDATE, built once: building it takes longer than running it on a small inbox."""
    earlier = aliased(InboxUpdate)
    blocked = exists().where(
        earlier.chat_id == InboxUpdate.chat_id,
        earlier.update_id < InboxUpdate.update_id,
        earlier.status == PROCESSING,
        earlier.claimed_by != bindparam("replica"),
    )
    oldest = (
        select(InboxUpdate.update_id)
        .where(InboxUpdate.status == PENDING, ~blocked)
        .order_by(InboxUpdate.priority, InboxUpdate.update_id)
        .limit(bindparam("limit"))
    )
    if only:  # these updates only (urgent ones, taken the moment they arrive)
        oldest = oldest.where(InboxUpdate.update_id.in_(bindparam("only", expanding=True)))
    if postgres:
        # A CTE runs once; a locking subquery inside UPDATE ... WHERE IN may be re-run and exceed the limit.
        chosen = oldest.with_for_update(skip_locked=True).cte("chosen")
        condition = InboxUpdate.update_id == chosen.c.update_id
    else:
        condition = InboxUpdate.update_id.in_(oldest.scalar_subquery())
    return (
        update(InboxUpdate)
        .where(condition, InboxUpdate.status == PENDING)
        .values(
            status=PROCESSING,
            claimed_by=bindparam("replica"),
            claimed_at=bindparam("now"),
            attempts=InboxUpdate.attempts + 1,
        )
        .returning(InboxUpdate.update_id, InboxUpdate.payload, InboxUpdate.attempts, InboxUpdate.priority)
        .execution_options(synchronize_session=False, **KEYED)
    )


async def claim(
    session: AsyncSession, replica: str, limit: int, *, only: Sequence[int] | None = None
) -> list[Claimed]:
    """Take up to `limit` pending updates, urgent then oldest first, for one replica; never two replicas.

    An update whose chat has an earlier update claimed by another replica waits until that one is done (or
    its claim is taken back): a chat's updates are answered in order across replicas too.
    """
    # PostgreSQL: claims are serialized by an advisory lock (so each sees the others' committed claims) and
    # lock the chosen rows; SQLite runs one writer at a time (BEGIN IMMEDIATE), and the outer status check
    # makes the UPDATE a no-op for rows claimed in between.
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        await session.execute(select(func.pg_advisory_xact_lock(CLAIM_LOCK)))
    values: dict[str, Any] = {"replica": replica, "limit": limit, "now": _now()}
    if only is not None:
        values["only"] = list(only)
    result = await session.execute(_claim_statement(postgres=postgres, only=only is not None), values)
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
    """Mark an update done (or failed) and drop its payload, chat and reply chunks, so that raw ids and text
    do not linger."""
    await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id)
        .values(status=status, payload=null(), chat_id=None, finished_at=_now(), claimed_at=None)
        .execution_options(synchronize_session=False, **KEYED)
    )
    await session.execute(
        delete(ReplyChunk)
        .where(ReplyChunk.update_id == update_id)
        .execution_options(synchronize_session=False, **KEYED)
    )


async def linked_question(session: AsyncSession, update_id: int) -> int | None:
    """The logged question an update became in an earlier attempt (a resumed reply is logged under it)."""
    found = await session.scalar(select(InboxUpdate.message_id).where(InboxUpdate.update_id == update_id))
    return int(found) if found is not None else None


async def link_question(session: AsyncSession, update_id: int, message_id: int) -> None:
    """Remember which logged question an update became (in the transaction that claims the update)."""
    await session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id)
        .values(message_id=message_id)
        .execution_options(synchronize_session=False, **KEYED)
    )


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
