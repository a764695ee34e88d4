"""Where to get help next: /support with link buttons in a private chat, a pointer in groups, and answers."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.bot.telegram.conftest import BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")


def _buttons(message: dict[str, object]) -> list[dict[str, str]]:
    markup = message.get("reply_markup") or {}
    assert isinstance(markup, dict)
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def test_support_in_a_private_chat_shows_the_services_as_link_buttons(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/support liver"))
        sent = await bot.telegram.settle(user)
        text = " ".join(parse(m["text"]) for m in sent)
        assert "1-800-4-CANCER (1-800-422-6237)" in text and "1-800-227-2345" in text
        assert "For liver cancer" in text and "Blue Faery" in text
        buttons = _buttons(sent[-1])
        urls = {button["url"] for button in buttons}
        assert all("url" in button and "callback_data" not in button for button in buttons)
        assert {
            "https://www.cancer.gov/contact",
            "https://livehelp.cancer.gov/",
            "https://www.cancer.org/about-us/online-help/contact-us.html",
            "https://www.cancer.gov/research/participate/clinical-trials-search",
            "https://clinicaltrials.gov/",
            "https://www.bluefaery.org/",
            "https://www.cancer.gov/about-cancer/managing-care/track-care-costs",
        } <= urls
        assert all(url.startswith("https://") for url in urls)


async def test_support_without_a_cancer_lists_the_general_services_and_how_to_name_one(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/support"))
        sent = await bot.telegram.settle(user)
        text = " ".join(parse(m["text"]) for m in sent)
        assert "/support lung" in text and "Blue Faery" not in text
        assert "https://clinicaltrials.gov/" in {b["url"] for b in _buttons(sent[-1])}


async def test_support_in_a_group_has_no_link_buttons_and_suggests_a_private_chat(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(tg.group_text(group, user, "/support"))
        [reply] = await bot.telegram.settle(group)
        assert "private chat" in parse(reply["text"]) and "@oncobot_test_bot" in parse(reply["text"])
        assert "reply_markup" not in reply
        await asyncio.sleep(0.3)
        assert bot.telegram.sent(user) == []


async def test_a_private_answer_ends_with_where_to_get_help_next(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "How does CAR-T cell therapy work for liver cancer?"))
        await bot.telegram.wait_for(lambda: any(m.get("reply_markup") for m in bot.telegram.sent(user)))
        sent = bot.telegram.sent(user)
        last = parse(sent[-1]["text"])
        assert last.startswith("Where to get help next")
        assert "1-800-4-CANCER" in last and "For liver cancer: Blue Faery" in last and "/support" in last
        assert 'href="https://www.bluefaery.org/"' in sent[-1]["text"]
        assert "Please talk with your own care team" in parse(sent[-2]["text"])
        assert len(sent[-1]["text"]) <= 700


async def test_a_group_answer_gets_only_a_one_line_pointer_to_support(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(
            tg.group_text(group, user, "/ask How does CAR-T cell therapy work for liver cancer?")
        )
        sent = await bot.telegram.settle(group)
        text = " ".join(parse(m["text"]) for m in sent)
        assert len(sent) <= 2 and "Where to get help next: /support" in text
        assert "1-800-4-CANCER" not in text and "Blue Faery" not in text


async def test_the_command_list_offers_support(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        await bot.telegram.wait_for(lambda: bool(bot.telegram.calls_of("setMyCommands")))
        commands = bot.telegram.calls_of("setMyCommands")[-1].params["commands"]
        listed = json.loads(commands) if isinstance(commands, str) else commands
        assert "support" in {command["command"] for command in listed}
