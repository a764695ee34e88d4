"""Bot throughput through the real python-telegram-bot stack and the fake Bot API server.

N chats each send M questions at once. Reported: injection-to-first-reply latency (p50/p99), first replies
per second and peak memory, for oncobot and for a bare python-telegram-bot echo bot measured the same way
(the framework's floor), with and without AIORateLimiter (which holds Telegram's 30 messages a second).
Each bot runs in its own process so that peak memory is its own.
Usage: python bench/telegram_load.py [--chats 50] [--questions 3]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import fake_telegram as tg  # noqa: E402

#: A bare echo bot, the same with python-telegram-bot's AIORateLimiter (Telegram's limits held), and oncobot.
KINDS = ("echo", "echo-limited", "oncobot")
QUESTIONS = [
    "How does CAR-T cell therapy work for liver cancer?",
    "what are the side effects of chemo",
    "my dad has stage 3 colon cancer, what does that mean",
    "how do I find a clinical trial",
    "what should I eat during radiation",
]


async def run_echo(telegram: tg.FakeTelegram, *, limited: bool = False) -> Any:
    from telegram import Update
    from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            await update.message.reply_text(update.message.text, do_quote=True)

    builder = (
        ApplicationBuilder()
        .token(telegram.token)
        .base_url(f"{telegram.base_url}/bot")
        .concurrent_updates(True)
    )
    if limited:
        builder = builder.rate_limiter(AIORateLimiter())
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(timeout=1)

    async def stop() -> None:
        await application.updater.stop()  # type: ignore[union-attr]
        await application.stop()
        await application.shutdown()

    return stop


async def run_oncobot(telegram: tg.FakeTelegram) -> Any:
    from aiohttp import web

    from bot.server import build_web_app
    from bot.services import prepare
    from bot.settings import Secret, Settings

    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{ROOT / 'var' / 'bench.db'}",
        telegram_bot_token=Secret(telegram.token),
        pseudonym_secret=Secret("bench-pseudonym-secret-0123456789"),
        polling_timeout=1,
        questions_per_minute=1000,
    )
    services = await prepare(settings, lambda _m: None, show_progress=False)
    settings = dataclasses.replace(settings, telegram_api_base_url=telegram.base_url)
    runner = web.AppRunner(
        build_web_app(dataclasses.replace(services, settings=settings)), handle_signals=False
    )
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()

    async def stop() -> None:
        await runner.cleanup()
        await services.close()

    return stop


async def measure(kind: str, chats: int, questions: int) -> dict[str, Any]:
    telegram = tg.FakeTelegram()
    await telegram.start()
    if kind == "oncobot":
        stop = await run_oncobot(telegram)
    else:
        stop = await run_echo(telegram, limited=kind == "echo-limited")
    await asyncio.sleep(1.5)  # polling has started
    injected: dict[int, float] = {}
    started = time.monotonic()
    for round_ in range(questions):
        for chat in range(chats):
            payload = tg.private_text(900_000 + chat, QUESTIONS[(chat + round_) % len(QUESTIONS)])
            injected[payload["message"]["message_id"]] = time.monotonic()
            telegram.inject(payload)
    total = chats * questions

    def first_replies() -> dict[int, float]:
        seen: dict[int, float] = {}
        for call in telegram.calls_of("sendMessage"):
            quoted = (call.params.get("reply_parameters") or {}).get("message_id")
            if quoted in injected and quoted not in seen and call.params.get("_ok"):
                seen[quoted] = call.at
        return seen

    await telegram.wait_for(lambda: len(first_replies()) >= total, timeout=600)
    replies = first_replies()
    finished = max(replies.values())
    latencies = sorted((replies[m] - injected[m]) * 1000 for m in injected)
    await stop()
    await telegram.stop()
    return {
        "bot": kind,
        "updates": total,
        "p50_ms": round(latencies[len(latencies) // 2], 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1),
        "updates_per_s": round(total / (finished - started), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--questions", type=int, default=3)
    parser.add_argument("--bot", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bot:
        print(json.dumps(asyncio.run(measure(args.bot, args.chats, args.questions))))
        return
    results = []
    for kind in KINDS:
        print(f"measuring {kind} ({args.chats} chats x {args.questions} questions)...", file=sys.stderr)
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--bot",
                kind,
                "--chats",
                str(args.chats),
                "--questions",
                str(args.questions),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'bot':<10}{'updates':>8}{'p50 ms':>10}{'p99 ms':>10}{'updates/s':>11}{'peak MB':>9}")
    for r in results:
        print(
            f"{r['bot']:<10}{r['updates']:>8}{r['p50_ms']:>10}{r['p99_ms']:>10}{r['updates_per_s']:>11}{r['peak_rss_mb']:>9}"
        )
    ours = results[-1]
    for echo in results[:-1]:
        print(
            f"oncobot / {echo['bot']}: p50 latency x{ours['p50_ms'] / echo['p50_ms']:.1f}, "
            f"first replies per second x{ours['updates_per_s'] / echo['updates_per_s']:.2f}, "
            f"peak memory x{ours['peak_rss_mb'] / echo['peak_rss_mb']:.1f}"
        )


if __name__ == "__main__":
    main()
