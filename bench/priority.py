"""The urgent lane: with a thousand questions waiting, how soon does an emergency's reply leave?

A real `oncobot run` (PostgreSQL, polling) against the fake Bot API server. A burst of N ordinary questions
from N private chats is injected at once; a few seconds in, with most of the burst still waiting, one
emergency, one crisis message and one ordinary question are injected from three new chats at the same moment.
Reported: seconds from injection to the first message each of the three receives. The ordinary question is
the baseline measured in the same run: it waits behind the burst, the urgent ones should not.
Goal: each urgent reply leaves within 2 seconds.
Usage: python bench/priority.py [--burst 1000] [--after 3]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h

from tests.support import fake_telegram as tg

GOAL_SECONDS = 2.0
LATE_ASKERS = {
    "emergency": "my son just swallowed a button battery from the remote what do i do",
    "crisis": "i cant do this anymore, i have been saving my pills and tonight is the night",
    "ordinary": "how does CAR-T cell therapy work for liver cancer?",
}


def first_message_at(telegram: tg.FakeTelegram, chat_id: int) -> float | None:
    times = [
        call.at
        for call in telegram.calls
        if call.method == "sendmessage" and int(call.params.get("chat_id", 0)) == chat_id
    ]
    return min(times) if times else None


async def run(burst: int, after: float, within: float, env: dict[str, str]) -> None:
    template = await h.create_template()
    telegram = tg.FakeTelegram()
    await telegram.start()
    database = await h.copy_database(template)
    bot = h.BotProcess(f"priority-{int(time.time())}", database, telegram, env=env)
    try:
        await bot.ready(telegram)
        await asyncio.sleep(1.0)  # the first long poll is waiting
        h.progress(f"injecting a burst of {burst} questions from {burst} private chats")
        work = h.build_workload(burst, 0, 0, 1)
        h.inject(telegram, work.payloads)
        await asyncio.sleep(after)
        sent = sum(1 for call in telegram.calls if call.method == "sendmessage")
        h.progress(f"{after:g} s into the burst, {sent} messages sent; injecting the late askers")
        chats = {kind: 800_000_001 + index for index, kind in enumerate(LATE_ASKERS)}
        injected = {}
        for kind, text in LATE_ASKERS.items():
            injected[kind] = time.monotonic()
            telegram.inject(tg.private_text(chats[kind], text))
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            await asyncio.sleep(0.1)
            bot.sample_memory()
            if all(first_message_at(telegram, chat) is not None for chat in chats.values()):
                break
        waits: dict[str, float | None] = {}
        for kind, chat in chats.items():
            at = first_message_at(telegram, chat)
            waits[kind] = None if at is None else at - injected[kind]
        backlog = burst - len(
            {int(c.params["chat_id"]) for c in telegram.calls if c.method == "sendmessage"}
            - set(chats.values())
        )
        print(
            f"Burst of {burst} private questions, late askers injected {after:g} s in "
            f"(about {backlog} askers still without a first reply at the end of the measurement)"
        )
        rows = [[kind, "not sent" if w is None else f"{w:.2f}"] for kind, w in waits.items()]
        print(h.table(rows, ["late asker", "seconds to first message"]))
        for kind in ("emergency", "crisis"):
            wait = waits[kind]
            verdict = "PASS" if wait is not None and wait <= GOAL_SECONDS else "FAIL"
            print(f"{kind}: first message within {GOAL_SECONDS:g} s of arriving: {verdict}")
    finally:
        await bot.stop()
        await telegram.stop()
        await h.drop_database(database)
        await h.drop_database(template)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=1000, help="ordinary questions waiting")
    parser.add_argument("--after", type=float, default=3.0, help="seconds into the burst to inject")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for the late replies")
    h.add_env_option(parser)
    args = parser.parse_args()
    asyncio.run(run(args.burst, args.after, args.timeout, h.env_settings(args.env)))


if __name__ == "__main__":
    main()
