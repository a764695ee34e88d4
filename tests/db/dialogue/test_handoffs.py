"""Handoff queries on SQLite and PostgreSQL: one owner, one close, transcripts, links, /forget and retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from db.accounts import staff
from db.dialogue import handoffs
from db.models import Handoff, HandoffMessage, StaffTelegramLink
from db.session import SessionFactory

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


async def _handoff(sessions: SessionFactory, case: str = "ACDEFG", user_key: str = "u1") -> int:
    async with sessions() as session, session.begin():
        row = await handoffs.add(
            session,
            Handoff(
                case=case,
                user_key=user_key,
                status=handoffs.WAITING,
                urgent=False,
                chat_cipher=b"\x01secret",
                opened_at=NOW,
                within_hours=True,
                last_activity_at=NOW,
            ),
        )
        return row.id


async def test_one_owner_and_one_close(sessions: SessionFactory) -> None:
    hid = await _handoff(sessions)
    async with sessions() as session, session.begin():
        assert await handoffs.case_taken(session, "ACDEFG")
        assert not await handoffs.case_taken(session, "XXXXXX")
        assert (await handoffs.active_for(session, "u1")) is not None
        assert await handoffs.take(session, hid, None, "staff:1", "Rita")
        assert not await handoffs.take(session, hid, None, "staff:2", "Sam")
    async with sessions() as session, session.begin():
        row = await handoffs.by_case(session, "ACDEFG")
        assert row is not None and row.status == handoffs.OPEN and row.owner_name == "Rita"
        assert await handoffs.close(session, hid, "staff", NOW)
        assert not await handoffs.close(session, hid, "person", NOW)
    async with sessions() as session:
        row = await handoffs.by_case(session, "ACDEFG")
        assert row is not None and row.status == handoffs.CLOSED and row.closed_by == "staff"
        assert row.chat_cipher is None  # the encrypted chat id goes with the close
        assert await handoffs.active_for(session, "u1") is None
    async with sessions() as session, session.begin():
        assert not await handoffs.take(session, hid, None, "staff:3", "Ann")  # closed: nobody takes it
        assert not await handoffs.set_feedback(session, hid, "someone-else", "up")
        assert await handoffs.set_feedback(session, hid, "u1", "up")
        assert not await handoffs.set_feedback(session, hid, "u1", "down")


async def test_transcript_topic_idle_and_urgent(sessions: SessionFactory) -> None:
    hid = await _handoff(sessions)
    async with sessions() as session, session.begin():
        await handoffs.add_message(session, hid, handoffs.PERSON, "hello", update_id=11, at=NOW)
        await handoffs.add_message(session, hid, handoffs.NOTE, "call back", author="Rita", at=NOW)
        await handoffs.set_topic(session, hid, -100, 42)
        assert await handoffs.flag_urgent(session, hid)
        assert not await handoffs.flag_urgent(session, hid)
        await handoffs.first_reply(session, hid, NOW + timedelta(minutes=5))
        await handoffs.first_reply(session, hid, NOW + timedelta(minutes=9))
    async with sessions() as session, session.begin():
        lines = await handoffs.transcript(session, hid)
        assert [(line.direction, line.text) for line in lines] == [("person", "hello"), ("note", "call back")]
        assert await handoffs.message_of_update(session, hid, 11, handoffs.PERSON) is not None
        assert await handoffs.message_of_update(session, hid, 11, handoffs.STAFF) is None
        row = await handoffs.by_topic(session, -100, 42)
        assert row is not None and row.urgent
        assert row.first_staff_reply_at is not None
        assert row.first_staff_reply_at.replace(tzinfo=UTC) == NOW + timedelta(minutes=5)
        assert [r.id for r in await handoffs.idle_since(session, NOW + timedelta(hours=1))] == [hid]
        await handoffs.touch(session, hid, NOW + timedelta(hours=2))
        assert await handoffs.idle_since(session, NOW + timedelta(hours=1)) == []
        assert await handoffs.count_waiting(session) == 1


async def test_forget_and_retention_delete_transcripts(sessions: SessionFactory) -> None:
    first = await _handoff(sessions, "AAAAAA", "u1")
    second = await _handoff(sessions, "CCCCCC", "u2")
    async with sessions() as session, session.begin():
        await handoffs.add_message(session, first, handoffs.PERSON, "mine", at=NOW)
        await handoffs.add_message(session, second, handoffs.PERSON, "theirs", at=NOW)
        await handoffs.close(session, second, "idle", NOW - timedelta(days=100))
    async with sessions() as session, session.begin():
        rows = await handoffs.of_person(session, "u1")
        assert await handoffs.delete_handoffs(session, [r.id for r in rows]) == 2
        assert await handoffs.purge_closed_before(session, NOW - timedelta(days=90)) == 2
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Handoff)) == 0
        assert await session.scalar(select(func.count()).select_from(HandoffMessage)) == 0


async def test_listing_and_last_exchange(sessions: SessionFactory) -> None:
    await _handoff(sessions, "AAAAAA", "u1")
    hid = await _handoff(sessions, "CCCCCC", "u2")
    async with sessions() as session, session.begin():
        await handoffs.take(session, hid, None, "staff:1", "Rita")
        waiting = await handoffs.listing(session, [handoffs.WAITING])
        mine = await handoffs.listing(session, handoffs.ACTIVE, owner_key="staff:1")
        assert [r.case for r in waiting] == ["AAAAAA"] and [r.case for r in mine] == ["CCCCCC"]
        assert len(await handoffs.opened_between(session, NOW, NOW + timedelta(seconds=1))) == 2
        assert await handoffs.last_exchange(session, "u1", "chat") is None


async def test_a_one_time_code_links_one_telegram_account(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        rita = await staff.add_staff(session, "rita", "reviewer", "hash")
        sam = await staff.add_staff(session, "sam", "reviewer", "hash")
        await handoffs.set_link_code(session, rita.id, "c" * 64, NOW + timedelta(minutes=15))
        await handoffs.set_link_code(session, sam.id, "d" * 64, NOW - timedelta(minutes=1))
    async with sessions() as session, session.begin():
        assert await handoffs.use_link_code(session, "d" * 64, 555, NOW) is None  # expired
        linked = await handoffs.use_link_code(session, "c" * 64, 555, NOW)
        assert linked is not None and linked.name == "rita"
    async with sessions() as session, session.begin():
        assert await handoffs.use_link_code(session, "c" * 64, 556, NOW) is None  # used once
        found = await handoffs.staff_for_telegram(session, 555)
        assert found is not None and found.name == "rita"
        assert await handoffs.telegram_for_staff(session, rita.id) == 555
        # The same Telegram account linked to another staff account leaves the first link.
        await handoffs.set_link_code(session, sam.id, "e" * 64, NOW + timedelta(minutes=15))
        assert await handoffs.use_link_code(session, "e" * 64, 555, NOW) is not None
    async with sessions() as session, session.begin():
        found = await handoffs.staff_for_telegram(session, 555)
        assert found is not None and found.name == "sam"
        assert await handoffs.telegram_for_staff(session, rita.id) is None
        assert await handoffs.unlink(session, sam.id)
        assert await handoffs.staff_for_telegram(session, 555) is None
        assert (await session.get(StaffTelegramLink, rita.id)) is not None
