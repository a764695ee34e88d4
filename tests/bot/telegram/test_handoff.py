"""Talking to a person over the real python-telegram-bot stack and the fake Bot API server: the journey in
polling and webhook mode, one owner per case, internal notes, an emergency during a handoff, reply threads in
a group without topics, a person who blocked the bot, and /forget during a handoff."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from sqlalchemy import select

from bot.handoff.desk import HandoffDesk
from bot.settings import Secret
from db.accounts import staff
from db.models import Handoff
from tests.bot.telegram.conftest import BotFactory, Harness, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")

KEY = "handoff-key-for-telegram-tests-0123"
_groups = itertools.count(1)


def staff_group() -> int:
    """A fresh staff supergroup id per test."""
    return -1009000000000 - next(_groups)


def handoff_settings(chat: int) -> dict[str, Any]:
    return {"handoff_chat_id": chat, "handoff_key": Secret(KEY)}


def texts(messages: list[dict[str, Any]]) -> list[str]:
    return [parse(m["text"]) for m in messages]


async def wait_text(bot: Harness, chat: int, needle: str, thread: int | str | None = "any") -> dict[str, Any]:
    """The first message to a chat (and topic) whose visible text contains needle, once it is sent."""

    def found() -> dict[str, Any] | None:
        sent = bot.telegram.sent(chat) if thread == "any" else bot.telegram.sent_in(chat, thread)  # type: ignore[arg-type]
        return next((m for m in sent if needle in parse(m["text"])), None)

    await bot.telegram.wait_for(lambda: found() is not None)
    message = found()
    assert message is not None
    return message


async def connect(
    bot: Harness, person: int, chat: int, *, question: str | None = None
) -> tuple[str, int | None, dict[str, Any]]:
    """The person asks for a nurse and confirms; the case number, its topic and the staff's opening message."""
    if question is not None:
        bot.telegram.inject(tg.private_text(person, question))
        await bot.telegram.wait_for(
            lambda: any("fb:" in str(m.get("reply_markup")) for m in bot.telegram.sent(person))
        )

    def offers() -> list[dict[str, Any]]:
        return [m for m in bot.telegram.sent(person) if "Talk to a person" in parse(m["text"])]

    earlier = len(offers())
    bot.telegram.inject(tg.private_text(person, "/nurse"))
    await bot.telegram.wait_for(lambda: len(offers()) > earlier)
    bot.telegram.inject(tg.callback(person, "ho:yes", offers()[-1]["_result"]))
    connected = await wait_text(bot, person, "You're connected")
    case = parse(connected["text"]).split("(case #", 1)[1][:6]
    opening = await wait_text(bot, chat, f"Handoff #{case}")
    return case, opening.get("message_thread_id"), opening


async def stored(bot: Harness, case: str) -> Handoff:
    async with bot.services.sessions() as session:
        row = await session.scalar(select(Handoff).where(Handoff.case == case))
    assert row is not None
    return row


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
async def test_the_journey_from_asking_to_done(running_bot: BotFactory, webhook: bool) -> None:
    chat = staff_group()
    async with running_bot(webhook=webhook, **handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person, rita = new_id(), new_id()

        # A linked staff account signs with its display name.
        desk = HandoffDesk(KEY)
        async with bot.services.sessions() as session, session.begin():
            account = await staff.add_staff(session, f"rita{rita}", "reviewer", "hash")
            await desk.set_display_name(session, account.id, "Rita, nurse navigator")
            code = await desk.link_code(session, account.id)
        telegram.inject(tg.private_text(rita, f"/link {code}"))
        await wait_text(bot, rita, "Linked")

        telegram.inject(tg.private_text(person, "/nurse"))
        offer = parse((await wait_text(bot, person, "Talk to a person"))["text"])
        assert "not for emergencies" in offer and "911" in offer and "/done" in offer
        assert "only the messages you write" in offer
        case, thread, opening = await connect(bot, person, chat, question="what is chemotherapy")
        assert thread is not None and telegram.topics[(chat, thread)]["name"] == f"Case #{case}"
        opened = parse(opening["text"])
        assert "what is chemotherapy" in opened and str(person) not in opened and "Pat" not in opened
        assert [b["callback_data"] for b in opening["reply_markup"]["inline_keyboard"][0]] == [
            f"ho:take:{case}",
            f"ho:close:{case}",
        ]

        # The person writes: it goes to the topic, and the bot does not answer it.
        before = len(telegram.sent(person))
        telegram.inject(tg.private_text(person, "What is chemotherapy like for the first week?"))
        await wait_text(bot, chat, "first week", thread)
        await telegram.settle(chat, quiet=0.3)
        assert texts(telegram.sent(person)[before:]) == []

        # Staff take it, reply (signed), and write an internal note that is not relayed.
        telegram.inject(tg.callback(rita, f"ho:take:{case}", opening["_result"], in_topic=True))
        await wait_text(bot, chat, "taken by Rita, nurse navigator", thread)
        telegram.inject(tg.staff_text(chat, rita, "Hello, I'm Rita. The first week varies.", thread=thread))
        reply = await wait_text(bot, person, "The first week varies")
        assert parse(reply["text"]).startswith("Rita, nurse navigator")
        telegram.inject(tg.staff_text(chat, rita, "! seems anxious, call tomorrow", thread=thread))
        telegram.inject(tg.private_text(person, "Thank you, that helps"))
        await wait_text(bot, chat, "that helps", thread)
        assert not any("anxious" in t for t in texts(telegram.sent(person)))

        telegram.inject(tg.private_text(person, "/done"))
        closing = await wait_text(bot, person, "You ended the conversation")
        await wait_text(bot, chat, "closed by the person", thread)
        await telegram.wait_for(lambda: telegram.topics[(chat, thread)]["closed"])
        telegram.inject(tg.callback(person, f"hf:{case}:up", closing["_result"]))
        await telegram.wait_for(
            lambda: any(
                c.params.get("text") == "Thank you for the feedback."
                for c in telegram.calls_of("answerCallbackQuery")
            )
        )
        row = await stored(bot, case)
        assert (row.status, row.closed_by, row.feedback, row.chat_cipher) == ("closed", "person", "up", None)
        assert row.first_staff_reply_at is not None and row.owner_staff_id == account.id
        async with bot.services.sessions() as session:
            lines = await HandoffDesk(KEY).transcript(session, case)
        # The note and the person's answer come from two chats at once: their order may vary.
        assert sorted(line.direction for line in lines) == sorted(
            ["system", "person", "system", "staff", "note", "person", "system"]
        )

        # After /done the bot answers questions again.
        telegram.inject(tg.private_text(person, "what is chemotherapy"))
        await telegram.wait_for(
            lambda: sum("fb:" in str(m.get("reply_markup")) for m in telegram.sent(person)) >= 2
        )


async def test_a_second_staff_member_cannot_take_a_taken_case(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person, rita, sam = new_id(), new_id(), new_id()
        case, thread, opening = await connect(bot, person, chat)
        telegram.inject(tg.callback(rita, f"ho:take:{case}", opening["_result"], in_topic=True))
        await wait_text(bot, chat, "taken by", thread)
        second = tg.callback(sam, f"ho:take:{case}", opening["_result"], in_topic=True)
        telegram.inject(second)

        def refused() -> list[Any]:
            return [
                c
                for c in telegram.calls_of("answerCallbackQuery")
                if c.params.get("callback_query_id") == second["callback_query"]["id"]
            ]

        await telegram.wait_for(lambda: bool(refused()))
        [answer] = refused()
        assert answer.params["text"].startswith("Already taken by Pat")  # rita's Telegram first name
        assert answer.params.get("show_alert") in (True, "true")
        assert (await stored(bot, case)).owner_key is not None
        assert len([t for t in texts(telegram.sent_in(chat, thread)) if "taken by" in t]) == 1
        # A service message in the topic (a member renamed it) is nobody's words: not relayed, not answered.
        before = len(telegram.sent())
        telegram.inject(tg.staff_text(chat, sam, None, thread=thread, forum_topic_edited={"name": "renamed"}))
        telegram.inject(tg.staff_text(chat, sam, "! renamed the topic", thread=thread))
        for _ in range(200):  # the note comes after the service message in the chat's order
            async with bot.services.sessions() as session:
                lines = await HandoffDesk(KEY).transcript(session, case)
            if any(line.direction == "note" for line in lines):
                break
            await asyncio.sleep(0.05)
        assert [line.text for line in lines if line.direction == "note"] == ["renamed the topic"]
        assert telegram.sent()[before:] == []


async def test_an_emergency_during_a_handoff_gets_the_fixed_reply_and_flags_the_case(
    running_bot: BotFactory,
) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        case, thread, _opening = await connect(bot, person, chat)
        telegram.inject(tg.private_text(person, "I have crushing chest pain and I can't breathe"))
        urgent = await wait_text(bot, person, "911")
        assert "emergency" in parse(urgent["text"]).lower()
        alert = await wait_text(bot, chat, "URGENT", thread)
        assert "chest pain" in parse(alert["text"])
        await telegram.wait_for(lambda: telegram.topics[(chat, thread)]["name"] == f"🚨 Case #{case}")
        assert (await stored(bot, case)).urgent


async def test_a_group_without_topics_gets_reply_threads(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat))
        person, sam = new_id(), new_id()
        case, thread, opening = await connect(bot, person, chat)
        assert thread is None and not telegram.topics
        telegram.inject(tg.private_text(person, "Is anyone there?"))
        relayed = await wait_text(bot, chat, "anyone there")
        telegram.inject(
            tg.staff_text(chat, sam, "Yes, I'm here.", reply_to=relayed["_result"], first_name="Sam")
        )
        reply = await wait_text(bot, person, "I'm here")
        assert parse(reply["text"]).startswith("Care team")  # Sam has not linked an account
        telegram.inject(tg.staff_text(chat, sam, "lunch anyone?", first_name="Sam"))  # not about a case
        telegram.inject(
            tg.staff_text(chat, sam, "Still there?", reply_to=opening["_result"], first_name="Sam")
        )
        await wait_text(bot, person, "Still there?")
        assert not any("lunch" in t for t in texts(telegram.sent(person)))
        assert (await stored(bot, case)).owner_name == "Sam (not linked)"


async def test_a_person_who_blocked_the_bot_closes_the_case(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person, rita = new_id(), new_id()
        case, thread, _opening = await connect(bot, person, chat)
        telegram.blocked.add(person)
        telegram.inject(tg.staff_text(chat, rita, "Are you still there?", thread=thread))
        await wait_text(bot, chat, "blocked the bot", thread)
        await telegram.wait_for(lambda: telegram.topics[(chat, thread)]["closed"])
        row = await stored(bot, case)
        assert (row.status, row.closed_by, row.chat_cipher) == ("closed", "blocked", None)


async def test_forget_during_a_handoff_deletes_it(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        case, thread, _opening = await connect(bot, person, chat)
        telegram.inject(tg.private_text(person, "something private"))
        await wait_text(bot, chat, "something private", thread)
        await bot.forget(person)
        await wait_text(bot, chat, "delete their data", thread)
        async with bot.services.sessions() as session:
            assert await session.scalar(select(Handoff).where(Handoff.case == case)) is None
        # The person is no longer connected: their next message is answered by the bot again.
        telegram.inject(tg.private_text(person, "/done"))
        await wait_text(bot, person, "not connected")


async def test_groups_get_a_link_and_no_staff_group_means_no_handoff(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        telegram = bot.telegram
        group, person = -new_id(), new_id()
        telegram.inject(tg.group_text(group, person, "/nurse"))
        link = await wait_text(bot, group, "private chat")
        [[button]] = link["reply_markup"]["inline_keyboard"]
        assert button["url"].endswith("?start=nurse")
        telegram.inject(tg.private_text(person, "/start nurse"))
        await wait_text(bot, person, "isn't available")


def _hours_overrides(chat: int, text: str) -> dict[str, Any]:
    from bot.handoff.hours import OpeningHours

    return {**handoff_settings(chat), "handoff_hours": OpeningHours.parse(text)}


async def test_out_of_hours_wording(running_bot: BotFactory) -> None:
    chat = staff_group()
    # A team that is never on duty at this moment: Sunday 00:00-00:01 somewhere far away.
    async with running_bot(**_hours_overrides(chat, "Sun 00:00-00:01 Pacific/Kiritimati")) as bot:
        person = new_id()
        bot.telegram.inject(tg.private_text(person, "/nurse"))
        offer = parse((await wait_text(bot, person, "Talk to a person"))["text"])
        assert "not on duty right now" in offer and "at 00:00 (Pacific/Kiritimati)" in offer


async def test_an_idle_handoff_is_closed_with_a_note_to_both_sides(running_bot: BotFactory) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.server import TELEGRAM, bot_state_of
    from bot.telegram.handoff import runtime_of, sweep

    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        case, thread, _opening = await connect(bot, person, chat)
        assert bot.app is not None
        application = bot.app[TELEGRAM]
        later = datetime.now(UTC) + timedelta(hours=49)
        closed = await sweep(bot_state_of(application), runtime_of(application), application.bot, later)
        assert case in [c.case.case for c in closed]  # with any left open by earlier tests
        note = await wait_text(bot, person, "after 48 hours without a message")
        assert "hf:" in str(note["reply_markup"])
        await wait_text(bot, chat, "closed after 48 hours", thread)
        assert telegram.topics[(chat, thread)]["closed"]
        assert (await stored(bot, case)).closed_by == "idle"


async def test_dashboard_actions_are_mirrored_in_telegram(running_bot: BotFactory) -> None:
    from bot.handoff.desk import Actor
    from bot.server import TELEGRAM
    from bot.telegram.handoff import mirror_close, mirror_note, mirror_reply, mirror_take

    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        case, thread, _opening = await connect(bot, person, chat)
        assert bot.app is not None
        application = bot.app[TELEGRAM]
        desk = HandoffDesk(KEY)
        async with bot.services.sessions() as session, session.begin():
            account = await staff.add_staff(session, f"nina{person}", "reviewer", "hash")
            await desk.set_display_name(session, account.id, "Nina, nurse navigator")
            nina = Actor.of_account(account)
            taken = await desk.take(session, case, nina)
            relay = await desk.reply(session, case, nina, "Hello from the dashboard.")
            note = await desk.note(session, case, nina, "prefers mornings")
        await mirror_take(application, taken)
        assert await mirror_reply(application, relay)
        await mirror_note(application, note)
        received = await wait_text(bot, person, "Hello from the dashboard.")
        assert parse(received["text"]).startswith("Nina, nurse navigator")
        await wait_text(bot, chat, "(dashboard), sent to the person", thread)
        await wait_text(bot, chat, "prefers mornings", thread)
        assert not any("mornings" in t for t in texts(telegram.sent(person)))
        async with bot.services.sessions() as session, session.begin():
            closed = await desk.close(session, case, "staff", actor=nina)
        await mirror_close(application, closed, nina)
        await wait_text(bot, person, "has closed this conversation")
        assert telegram.topics[(chat, thread)]["closed"]


async def test_a_dashboard_reply_cut_short_by_a_crash_is_sent_later_and_once(running_bot: BotFactory) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.handoff.desk import Actor
    from bot.server import TELEGRAM
    from bot.telegram.handoff import resend_cut_short

    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        case, _thread, _opening = await connect(bot, person, chat)
        assert bot.app is not None
        application = bot.app[TELEGRAM]
        desk = HandoffDesk(KEY)
        now = datetime.now(UTC)
        async with bot.services.sessions() as session, session.begin():
            account = await staff.add_staff(session, f"omar{person}", "reviewer", "hash")
            omar = Actor.of_account(account)
            # Recorded by the dashboard; then the process was killed before the bot sent it.
            await desk.reply(
                session, case, omar, "Written just before the crash.", now=now - timedelta(minutes=10)
            )
            # Recorded a moment ago: still in flight in another process, not for the sweeper to send.
            await desk.reply(session, case, omar, "Still on its way.", now=now)
        assert await resend_cut_short(application, now) >= 1
        await wait_text(bot, person, "Written just before the crash.")
        assert await resend_cut_short(application, now) == 0
        await asyncio.sleep(0.5)
        sent = texts(telegram.sent(person))
        assert sum("Written just before the crash." in text for text in sent) == 1
        assert not any("Still on its way." in text for text in sent)


async def test_a_restart_with_no_new_update_still_sends_a_cut_short_reply(running_bot: BotFactory) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.handoff.desk import Actor

    chat = staff_group()
    person = new_id()
    async with running_bot(**handoff_settings(chat)) as bot:
        bot.telegram.add_chat(tg.group_chat(chat, forum=True))
        case, _thread, _opening = await connect(bot, person, chat)
        async with bot.services.sessions() as session, session.begin():
            account = await staff.add_staff(session, f"ines{person}", "reviewer", "hash")
            # Recorded by the dashboard; the process was killed before the bot sent it.
            await HandoffDesk(KEY).reply(
                session,
                case,
                Actor.of_account(account),
                "Written before the restart.",
                now=datetime.now(UTC) - timedelta(minutes=10),
            )
    async with running_bot(**handoff_settings(chat)) as again:
        # Nobody writes after the restart: the sweeper starts with the bot, not with the first update.
        await wait_text(again, person, "Written before the restart.")


async def test_a_thumbs_down_offers_a_nurse_navigator(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        telegram.add_chat(tg.group_chat(chat, forum=True))
        person = new_id()
        telegram.inject(tg.private_text(person, "what is chemotherapy"))
        await telegram.wait_for(
            lambda: any("fb:" in str(m.get("reply_markup")) for m in telegram.sent(person))
        )
        rated = next(m for m in telegram.sent(person) if "fb:" in str(m.get("reply_markup")))
        down = next(
            b["callback_data"]
            for b in rated["reply_markup"]["inline_keyboard"][0]
            if b["callback_data"].endswith(":down")
        )
        telegram.inject(tg.callback(person, down, rated["_result"]))
        offered = await wait_text(bot, person, "Sorry that didn't help")
        assert offered["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "ho:ask"
        telegram.inject(tg.callback(person, "ho:ask", offered["_result"]))
        await wait_text(bot, person, "Talk to a person")


async def test_two_misses_in_a_row_offer_a_nurse_navigator_once(running_bot: BotFactory) -> None:
    chat = staff_group()
    async with running_bot(**handoff_settings(chat)) as bot:
        telegram = bot.telegram
        person = new_id()
        for question in ("what's the weather in Paris tomorrow", "who won the football game last night"):
            before = len(telegram.sent(person))
            telegram.inject(tg.private_text(person, question))
            await telegram.settle(person, minimum=before + 1, quiet=0.3)
        offers = [m for m in telegram.sent(person) if "nurse navigator" in parse(m["text"])]
        assert (
            len(offers) == 1
            and offers[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "ho:ask"
        )
        assert telegram.sent(person)[-1] is offers[0]  # after the second reply
        telegram.inject(tg.private_text(person, "what is the capital of France"))
        await telegram.settle(person, minimum=len(telegram.sent(person)) + 1, quiet=0.3)
        assert len([m for m in telegram.sent(person) if "nurse navigator" in parse(m["text"])]) == 1
