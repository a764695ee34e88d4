"""First replies under a burst: N people each ask one question at the same moment, in N private chats.

Measured through the fake Bot API server (tests/support/fake_telegram.py) for a bare python-telegram-bot echo
bot (unlimited; behind PTB's AIORateLimiter; behind oncobot's own outbox and limits) and for a real
`oncobot run` process on a fresh PostgreSQL database. Every bot runs in its own process; the fake server
runs in this one. Reported: first replies per second (first message each asker receives, from the burst to
the last first reply), p50/p99 time to first reply, time until every answer was complete, peak memory.
Goal: oncobot's first-reply rate is at least 80 % of the echo bot's under the same limits (the echo bot
behind the same outbox); the ratios to the other two echo bots are printed for reference.
Usage: python bench/fairness.py [--askers 200]
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h

from tests.support import fake_telegram as tg

GOAL = 0.8
KINDS = ("echo", "echo-limited", "echo-outbox", "oncobot")


@dataclass
class Result:
    bot: str
    answered: int
    asked: int
    rate: float
    p50: float
    p99: float
    burst_s: float
    all_answers_s: float
    peak_mb: float
    max_per_s: int
    max_per_s_grid: int


async def serve_echo(base_url: str, mode: str) -> None:
    """The echo bot (run as a child process): unlimited, behind AIORateLimiter, or behind oncobot's outbox."""
    from telegram import Update
    from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

    from bot.telegram.delivery.outbox import Limits, Outbox

    outbox = Outbox(Limits())  # the limits oncobot holds: 28/s overall, 1/s per chat

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        if message is None or not message.text:
            return
        if mode == "outbox":
            text = message.text
            await outbox.enqueue(
                message.chat_id, lambda: message.reply_text(text, do_quote=True), first=True, group=False
            )
        else:
            await message.reply_text(message.text, do_quote=True)

    builder = ApplicationBuilder().token(tg.TOKEN).base_url(f"{base_url}/bot").concurrent_updates(True)
    if mode == "limited":
        builder = builder.rate_limiter(AIORateLimiter())  # type: ignore[arg-type]
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with application:
        outbox.start()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=10)
        await stop.wait()
        await application.updater.stop()
        await application.stop()
        await outbox.stop()


async def measure(kind: str, askers: int, template: str | None, within: float, env: dict[str, str]) -> Result:
    telegram = tg.FakeTelegram()
    await telegram.start()
    database: str | None = None
    bot: h.BotProcess | None = None
    echo: subprocess.Popen[bytes] | None = None
    try:
        if kind == "oncobot":
            assert template is not None
            database = await h.copy_database(template)
            bot = h.BotProcess(f"fairness-oncobot-{int(time.time())}", database, telegram, env=env)
            await bot.ready(telegram)
        else:
            args = [sys.executable, __file__, "--serve-echo", telegram.base_url]
            h.LOG_DIR.mkdir(parents=True, exist_ok=True)
            with (h.LOG_DIR / f"fairness-{kind}.log").open("w") as log:
                echo = subprocess.Popen(  # noqa: ASYNC220
                    [*args, "--echo-mode", kind.removeprefix("echo").lstrip("-") or "bare"],
                    stdout=log,
                    stderr=log,
                )
            deadline = time.monotonic() + 60
            while not telegram.calls_of("getUpdates") and time.monotonic() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # the first long poll is waiting
        work = h.build_workload(askers, 0, 0, 1)
        h.inject(telegram, work.payloads)
        deadline = time.monotonic() + within
        first_done: h.Analysis | None = None
        while time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            if bot is not None:
                bot.sample_memory()
            result = h.analyse(telegram, work)
            if result.answered >= result.asked and first_done is None:
                first_done = result
            whole = result.complete if bot is not None else result.answered  # an echo is one message
            if whole >= result.asked and time.monotonic() - result.last_sent > 3:
                break
        result = h.analyse(telegram, work)
        first = first_done or result
        if (result.complete if bot is not None else result.answered) < result.asked:
            h.progress(f"{kind}: timed out with {result.complete}/{result.asked} whole answers")
        seconds = [int(t - first.first_injected) for t in first.first_reply_times]
        per_second = [seconds.count(i) for i in range(max(seconds, default=0) + 1)]
        h.progress(f"{kind}: first replies in each second after the burst: {per_second}")
        limits = h.flood_limits(telegram)
        if echo is not None:
            peak = h.vm_hwm_mb(echo.pid) or float("nan")
        else:
            assert bot is not None
            bot.sample_memory()
            peak = bot.peak_mb
        return Result(
            bot=kind,
            answered=first.answered,
            asked=first.asked,
            rate=h.first_reply_rate(first),
            p50=h.percentile(first.first_latencies, 0.5) * 1000,
            p99=h.percentile(first.first_latencies, 0.99) * 1000,
            burst_s=first.last_first_reply - first.first_injected,
            all_answers_s=max(result.full_latencies, default=float("nan")),
            peak_mb=peak,
            max_per_s=limits.overall_max_per_s,
            max_per_s_grid=limits.overall_max_per_s_grid,
        )
    finally:
        if echo is not None:
            echo.send_signal(signal.SIGTERM)
            try:
                echo.wait(timeout=20)
            except subprocess.TimeoutExpired:
                echo.kill()
                echo.wait()
        if bot is not None:
            await bot.stop()
        await telegram.stop()
        if database is not None:
            await h.drop_database(database)


async def run(askers: int, within: float, kinds: list[str], env: dict[str, str]) -> None:
    template = await h.create_template()
    results: list[Result] = []
    try:
        for kind in kinds:
            h.progress(f"measuring {kind}: {askers} private chats ask one question each, all at once")
            results.append(await measure(kind, askers, template, within, env))
            r = results[-1]
            h.progress(f"{kind}: {r.answered}/{r.asked} first replies, {r.rate:.1f}/s")
    finally:
        await h.drop_database(template)
    print(f"Burst of {askers} questions from {askers} distinct private chats (one each), fake Bot API server")
    print(
        h.table(
            [
                [
                    r.bot,
                    f"{r.answered}/{r.asked}",
                    r.rate,
                    r.p50,
                    r.p99,
                    r.burst_s,
                    r.all_answers_s,
                    r.max_per_s,
                    r.max_per_s_grid,
                    r.peak_mb,
                ]
                for r in results
            ],
            [
                "bot",
                "first replies",
                "first/s",
                "p50 ms",
                "p99 ms",
                "last first s",
                "all answers s",
                "max msg in any 1 s",
                "max msg in a grid second",
                "peak MB",
            ],
        )
    )
    by = {r.bot: r for r in results}
    if "oncobot" not in by:
        return
    ours = by["oncobot"]
    print()
    for echo, note in (
        (
            "echo-outbox",
            "the goal: echo bot held to the same limits as oncobot (its outbox: 28/s, 1/s per chat)",
        ),
        (
            "echo-limited",
            "for reference: PTB's AIORateLimiter, which lets a first-second burst of ~60 through",
        ),
        ("echo", "for reference: no rate limit at all (faster than Telegram allows)"),
    ):
        if echo not in by:
            continue
        ratio = ours.rate / by[echo].rate
        verdict = "PASS" if ratio >= GOAL else "FAIL"
        print(
            f"oncobot / {echo}: first-reply rate {ours.rate:.1f}/{by[echo].rate:.1f} = {ratio:.0%} "
            f"(goal >= {GOAL:.0%}) {verdict}  [{note}]"
        )
    complete = ours.answered == ours.asked
    print(f"every asker got a first reply from oncobot: {'PASS' if complete else 'FAIL'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--askers", type=int, default=200, help="private chats, one question each")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for every answer")
    h.add_env_option(parser)
    parser.add_argument("--only", choices=KINDS, action="append", help="measure only these bots")
    parser.add_argument("--serve-echo", metavar="BASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--echo-mode", default="bare", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_echo:
        asyncio.run(serve_echo(args.serve_echo, args.echo_mode))
        return
    env = h.env_settings(args.env)
    asyncio.run(run(args.askers, args.timeout, args.only or list(KINDS), env))


if __name__ == "__main__":
    main()
