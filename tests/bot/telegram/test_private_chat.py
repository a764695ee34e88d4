"""Private chats over the real python-telegram-bot stack, polling mode."""

from __future__ import annotations

import pytest

from tests.bot.telegram.conftest import BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")

CAR_T_LIVER = "How does CAR-T cell therapy work for liver cancer?"


async def test_start_greets_and_says_what_the_bot_is_not(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/start"))
        [greeting] = await bot.telegram.wait_for_messages(user, 1)
        text = parse(greeting["text"])
        assert "not a doctor" in text and "/forget" in text and "stored" in text
        commands = bot.telegram.calls_of("setMyCommands")
        assert {c["command"] for c in commands[0].params["commands"]} >= {"start", "help", "topics", "forget"}
        polls = bot.telegram.calls_of("getUpdates")
        assert polls[0].params["allowed_updates"] == [
            "message",
            "channel_post",
            "callback_query",
            "my_chat_member",
        ]


async def test_question_gets_the_chunked_answer_in_order_with_feedback_buttons(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, CAR_T_LIVER))
        await bot.telegram.wait_for(lambda: any(m.get("reply_markup") for m in bot.telegram.sent(user)))
        sent = bot.telegram.sent(user)
        assert len(sent) >= 4
        assert all(len(m["text"]) <= 700 for m in sent)
        assert "not medical advice" in parse(sent[0]["text"])
        assert "Please talk with your own care team" in parse(sent[-2]["text"])
        assert parse(sent[-1]["text"]).startswith("Where to get help next")
        buttons = sent[-1]["reply_markup"]["inline_keyboard"][0]
        assert [b["callback_data"].split(":")[2] for b in buttons] == ["up", "down"]
        assert all("reply_markup" not in m for m in sent[:-1])
        assert sent[0]["reply_parameters"]["message_id"]  # the first message quotes the question


async def test_no_raw_telegram_id_is_stored(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "what is chemotherapy"))
        await bot.telegram.wait_for(lambda: any(m.get("reply_markup") for m in bot.telegram.sent(user)))
        rows = await bot.stored()
        mine = [r for r in rows if r.text == "what is chemotherapy"]
        assert mine and mine[0].kind == "answer" and mine[0].topic_id == "general.chemotherapy"
        for row in rows:
            for value in vars(row).values():
                assert str(user) not in str(value)
