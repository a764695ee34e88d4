"""Commands, deep links, browsing topics, clarifying choices, feedback and /forget."""

from __future__ import annotations

import asyncio

import pytest

from bot.answering.pipeline import Responder
from bot.services import Services
from nlp.understanding import Thresholds, Understander
from tests.bot.telegram.conftest import BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.mark.parametrize(
    ("command", "phrase"), [("/help", "/topics"), ("/about", "sources"), ("/privacy", "pseudonym")]
)
async def test_information_commands(running_bot: BotFactory, command: str, phrase: str) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, command))
        [reply] = await bot.telegram.settle(user)
        assert phrase in parse(reply["text"])


async def test_unknown_command_gets_help(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/doesnotexist"))
        [reply] = await bot.telegram.settle(user)
        assert "don't know that command" in parse(reply["text"])


async def test_deep_link_from_a_group_continues_with_the_full_answer(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        group, user = -new_id(), new_id()
        bot.telegram.inject(
            tg.group_text(group, user, "/ask How does CAR-T cell therapy work for liver cancer?")
        )
        group_sent = await bot.telegram.settle(group)
        link = group_sent[-1]["reply_markup"]["inline_keyboard"][0][0]["url"]
        payload = link.split("start=")[1]
        bot.telegram.inject(tg.private_text(user, f"/start {payload}"))
        private = await bot.telegram.settle(user, minimum=3)
        assert "not a doctor" in parse(private[0]["text"])
        full = " ".join(parse(m["text"]) for m in private[1:])
        assert (
            "Questions to ask your care team" in full and "NCCN Guidelines for Patients: Liver Cancer" in full
        )
        assert len(private) - 1 > len(group_sent)


async def test_a_forged_deep_link_only_greets(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/start t_..%2F..%2Fetc"))
        [only] = await bot.telegram.settle(user)
        assert "not a doctor" in parse(only["text"])


async def test_browsing_topics_with_buttons(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/topics"))
        [menu] = await bot.telegram.settle(user)
        data = [b["callback_data"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
        assert "s:car-t" in data and len(data) == 26
        bot.telegram.inject(tg.callback(user, "s:car-t", menu["_result"]))
        await bot.telegram.wait_for(lambda: bool(bot.telegram.calls_of("editMessageText")))
        edited = bot.telegram.calls_of("editMessageText")[-1].params
        topics = [b["callback_data"] for row in edited["reply_markup"]["inline_keyboard"] for b in row]
        assert "t:liver.car-t" in topics and "t:general.car-t" in topics
        bot.telegram.inject(tg.callback(user, "t:liver.car-t", menu["_result"]))
        answer = await bot.telegram.settle(user, minimum=4)
        assert "liver" in parse(answer[1]["text"]).lower()


async def test_clarifying_choices_are_buttons_and_a_tap_answers(
    running_bot: BotFactory, services: Services
) -> None:
    original = services.responder
    services.responder = Responder(
        Understander(services.model.model, thresholds=Thresholds(confidence=0.999)),
        original.library,
        original.voice,
        model_version=services.model.version,
    )
    try:
        async with running_bot() as bot:
            user = new_id()
            bot.telegram.inject(tg.private_text(user, "chemo for lung cancer"))
            [choices] = await bot.telegram.settle(user)
            buttons = [row[0]["callback_data"] for row in choices["reply_markup"]["inline_keyboard"]]
            assert 1 <= len(buttons) <= 3 and all(b.startswith("t:") for b in buttons)
            bot.telegram.inject(tg.callback(user, buttons[0], choices["_result"]))
            after = await bot.telegram.settle(user, minimum=3)
            assert "not medical advice" in parse(after[1]["text"])
    finally:
        services.responder = original


async def test_feedback_is_stored_once_and_only_from_the_asker(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user, stranger = new_id(), new_id()
        bot.telegram.inject(tg.private_text(user, "what helps with nausea from chemo"))
        sent = await bot.telegram.settle(user, minimum=3)
        up = sent[-1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        bot.telegram.inject(tg.callback(stranger, up, sent[-1]["_result"]))
        await bot.telegram.wait_for(lambda: len(bot.telegram.calls_of("answerCallbackQuery")) >= 1)
        assert "Only the person who asked" in bot.telegram.calls_of("answerCallbackQuery")[-1].params["text"]
        bot.telegram.inject(tg.callback(user, up, sent[-1]["_result"]))
        await bot.telegram.wait_for(lambda: bool(bot.telegram.calls_of("editMessageReplyMarkup")))
        rows = [r for r in await bot.stored() if r.text == "what helps with nausea from chemo"]
        assert rows[0].feedback == "up"


async def test_forged_button_data_only_stops_the_spinner(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.callback(user, "fb:1:sideways", {"chat_id": user, "message_id": 1}))
        await bot.telegram.wait_for(lambda: bool(bot.telegram.calls_of("answerCallbackQuery")))
        await asyncio.sleep(0.3)
        assert bot.telegram.sent(user) == []


async def test_forget_deletes_everything_about_the_person_after_confirming(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user, other = new_id(), new_id()
        bot.telegram.inject(tg.private_text(user, "what is radiation therapy, asked only here"))
        bot.telegram.inject(tg.private_text(other, "what is immunotherapy"))
        await bot.telegram.settle(user, minimum=3)
        await bot.telegram.settle(other, minimum=3)
        await bot.forget(user)
        rows = await bot.stored()
        assert not [r for r in rows if r.text == "what is radiation therapy, asked only here"]
        assert [r for r in rows if r.text == "what is immunotherapy"]


async def test_a_follow_up_takes_the_cancer_of_the_last_question_until_new(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "How does CAR-T cell therapy work for liver cancer?"))
        first = len(await bot.telegram.settle(user, minimum=3))
        bot.telegram.inject(tg.private_text(user, "what about side effects?"))
        texts = [parse(m["text"]) for m in (await bot.telegram.settle(user, minimum=first + 3))[first:]]
        assert "I took this to be about liver cancer" in texts[0] and "/new" in texts[0]
        assert "side effects" in " ".join(texts).lower()
        bot.telegram.inject(tg.private_text(user, "/new"))
        before = len(await bot.telegram.settle(user, minimum=first + len(texts) + 1))
        bot.telegram.inject(tg.private_text(user, "what about side effects?"))
        after = [parse(m["text"]) for m in (await bot.telegram.settle(user, minimum=before + 1))[before:]]
        assert not any("I took this to be about" in text for text in after)


async def test_a_remembered_cancer_is_set_by_button_used_shown_and_forgotten(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "How does CAR-T cell therapy work for liver cancer?"))
        sent = await bot.telegram.settle(user, minimum=3)
        last = sent[-1]
        buttons = [b for row in last["reply_markup"]["inline_keyboard"] for b in row]
        remember = next(b for b in buttons if b["text"].startswith("Remember:"))
        assert remember["callback_data"] == "mc:liver"
        bot.telegram.inject(tg.callback(user, "mc:liver", last["_result"]))
        count = len(await bot.telegram.settle(user, minimum=len(sent) + 1))
        assert "liver cancer" in parse(bot.telegram.sent(user)[-1]["text"])
        bot.telegram.inject(tg.private_text(user, "/new"))
        count = len(await bot.telegram.settle(user, minimum=count + 1))
        bot.telegram.inject(tg.private_text(user, "what are the treatment options"))
        reply = [parse(m["text"]) for m in (await bot.telegram.settle(user, minimum=count + 2))[count:]]
        assert "the cancer you asked me to remember" in reply[0]
        count = len(bot.telegram.sent(user))
        bot.telegram.inject(tg.private_text(user, "/privacy"))
        privacy = await bot.telegram.settle(user, minimum=count + 1)
        assert "Cancer type: liver cancer" in parse(privacy[-1]["text"])
        await bot.forget(user)
        count = len(bot.telegram.sent(user))
        bot.telegram.inject(tg.private_text(user, "/mycancer"))
        shown = await bot.telegram.settle(user, minimum=count + 1)
        assert "don't keep a cancer type" in parse(shown[-1]["text"])


async def test_a_cancer_changed_just_before_a_question_counts_for_it(running_bot: BotFactory) -> None:
    """The remembered cancer is read when an update is claimed: a change in the same batch must still count."""
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "/mycancer lymphoma"))
        count = len(await bot.telegram.settle(user))
        # One poll returns all three: they are claimed (and the old cancer read) before the command runs.
        for text in ("/mycancer liver", "/new", "what are the treatment options"):
            bot.telegram.inject(tg.private_text(user, text))
        sent = await bot.telegram.settle(user, minimum=count + 4)
        first = next(parse(m["text"]) for m in sent[count:] if "asked me to remember" in parse(m["text"]))
        assert "liver cancer" in first and "lymphoma" not in first.lower()
        count = len(sent)
        for text in ("/mycancer none", "/new", "what are the treatment options"):
            bot.telegram.inject(tg.private_text(user, text))
        later = [parse(m["text"]) for m in (await bot.telegram.settle(user, minimum=count + 3))[count:]]
        assert not any("asked me to remember" in text for text in later)


async def test_mycancer_sets_by_name_and_stays_out_of_groups(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user, group = new_id(), -new_id()
        bot.telegram.inject(tg.private_text(user, "/mycancer lymphoma"))
        [done] = await bot.telegram.settle(user)
        assert "lymphoma" in parse(done["text"]).lower()
        bot.telegram.inject(tg.group_text(group, user, "/mycancer"))
        [note] = await bot.telegram.settle(group)
        assert (
            "only in a private chat" in parse(note["text"]) and "lymphoma" not in parse(note["text"]).lower()
        )
