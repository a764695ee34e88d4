"""Staff sessions, the audit log and the review queries, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.operations import migrate
from db.accounts import staff
from db.dialogue import conversations, review
from db.dialogue.conversations import Incoming
from db.models import TrainingExample
from db.session import session_factory


async def test_sessions_audit_and_the_review_queue(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        user = await staff.add_staff(session, "rita", staff.REVIEWER, "scrypt$hash")
        await staff.open_session(session, user.id, "a" * 64, "csrf")
        await staff.audit(session, "rita", "sign-in", "dashboard", address="127.0.0.1")
        ids = []
        for number, (kind, confidence, chat) in enumerate(
            [("answer", 0.9, "private"), ("clarify", 0.3, "group"), ("emergency", 1.0, "private")]
        ):
            incoming = Incoming(f"user-{number}", f"chat-{number}", chat, f"question {number} 'quoted' \\ ;")
            message_id = await conversations.log_incoming(session, incoming)
            await conversations.record_verdict(session, message_id, kind=kind, confidence=confidence)
            await conversations.log_outgoing(session, incoming, message_id, "reply", conversations.SENT)
            ids.append(message_id)

    async with sessions() as session, session.begin():
        found = await staff.find_session(session, "a" * 64)
        assert found is not None and found.staff.name == "rita"
        entries, total = await staff.audit_page(session, 0, 10)
        assert total == 1 and entries[0].detail == {"address": "127.0.0.1"}
        rows, count = await review.queue_page(session, review.QueueFilter(), 0, 10)
        assert count == 3 and [r.id for r in rows] == list(reversed(ids))  # newest first, questions only
        low, _ = await review.queue_page(session, review.QueueFilter(max_confidence=0.5), 0, 10)
        assert [r.id for r in low] == [ids[1]]
        grouped, _ = await review.queue_page(
            session, review.QueueFilter(chat_type="group", kind="clarify"), 0, 10
        )
        assert [r.id for r in grouped] == [ids[1]]
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        assert (await review.queue_page(session, review.QueueFilter(since=tomorrow), 0, 10))[1] == 0
        row = await review.question(session, ids[1])
        assert row is not None
        assert (
            await review.question(session, ids[1] + 1) is None
        )  # the id of the bot's reply is not a question
        await review.relabel(
            session,
            row,
            "rita",
            label="side-effects",
            stored_label="general.side-effects",
            cancer="general",
            topic_id="general.side-effects",
        )

    async with sessions() as session:
        example = await session.scalar(
            select(TrainingExample).where(TrainingExample.source_message_id == ids[1])
        )
        assert example is not None and example.origin == "staff" and example.source_user_key == "user-1"
        reviewed = await review.reviewed_rows(session)
        assert [r.id for r in reviewed] == [ids[1]]
        assert await review.staff_example_count(session) == 1
        pending, _ = await review.queue_page(session, review.QueueFilter(reviewed=False), 0, 10)
        assert ids[1] not in [r.id for r in pending]

    async with sessions() as session, session.begin():
        await staff.end_sessions(session, user.id)
        assert await staff.find_session(session, "a" * 64) is None
