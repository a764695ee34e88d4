"""Exactly once under kill -9: a burst of 100 questions survives ten SIGKILLs of `oncobot run` at any moment.

The real process polls the fake Bot API server and is killed: before its first message, with a request in
flight before or after Telegram accepted it, at 1 % ... 90 % of the messages, during a database write, and
just as a restarted process resumes. Each time another process starts on the same database. Every question
must be answered whole, none twice, each chat's messages in order, and at most the one message whose request
was in flight at a kill may go out again.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.services import prepare
from bot.settings import Secret, Settings
from db.models import ConversationMessage, InboxUpdate, ProcessedUpdate, ReplyChunk
from db.session import create_engine, session_factory
from tests.bot.telegram.conftest import PSEUDONYM_SECRET, Replica, new_id
from tests.support import fake_telegram as tg
from tests.support.kills import KILLS, QUESTIONS, Killer, complete, outcome

pytestmark = pytest.mark.asyncio(loop_scope="session")

CHATS = 100


async def _expected_replies(database_url: str) -> dict[str, list[str]]:
    """Migrate, load the content, train the model once; the messages each question's reply has."""
    settings = Settings(database_url=database_url, pseudonym_secret=Secret(PSEUDONYM_SECRET))
    services = await prepare(settings, lambda _message: None, show_progress=False)
    try:
        return {q: list(services.responder.respond(q, audience="private").messages) for q in QUESTIONS}
    finally:
        await services.close()


async def _database_figures(database_url: str) -> dict[str, Any]:
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            questions = await session.scalar(
                select(func.count()).where(ConversationMessage.direction == "in")
            )
            replies = (
                await session.execute(
                    select(ConversationMessage.reply_to_id, ConversationMessage.delivery).where(
                        ConversationMessage.direction == "out"
                    )
                )
            ).all()
            statuses = (await session.execute(select(InboxUpdate.status))).scalars().all()
            claims = await session.scalar(select(func.count()).select_from(ProcessedUpdate))
            chunks = await session.scalar(select(func.count()).select_from(ReplyChunk))
    finally:
        await engine.dispose()
    per_question: defaultdict[int, int] = defaultdict(int)
    for question, delivery in replies:
        assert delivery == "sent"
        per_question[int(question)] += 1
    return {
        "questions": questions,
        "replies": sorted(per_question.values()),
        "statuses": sorted(set(statuses)),
        "updates": len(statuses),
        "claims": claims,
        "chunks": chunks,
    }


async def test_a_burst_survives_ten_kills_exactly_once(database_url: str, tmp_path: Path) -> None:
    expected_by_question = await _expected_replies(database_url)
    chats = [new_id() for _ in range(CHATS)]
    asked = {chat: QUESTIONS[index % len(QUESTIONS)] for index, chat in enumerate(chats)}
    total = sum(len(expected_by_question[q]) for q in asked.values())
    telegram = tg.FakeTelegram()
    base = await telegram.start()
    killer = Killer(telegram, total, database_url)
    killer.attach()
    http = aiohttp.ClientSession()
    watcher = asyncio.get_running_loop().create_task(killer.watch_writes())
    replicas: list[Replica] = []
    try:

        async def start() -> None:
            replica = Replica(
                f"kill-{len(replicas) + 1}",
                database_url,
                base,
                tmp_path / f"run-{len(replicas) + 1}.log",
                webhook=False,
                env={"POLLING_TIMEOUT": "1"},
            )
            replicas.append(replica)
            killer.process = replica.process
            try:
                await replica.ready(http)
            except AssertionError:
                # The next kill may come before the process answers /healthz: it resumes at once.
                if not killer.done or replica.process.poll() != -signal.SIGKILL:
                    raise

        await start()
        for chat in chats:
            telegram.inject(tg.private_text(chat, asked[chat]))
        deadline = time.monotonic() + 240
        while killer.pending or not complete(telegram, asked, expected_by_question):
            assert time.monotonic() < deadline, f"stuck: {len(telegram.sent())}/{total} sent, {killer.done}"
            if replicas[-1].process.poll() is not None:
                replicas[-1].log.close()
                await start()
            await asyncio.sleep(0.1)
        await asyncio.sleep(2.0)  # anything sent twice late shows up
        assert replicas[-1].stop() == 0
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        for replica in replicas:
            if replica.process.poll() is None:
                replica.process.kill()
                replica.process.wait()
        await http.close()
        await telegram.stop()

    assert [k.name for k in killer.done] == [k.name for k in KILLS]
    seen = outcome(telegram, asked, expected_by_question, killer.done)
    assert seen.answered == CHATS, seen.problems[:5]
    assert (seen.lost, seen.twice, seen.disordered, seen.unexplained_repeats) == (0, 0, 0, 0)
    assert max(seen.repeats_by_kill.values()) <= 1, seen.repeats_by_kill
    figures = await _database_figures(database_url)
    assert figures["questions"] == CHATS and figures["claims"] == CHATS and figures["chunks"] == 0
    assert figures["statuses"] == ["done"] and figures["updates"] == CHATS
    assert figures["replies"] == sorted(len(expected_by_question[q]) for q in asked.values())
