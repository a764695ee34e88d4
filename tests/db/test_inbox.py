"""The inbox table's queries on SQLite and PostgreSQL: idempotent storing, exclusive claims, leases, resuming."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from db import conversations, inbox
from db.conversations import Incoming
from db.models import ConversationMessage, InboxUpdate, ProcessedUpdate
from db.session import SessionFactory

INCOMING = Incoming("user-key", "chat-key", "private", "what is chemotherapy")


def _updates(*ids: int, priority: int = inbox.NORMAL) -> list[tuple[int, dict[str, object], int]]:
    return [(i, {"update_id": i, "message": {"text": f"question {i}"}}, priority) for i in ids]


async def test_storing_is_idempotent(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        assert await inbox.store(session, _updates(1, 2)) == 2
    async with sessions() as session, session.begin():
        assert await inbox.store(session, _updates(2, 3)) == 1
        assert await inbox.store(session, []) == 0
    async with sessions() as session:
        assert await inbox.counts(session) == {"pending": 3}


async def test_claims_are_oldest_first_and_never_shared(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(*range(100, 0, -1)))
    async with sessions() as session, session.begin():
        first = await inbox.claim(session, "a", 3)
    assert [c.update_id for c in first] == [1, 2, 3] and {c.attempts for c in first} == {1}
    assert first[0].payload["message"] == {"text": "question 1"}

    async def claim_all(replica: str) -> list[int]:
        taken: list[int] = []
        while True:
            async with sessions() as session, session.begin():
                batch = await inbox.claim(session, replica, 5)
            if not batch:
                return taken
            taken += [c.update_id for c in batch]
            await asyncio.sleep(0)

    a, b = await asyncio.gather(claim_all("a"), claim_all("b"))
    assert not set(a) & set(b)
    assert sorted(a + b) == list(range(4, 101))
    async with sessions() as session:
        assert await inbox.counts(session) == {"processing": 100}


async def test_urgent_updates_are_claimed_before_older_ones(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(*range(1, 501)))
        await inbox.store(session, _updates(501, priority=inbox.URGENT))
    async with sessions() as session, session.begin():
        first = await inbox.claim(session, "a", 3)
    assert [c.update_id for c in first] == [501, 1, 2]
    assert [c.urgent for c in first] == [True, False, False]


async def test_expired_and_released_claims_come_back(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(1, 2, 3))
        await inbox.claim(session, "crashed", 2)
        await inbox.claim(session, "alive", 1)
    async with sessions() as session, session.begin():
        await inbox.renew(session, "alive", [3])
        assert await inbox.reclaim_expired(session, timedelta(minutes=1)) == 0
        assert await inbox.reclaim_expired(session, timedelta(seconds=-1)) == 3
    async with sessions() as session, session.begin():
        again = await inbox.claim(session, "b", 10)
        assert [(c.update_id, c.attempts) for c in again] == [(1, 2), (2, 2), (3, 2)]
        assert await inbox.release(session, "b", [1]) == 1
        assert await inbox.release(session, "b") == 2
        assert await inbox.release(session, "b") == 0
        await inbox.claim(session, "c", 1)
        assert await inbox.release_all(session) == 1
    async with sessions() as session:
        assert await inbox.counts(session) == {"pending": 3}


async def test_finishing_drops_the_payload(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(7, 8))
        await inbox.claim(session, "a", 2)
        await inbox.finish(session, 7)
        await inbox.finish(session, 8, inbox.FAILED)
    async with sessions() as session:
        rows = {r.update_id: r for r in (await session.execute(select(InboxUpdate))).scalars()}
        assert rows[7].status == "done" and rows[7].payload is None and rows[7].finished_at is not None
        assert rows[8].status == "failed" and rows[8].payload is None
        raw = await session.execute(select(InboxUpdate.update_id).where(InboxUpdate.payload.is_(None)))
        assert sorted(raw.scalars()) == [7, 8]  # SQL NULL, not the JSON null
    async with sessions() as session, session.begin():
        assert await inbox.purge_finished(session, rows[7].finished_at + timedelta(seconds=1)) == 2


async def _half_done(sessions: SessionFactory, update_id: int, *, replied: bool) -> int:
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(update_id))
        await conversations.claim_update(session, update_id)
        message_id = await conversations.log_incoming(session, INCOMING)
        await inbox.link_question(session, update_id, message_id)
        if replied:
            await conversations.log_outgoing(session, INCOMING, message_id, "reply", conversations.SENT)
    return message_id


async def test_resuming_undoes_a_half_done_answer_but_never_repeats_a_recorded_one(
    sessions: SessionFactory,
) -> None:
    interrupted = await _half_done(sessions, 1, replied=False)
    await _half_done(sessions, 2, replied=True)
    forgotten = await _half_done(sessions, 3, replied=False)
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(4))
        await session.delete(await session.get(ConversationMessage, forgotten))
    async with sessions() as session, session.begin():
        assert await inbox.prepare_resume(session, 1)  # answer again
        assert not await inbox.prepare_resume(session, 2)  # already answered
        assert not await inbox.prepare_resume(session, 3)  # the person deleted it since
        assert await inbox.prepare_resume(session, 4)  # never reached the answer
    async with sessions() as session, session.begin():
        assert await session.get(ConversationMessage, interrupted) is None
        assert await session.get(ProcessedUpdate, 1) is None
        assert await session.get(ProcessedUpdate, 2) is not None
        assert await conversations.claim_update(session, 1)  # so the new attempt can claim it
