"""A handoff survives kill -9: `oncobot run` is killed while relaying, messages wait in both directions, and
after a restart each one reaches the other side exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path

import aiohttp

from tests.bot.telegram.conftest import Replica, new_id
from tests.support import fake_telegram as tg
from tests.support.fake_telegram import Call
from tests.support.telegram_html import parse

KEY = "handoff-key-for-the-restart-test-01"
STAFF = -1009100000001


def count(telegram: tg.FakeTelegram, chat: int, needle: str) -> int:
    return sum(needle in parse(m["text"]) for m in telegram.sent(chat))


async def test_a_kill_during_a_handoff_loses_nothing_and_repeats_nothing(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}"
    telegram = tg.FakeTelegram()
    base = await telegram.start()
    telegram.add_chat(tg.group_chat(STAFF, forum=True))
    http = aiohttp.ClientSession()
    replicas: list[Replica] = []
    env = {"HANDOFF_CHAT_ID": str(STAFF), "HANDOFF_KEY": KEY, "POLLING_TIMEOUT": "1"}

    async def start() -> Replica:
        replica = Replica(
            f"handoff-{len(replicas) + 1}",
            database_url,
            base,
            tmp_path / f"run-{len(replicas) + 1}.log",
            webhook=False,
            env=env,
        )
        replicas.append(replica)
        await replica.ready(http)
        return replica

    async def until(condition: object, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():  # type: ignore[operator]
            assert time.monotonic() < deadline, [c.params.get("text", "")[:60] for c in telegram.calls[-8:]]
            await asyncio.sleep(0.05)

    try:
        first = await start()
        person, rita = new_id(), new_id()
        telegram.inject(tg.private_text(person, "/nurse"))
        await until(lambda: count(telegram, person, "Talk to a person") == 1)
        offer = next(m for m in telegram.sent(person) if "Talk to a person" in parse(m["text"]))
        telegram.inject(tg.callback(person, "ho:yes", offer["_result"]))
        await until(lambda: bool(telegram.topics))
        [(_chat, thread)] = telegram.topics
        await until(lambda: count(telegram, person, "You're connected") == 1)

        # Kill the bot as it relays the person's second message (the request never reaches Telegram).
        def kill(call: Call) -> bool:
            if call.method == "sendmessage" and "message two" in str(call.params.get("text")):
                telegram.on_request = None
                first.process.kill()
                return True
            return False

        telegram.on_request = kill
        for text in ("message one", "message two", "message three"):
            telegram.inject(tg.private_text(person, text))
        telegram.inject(tg.staff_text(STAFF, rita, "reply alpha", thread=thread))
        await until(lambda: first.process.poll() is not None)
        first.log.close()
        # Messages keep coming while the bot is down, in both directions.
        telegram.inject(tg.private_text(person, "message four"))
        telegram.inject(tg.staff_text(STAFF, rita, "reply beta", thread=thread))

        second = await start()
        person_side = ("message one", "message two", "message three", "message four")
        staff_side = ("reply alpha", "reply beta")
        await until(
            lambda: (
                all(count(telegram, STAFF, t) >= 1 for t in person_side)
                and all(count(telegram, person, t) >= 1 for t in staff_side)
            )
        )
        await asyncio.sleep(2.0)  # anything sent twice late shows up
        assert [count(telegram, STAFF, t) for t in person_side] == [1, 1, 1, 1]
        assert [count(telegram, person, t) for t in staff_side] == [1, 1]
        # The bot never answered the person's messages itself, and the staff's order is the person's order.
        relayed = [
            t for t in (parse(m["text"]) for m in telegram.sent_in(STAFF, thread)) if t.startswith("👤")
        ]
        assert [next(p for p in person_side if p in t) for t in relayed] == list(person_side)
        assert second.stop() == 0
    finally:
        for replica in replicas:
            if replica.process.poll() is None:
                replica.process.kill()
                replica.process.wait()
            with contextlib.suppress(Exception):
                replica.log.close()
        await http.close()
        await telegram.stop()
