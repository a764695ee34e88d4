"""Shared parts of the Telegram benchmarks: PostgreSQL databases, a real `oncobot run` process, workloads
injected into the fake Bot API server, and the analysis of what the fake server recorded.

Replies are told apart by the message they quote: the first message of every reply quotes the question
(reply_parameters.message_id), its follow-up chunks do not and follow it in the same chat, so a chat's
messages split into segments, one per reply attempt. A segment as long as the usual reply to that question
is a whole answer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import aiohttp
import asyncpg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support import fake_telegram as tg  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
PSEUDONYM_SECRET = "bench-pseudonym-secret-0123456789"
#: How many messages the reply to each (question, audience) has, from the pipeline itself (create_template).
USUAL: dict[tuple[str, str], int] = {}
WEBHOOK_SECRET = "bench-webhook-secret_0123456789"
WEBHOOK_URL = "https://bot.example.org/telegram/hook"
BOT_MENTION = f"@{tg.BOT_USER['username']}"
LOG_DIR = ROOT / "var" / "bench"

#: Questions that all get a full curated answer (several chunks in a private chat, two in a group).
QUESTIONS = [
    "How does CAR-T cell therapy work for liver cancer?",
    "what are the side effects of chemo",
    "my dad has stage 3 colon cancer, what does that mean",
    "how do I find a clinical trial",
    "what should I eat during radiation",
    "what is a biopsy",
    "what is immunotherapy",
    "what is radiation therapy",
]


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- PostgreSQL ----------------------------------------------------------------------------------------------


def _parts(url: str) -> tuple[str, str]:
    base, name = url.rsplit("/", 1)
    return base, name


async def connect(database: str | None = None) -> asyncpg.Connection:
    """A plain asyncpg connection to the server of ADMIN_URL (to its database, or to another one)."""
    base, name = _parts(ADMIN_URL)
    credentials, _, host_port = base.split("://", 1)[1].rpartition("@")
    host, _, port = host_port.partition(":")
    return await asyncpg.connect(
        host=host, port=int(port or 5432), user=credentials or None, database=database or name, timeout=5
    )


async def admin() -> asyncpg.Connection:
    return await connect()


async def create_template() -> str:
    """A database migrated, with the content loaded and a model trained (done once, then copied)."""
    from bot.answering.pipeline import Audience
    from bot.services import prepare
    from bot.settings import Settings

    name = f"oncobot_bench_tpl_{uuid.uuid4().hex[:10]}"
    connection = await admin()
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    url = f"{_parts(ADMIN_URL)[0]}/{name}"
    progress(f"preparing template database {name} (migrations, content, model training)")
    services = await prepare(Settings(database_url=url), lambda _m: None, show_progress=False)
    audiences: tuple[Audience, ...] = ("private", "group")
    for text in QUESTIONS:
        for audience in audiences:
            USUAL[(text, audience)] = len(services.responder.respond(text, audience=audience).messages)
    await services.close()
    return url


async def copy_database(template: str) -> str:
    name = f"oncobot_bench_{uuid.uuid4().hex[:10]}"
    connection = await admin()
    try:
        await connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_parts(template)[1]}"')
    finally:
        await connection.close()
    return f"{_parts(ADMIN_URL)[0]}/{name}"


async def drop_database(url: str) -> None:
    connection = await admin()
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{_parts(url)[1]}" WITH (FORCE)')
    finally:
        await connection.close()


async def set_reachable(url: str, reachable: bool) -> None:
    """Refuse new connections to one database and cut the open ones (or allow them again); the rest of
    the PostgreSQL server is left alone."""
    name = _parts(url)[1]
    connection = await admin()
    try:
        await connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(reachable).lower()}')
        if not reachable:
            await connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
            )
    finally:
        await connection.close()


async def query(url: str, sql: str) -> list[asyncpg.Record]:
    connection = await connect(_parts(url)[1])
    try:
        return list(await connection.fetch(sql))
    finally:
        await connection.close()


# -- the bot process -----------------------------------------------------------------------------------------


async def database_counts(url: str) -> dict[str, int]:
    """What the bot logged: questions, replies by delivery status ("logged replies (sent)"), inbox states."""
    counts: dict[str, int] = {}
    for row in await query(
        url,
        "SELECT direction, coalesce(delivery, '') AS delivery, count(*) AS n FROM conversation_messages "
        "GROUP BY direction, delivery",
    ):
        key = "logged questions" if row["direction"] == "in" else f"logged replies ({row['delivery']})"
        counts[key] = counts.get(key, 0) + int(row["n"])
    for row in await query(url, "SELECT status, count(*) AS n FROM inbox_updates GROUP BY status"):
        counts[f"inbox {row['status']}"] = int(row["n"])
    return counts


def add_env_option(parser: argparse.ArgumentParser) -> None:
    """--env NAME=VALUE, repeatable: extra settings for the oncobot process."""
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra setting for oncobot (repeatable)",
    )


def env_settings(items: Sequence[str]) -> dict[str, str]:
    """The --env values as a mapping."""
    return dict(item.split("=", 1) for item in items)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident memory of a running process (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class BotProcess:
    """One `oncobot run` process against the fake server, in polling or webhook mode."""

    def __init__(
        self,
        name: str,
        database_url: str,
        telegram: tg.FakeTelegram,
        *,
        webhook: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.webhook = webhook
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = LOG_DIR / f"{name}.log"
        self.peak_mb = 0.0
        environment = {
            **os.environ,
            "DATABASE_URL": database_url,
            "TELEGRAM_BOT_TOKEN": telegram.token,
            "PSEUDONYM_SECRET": PSEUDONYM_SECRET,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "NO_PROXY": "127.0.0.1,localhost",
            "REPLICA_ID": name,
            **(env or {}),
        }
        if webhook:
            environment |= {"WEBHOOK_URL": WEBHOOK_URL, "WEBHOOK_SECRET": WEBHOOK_SECRET}
            telegram.webhook_target = f"{self.url}/telegram/hook"
        self._log: IO[str] = self.log_path.open("w")
        self.process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "oncobot"), "run"],
            cwd=ROOT,
            env=environment,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.pid = self.process.pid

    def sample_memory(self) -> None:
        value = vm_hwm_mb(self.pid)
        if value is not None:
            self.peak_mb = max(self.peak_mb, value)

    async def ready(self, telegram: tg.FakeTelegram, within: float = 120) -> None:
        """/healthz answers 200 and the bot has started polling (or registered its webhook)."""
        deadline = time.monotonic() + within
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{self.name} exited; see {self.log_path}")
                with contextlib.suppress(aiohttp.ClientError, OSError):
                    async with http.get(f"{self.url}/healthz") as response:
                        if response.status == 200 and (
                            telegram.webhook is not None
                            if self.webhook
                            else any(c.method == "getupdates" for c in telegram.calls)
                        ):
                            self.sample_memory()
                            return
                await asyncio.sleep(0.3)
        raise RuntimeError(f"{self.name} did not start in {within:.0f} s; see {self.log_path}")

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with aiohttp.ClientSession() as http, http.get(f"{self.url}/healthz") as response:
            return response.status, await response.json()

    def kill(self) -> None:
        self.sample_memory()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._log.close()

    async def stop(self, within: float = 45) -> int:
        """SIGTERM, then SIGKILL if it does not exit in time; the exit status."""
        self.sample_memory()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + within
        while self.process.poll() is None and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait()
        self._log.close()
        return code


# -- workloads -----------------------------------------------------------------------------------------------


@dataclass
class Question:
    chat_id: int
    seq: int  # 0, 1, ... in the order asked within the chat
    message_id: int
    update_id: int
    text: str
    audience: str  # private or group
    injected_at: float = 0.0


@dataclass
class Workload:
    """Who asks what; questions are injected round by round (question k of every chat, then k+1)."""

    payloads: list[tuple[Question, dict[str, Any]]] = field(default_factory=list)
    by_message: dict[int, Question] = field(default_factory=dict)
    private_chats: int = 0
    group_askers: int = 0
    groups: int = 0

    @property
    def questions(self) -> list[Question]:
        return [q for q, _ in self.payloads]


_user_ids = itertools.count(900_000_001)


def build_workload(private: int, group_askers: int, groups: int, questions: int) -> Workload:
    """`private` private chats and `group_askers` people spread over `groups` supergroups (addressing the
    bot by @mention or by replying to it, alternately); each asks `questions` questions."""
    work = Workload(private_chats=private, group_askers=group_askers, groups=groups if group_askers else 0)
    askers: list[tuple[int, int | None]] = [(next(_user_ids), None) for _ in range(private)]
    group_ids = [-1_000_000_000_000 - next(_user_ids) for _ in range(max(groups, 1))]
    askers += [(next(_user_ids), group_ids[i % len(group_ids)]) for i in range(group_askers)]
    seq: defaultdict[int, int] = defaultdict(int)
    for round_ in range(questions):
        for index, (user_id, group) in enumerate(askers):
            text = QUESTIONS[(index + round_) % len(QUESTIONS)]
            if group is None:
                chat_id, payload, audience = user_id, tg.private_text(user_id, text), "private"
            elif (index + round_) % 2:
                chat_id, audience = group, "group"
                payload = tg.group_text(group, user_id, text, reply_to_bot=True)
            else:
                chat_id, audience = group, "group"
                payload = tg.group_text(group, user_id, f"{BOT_MENTION} {text}")
            question = Question(chat_id, seq[chat_id], payload["message"]["message_id"], 0, text, audience)
            seq[chat_id] += 1
            work.payloads.append((question, payload))
            work.by_message[question.message_id] = question
    return work


def inject(telegram: tg.FakeTelegram, items: Iterable[tuple[Question, dict[str, Any]]]) -> None:
    for question, payload in items:
        question.injected_at = time.monotonic()
        question.update_id = telegram.inject(payload)


async def inject_paced(
    telegram: tg.FakeTelegram, items: Sequence[tuple[Question, dict[str, Any]]], rate: float
) -> None:
    """Inject at `rate` questions a second (0: all at once)."""
    if rate <= 0:
        inject(telegram, items)
        return
    started = time.monotonic()
    for index, item in enumerate(items):
        delay = started + index / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        inject(telegram, [item])


# -- analysis ------------------------------------------------------------------------------------------------


def quoted(params: dict[str, Any]) -> int | None:
    value = (params.get("reply_parameters") or {}).get("message_id")
    return int(value) if value is not None else None


@dataclass
class Segment:
    question: Question
    times: list[float]


@dataclass
class Analysis:
    asked: int
    answered: int  # got at least a first message
    complete: int  # got at least one whole answer
    exactly_once: int  # one first message and exactly the usual number of chunks
    lost: int  # no reply at all
    incomplete: int  # a first message but never a whole answer
    dup_first: int  # questions whose first message went out more than once
    dup_whole: int  # questions answered in full more than once
    dup_chunks: int  # messages beyond the usual reply, over all questions
    stray: int  # messages that belong to no question (quoting nothing known, before any reply in a chat)
    order_broken_chats: int
    chats: int
    first_latencies: list[float]
    full_latencies: list[float]
    first_reply_times: list[float]
    sent_ok: int
    attempts: int
    first_injected: float
    last_first_reply: float
    last_sent: float
    expected_chunks: dict[tuple[str, str], int]
    order_examples: list[str] = field(default_factory=list)


def analyse(
    telegram: tg.FakeTelegram,
    work: Workload,
    *,
    upto: float | None = None,
    expected: dict[tuple[str, str], int] | None = None,
) -> Analysis:
    """What the server recorded (up to a moment), per question. The usual length of each answer comes from
    the pipeline (USUAL), else from what was given, else from the answers sent once."""
    by_chat: defaultdict[int, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
    attempts = 0
    for call in telegram.calls:
        if call.method != "sendmessage" or (upto is not None and call.at > upto):
            continue
        attempts += 1
        if call.params.get("_ok"):
            by_chat[int(call.params["chat_id"])].append((call.at, call.params))
    segments: defaultdict[int, list[Segment]] = defaultdict(list)
    chat_segments: defaultdict[int, list[Segment]] = defaultdict(list)
    stray = 0
    for chat_id, messages in by_chat.items():
        current: Segment | None = None
        for at, params in messages:
            question = work.by_message.get(quoted(params) or -1)
            if question is not None:
                current = Segment(question, [at])
                segments[question.message_id].append(current)
                chat_segments[chat_id].append(current)
            elif current is not None:
                current.times.append(at)
            else:
                stray += 1
    lengths: defaultdict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for found in segments.values():
        if len(found) == 1:
            lengths[(found[0].question.text, found[0].question.audience)][len(found[0].times)] += 1
    for found in segments.values():  # questions only ever answered twice still get a usual length
        key = (found[0].question.text, found[0].question.audience)
        if key not in lengths:
            lengths[key][max(len(s.times) for s in found)] += 1
    expected = (
        {key: counts.most_common(1)[0][0] for key, counts in lengths.items()} | (expected or {}) | USUAL
    )
    result = Analysis(
        asked=len(work.by_message),
        answered=0,
        complete=0,
        exactly_once=0,
        lost=0,
        incomplete=0,
        dup_first=0,
        dup_whole=0,
        dup_chunks=0,
        stray=stray,
        order_broken_chats=0,
        chats=len({q.chat_id for q in work.by_message.values()}),
        first_latencies=[],
        full_latencies=[],
        first_reply_times=[],
        sent_ok=sum(len(m) for m in by_chat.values()),
        attempts=attempts,
        first_injected=min((q.injected_at for q in work.by_message.values()), default=0.0),
        last_first_reply=0.0,
        last_sent=max((m[-1][0] for m in by_chat.values()), default=0.0),
        expected_chunks=expected,
    )
    for question in work.by_message.values():
        found = segments.get(question.message_id, [])
        if not found:
            result.lost += 1
            continue
        result.answered += 1
        first = found[0].times[0]
        result.first_reply_times.append(first)
        result.first_latencies.append(first - question.injected_at)
        result.last_first_reply = max(result.last_first_reply, first)
        usual = expected[(question.text, question.audience)]
        whole = [s for s in found if len(s.times) >= usual]
        if not whole:
            result.incomplete += 1
        else:
            result.complete += 1
            result.full_latencies.append(whole[0].times[usual - 1] - question.injected_at)
        if len(found) > 1:
            result.dup_first += 1
        if len(whole) > 1:
            result.dup_whole += 1
        chunks = sum(len(s.times) for s in found)
        result.dup_chunks += max(0, chunks - usual)
        if len(found) == 1 and len(found[0].times) == usual:
            result.exactly_once += 1
    for chat_id, found in chat_segments.items():
        order = [s.question.seq for s in found]
        if any(b < a for a, b in itertools.pairwise(order)):
            result.order_broken_chats += 1
            if len(result.order_examples) < 3:
                result.order_examples.append(f"chat {chat_id}: replies to questions #{order}")
    return result


def percentile(values: Sequence[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def max_in_window(times: Sequence[float], window: float) -> int:
    """Most events in any half-open window [t, t + window) starting at an event."""
    ordered = sorted(times)
    best = 0
    for index, start in enumerate(ordered):
        best = max(best, bisect_left(ordered, start + window - 1e-9, lo=index) - index)
    return best


@dataclass
class Limits:
    overall_max_per_s: int
    overall_windows_over: float  # share of 1 s windows (one starting at each request) with more than 30
    overall_max_per_s_grid: int  # most requests in one whole second of a grid starting at the first request
    chat_max_per_s: int
    chat_min_gap_s: float
    group_max_per_min: int
    group_min_span_21: float  # shortest time over which a group got 21 messages (>= 60 s: limit held)
    group_count: int


def flood_limits(telegram: tg.FakeTelegram) -> Limits:
    """Telegram's flood limits as seen by the server: every sendMessage request, answered or not."""
    sends = [c for c in telegram.calls if c.method == "sendmessage"]
    by_chat: defaultdict[int, list[float]] = defaultdict(list)
    for call in sends:
        by_chat[int(call.params["chat_id"])].append(call.at)
    gaps = [b - a for times in by_chat.values() for a, b in itertools.pairwise(sorted(times))]
    groups = {chat: times for chat, times in by_chat.items() if chat < 0}
    times = sorted(c.at for c in sends)
    over = sum(bisect_left(times, t + 1.0 - 1e-9, lo=i) - i > 30 for i, t in enumerate(times))
    grid = Counter(int(t - times[0]) for t in times) if times else Counter()
    return Limits(
        overall_max_per_s=max_in_window(times, 1.0),
        overall_windows_over=over / len(times) if times else 0.0,
        overall_max_per_s_grid=max(grid.values(), default=0),
        chat_max_per_s=max((max_in_window(t, 1.0) for t in by_chat.values()), default=0),
        chat_min_gap_s=min(gaps, default=float("nan")),
        group_max_per_min=max((max_in_window(t, 60.0) for t in groups.values()), default=0),
        group_min_span_21=min(
            (b - a for t in groups.values() for a, b in zip(sorted(t), sorted(t)[20:], strict=False)),
            default=float("nan"),
        ),
        group_count=len(groups),
    )


def first_reply_rate(result: Analysis) -> float:
    span = result.last_first_reply - result.first_injected
    return result.answered / span if span > 0 else float("nan")


def mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


async def wait_until_answered(
    telegram: tg.FakeTelegram,
    work: Workload,
    *,
    within: float,
    quiet: float = 4.0,
    give_up_idle: float = 45.0,
    bots: Sequence[BotProcess] = (),
    label: str = "",
) -> Analysis:
    """Wait until every question has a whole answer and nothing was sent for `quiet` seconds, or nothing
    at all was sent for `give_up_idle` seconds (some answer will never be whole), or the timeout; progress
    every 10 s."""
    started = time.monotonic()
    last_report = started
    while True:
        await asyncio.sleep(1.0)
        for bot in bots:
            bot.sample_memory()
        now = time.monotonic()
        result = analyse(telegram, work)
        done = result.complete >= result.asked
        silent = now - max(result.last_sent, started)
        idle = silent >= quiet
        if now - last_report >= 10:
            last_report = now
            progress(
                f"{label}{result.answered}/{result.asked} questions have a first reply, "
                f"{result.sent_ok} messages sent, {now - started:.0f} s"
            )
        if (done and idle) or silent >= give_up_idle or now - started > within:
            if not done:
                progress(
                    f"{label}stopped waiting after {now - started:.0f} s ({silent:.0f} s without a message)"
                )
            return result


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header], *[[_fmt(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for index, row in enumerate(cells):
        pairs = enumerate(zip(row, widths, strict=True))
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)
