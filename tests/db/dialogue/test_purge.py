"""Retention: what is older than the cutoff goes, replies with their question; the rest stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.privacy import retention
from db.dialogue import conversations, handoffs
from db.dialogue.conversations import Incoming
from db.models import (
    ConversationMessage,
    Handoff,
    HandoffMessage,
    InboxUpdate,
    ProcessedUpdate,
    TrainingExample,
)
from db.session import SessionFactory

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=100)
RECENT = NOW - timedelta(days=10)


async def _conversation(session, text: str, asked_at: datetime, replied_at: datetime) -> int:  # type: ignore[no-untyped-def]
    incoming = Incoming(user_key="u" * 32, chat_key="c" * 32, chat_type="private", text=text)
    question = await conversations.log_incoming(session, incoming)
    reply = await conversations.log_outgoing(
        session, incoming, question, f"reply to {text}", conversations.SENT
    )
    for row_id, at in ((question, asked_at), (reply, replied_at)):
        (await session.get(ConversationMessage, row_id)).created_at = at
    await session.flush()
    return question


async def _texts(sessions: SessionFactory) -> list[str]:
    async with sessions() as session:
        rows = await session.execute(select(ConversationMessage.text).order_by(ConversationMessage.id))
        return list(rows.scalars())


async def test_old_messages_go_with_their_replies_and_recent_ones_stay(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        old = await _conversation(session, "old question", OLD, OLD + timedelta(seconds=2))
        # Asked just before the cutoff, answered just after it: the reply goes with its question.
        edge = await _conversation(
            session, "edge question", NOW - timedelta(days=90, seconds=1), NOW - timedelta(days=89, hours=23)
        )
        await _conversation(session, "recent question", RECENT, RECENT)
        session.add_all(
            [
                ProcessedUpdate(update_id=1, created_at=OLD),
                ProcessedUpdate(update_id=2, created_at=RECENT),
            ]
        )
        session.add(
            TrainingExample(
                text="old question",
                text_hash="h",
                label="chemotherapy",
                origin="staff",
                source_message_id=old,
            )
        )
    async with sessions() as session, session.begin():
        deleted = await conversations.purge_older_than(session, NOW - timedelta(days=90))
    assert deleted == 5  # two questions, two replies, one update id
    assert await _texts(sessions) == ["recent question", "reply to recent question"]
    async with sessions() as session:
        assert list((await session.execute(select(ProcessedUpdate.update_id))).scalars()) == [2]
        example = (await session.execute(select(TrainingExample))).scalar_one()
        assert example.source_message_id is None  # the staff label stays, its link to the log does not
        assert await session.get(ConversationMessage, edge) is None


async def test_a_naive_cutoff_is_taken_as_utc(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await _conversation(session, "old question", OLD, OLD)
    async with sessions() as session, session.begin():
        naive = (NOW - timedelta(days=90)).replace(tzinfo=None)
        assert await conversations.purge_older_than(session, naive) == 2


async def test_dry_run_counts_without_deleting(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await _conversation(session, "old question", OLD, OLD)
        await _conversation(session, "recent question", RECENT, RECENT)
    cutoff = retention.cutoff_for(90, NOW)
    assert await retention.purge(sessions, cutoff, dry_run=True) == 2
    assert len(await _texts(sessions)) == 4
    assert await retention.purge(sessions, cutoff) == 2
    assert await retention.purge(sessions, cutoff) == 0
    assert await _texts(sessions) == ["recent question", "reply to recent question"]


async def test_nothing_to_purge_on_an_empty_log(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        assert await conversations.purge_older_than(session, NOW) == 0
        assert await session.scalar(select(func.count()).select_from(ConversationMessage)) == 0


async def test_retention_also_drops_handled_inbox_updates(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        session.add_all(
            [
                InboxUpdate(update_id=1, status="done", received_at=OLD, finished_at=OLD),
                InboxUpdate(update_id=2, status="failed", received_at=OLD, finished_at=OLD),
                InboxUpdate(update_id=3, status="done", received_at=RECENT, finished_at=RECENT),
                InboxUpdate(update_id=4, status="pending", received_at=OLD, payload={"update_id": 4}),
            ]
        )
    assert await retention.purge(sessions, retention.cutoff_for(90, NOW)) == 2
    async with sessions() as session:
        left = await session.execute(select(InboxUpdate.update_id).order_by(InboxUpdate.update_id))
        assert list(left.scalars()) == [3, 4]


async def test_retention_drops_closed_handoffs_with_their_transcripts_and_keeps_open_ones(
    sessions: SessionFactory,
) -> None:
    async with sessions() as session, session.begin():
        for case, status, closed_at in (
            ("OLDCLO", "closed", OLD),
            ("OLDOPN", "open", None),
            ("NEWCLO", "closed", RECENT),
        ):
            row = await handoffs.add(
                session,
                Handoff(
                    case=case,
                    user_key=case,
                    status=status,
                    opened_at=OLD,
                    last_activity_at=OLD,
                    closed_at=closed_at,
                ),
            )
            await handoffs.add_message(session, row.id, "person", f"words of {case}", at=OLD)
    await retention.purge(sessions, NOW - timedelta(days=30))
    async with sessions() as session:
        cases = set((await session.execute(select(Handoff.case))).scalars())
        lines = set((await session.execute(select(HandoffMessage.text))).scalars())
    assert cases == {"OLDOPN", "NEWCLO"}
    assert lines == {"words of OLDOPN", "words of NEWCLO"}
