"""Load: many chats asking several questions each, against a real `oncobot run` process on PostgreSQL.

Private chats and people in supergroups (who address the bot by @mention or by replying to it, alternately)
each ask --questions questions, all injected at once (or at --rate a second) into the fake Bot API server, in
polling mode and in webhook mode (a fresh database copied from a prepared template for each run). Reported
from the server's recorded sendMessage calls: questions answered exactly once, lost and duplicated, per-chat
order, Telegram's flood limits as the server saw them (30 messages in any second, 1 a second in a chat,
20 a minute in a group), p50/p99 time to the first reply and to the whole answer, and the bot's peak memory.
Usage: python bench/load.py [--chats 1000] [--questions 5] [--mode both]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as h

from tests.support import fake_telegram as tg

#: Messages in a whole private answer and in a group answer, for the duration estimate.
PRIVATE_CHUNKS, GROUP_CHUNKS = 6.9, 2.0


@dataclass
class Run:
    mode: str
    work: h.Workload
    result: h.Analysis
    limits: h.Limits
    peak_mb: float
    elapsed_s: float
    exit_code: int
    db: dict[str, int]


async def one_run(
    mode: str, template: str, work: h.Workload, rate: float, within: float, env: dict[str, str]
) -> Run:
    telegram = tg.FakeTelegram()
    await telegram.start()
    database = await h.copy_database(template)
    bot: h.BotProcess | None = None
    try:
        bot = h.BotProcess(
            f"load-{mode}-{int(time.time())}", database, telegram, webhook=mode == "webhook", env=env
        )
        await bot.ready(telegram)
        h.progress(f"{mode}: bot ready (pid {bot.pid}); injecting {len(work.payloads)} questions")
        await h.inject_paced(telegram, work.payloads, rate)
        await h.wait_until_answered(telegram, work, within=within, bots=[bot], label=f"{mode}: ")
        await asyncio.sleep(2.0)  # any late duplicate shows up
        result = h.analyse(telegram, work)
        elapsed = result.last_sent - result.first_injected
        code = await bot.stop()
        return Run(
            mode,
            work,
            result,
            h.flood_limits(telegram),
            bot.peak_mb,
            elapsed,
            code,
            await h.database_counts(database),
        )
    finally:
        if bot is not None and bot.process.poll() is None:
            bot.kill()
        await telegram.stop()
        await h.drop_database(database)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(runs: list[Run], args: argparse.Namespace) -> None:
    work = runs[0].work
    pace = "all at once" if args.rate <= 0 else f"at {args.rate}/s"
    print(
        f"Load: {work.private_chats} private chats + {work.group_askers} people in {work.groups} groups "
        f"= {work.private_chats + work.group_askers} chats x {args.questions} questions "
        f"= {len(work.payloads)} questions, injected {pace}; oncobot run on PostgreSQL, fake Bot API server"
    )
    rows: list[list[object]] = []

    def row(name: str, values: list[object], goal: str = "", ok: list[bool] | None = None) -> None:
        cells: list[object] = [name, *values, goal]
        if ok is not None:
            cells.append(" ".join(verdict(x) for x in ok))
        else:
            cells.append("")
        rows.append(cells)

    rs = [r.result for r in runs]
    ls = [r.limits for r in runs]
    row("questions sent", [r.asked for r in rs])
    row(
        "answered exactly once",
        [r.exactly_once for r in rs],
        "= sent",
        [r.exactly_once == r.asked for r in rs],
    )
    row("lost (no reply)", [r.lost for r in rs], "0", [r.lost == 0 for r in rs])
    row(
        "first message only, answer incomplete",
        [r.incomplete for r in rs],
        "0",
        [r.incomplete == 0 for r in rs],
    )
    row("duplicated (first message twice)", [r.dup_first for r in rs], "0", [r.dup_first == 0 for r in rs])
    row("duplicated whole answers", [r.dup_whole for r in rs], "0", [r.dup_whole == 0 for r in rs])
    row(
        "extra chunks beyond the usual answer",
        [r.dup_chunks for r in rs],
        "0",
        [r.dup_chunks == 0 for r in rs],
    )
    row("messages quoting no question", [r.stray for r in rs])
    row(
        "chats with replies out of order",
        [f"{r.order_broken_chats}/{r.chats}" for r in rs],
        "0",
        [r.order_broken_chats == 0 for r in rs],
    )
    row("sendMessage requests / succeeded", [f"{r.attempts}/{r.sent_ok}" for r in rs])
    row(
        "max messages in any 1 s",
        [x.overall_max_per_s for x in ls],
        "<= 30",
        [x.overall_max_per_s <= 30 for x in ls],
    )
    row("  share of 1 s windows with more than 30", [f"{x.overall_windows_over:.1%}" for x in ls])
    row("  max in one second of a fixed 1 s grid", [x.overall_max_per_s_grid for x in ls], "<= 30")
    row(
        "max messages in a chat in any 1 s",
        [x.chat_max_per_s for x in ls],
        "<= 1",
        [x.chat_max_per_s <= 1 for x in ls],
    )
    row("min gap between messages in a chat s", [x.chat_min_gap_s for x in ls], ">= 1.0")
    row(
        f"max messages in a group in any 60 s ({ls[0].group_count} groups)",
        [x.group_max_per_min for x in ls],
        "<= 20",
        [x.group_max_per_min <= 20 for x in ls],
    )
    row("  shortest time a group took to get 21 messages s", [x.group_min_span_21 for x in ls], ">= 60")
    row("first reply p50 s", [h.percentile(r.first_latencies, 0.5) for r in rs])
    row("first reply p99 s", [h.percentile(r.first_latencies, 0.99) for r in rs])
    row("whole answer p50 s", [h.percentile(r.full_latencies, 0.5) for r in rs])
    row("whole answer p99 s", [h.percentile(r.full_latencies, 0.99) for r in rs])
    row("messages sent per second (overall)", [r.result.sent_ok / r.elapsed_s for r in runs])
    row("run time s (injection to last message)", [r.elapsed_s for r in runs])
    row("bot peak RSS MB (VmHWM)", [r.peak_mb for r in runs])
    row("bot exit status after SIGTERM", [r.exit_code for r in runs], "0", [r.exit_code == 0 for r in runs])
    keys = sorted({k for r in runs for k in r.db})
    for key in keys:
        row(f"db: {key}", [r.db.get(key, 0) for r in runs])
    print(h.table(rows, ["", *[r.mode for r in runs], "goal", "verdict"]))
    for r in runs:
        for example in r.result.order_examples:
            print(f"{r.mode}: order broken in {example}")
    usual = sorted(set(rs[0].expected_chunks.items()))
    print("usual messages per answer: " + ", ".join(f"{a}/{q[:24]}…={n}" for (q, a), n in usual))


async def run(args: argparse.Namespace) -> None:
    group_askers = round(args.chats * args.group_share)
    private = args.chats - group_askers
    groups = max(1, round(group_askers / args.group_size)) if group_askers else 0
    estimate = (private * PRIVATE_CHUNKS + group_askers * GROUP_CHUNKS) * args.questions / 30
    modes = ["polling", "webhook"] if args.mode == "both" else [args.mode]
    h.progress(
        f"{private} private chats, {group_askers} group askers in {groups} groups, "
        f"{args.questions} questions each; at 30 msg/s about {estimate / 60:.1f} min per mode"
    )
    env = h.env_settings(args.env)
    template = await h.create_template()
    runs = []
    try:
        for mode in modes:
            work = h.build_workload(private, group_askers, groups, args.questions)
            runs.append(await one_run(mode, template, work, args.rate, args.timeout, env))
    finally:
        await h.drop_database(template)
    report(runs, args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000, help="private chats + people asking in groups")
    parser.add_argument("--questions", type=int, default=5, help="questions per chat")
    parser.add_argument(
        "--group-share", type=float, default=0.2, help="share of the chats that are in groups"
    )
    parser.add_argument("--group-size", type=int, default=5, help="people asking in each group")
    parser.add_argument("--mode", choices=["polling", "webhook", "both"], default="both")
    parser.add_argument(
        "--rate", type=float, default=0, help="questions injected per second (0: all at once)"
    )
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds to wait for every answer, per mode"
    )
    h.add_env_option(parser)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
