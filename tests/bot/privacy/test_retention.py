"""The daily retention job: purges at start and on every round, and outlives a database that fails."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from bot.operations import migrate
from bot.privacy import retention
from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from db.models import ConversationMessage
from db.session import create_engine, session_factory


async def eventually(condition: Callable[[], bool], seconds: float = 10) -> None:
    """Wait until the condition holds, failing after a while instead of hanging."""
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never held")


async def test_loop_purges_at_start_and_keeps_going_after_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}")
    sessions = session_factory(engine)
    said: list[str] = []
    try:
        # No tables yet: every round fails, is logged, and the loop carries on.
        task = asyncio.create_task(retention.retention_loop(sessions, 30, said.append, interval_seconds=0.01))
        await eventually(lambda: sum("purge failed" in r.message for r in caplog.records) >= 2)
        assert not task.done() and not said
        await migrate.upgrade(engine)
        async with sessions() as session, session.begin():
            row = await conversations.log_incoming(session, Incoming(None, "c" * 32, "group", "old"))
            (await session.get(ConversationMessage, row)).created_at = datetime.now(UTC) - timedelta(days=31)  # type: ignore[union-attr]
        await eventually(lambda: any("deleted 1 records" in line for line in said))
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        await engine.dispose()
    assert "retention: deleted 1 records older than 30 days" in said
    assert any(r.levelno == logging.ERROR for r in caplog.records)


async def test_server_context_runs_the_loop_and_stops_it(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}")
    await migrate.upgrade(engine)
    try:
        context = retention.retention_context(session_factory(engine), 30, interval_seconds=0.01)(
            web.Application()
        )
        await anext(context)
        await asyncio.sleep(0.05)
        assert [t for t in asyncio.all_tasks() if t.get_name() == "retention"]
        assert await anext(context, None) is None
        assert not [t for t in asyncio.all_tasks() if t.get_name() == "retention"]
    finally:
        await engine.dispose()
