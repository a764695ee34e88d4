"""The reply journal on SQLite and PostgreSQL: one claim per update, messages recorded, a crash undone whole."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.delivery import inbox, replies
from db.dialogue import conversations
from db.models import ProcessedUpdate, ReplyChunk
from db.session import SessionFactory


def _chunks(*positions: int, chat: int = 99) -> list[replies.Chunk]:
    return [
        replies.Chunk(p, chat, None, 7 if p == 0 else None, f"part {p}", urgent=p == 0) for p in positions
    ]


async def test_an_update_is_claimed_once_and_its_messages_are_recorded(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        assert await replies.begin(session, 1) == replies.Progress(fresh=True, planned=False)
        await replies.plan(session, 1, _chunks(0, 1, 2))
    async with sessions() as session, session.begin():
        await replies.mark(session, 1, 0, replies.SENT)
        await replies.plan(
            session, 1, [replies.Chunk(0, 99, None, None, "changed")]
        )  # the first record stays
    async with sessions() as session, session.begin():
        again = await replies.begin(session, 1)
    assert not again.fresh and not again.planned
    assert [(c.position, c.text, c.status) for c in again.chunks] == [
        (0, "part 0", "sent"),
        (1, "part 1", "queued"),
        (2, "part 2", "queued"),
    ]
    assert again.chunks[0].reply_to == 7 and again.chunks[0].urgent and not again.chunks[1].urgent
    async with sessions() as session, session.begin():
        await replies.planned(session, 1)
        await replies.mark(session, 1, 1, replies.FAILED)
    async with sessions() as session, session.begin():
        last = await replies.begin(session, 1)
    assert last.planned and [c.status for c in last.chunks] == ["sent", "failed", "queued"]


async def _killed_midway(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        # A SAVEPOINT first, as the question's claim was taken: its RELEASE must not commit anything.
        assert await conversations.claim_update(session, 6)
        assert (await replies.begin(session, 5)).fresh
        await replies.plan(session, 5, _chunks(0))
        raise RuntimeError("killed")


async def test_a_transaction_cut_short_leaves_no_claim_behind(sessions: SessionFactory) -> None:
    """The loss of issue 13: on SQLite a claim taken in a SAVEPOINT was committed on its own."""
    with pytest.raises(RuntimeError):
        await _killed_midway(sessions)
    async with sessions() as session:
        assert await session.get(ProcessedUpdate, 5) is None
        assert await session.get(ProcessedUpdate, 6) is None
        assert not (await session.execute(select(ReplyChunk))).scalars().all()
    async with sessions() as session, session.begin():
        assert (await replies.begin(session, 5)).fresh


async def test_finishing_an_update_drops_its_recorded_messages(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await inbox.store(session, [(3, {"update_id": 3}, inbox.NORMAL)], chats={3: 99})
        await replies.begin(session, 3)
        await replies.plan(session, 3, _chunks(0, 1))
        await inbox.finish(session, 3)
    async with sessions() as session:
        assert not (await session.execute(select(ReplyChunk))).scalars().all()
        assert (await session.get(ProcessedUpdate, 3)) is not None  # the claim stays: no second answer
