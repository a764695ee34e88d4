"""Sending a reply: the typing indicator only while a person waits, the first message without waiting for the
database, and every message recorded."""

from __future__ import annotations

import asyncio

from bot.server import TELEGRAM, bot_state_of
from bot.telegram.delivery.journal import Journal
from bot.telegram.delivery.sender import Destination, delivered
from db.delivery import replies
from tests.bot.telegram.conftest import BotFactory, new_id


async def test_typing_is_shown_only_when_a_reply_is_slow_to_come(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        assert bot.app is not None
        sender = bot_state_of(bot.app[TELEGRAM]).sender
        quick, slow = new_id(), new_id()
        # A reply queued at once cancels its indicator before it is due: no request, no "typing…" after it.
        sender.typing_later(Destination(quick), after=0.3).cancel()
        await sender.typing_later(Destination(slow), after=0.05)
        await asyncio.sleep(0.5)
        assert [call.params["chat_id"] for call in bot.telegram.calls_of("sendChatAction")] == [slow]


async def test_a_reply_starts_before_its_question_is_logged_and_is_recorded_whole(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        assert bot.app is not None
        state = bot_state_of(bot.app[TELEGRAM])
        sender, sessions = state.sender, state.services.sessions
        update_id, chat = new_id(), new_id()
        async with sessions() as session, session.begin():
            progress = await replies.begin(session, update_id)
        journal = Journal(update_id, sessions, progress)
        logged: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        token = sender.journal.set(journal)
        try:
            queued = sender.queue_reply(Destination(chat), ["one", "two", "three"], question_id=logged)
        finally:
            sender.journal.reset(token)

        # The person gets the first message while the question is still being logged; the next ones wait
        # until the messages are recorded, so that a kill can repeat at most the one in flight.
        await bot.telegram.wait_for(lambda: len(bot.telegram.sent(chat)) == 1)
        await asyncio.sleep(0.3)
        assert [m["text"] for m in bot.telegram.sent(chat)] == ["one"]

        logged.set_result(None)
        await delivered(queued)
        assert [m["text"] for m in bot.telegram.sent(chat)] == ["one", "two", "three"]
        async with sessions() as session:
            progress = await replies.begin(session, update_id)
        assert [(c.position, c.text, c.status) for c in progress.chunks] == [
            (0, "one", replies.SENT),
            (1, "two", replies.SENT),
            (2, "three", replies.SENT),
        ]
