"""Memory and first-reply latency of `oncobot run` against a bare python-telegram-bot echo bot, in one run.

Both bots run as their own processes against the fake Bot API server (SQLite for oncobot). Reported for each:
resident memory (VmRSS) after importing its modules, once it polls (oncobot: model and answers loaded) and
after N questions asked one at a time; the first reply's latency (question injected to first sendMessage
accepted) p50/p99, measured two ways: "busy", each question 50 ms after the previous one's first reply (an
oncobot answer is several messages, one a second in a chat, so earlier answers are still being sent under the
overall limit of about 30 a second while the next question comes), and "idle", each question once the previous
reply has gone out whole (a single question to a quiet bot). For oncobot also how long understanding one
question takes.
Usage: python bench/footprint.py [--questions 60] [--idle 20]   (CONTENT_DIR: the content both bots' runs use)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import PSEUDONYM_SECRET, QUESTIONS, BotProcess, percentile  # noqa: E402
from tests.support import fake_telegram as tg  # noqa: E402

DATABASE = ROOT / "var" / "footprint.db"
DATABASE_URL = f"sqlite+aiosqlite:///{DATABASE}"
#: What `oncobot run` imports before it reads its settings, and what the echo bot imports.
IMPORTS = {
    "oncobot": "import bot.cli, bot.server, bot.services",
    "echo": "import telegram.ext",
}
RSS = "import re; print(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
ECHO = """
import asyncio, sys
from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text, do_quote=True)

app = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2] + "/bot").concurrent_updates(True).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(timeout=1)
"""


def rss_mb(pid: int) -> float:
    """Resident memory of a running process now, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def import_rss_mb(kind: str) -> float:
    """Resident memory of a fresh interpreter that has imported what the bot imports."""
    out = subprocess.run(
        [sys.executable, "-c", f"{IMPORTS[kind]}\n{RSS}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return int(out.stdout.split()[-1]) / 1024


async def ask_one_by_one(
    telegram: tg.FakeTelegram, count: int, *, idle: bool, first_chat: int
) -> list[float]:
    """Ask count questions, each from a new chat once the previous one has its first reply (busy) or its
    whole reply (idle); the first replies' latencies in ms."""
    latencies = []
    for number in range(count):
        chat = first_chat + number
        payload = tg.private_text(chat, QUESTIONS[number % len(QUESTIONS)])
        started = time.monotonic()
        telegram.inject(payload)
        message_id = payload["message"]["message_id"]

        def replied(message_id: int = message_id) -> bool:
            return any(
                (c.params.get("reply_parameters") or {}).get("message_id") == message_id
                and c.params.get("_ok")
                for c in telegram.calls_of("sendMessage")
            )

        await telegram.wait_for(replied, timeout=60)
        first = min(
            c.at
            for c in telegram.calls_of("sendMessage")
            if (c.params.get("reply_parameters") or {}).get("message_id") == message_id
        )
        latencies.append((first - started) * 1000)
        if idle:
            # A chat gets one message a second: quiet for longer than that, the reply has gone out whole.
            await telegram.settle(chat, quiet=1.3, timeout=120)
        else:
            await asyncio.sleep(0.05)
    return latencies


async def all_sent(telegram: tg.FakeTelegram, quiet: float = 1.5) -> None:
    """Wait until no message has been sent for `quiet` seconds: every queued reply has gone out."""
    count = -1
    while count != len(telegram.calls_of("sendMessage")):
        count = len(telegram.calls_of("sendMessage"))
        await asyncio.sleep(quiet)


async def polling(telegram: tg.FakeTelegram, process: subprocess.Popen[bytes], within: float) -> None:
    """Wait until the bot has called getUpdates at least twice (it is idle, waiting for work)."""
    deadline = time.monotonic() + within
    while len(telegram.calls_of("getUpdates")) < 2:
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the echo bot did not start")
        await asyncio.sleep(0.1)


def start_echo(telegram: tg.FakeTelegram) -> subprocess.Popen[bytes]:
    """The echo bot in its own process (its shutdown warnings are not part of the figures)."""
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost"}
    return subprocess.Popen(
        [sys.executable, "-c", ECHO, telegram.token, telegram.base_url],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )


async def measure_echo(questions: int, idle: int) -> dict[str, Any]:
    telegram = tg.FakeTelegram()
    await telegram.start()
    process = start_echo(telegram)
    try:
        await polling(telegram, process, 60)
        loaded = rss_mb(process.pid)
        busy = await ask_one_by_one(telegram, questions, idle=False, first_chat=700_000)
        after = rss_mb(process.pid)
        quiet = await ask_one_by_one(telegram, idle, idle=True, first_chat=800_000)
    finally:
        process.terminate()
        process.wait()
        await telegram.stop()
    return {"loaded": loaded, "after": after, "busy": busy, "idle": quiet}


async def measure_oncobot(questions: int, idle: int) -> dict[str, Any]:
    telegram = tg.FakeTelegram()
    await telegram.start()
    bot = BotProcess("footprint", DATABASE_URL, telegram)
    try:
        await bot.ready(telegram, within=900)
        await asyncio.sleep(1.0)
        loaded = rss_mb(bot.pid)
        busy = await ask_one_by_one(telegram, questions, idle=False, first_chat=700_000)
        after = rss_mb(bot.pid)
        await all_sent(telegram)  # the idle questions find nothing else being sent
        quiet = await ask_one_by_one(telegram, idle, idle=True, first_chat=800_000)
    finally:
        await bot.stop()
        await telegram.stop()
    return {"loaded": loaded, "after": after, "busy": busy, "idle": quiet}


def understanding_ms() -> list[float]:
    """How long understanding one question takes in a loaded bot (ms, each question timed alone)."""
    out = subprocess.run(
        [sys.executable, __file__, "--understand"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [float(value) for value in json.loads(out.stdout.strip().splitlines()[-1])]


async def time_understanding() -> list[float]:
    from bot.services import prepare
    from bot.settings import Settings

    env = {**os.environ, "DATABASE_URL": DATABASE_URL, "PSEUDONYM_SECRET": PSEUDONYM_SECRET}
    settings = Settings.from_env(env)
    services = await prepare(settings, lambda _m: None, show_progress=False)
    understander = services.responder.understander
    timings = []
    for round_ in range(20):
        for number, question in enumerate(QUESTIONS):
            text = f"{question} ({round_}.{number})"  # a new text each time: no cached features
            started = time.perf_counter()
            understander.understand(text)
            timings.append((time.perf_counter() - started) * 1000)
    await services.close()
    return timings


def warm_up() -> None:
    """Migrate and train (or load) the model once, so the measured run only loads it."""
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "PSEUDONYM_SECRET": PSEUDONYM_SECRET,
    }
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "oncobot"), "ask", "what is a biopsy"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def clear_earlier_runs() -> None:
    """No update or reply of an earlier run: a restarted bot would resume them during the measurement."""
    if not DATABASE.exists():
        return
    with sqlite3.connect(DATABASE) as connection:
        for table in ("reply_chunks", "processed_updates", "inbox_updates", "conversation_messages"):
            connection.execute(f"DELETE FROM {table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--idle", type=int, default=20, help="questions asked to a quiet bot")
    parser.add_argument("--understand", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.understand:
        print(json.dumps(asyncio.run(time_understanding())))
        return
    DATABASE.parent.mkdir(parents=True, exist_ok=True)
    print("preparing the database and model...", file=sys.stderr)
    warm_up()
    clear_earlier_runs()
    rows = []
    for kind, measure in (("echo", measure_echo), ("oncobot", measure_oncobot)):
        print(f"measuring {kind}...", file=sys.stderr)
        result = asyncio.run(measure(args.questions, args.idle))
        rows.append(
            {
                "bot": kind,
                "import_mb": import_rss_mb(kind),
                "loaded_mb": result["loaded"],
                "after_mb": result["after"],
                **{f"{way}_p50": statistics.median(result[way]) for way in ("idle", "busy")},
                **{f"{way}_p99": percentile(result[way], 0.99) for way in ("idle", "busy")},
            }
        )
    timings = understanding_ms()
    header = f"{'bot':<9}{'import MB':>10}{'loaded MB':>10}{f'after {args.questions} q MB':>16}"
    print(f"{header}{'idle p50 ms':>13}{'p99 ms':>8}{'busy p50 ms':>13}{'p99 ms':>8}   (first reply)")
    for r in rows:
        print(
            f"{r['bot']:<9}{r['import_mb']:>10.1f}{r['loaded_mb']:>10.1f}{r['after_mb']:>16.1f}"
            f"{r['idle_p50']:>13.1f}{r['idle_p99']:>8.1f}{r['busy_p50']:>13.1f}{r['busy_p99']:>8.1f}"
        )
    echo, ours = rows
    ratios = ", ".join(
        f"{way} first reply p50 x{ours[f'{way}_p50'] / echo[f'{way}_p50']:.1f} "
        f"p99 x{ours[f'{way}_p99'] / echo[f'{way}_p99']:.1f}"
        for way in ("idle", "busy")
    )
    print(f"oncobot / echo: memory after questions x{ours['after_mb'] / echo['after_mb']:.1f}, {ratios}")
    print(
        f"understanding one question: median {statistics.median(timings):.2f} ms, "
        f"p99 {percentile(timings, 0.99):.2f} ms ({len(timings)} questions)"
    )


if __name__ == "__main__":
    main()
