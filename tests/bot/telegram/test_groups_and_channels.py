"""Support groups, forum topics and channels: the bot speaks only when addressed, and briefly."""

from __future__ import annotations

import asyncio

import pytest

from tests.bot.telegram.conftest import BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_ask_in_a_group_gets_two_messages_quoting_the_asker_with_a_deep_link(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        update = tg.group_text(group, user, "/ask How does CAR-T cell therapy work for liver cancer?")
        bot.telegram.inject(update)
        sent = await bot.telegram.settle(group)
        assert 1 <= len(sent) <= 2
        assert sent[0]["reply_parameters"]["message_id"] == update["message"]["message_id"]
        [[button]] = sent[-1]["reply_markup"]["inline_keyboard"]
        assert button["url"] == "https://t.me/oncobot_test_bot?start=t_liver__car-t"
        assert "CAR-T" in parse(sent[0]["text"])


async def test_reply_goes_to_the_same_forum_topic(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(tg.group_text(group, user, "/ask what is palliative care", thread=77))
        sent = await bot.telegram.settle(group)
        assert sent and all(m["message_thread_id"] == 77 for m in sent)


async def test_mentions_and_replies_to_the_bot_are_answered(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(tg.group_text(group, user, "@oncobot_test_bot what is immunotherapy?"))
        bot.telegram.inject(
            tg.group_text(group, user, "and what about radiation therapy?", reply_to_bot=True)
        )
        sent = await bot.telegram.settle(group, minimum=3)
        texts = " ".join(parse(m["text"]) for m in sent)
        assert "mmunotherapy" in texts and "adiation" in texts


async def test_unaddressed_group_messages_get_no_reply_and_are_never_stored(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(tg.group_text(group, user, "my aunt was told she has stage 2 breast cancer"))
        bot.telegram.inject(tg.group_text(group, user, "/ask@some_other_bot what is chemo"))
        await asyncio.sleep(1.5)
        assert bot.telegram.sent(group) == []
        assert not [r for r in await bot.stored() if "stage 2 breast" in r.text or "some_other_bot" in r.text]


async def test_an_emergency_is_answered_wherever_it_is_seen(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(
            tg.group_text(group, user, "my husband is on chemo and can't breathe, his lips are blue")
        )
        sent = await bot.telegram.settle(group)
        assert "emergency" in parse(sent[0]["text"]).lower()
        assert not [r for r in await bot.stored() if "lips are blue" in r.text]


async def test_other_bots_are_never_answered(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, other_bot = -new_id(), new_id()
        sender = tg.user(other_bot, "Helper", is_bot=True)
        bot.telegram.inject(tg.group_text(group, other_bot, "/ask what is chemo", sender=sender))
        await asyncio.sleep(1.5)
        assert bot.telegram.sent(group) == []


async def test_joining_a_group_posts_one_introduction(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group = -new_id()
        bot.telegram.inject(tg.added_to_group(group, new_id()))
        [intro] = await bot.telegram.settle(group)
        assert "only speak when addressed" in parse(intro["text"])


async def test_empty_ask_gets_usage(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(tg.group_text(group, user, "/ask"))
        [usage] = await bot.telegram.settle(group)
        assert "after /ask" in parse(usage["text"])


async def test_channel_post_addressed_to_the_bot_is_answered_in_the_channel(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        channel = -new_id()
        bot.telegram.inject(tg.channel_post(channel, "just news, not for the bot"))
        bot.telegram.inject(tg.channel_post(channel, "/ask what is a clinical trial?"))
        sent = await bot.telegram.settle(channel)
        assert 1 <= len(sent) <= 2
        assert "trial" in parse(sent[0]["text"]).lower()
        assert not bot.telegram.calls_of("sendChatAction") or all(
            c.params["chat_id"] != channel for c in bot.telegram.calls_of("sendChatAction")
        )
