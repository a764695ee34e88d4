"""Retention: logged conversations, processed update ids and closed handoffs go after RETENTION_DAYS."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from datetime import UTC, datetime, timedelta

from aiohttp import web

from db.delivery import inbox
from db.dialogue import conversations, handoffs
from db.session import SessionFactory

logger = logging.getLogger(__name__)

DAY_SECONDS = 24 * 60 * 60


def cutoff_for(days: int, now: datetime | None = None) -> datetime:
    """The moment before which records are too old to keep."""
    return (now or datetime.now(UTC)) - timedelta(days=days)


async def purge(sessions: SessionFactory, cutoff: datetime, *, dry_run: bool = False) -> int:
    """Delete what is older than the cutoff in one transaction; a dry run counts, then rolls back."""
    async with sessions() as session:
        count = await conversations.purge_older_than(session, cutoff)
        count += await inbox.purge_finished(session, cutoff)  # handled updates, their payload already gone
        count += await handoffs.purge_closed_before(session, cutoff)  # open ones stay, whatever their age
        if dry_run:
            await session.rollback()
        else:
            await session.commit()
    return count


async def retention_loop(
    sessions: SessionFactory,
    days: int,
    say: Callable[[str], None] = logger.info,
    *,
    interval_seconds: float = DAY_SECONDS,
) -> None:
    """Purge at start, then every interval, so the log never outlives retention without an outside job."""
    while True:
        try:
            count = await purge(sessions, cutoff_for(days))
        except Exception:  # a database outage must not stop the bot; the next round tries again
            logger.exception("retention: purge failed; trying again in %g seconds", interval_seconds)
        else:
            say(f"retention: deleted {count} records older than {days} days")
        await asyncio.sleep(interval_seconds)


def retention_context(
    sessions: SessionFactory, days: int, *, interval_seconds: float = DAY_SECONDS
) -> Callable[[web.Application], AsyncIterator[None]]:
    """An aiohttp cleanup context that runs the retention loop while the server runs, and stops it after."""

    async def context(_app: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(
            retention_loop(sessions, days, interval_seconds=interval_seconds), name="retention"
        )
        yield
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task

    return context
