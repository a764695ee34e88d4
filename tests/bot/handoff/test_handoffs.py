"""The handoff service on SQLite and PostgreSQL: staffed hours, the encrypted chat id, one owner, relays
recorded once per update, closing, /forget and the figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.handoff.desk import Actor, ChatCipher, HandoffDesk, HandoffError
from bot.handoff.hours import HoursError, OpeningHours
from bot.operations import migrate
from bot.settings import Settings, SettingsError
from db.accounts import staff
from db.models import Handoff
from db.session import SessionFactory, session_factory

KEY = "handoff-key-for-tests-0123456789"
HOURS = OpeningHours.parse("Mon-Fri 09:00-17:00 America/New_York")
#: Tuesday 1 December 2026, 10:00 in New York (15:00 UTC): within hours
TUESDAY_10 = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
#: Friday 4 December 2026, 18:30 in New York: closed until Monday 09:00
FRIDAY_EVENING = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
RITA = Actor("staff:1", "Rita, nurse navigator", None, "Rita, nurse navigator")
SAM = Actor.unlinked("pseudonym-of-sam", "Sam")


@pytest.fixture
async def sessions(engine: AsyncEngine) -> SessionFactory:
    await migrate.upgrade(engine)
    return session_factory(engine)


@pytest.fixture
def desk() -> HandoffDesk:
    return HandoffDesk(KEY, HOURS, idle_hours=48)


# -- staffed hours and settings ----------------------------------------------------------------------------
def test_hours_say_whether_someone_is_on_duty_and_when_they_are_back() -> None:
    assert HOURS.is_open(TUESDAY_10)
    assert not HOURS.is_open(FRIDAY_EVENING)
    back = HOURS.next_open(FRIDAY_EVENING)
    assert (back.strftime("%A %H:%M"), back.utcoffset()) == ("Monday 09:00", timedelta(hours=-5))
    assert HOURS.describe_next(FRIDAY_EVENING) == "Monday at 09:00 (America/New_York)"
    early = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # Tuesday 07:00 in New York
    assert HOURS.describe_next(early) == "today at 09:00 (America/New_York)"
    late = datetime(2026, 12, 1, 23, 0, tzinfo=UTC)  # Tuesday 18:00
    assert HOURS.describe_next(late) == "tomorrow at 09:00 (America/New_York)"
    # Daylight saving time moves with the team: 09:00 in July is 13:00 UTC.
    july = HOURS.next_open(datetime(2026, 7, 6, 12, 0, tzinfo=UTC))
    assert july.astimezone(UTC).hour == 13


def test_hours_with_several_spans_and_wrapping_days() -> None:
    hours = OpeningHours.parse("Mon-Fri 09:00-17:00, Sat 10:00-13:00 Europe/Berlin")
    saturday_11 = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    assert hours.is_open(saturday_11)
    weekend = OpeningHours.parse("Sat-Mon 08:00-20:00 UTC")
    assert weekend.spans[0].weekdays == frozenset({5, 6, 0})


@pytest.mark.parametrize(
    "text",
    [
        "Mon-Fri 09:00-17:00",
        "Mon-Fri 9-17 UTC",
        "Mon-Fri 17:00-09:00 UTC",
        "Funday 09:00-17:00 UTC",
        "Mon-Fri 09:00-17:00 Mars/Base",
    ],
)
def test_bad_hours_are_refused(text: str) -> None:
    with pytest.raises(HoursError):
        OpeningHours.parse(text)


def test_handoff_settings_are_read_and_checked() -> None:
    settings = Settings.from_env(
        {
            "HANDOFF_CHAT_ID": "-1001234567890",
            "HANDOFF_HOURS": "Mon-Fri 09:00-17:00 America/New_York",
            "HANDOFF_KEY": KEY,
            "HANDOFF_IDLE_HOURS": "24",
        }
    )
    assert settings.handoff_chat_id == -1001234567890 and settings.handoff_idle_hours == 24
    assert settings.handoff_hours == HOURS and KEY not in repr(settings)
    assert Settings.from_env({}).handoff_idle_hours == 48
    with pytest.raises(SettingsError, match="HANDOFF_HOURS"):
        Settings.from_env({"HANDOFF_HOURS": "weekdays"})
    with pytest.raises(SettingsError, match="HANDOFF_CHAT_ID"):
        Settings.from_env({"HANDOFF_CHAT_ID": "staff"})
    keyless = Settings.from_env({"HANDOFF_CHAT_ID": "-100", "PSEUDONYM_SECRET": "x" * 20})
    with pytest.raises(SettingsError, match="HANDOFF_KEY"):
        keyless.check_for_telegram()


def test_the_offer_says_when_someone_is_back(desk: HandoffDesk) -> None:
    assert desk.offer(TUESDAY_10).within_hours
    after = desk.offer(FRIDAY_EVENING)
    assert not after.within_hours and after.next_back == "Monday at 09:00 (America/New_York)"
    assert HandoffDesk(KEY).offer(FRIDAY_EVENING).within_hours  # no hours set: no promise either way


def test_chat_ids_are_encrypted_and_bound_to_their_case() -> None:
    cipher = ChatCipher(KEY)
    sealed = cipher.seal(424242, "ACDEFG")
    assert b"424242" not in sealed and cipher.seal(424242, "ACDEFG") != sealed  # a fresh nonce each time
    assert cipher.open(sealed, "ACDEFG") == 424242
    with pytest.raises(HandoffError):
        cipher.open(sealed, "HJKMNP")  # moved to another case
    with pytest.raises(HandoffError):
        ChatCipher("another-key-0123456789").open(sealed, "ACDEFG")
    with pytest.raises(HandoffError):
        ChatCipher("short")


# -- the journey -------------------------------------------------------------------------------------------
async def test_a_handoff_from_opening_to_feedback(sessions: SessionFactory, desk: HandoffDesk) -> None:
    async with sessions() as session, session.begin():
        opened = await desk.open(session, "u1", 424242, update_id=1, now=TUESDAY_10)
        again = await desk.open(session, "u1", 424242, update_id=1, now=TUESDAY_10)  # the update, resumed
        other = await desk.open(session, "u1", 424242, update_id=2, now=TUESDAY_10)  # asked twice
    assert opened.new and again.new and not other.new
    assert opened.case.case == again.case.case == other.case.case
    case = opened.case.case
    assert len(case) == 6 and opened.case.status == "waiting" and opened.case.within_hours
    async with sessions() as session:
        stored = await session.scalar(select(Handoff).where(Handoff.case == case))
        assert stored is not None and stored.chat_cipher is not None and b"424242" not in stored.chat_cipher

    async with sessions() as session, session.begin():
        asked = await desk.from_person(session, "u1", "Call me on 555-123-4567 please", update_id=3)
        repeat = await desk.from_person(session, "u1", "Call me on 555-123-4567 please", update_id=3)
        assert await desk.from_person(session, "nobody", "hello", update_id=4) is None
    assert asked is not None and asked.new and asked.line.text == "Call me on [phone] please"
    assert repeat is not None and not repeat.new

    later = TUESDAY_10 + timedelta(minutes=12)
    async with sessions() as session, session.begin():
        taken = await desk.take(session, case, RITA)
        second = await desk.take(session, case, SAM)
        reply = await desk.reply(session, case, RITA, "Hello, I'm Rita.", update_id=5, now=later)
        resumed = await desk.reply(session, case, RITA, "Hello, I'm Rita.", update_id=5, now=later)
        note = await desk.note(session, case, SAM, "she sounded worried", update_id=6)
    assert taken.owned and taken.changed and not second.owned and second.owner_name == RITA.name
    assert reply.chat_id == 424242 and reply.signature == RITA.signature and not resumed.new
    assert reply.case.status == "open" and reply.case.first_staff_reply_at == later
    assert note.chat_id is None

    async with sessions() as session, session.begin():
        closed = await desk.close_for_person(session, "u1", update_id=7, now=later)
        twice = await desk.close_for_person(session, "u1", update_id=7, now=later)
        assert await desk.close_for_person(session, "u1", update_id=8) is None
        assert await desk.feedback(session, case, "u1", "up")
        assert not await desk.feedback(session, case, "u1", "down")
        lines = await desk.transcript(session, case)
        audit, _total = await staff.audit_page(session, 0, 10)
    assert closed is not None and closed.new and closed.chat_id == 424242
    assert twice is not None and twice.new and twice.case.case == case
    assert closed.case.status == "closed" and closed.case.closed_by == "person"
    assert [line.direction for line in lines] == ["system", "person", "system", "staff", "note", "system"]
    assert {(a.action, a.target) for a in audit} >= {("handoff take", case), ("handoff reply", case)}
    async with sessions() as session, session.begin():
        assert await desk.chat_of(session, case) is None  # deleted on close
        with pytest.raises(HandoffError):
            await desk.reply(session, case, RITA, "too late")


async def test_a_reply_takes_an_unowned_case_and_urgent_messages_flag_it(
    sessions: SessionFactory, desk: HandoffDesk
) -> None:
    async with sessions() as session, session.begin():
        case = (await desk.open(session, "u1", 1, now=TUESDAY_10)).case.case
        first = await desk.from_person(session, "u1", "I can't breathe", urgent=True)
        second = await desk.from_person(session, "u1", "still bad", urgent=True)
        reply = await desk.reply(session, case, SAM, "Call 911 now.")
    assert first is not None and first.became_urgent and first.case.urgent
    assert second is not None and not second.became_urgent
    assert reply.case.owner_name == SAM.name and reply.signature == "Care team"


async def test_idle_handoffs_close_and_forget_deletes_them(
    sessions: SessionFactory, desk: HandoffDesk
) -> None:
    async with sessions() as session, session.begin():
        old = (await desk.open(session, "u1", 1, now=TUESDAY_10)).case.case
        fresh = (await desk.open(session, "u2", 2, now=TUESDAY_10 + timedelta(hours=47))).case.case
    async with sessions() as session, session.begin():
        closed = await desk.close_idle(session, now=TUESDAY_10 + timedelta(hours=49))
    assert [(c.case.case, c.case.closed_by, c.chat_id) for c in closed] == [(old, "idle", 1)]
    async with sessions() as session, session.begin():
        active, count = await desk.forget(session, "u2")
        assert [c.case for c in active] == [fresh] and count == 2  # the handoff and its opening line
        assert await desk.get(session, fresh) is None
        assert await desk.get(session, old) is not None


async def test_metrics(sessions: SessionFactory, desk: HandoffDesk) -> None:
    async with sessions() as session, session.begin():
        for index, (opened, minutes) in enumerate(
            [
                (TUESDAY_10, 5),
                (TUESDAY_10, 10),
                (TUESDAY_10, 30),
                (FRIDAY_EVENING, 600),
                (FRIDAY_EVENING, None),
            ]
        ):
            user = f"u{index}"
            case = (await desk.open(session, user, index + 1, now=opened)).case.case
            if minutes is not None:
                await desk.reply(session, case, RITA, "hello", now=opened + timedelta(minutes=minutes))
                await desk.close(session, case, "staff", actor=RITA, now=opened + timedelta(hours=11))
                await desk.feedback(session, case, user, "up" if minutes < 60 else "down")
        figures = await desk.metrics(
            session, TUESDAY_10 - timedelta(days=1), FRIDAY_EVENING + timedelta(days=1)
        )
    assert figures.opened == 5 and figures.waiting_now == 1 and figures.open_now == 0
    assert figures.first_reply_within.count == 3
    assert figures.first_reply_within.median == 600 and figures.first_reply_within.p90 == 1800
    assert figures.first_reply_outside.count == 1 and figures.first_reply_outside.median == 36000
    assert figures.closed_by == {"staff": 4} and figures.feedback == {"up": 3, "down": 1}


async def test_linking_a_telegram_account_signs_replies(sessions: SessionFactory, desk: HandoffDesk) -> None:
    async with sessions() as session, session.begin():
        rita = await staff.add_staff(session, "rita", "reviewer", "hash")
        await desk.set_display_name(session, rita.id, "Rita, nurse navigator")
        code = await desk.link_code(session, rita.id)
    async with sessions() as session, session.begin():
        assert await desk.link(session, "WRONG", 99) is None
        actor = await desk.link(session, code.lower(), 99)
        assert actor is not None and actor.signature == "Rita, nurse navigator"
        assert await desk.link(session, code, 99) is None  # a one-time code
        known = await desk.actor_for_telegram(session, 99, "p", "Rita")
        stranger = await desk.actor_for_telegram(session, 100, "pseudo", "Sam")
    assert known == actor and known.key == f"staff:{rita.id}"
    assert stranger.staff_id is None and stranger.signature == "Care team" and stranger.key == "tg:pseudo"


async def test_a_changed_key_does_not_keep_a_case_open(sessions: SessionFactory, desk: HandoffDesk) -> None:
    async with sessions() as session, session.begin():
        case = (await desk.open(session, "u1", 7, now=TUESDAY_10)).case.case
    other = HandoffDesk("a-different-handoff-key-987654", HOURS)
    async with sessions() as session, session.begin():
        with pytest.raises(HandoffError):
            await other.chat_of(session, case)
        closed = await other.close(session, case, "idle")
    assert closed.new and closed.chat_id is None and closed.case.status == "closed"


async def test_when_to_offer_a_person_and_the_context_staff_see(
    sessions: SessionFactory, desk: HandoffDesk
) -> None:
    from db.dialogue import conversations
    from db.dialogue.conversations import Incoming

    async def ask(user: str, kind: str) -> None:
        async with sessions() as session, session.begin():
            incoming = Incoming(user_key=user, chat_key=f"chat-{user}", chat_type="private", text=f"a {kind}")
            question = await conversations.log_incoming(session, incoming)
            await conversations.record_verdict(session, question, kind=kind)
            await conversations.log_outgoing(session, incoming, question, f"<b>reply</b> to {kind}", "sent")

    async def offered(user: str) -> bool:
        async with sessions() as session:
            return await desk.should_offer(session, user, f"chat-{user}")

    seen = []
    for kind in ("answer", "clarify", "out-of-scope", "clarify", "answer", "today"):
        await ask("u1", kind)
        seen.append(await offered("u1"))
    assert seen == [False, False, True, False, False, True]
    assert not await offered("nobody")
    async with sessions() as session, session.begin():
        opened = await desk.open(session, "u1", 5, chat_key="chat-u1")
    assert opened.context == ("a today", ("<b>reply</b> to today",))
