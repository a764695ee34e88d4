"""The inbox table's queries on SQLite and PostgreSQL: idempotent storing, exclusive claims, leases, resuming."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from db.delivery import inbox
from db.dialogue.conversations import Incoming
from db.models import InboxUpdate
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


async def test_a_chat_is_not_claimed_while_another_replica_works_on_its_earlier_update(
    sessions: SessionFactory,
) -> None:
    chat, other = 4242, 4343
    async with sessions() as session, session.begin():
        await inbox.store(session, _updates(1, 2, 3, 4), chats={1: chat, 2: other, 3: chat, 4: chat})
    async with sessions() as session, session.begin():
        assert [c.update_id for c in await inbox.claim(session, "a", 1)] == [1]
    async with sessions() as session, session.begin():
        # Update 3 and 4 wait for replica a's claim on update 1 of the same chat; another chat's goes on.
        assert [c.update_id for c in await inbox.claim(session, "b", 10)] == [2]
    async with sessions() as session, session.begin():
        assert [c.update_id for c in await inbox.claim(session, "a", 1)] == [3]  # a keeps its own order
        await inbox.finish(session, 1)
        await inbox.finish(session, 3)
    async with sessions() as session, session.begin():
        assert [c.update_id for c in await inbox.claim(session, "b", 10)] == [4]
    async with sessions() as session:
        chats = (await session.execute(select(InboxUpdate.update_id, InboxUpdate.chat_id))).all()
        assert sorted(chats) == [(1, None), (2, other), (3, None), (4, chat)]  # dropped once done
