"""Telegram errors, duplicates, limits, bad input, staff alerts, and the webhook endpoint."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json

import pytest
from sqlalchemy.pool import QueuePool

from tests.bot.telegram.conftest import WEBHOOK_SECRET, BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")
HOOK_HEADERS = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}


@pytest.mark.parametrize(("status", "retry_after"), [(429, 1), (500, None), (502, None)])
async def test_a_failed_send_is_retried_until_it_goes_through(
    running_bot: BotFactory, status: int, retry_after: int | None
) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.fail("sendMessage", status, retry_after=retry_after, times=2)
        bot.telegram.inject(tg.private_text(user, "what is chemotherapy"))
        sent = await bot.telegram.settle(user, minimum=3, quiet=1.0)
        assert "not medical advice" in parse(sent[0]["text"])
        assert "Please talk with your own care team" in parse(sent[-2]["text"])
        assert parse(sent[-1]["text"]).startswith("Where to get help next")
        rows = [r for r in await bot.stored() if r.direction == "out" and r.delivery == "failed"]
        assert not [r for r in rows if r.text.startswith("<i>General information")]


async def test_a_reply_that_cannot_be_sent_is_recorded_as_failed(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.fail("sendMessage", 500, times=100)
        bot.telegram.inject(tg.private_text(user, "hello, what is a biopsy"))
        for _ in range(120):  # until the bot has given up on every chunk and recorded it
            rows = await bot.stored()
            question = next((r for r in rows if r.text == "hello, what is a biopsy"), None)
            replies = [r for r in rows if question is not None and r.reply_to_id == question.id]
            if replies:
                break
            await asyncio.sleep(0.5)
        assert replies and all(r.delivery == "failed" for r in replies)
        # The first part was tried eight times; the rest were not sent, so no answer arrives with a hole in it.
        assert len(replies) > 1 and len(bot.telegram.calls_of("sendMessage")) == 8


async def test_a_redelivered_update_is_answered_once(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        payload = tg.private_text(user, "what is staging")
        update_id = bot.telegram.inject(payload)
        first = await bot.telegram.settle(user, minimum=3)
        bot.telegram.redeliver({"update_id": update_id, **payload})
        await asyncio.sleep(1.5)
        assert len(bot.telegram.sent(user)) == len(first)


async def test_too_many_questions_get_one_note_then_silence(running_bot: BotFactory) -> None:
    async with running_bot(questions_per_minute=2) as bot:
        user = new_id()
        for text in ("what is chemo", "what is radiation", "what is surgery", "what is immunotherapy"):
            bot.telegram.inject(tg.private_text(user, text))
        sent = await bot.telegram.settle(user, minimum=5, quiet=1.0)
        notes = [m for m in sent if "faster than I can answer" in m["text"]]
        assert len(notes) == 1
        assert not [m for m in sent if "mmunotherapy" in parse(m["text"])]


async def test_photos_and_stickers_get_a_text_only_note(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.photo(tg.private_chat(user), tg.user(user)))
        [note] = await bot.telegram.settle(user)
        assert "only read text" in parse(note["text"]) and "medical records" in parse(note["text"])


async def test_huge_and_html_questions_are_answered_with_valid_messages(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(
            tg.private_text(user, "<b>chemo</b> & side effects <script>x</script> " + "very " * 900)
        )
        sent = await bot.telegram.settle(user)
        for message in sent:
            parse(message["text"])


async def test_staff_are_alerted_without_ids_or_words(running_bot: BotFactory) -> None:
    staff = -new_id()
    async with running_bot(staff_chat_id=staff, dashboard_url="https://staff.example.org") as bot:
        user = new_id()
        bot.telegram.inject(
            tg.private_text(user, "I'm on chemo and my temperature is 38.9 and I'm shivering")
        )
        [alert] = await bot.telegram.settle(staff)
        text = parse(alert["text"])
        assert (
            "Emergency" in text and "private" in text and "https://staff.example.org/staff/messages/" in text
        )
        assert str(user) not in text and "shivering" not in text
        urgent = bot.telegram.sent(user)
        assert "911" in parse(urgent[0]["text"])


async def test_urgent_messages_skip_the_question_limit(running_bot: BotFactory) -> None:
    async with running_bot(questions_per_minute=1) as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "what is chemo"))
        bot.telegram.inject(tg.private_text(user, "what is radiation"))
        before = await bot.telegram.settle(user, minimum=2, quiet=1.0)
        assert any("faster than I can answer" in parse(m["text"]) for m in before)
        bot.telegram.inject(tg.private_text(user, "my son just swallowed a button battery"))
        sent = [parse(m["text"]) for m in await bot.telegram.settle(user, minimum=len(before) + 1)]
        assert any("Poison Help: 1-800-222-1222" in text for text in sent[len(before) :])


async def test_an_emergency_is_answered_while_a_burst_holds_every_database_connection(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot, contextlib.AsyncExitStack() as held:
        pool = bot.services.engine.pool
        assert isinstance(pool, QueuePool)
        # What a burst of handlers does to the pool: every connection taken, more work waiting for one.
        for _ in range(pool.size() + pool._max_overflow):
            await held.enter_async_context(bot.services.engine.connect())
        # A question's first message does not wait for the database (its records do, and hold the one send
        # in flight meanwhile).
        ordinary = new_id()
        bot.telegram.inject(tg.private_text(ordinary, "what is chemotherapy?"))
        [disclaimer] = await bot.telegram.wait_for_messages(ordinary, 1, timeout=10)
        assert "not medical advice" in parse(disclaimer["text"])
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "my son just swallowed a button battery from the remote"))
        [first] = await bot.telegram.wait_for_messages(user, 1, timeout=10)
        assert "Poison Help: 1-800-222-1222" in parse(first["text"])


async def test_call_the_care_team_today_alerts_staff_only_when_asked_to(running_bot: BotFactory) -> None:
    staff = -new_id()
    async with running_bot(staff_chat_id=staff, alert_on_today=True) as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "on chemo, diarrhea 7 times today, is that normal"))
        [alert] = await bot.telegram.settle(staff)
        assert "Today" in parse(alert["text"]) and "diarrhea" not in parse(alert["text"])
        first = parse((await bot.telegram.settle(user, minimum=2))[0]["text"])
        assert "Please call your care team today" in first
    async with running_bot(staff_chat_id=staff) as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "on chemo, diarrhea 7 times today, is that normal"))
        await bot.telegram.settle(user, minimum=2)
        assert not bot.telegram.sent(staff)


async def test_webhook_mode_registers_and_answers(running_bot: BotFactory) -> None:
    async with running_bot(webhook=True) as bot:
        await bot.telegram.wait_for(lambda: bot.telegram.webhook is not None)
        hook = bot.telegram.webhook
        assert hook["secret_token"] == WEBHOOK_SECRET
        assert hook["allowed_updates"] == ["message", "channel_post", "callback_query", "my_chat_member"]
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "what is a clinical trial"))
        sent = await bot.telegram.settle(user, minimum=3)
        assert "trial" in " ".join(parse(m["text"]) for m in sent).lower()
        assert not bot.telegram.calls_of("getUpdates")


async def test_webhook_refuses_bad_requests(running_bot: BotFactory) -> None:
    async with running_bot(webhook=True) as bot:
        url = f"{bot.url}/telegram/hook"
        update = {"update_id": 1, **tg.private_text(new_id(), "hi")}
        async with bot.http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as r:
            assert r.status == 403
        async with bot.http.post(url, json=update) as r:
            assert r.status == 403
        async with bot.http.post(url, data=b"{not json", headers=HOOK_HEADERS) as r:
            assert r.status == 400
        oversized = io.BytesIO(b"[" + b"1," * 600_000 + b"1]")
        async with bot.http.post(url, data=oversized, headers=HOOK_HEADERS) as r:
            assert r.status == 413
        user = new_id()
        good = tg.private_text(user, "what is chemotherapy")
        shapes: list[object] = [
            [1, 2],
            None,
            "update",
            12,
            {},
            {"update_id": "x"},
            {"update_id": True},
            {"update_id": 1.5},
            {"message": {"text": "no id"}},
            {"update_id": 9_000_000_001, "message": "not an object"},
            {"update_id": 9_000_000_002, "message": {"message_id": 1}},
            {"update_id": 9_000_000_003, "message": {**good["message"], "text": 42}},
            {"update_id": 9_000_000_004, "message": {**good["message"], "chat": None}},
            {"update_id": 9_000_000_005, "callback_query": {"id": "1"}},
            {"update_id": 9_000_000_006, "message": {**good["message"], "entities": "bold"}},
            {"update_id": 9_000_000_007, "unknown_kind": {"a": [1, {"b": None}]}},
            {"update_id": 9_000_000_008, "message": {**good["message"], "text": "x" * 100_000}},
        ]
        for malformed in shapes:
            async with bot.http.post(url, data=json.dumps(malformed), headers=HOOK_HEADERS) as r:
                assert r.status == 200, malformed
        # The bot is still well and answers the next real question, once.
        async with bot.http.post(url, json={"update_id": 9_000_000_100, **good}, headers=HOOK_HEADERS) as r:
            assert r.status == 200
        await bot.telegram.wait_for(
            lambda: any(m.get("reply_markup") for m in bot.telegram.sent(user)), timeout=30
        )
        texts = [m["text"] for m in bot.telegram.sent(user)]
        assert all(parse(text) for text in texts)


async def test_edited_messages_are_not_answered_twice(running_bot: BotFactory) -> None:
    async with running_bot(webhook=True) as bot:
        user = new_id()
        original = tg.private_text(user, "what is surgery for cancer")
        bot.telegram.inject(original)
        first = await bot.telegram.settle(user, minimum=3)
        edited = {
            "update_id": 10**9 + new_id(),
            "edited_message": {**original["message"], "text": "what is surgery?", "edit_date": 1},
        }
        async with bot.http.post(f"{bot.url}/telegram/hook", json=edited, headers=HOOK_HEADERS) as r:
            assert r.status == 200
        await asyncio.sleep(1.0)
        assert len(bot.telegram.sent(user)) == len(first)


async def test_health_and_metrics(running_bot: BotFactory) -> None:
    async with running_bot() as bot:
        user = new_id()
        bot.telegram.inject(tg.private_text(user, "what is a port for chemo"))
        await bot.telegram.settle(user, minimum=3)
        async with bot.http.get(f"{bot.url}/healthz") as r:
            body = await r.json()
            assert r.status == 200 and body["database"] == "ok" and body["model"].startswith("m")
        async with bot.http.get(f"{bot.url}/metrics") as r:
            text = await r.text()
        assert 'oncobot_replies_total{kind="answer"}' in text
        assert "oncobot_reply_latency_seconds_bucket" in text
        assert 'oncobot_messages_sent_total{status="sent"}' in text
