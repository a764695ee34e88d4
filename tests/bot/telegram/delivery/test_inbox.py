"""Durable delivery: updates survive restarts and outages, replicas never answer twice, stops are graceful."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import signal
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from sqlalchemy import select, update

from bot.privacy.pseudonyms import Pseudonymizer
from bot.server import INTAKE, stop_taking_updates
from bot.services import Services, prepare
from bot.settings import Settings
from bot.telegram import texts
from db.accounts import people
from db.content import answers
from db.delivery import inbox, replies
from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from db.learning import model_store
from db.models import AnswerVersion, ConversationMessage, InboxUpdate, ProcessedUpdate
from tests.bot.telegram.conftest import PSEUDONYM_SECRET, WEBHOOK_SECRET, Harness, Replica, bot_on, new_id
from tests.conftest import _create_postgres_database, _drop_postgres_database, _postgres_admin
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")
HOOK_HEADERS = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
_update_ids = itertools.count(10**12 + int(time.time()) % 100_000 * 1000)


def answered(sent: list[dict[str, Any]]) -> int:
    """How many replies a chat got (each reply opens with the disclaimer)."""
    return sum("not medical advice" in parse(m["text"]) for m in sent)


def stored_update(user: int, text: str) -> dict[str, Any]:
    """A raw private-chat update with an id of its own, as Telegram would send it."""
    return {"update_id": next(_update_ids), **tg.private_text(user, text)}


async def rows(services: Services) -> dict[int, InboxUpdate]:
    async with services.sessions() as session:
        return {r.update_id: r for r in (await session.execute(select(InboxUpdate))).scalars()}


async def put(services: Services, payloads: list[dict[str, Any]], **state: Any) -> None:
    """Store updates as a crashed run would have left them."""
    async with services.sessions() as session, session.begin():
        await inbox.store(session, [(p["update_id"], p, inbox.NORMAL) for p in payloads])
        if state:
            ids = [p["update_id"] for p in payloads]
            await session.execute(update(InboxUpdate).where(InboxUpdate.update_id.in_(ids)).values(**state))


async def half_done(
    services: Services, payload: dict[str, Any], *, sent: int | None = 0, planned: bool = False
) -> list[str]:
    """A run killed after claiming the question and logging it, with its reply queued (planned) and the first
    `sent` messages (None: all, and the reply logged) accepted by Telegram; the reply's messages."""
    keys = Pseudonymizer(PSEUDONYM_SECRET)
    user, text = payload["message"]["from"]["id"], payload["message"]["text"]
    incoming = Incoming(keys.key("user", user), keys.key("chat", user), "private", text)
    messages = services.responder.respond(text, audience="private").messages
    sent = len(messages) if sent is None else sent
    async with services.sessions() as session, session.begin():
        assert (await replies.begin(session, payload["update_id"])).fresh
        message_id = await conversations.log_incoming(session, incoming)
        await inbox.link_question(session, payload["update_id"], message_id)
        if planned:
            chunks = [
                replies.Chunk(i, user, None, payload["message"]["message_id"] if i == 0 else None, m, None)
                for i, m in enumerate(messages)
            ]
            await replies.plan(session, payload["update_id"], chunks)
            await replies.planned(session, payload["update_id"])
        for position in range(sent):
            await replies.mark(session, payload["update_id"], position, replies.SENT)
        if planned and sent == len(messages):
            for message in messages:
                await conversations.log_outgoing(session, incoming, message_id, message, "sent")
    return list(messages)


async def test_updates_left_by_a_crash_are_answered_after_a_restart_exactly_once(
    services: Services, running_bot: Any
) -> None:
    waiting, claimed, interrupted, partly, finished = (new_id() for _ in range(5))
    updates = {
        waiting: stored_update(waiting, "what is chemotherapy"),
        claimed: stored_update(claimed, "what is radiation therapy"),
        interrupted: stored_update(interrupted, "what is a biopsy"),
        partly: stored_update(partly, "what are the side effects of chemo"),
        finished: stored_update(finished, "what is staging"),
    }
    await put(services, [updates[waiting]])
    dead = {"status": "processing", "claimed_by": "crashed-replica", "attempts": 1}
    await put(services, [updates[u] for u in (claimed, interrupted, partly, finished)], **dead)
    await half_done(services, updates[interrupted])
    reply = await half_done(services, updates[partly], sent=2, planned=True)
    await half_done(services, updates[finished], sent=None, planned=True)

    async with running_bot() as bot:
        for user in (waiting, claimed, interrupted):
            assert answered(await bot.telegram.settle(user, minimum=3)) == 1
        # The reply cut short goes on after the last message Telegram accepted: nothing twice, no gap.
        rest = await bot.telegram.settle(partly, minimum=len(reply) - 2)
        assert [m["text"] for m in rest] == reply[2:]
        assert not bot.telegram.sent(finished)
    stored = await rows(services)
    for payload in updates.values():
        row = stored[payload["update_id"]]
        assert row.status == "done" and row.payload is None and row.claimed_by != "crashed-replica"
    async with services.sessions() as session:
        asked = (
            await session.execute(
                select(ConversationMessage).where(ConversationMessage.text == "what is a biopsy")
            )
        ).scalars()
        [question] = [
            q for q in asked if q.chat_key == Pseudonymizer(PSEUDONYM_SECRET).key("chat", interrupted)
        ]
        replies = await session.scalar(
            select(ConversationMessage.id).where(ConversationMessage.reply_to_id == question.id).limit(1)
        )
        assert replies is not None  # the half-done attempt was replaced by a complete one

    async with running_bot() as bot:  # and another restart answers nothing again
        await asyncio.sleep(1.0)
        assert not bot.telegram.sent()


async def _journal(services: Services, payload: dict[str, Any], chat: int, sent: list[bool]) -> None:
    """A crashed run's record of an update: its claim, and if given its messages (sent or not), all queued."""
    async with services.sessions() as session, session.begin():
        assert (await replies.begin(session, payload["update_id"])).fresh
        if sent:
            chunks = [replies.Chunk(i, chat, None, None, f"recorded message {i}") for i in range(len(sent))]
            await replies.plan(session, payload["update_id"], chunks)
            await replies.planned(session, payload["update_id"])
            for position, done in enumerate(sent):
                if done:
                    await replies.mark(session, payload["update_id"], position, replies.SENT)


async def test_commands_and_button_taps_are_resumed_like_questions(
    services: Services, running_bot: Any
) -> None:
    helped, started, tapped = new_id(), new_id(), new_id()
    help_update = stored_update(helped, "/help")
    start_update = stored_update(started, "/start")
    tap_update = {"update_id": next(_update_ids), **tg.callback(tapped, "mc:", {"chat_id": tapped})}
    dead = {"status": "processing", "claimed_by": "crashed-replica", "attempts": 1}
    await put(services, [help_update, start_update, tap_update], **dead)
    await _journal(services, help_update, helped, [True])  # its reply went out before the crash
    await _journal(services, start_update, started, [])  # killed before it queued anything
    await _journal(services, tap_update, tapped, [True, False])  # killed between its two messages

    async with running_bot() as bot:
        [welcome] = await bot.telegram.settle(started)
        assert welcome["text"] == texts.START  # run again, sent once
        # The tap's handler does not run again (no second answerCallbackQuery): its missing message goes out.
        [rest] = await bot.telegram.settle(tapped)
        assert rest["text"] == "recorded message 1"
        assert not bot.telegram.calls_of("answerCallbackQuery")
        await asyncio.sleep(0.5)
        assert not bot.telegram.sent(helped)
    stored = await rows(services)
    assert {stored[u["update_id"]].status for u in (help_update, start_update, tap_update)} == {"done"}


async def test_polled_updates_are_stored_before_they_are_confirmed(running_bot: Any) -> None:
    async with running_bot() as bot:
        user = new_id()
        update_id = bot.telegram.inject(tg.private_text(user, "what is immunotherapy"))
        await bot.telegram.settle(user, minimum=3)
        row = (await rows(bot.services))[update_id]
        assert row.status == "done" and row.payload is None and row.attempts == 1
        confirming = [
            c for c in bot.telegram.calls_of("getUpdates") if int(c.params.get("offset") or 0) > update_id
        ]
        assert confirming  # confirmed to Telegram only after it was stored
        assert bot.telegram.calls_of("deleteWebhook")[0].params.get("drop_pending_updates") in (
            False,
            "false",
        )


async def test_a_fault_while_taking_in_updates_does_not_stop_polling(
    running_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error while storing a batch is logged; the batch is fetched again and answered once."""
    failing = True
    read = people.remembered_cancers

    async def fails_once(session: Any, keys: set[str]) -> dict[str, str]:
        nonlocal failing
        if failing:
            failing = False
            raise RuntimeError("a fault in the claim transaction")
        return await read(session, keys)

    monkeypatch.setattr(people, "remembered_cancers", fails_once)
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "what is immunotherapy"))
        sent = await bot.telegram.settle(user, minimum=3)
        assert not failing and "immunotherapy" in " ".join(m["text"] for m in sent).lower()
        bot.telegram.inject(tg.private_text(user, "what is chemotherapy"))
        later = await bot.telegram.settle(user, minimum=len(sent) + 3)
        assert "chemotherapy" in " ".join(m["text"] for m in later[len(sent) :]).lower()
        assert sum("not medical advice" in parse(m["text"]) for m in later) == 2  # each answered once


async def test_a_graceful_stop_refuses_webhooks_and_hands_unfinished_updates_to_the_next_start(
    services: Services, running_bot: Any
) -> None:
    user = new_id()
    async with running_bot(webhook=True, shutdown_timeout=0.5) as bot:
        assert bot.app is not None
        bot.telegram.fail("sendMessage", 0, stall=2.0)  # the first reply is slow to go out
        sent = bot.telegram.inject(tg.private_text(user, "what is chemotherapy"))
        await bot.telegram.wait_for(lambda: bool(bot.telegram.calls_of("sendMessage")))
        # Every later message is slow too, so that the stop comes while the chat's messages are still going
        # out. The second and third questions are answered meanwhile: their messages wait behind the first
        # reply's, in the chat's order.
        bot.telegram.fail("sendMessage", 0, stall=1.0, times=100)
        started = bot.telegram.inject(tg.private_text(user, "what is radiation therapy"))
        waiting = bot.telegram.inject(tg.private_text(user, "what is a biopsy"))
        await bot.telegram.wait_for(lambda: any(d[0] == waiting for d in bot.telegram.deliveries))
        await stop_taking_updates(bot.app)
        late = {"update_id": next(_update_ids), **tg.private_text(user, "hello")}
        async with bot.http.post(f"{bot.url}/telegram/hook", json=late, headers=HOOK_HEADERS) as response:
            assert response.status == 503  # Telegram will retry it later
    stored = await rows(services)
    assert late["update_id"] not in stored
    # The stop sent what it could in its drain time and handed the rest over: the last question is unfinished.
    before = bot.telegram.sent(user)
    assert answered(before) >= 1  # the reply being sent still went out while stopping
    assert stored[waiting].status == "pending"

    async with running_bot(webhook=True) as again:
        after = await again.telegram.settle(user, minimum=1)
    # Each question answered once over both runs: what the first run sent is not sent again.
    assert answered(before + after) == 3
    texts = " ".join(parse(m["text"]) for m in before + after).lower()
    assert "radiation" in texts and "biopsy" in texts
    assert (
        len({m["text"] for m in after} & {m["text"] for m in before if "not medical advice" in m["text"]})
        == 0
    )
    stored = await rows(services)
    assert [stored[u].status for u in (sent, started, waiting)] == ["done"] * 3


async def test_an_update_stored_while_stopping_is_handed_over_not_marked_done(
    services: Services, running_bot: Any
) -> None:
    """A webhook delivery already under way when the stop begins: the part of its reply the stop cut off is sent
    by the next start, and the update is not marked done before that."""
    user = new_id()
    late = stored_update(user, "what is a biopsy")
    async with running_bot(webhook=True, shutdown_timeout=0.5) as bot:
        bot.telegram.fail("sendMessage", 0, stall=3.0, times=100)  # too slow for the stop to send it all
        stopping = asyncio.create_task(stop_taking_updates(bot.app))
        await asyncio.sleep(0)  # the stop has begun: the inbox takes no new work
        await bot.app[INTAKE].inbox.receive([late])  # ...but this delivery was already being stored
        await stopping
    first = bot.telegram.sent(user)
    assert (await rows(services))[late["update_id"]].status == "pending"

    async with running_bot(webhook=True) as again:
        after = await again.telegram.settle(user, minimum=1)
    texts = [parse(m["text"]) for m in first + after]
    assert answered(first + after) == 1
    assert "biopsy" in " ".join(texts).lower() and "Where to get help next" in texts[-1]  # all of it, once
    assert len(texts) == len(set(texts)) or len(texts) == len(set(texts)) + 1  # only an in-flight one repeats
    assert (await rows(services))[late["update_id"]].status == "done"


# -- PostgreSQL: outages, replicas, reloads ----------------------------------------------------------------


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def postgres_template() -> AsyncIterator[str]:
    """A PostgreSQL database prepared once (migrated, content loaded, model trained), to be copied."""
    url = await _create_postgres_database()
    prepared = await prepare(Settings(database_url=url), lambda _m: None, show_progress=False)
    await prepared.close()
    yield url
    await _drop_postgres_database(url)


async def _copy(template: str) -> str:
    name = f"oncobot_test_{uuid.uuid4().hex[:12]}"
    admin = await _postgres_admin()
    try:
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template.rsplit("/", 1)[1]}"')
    finally:
        await admin.close()
    return template.rsplit("/", 1)[0] + f"/{name}"


@pytest_asyncio.fixture(loop_scope="session")
async def postgres_url(postgres_template: str) -> AsyncIterator[str]:
    """A fresh copy of the prepared PostgreSQL database."""
    url = await _copy(postgres_template)
    yield url
    await _drop_postgres_database(url)


@pytest_asyncio.fixture(loop_scope="session")
async def postgres_services(postgres_url: str, services: Services) -> AsyncIterator[Services]:
    settings = dataclasses.replace(services.settings, database_url=postgres_url)
    prepared = await prepare(settings, lambda _m: None, show_progress=False)
    yield prepared
    await prepared.close()


async def _database_reachable(url: str, reachable: bool) -> None:
    """Cut every connection to a database and refuse new ones, or allow them again."""
    name = url.rsplit("/", 1)[1]
    admin = await _postgres_admin()
    try:
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(reachable).lower()}')
        if not reachable:
            await admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
            )
    finally:
        await admin.close()


async def _health(bot: Harness) -> tuple[int, dict[str, Any]]:
    async with bot.http.get(f"{bot.url}/healthz") as response:
        return response.status, await response.json()


@pytest.mark.postgres
async def test_answers_keep_flowing_during_a_database_outage_and_the_log_catches_up(
    postgres_services: Services, postgres_url: str
) -> None:
    async with bot_on(postgres_services, inbox_lease_seconds=5) as bot:
        before, during = new_id(), new_id()
        bot.telegram.inject(tg.private_text(before, "what is chemotherapy"))
        await bot.telegram.settle(before, minimum=3)

        await _database_reachable(postgres_url, False)
        try:
            payload = tg.private_text(during, "what is radiation therapy")
            update_id = bot.telegram.inject(payload)
            bot.telegram.inject(tg.private_text(during, "what is a biopsy"))
            sent = await bot.telegram.settle(during, minimum=6)
            assert answered(sent) == 2
            status, body = await _health(bot)
            assert status == 503 and body["status"] == "degraded" and body["buffered"] == 2
            bot.telegram.redeliver({"update_id": update_id, **payload})  # deduplicated in memory
            await asyncio.sleep(1.0)
            assert answered(bot.telegram.sent(during)) == 2
        finally:
            await _database_reachable(postgres_url, True)

        deadline = time.monotonic() + 20
        while (await _health(bot))[1]["buffered"] and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.3)
        status, body = await _health(bot)
        assert status == 200 and body == {**body, "status": "ok", "buffered": 0, "dropped": 0}
        async with postgres_services.sessions() as session:
            key = Pseudonymizer(PSEUDONYM_SECRET).key("chat", during)
            logged = list(
                (
                    await session.execute(
                        select(ConversationMessage).where(ConversationMessage.chat_key == key)
                    )
                ).scalars()
            )
            questions = [m for m in logged if m.direction == "in"]
            assert sorted(q.text for q in questions) == ["what is a biopsy", "what is radiation therapy"]
            assert all(q.kind == "answer" for q in questions)
            assert {m.reply_to_id for m in logged if m.direction == "out"} == {q.id for q in questions}
            assert await session.get(ProcessedUpdate, update_id) is not None
        bot.telegram.redeliver({"update_id": update_id, **payload})  # now the database says: answered
        await asyncio.sleep(1.0)
        assert answered(bot.telegram.sent(during)) == 2


@pytest.mark.postgres
async def test_refresh_picks_up_a_new_model_and_newly_approved_answers(postgres_services: Services) -> None:
    services = postgres_services
    assert not await services.refresh()
    async with services.sessions() as session, session.begin():
        active = await model_store.active_model(session)
        assert active is not None
        copy = await model_store.save_model(
            session,
            active.artifact,
            training_hash=active.training_hash,
            metrics={},
            meta=active.meta,
            activate=True,
        )
        current = (
            await session.execute(select(AnswerVersion).where(AnswerVersion.status == "approved").limit(1))
        ).scalar_one()
        fields = answers.AnswerFields(
            title=current.title,
            summary="A newly approved summary.",
            sections=current.sections,
            questions=current.questions,
            sources=current.sources,
            review_level=current.review_level,
            reviewer=current.reviewer,
            reviewed_on=current.reviewed_on,
            next_review_on=current.next_review_on,
        )
        newer = await answers.add_version(
            session, current.topic_id, fields, "f" * 64, status="approved", origin="dashboard"
        )
    assert await services.refresh()
    assert services.model.version_id == copy.id
    assert services.responder.model_version == f"m{copy.id}"
    assert services.responder.library.answers[current.topic_id].version == newer.version
    assert not await services.refresh()


# -- two real processes on one database ---------------------------------------------------------------------


async def _all_done(url: str, count: int, timeout: float = 90.0) -> None:
    """Wait until every stored update is done (the last chunks of long answers take a while to send)."""
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    try:
        for _ in range(int(timeout * 4)):
            async with engine.connect() as connection:
                statuses = (await connection.execute(select(InboxUpdate.status))).scalars().all()
            if len(statuses) == count and set(statuses) == {"done"}:
                return
            await asyncio.sleep(0.25)
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_two_processes_on_one_database_answer_every_question_exactly_once(
    postgres_url: str, tmp_path: Path
) -> None:
    telegram = tg.FakeTelegram()
    base = await telegram.start()
    first = Replica("replica-a", postgres_url, base, tmp_path / "a.log")
    second = Replica("replica-b", postgres_url, base, tmp_path / "b.log")
    http = aiohttp.ClientSession()
    try:
        await asyncio.gather(first.ready(http), second.ready(http))
        telegram.webhook_target = f"{first.url}/telegram/hook"
        users = [new_id() for _ in range(24)]
        questions = [
            "what is chemotherapy",
            "what is radiation therapy",
            "what is a biopsy",
            "what is staging",
        ]
        for index, user in enumerate(users):
            payload = tg.private_text(user, questions[index % len(questions)])
            update_id = telegram.inject(payload)  # Telegram delivers to the first replica ...
            async with http.post(  # ... and, as after a timeout, again to the second one
                f"{second.url}/telegram/hook", json={"update_id": update_id, **payload}, headers=HOOK_HEADERS
            ) as response:
                assert response.status == 200
        await telegram.wait_for(lambda: all(answered(telegram.sent(u)) >= 1 for u in users), timeout=60)
        await asyncio.sleep(1.5)  # time for any second answer to show up
        assert [answered(telegram.sent(u)) for u in users] == [1] * len(users)
        await _all_done(postgres_url, len(users))  # every chunk sent and recorded, before stopping
        assert first.stop() == 0 and second.stop() == 0
    finally:
        for replica in (first, second):
            if replica.process.poll() is None:
                replica.process.kill()
                replica.process.wait()
        await http.close()
        await telegram.stop()
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(postgres_url)
    try:
        async with engine.connect() as connection:
            statuses = (await connection.execute(select(InboxUpdate.status, InboxUpdate.claimed_by))).all()
    finally:
        await engine.dispose()
    assert len(statuses) == len(users) and {s for s, _ in statuses} == {"done"}


@pytest.mark.postgres
async def test_updates_of_a_killed_replica_are_taken_over_by_the_other(
    postgres_url: str, tmp_path: Path
) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    telegram = tg.FakeTelegram()
    base = await telegram.start()
    engine = create_async_engine(postgres_url)
    victim = Replica("victim", postgres_url, base, tmp_path / "victim.log")
    survivor: Replica | None = None
    http = aiohttp.ClientSession()
    try:
        await victim.ready(http)
        # The victim claims updates and is killed before any answer gets out (every send stalls, then fails).
        telegram.fail("sendMessage", 502, stall=30, times=100)
        telegram.webhook_target = f"{victim.url}/telegram/hook"
        users = [new_id() for _ in range(3)]
        for user in users:
            telegram.inject(tg.private_text(user, "what is chemotherapy"))
        async with engine.connect() as connection:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                claimed = (
                    await connection.execute(select(InboxUpdate).where(InboxUpdate.claimed_by == "victim"))
                ).all()
                await connection.rollback()
                if len(claimed) == len(users):
                    break
                await asyncio.sleep(0.2)
        assert len(claimed) == len(users)
        victim.stop(signal.SIGKILL)
        telegram._failures.clear()
        survivor = Replica("survivor", postgres_url, base, tmp_path / "survivor.log")
        await survivor.ready(http)
        started = time.monotonic()
        await telegram.wait_for(lambda: all(answered(telegram.sent(u)) >= 1 for u in users), timeout=60)
        assert time.monotonic() - started < 30  # after the 5 s lease, not never
        await asyncio.sleep(1.0)
        assert [answered(telegram.sent(u)) for u in users] == [1] * len(users)
        assert survivor.stop() == 0
    finally:
        for replica in (victim, survivor):
            if replica is not None and replica.process.poll() is None:
                replica.process.kill()
                replica.process.wait()
        await http.close()
        await telegram.stop()
        await engine.dispose()
