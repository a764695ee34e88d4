"""`oncobot purge`: counts with --dry-run, deletes without it, refuses a bad number of days."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from db.models import ConversationMessage
from db.session import create_engine, session_factory
from tests.bot.test_cli import oncobot


async def _log(url: str, text: str, age: timedelta) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session, session.begin():
            incoming = Incoming(None, "c" * 32, "group", text)
            question = await conversations.log_incoming(session, incoming)
            reply = await conversations.log_outgoing(session, incoming, question, "reply", conversations.SENT)
            for row_id in (question, reply):
                row = await session.get(ConversationMessage, row_id)
                assert row is not None
                row.created_at = datetime.now(UTC) - age
    finally:
        await engine.dispose()


async def _texts(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            return list((await session.execute(select(ConversationMessage.text))).scalars())
    finally:
        await engine.dispose()


def test_purge_counts_then_deletes_what_is_older_than_the_retention(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}"
    env = {**os.environ, "DATABASE_URL": url, "TELEGRAM_BOT_TOKEN": "", "RETENTION_DAYS": "30"}
    first = oncobot(env, "purge", "--dry-run")  # migrates an empty database first
    assert first.returncode == 0, first.stderr
    assert "purge: would delete 0 records older than 30 days" in first.stdout
    asyncio.run(_log(url, "old", timedelta(days=45)))
    asyncio.run(_log(url, "recent", timedelta(days=5)))

    dry = oncobot(env, "purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would delete 2 records older than 30 days" in dry.stdout
    assert sorted(asyncio.run(_texts(url))) == ["old", "recent", "reply", "reply"]

    kept_longer = oncobot(env, "purge", "--days", "60")
    assert "deleted 0 records older than 60 days" in kept_longer.stdout

    done = oncobot(env, "purge")
    assert done.returncode == 0, done.stderr
    assert "purge: deleted 2 records older than 30 days (before " in done.stdout
    assert sorted(asyncio.run(_texts(url))) == ["recent", "reply"]


def test_purge_refuses_a_bad_number_of_days(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", "TELEGRAM_BOT_TOKEN": ""}
    result = oncobot(env, "purge", "--days", "0")
    assert result.returncode == 2 and "--days must be between 1 and 3650" in result.stderr
    result = oncobot({**env, "RETENTION_DAYS": "forever"}, "purge")
    assert result.returncode == 2 and "RETENTION_DAYS must be a whole number" in result.stderr
