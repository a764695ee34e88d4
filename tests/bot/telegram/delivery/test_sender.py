"""The typing indicator: shown only while a person actually waits for a reply."""

from __future__ import annotations

import asyncio

from bot.server import TELEGRAM, bot_state_of
from bot.telegram.delivery.sender import Destination
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
