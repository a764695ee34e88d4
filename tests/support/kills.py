"""Killing `oncobot run` with SIGKILL at chosen moments of a burst, and what the fake server saw of it.

Shared by the kill test (tests/bot/telegram/delivery/test_journal.py) and the fault benchmark (bench/faults.py). A
Killer arms one kill at a time on the fake server's hooks (a sendMessage arriving, or just accepted) and on a
probe of the bot's database (a write transaction open); the caller restarts the process after each kill.
"""

from __future__ import annotations

import asyncio
import dataclasses
import signal
import sqlite3
import subprocess
import time
from collections import defaultdict
from dataclasses import dataclass, field

import asyncpg
from sqlalchemy.engine import make_url

from tests.support import fake_telegram as tg

#: Five different questions, one per chat, as in the report of issue 13.
QUESTIONS = [
    "what are the side effects of chemo",
    "what is immunotherapy",
    "what is a biopsy",
    "how do I find a clinical trial",
    "what should I eat during radiation",
]


@dataclass
class Kill:
    """One moment to kill the bot: once `share` of the expected messages were accepted, `how`."""

    name: str
    share: float
    #: request: as a sendMessage arrives (never accepted); answered: once Telegram accepted one, before the
    #: bot hears so; write: while the bot holds a database write transaction; resume: at the first message
    #: of the process started after the previous kill
    how: str
    at: float = 0.0
    accepted: int = 0


KILLS = (
    Kill("before the first send", 0.0, "request"),
    Kill("after 1 % of the sends", 0.01, "answered"),
    Kill("after 5 % of the sends", 0.05, "request"),
    Kill("during a database write (10 %)", 0.10, "write"),
    Kill("after 20 % of the sends", 0.20, "answered"),
    Kill("during a database write (35 %)", 0.35, "write"),
    Kill("after 50 % of the sends", 0.50, "request"),
    Kill("as the next process resumes", 0.50, "resume"),
    Kill("after 75 % of the sends", 0.75, "answered"),
    Kill("after 90 % of the sends", 0.90, "request"),
)


@dataclass
class Killer:
    """Kills the current process at each moment of KILLS in turn; install with `attach`."""

    telegram: tg.FakeTelegram
    expected: int
    database_url: str
    pending: list[Kill] = field(default_factory=lambda: [dataclasses.replace(k) for k in KILLS])
    done: list[Kill] = field(default_factory=list)
    process: subprocess.Popen[bytes] | None = None

    def attach(self) -> None:
        """Listen to the fake server's requests."""
        self.telegram.on_request, self.telegram.on_answered = self.on_request, self.on_answered

    def accepted(self) -> int:
        """sendMessage calls Telegram accepted so far."""
        return len(self.telegram.sent())

    def _due(self, how: str) -> Kill | None:
        if not self.pending or self.process is None or self.process.poll() is not None:
            return None
        kill = self.pending[0]
        if kill.how != how:
            return None
        if how == "resume":
            return kill  # armed once the previous kill is done: the first message of the next process
        return kill if self.accepted() >= kill.share * self.expected else None

    def _kill(self, kill: Kill) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        kill.at, kill.accepted = time.monotonic(), self.accepted()
        self.done.append(self.pending.pop(0))

    def on_request(self, call: tg.Call) -> bool:
        """Kill as a sendMessage arrives; the dropped request was never accepted."""
        if call.method != "sendmessage":
            return False
        kill = self._due("request") or self._due("resume")
        if kill is None:
            return False
        self._kill(kill)
        return True

    def on_answered(self, call: tg.Call) -> None:
        """Kill after Telegram accepted a message and before the bot learns it (it may send it again)."""
        if call.method == "sendmessage" and (kill := self._due("answered")) is not None:
            self._kill(kill)

    async def watch_writes(self) -> None:
        """Kill while the bot holds a write transaction (seen from another connection), once one is due."""
        url = make_url(self.database_url)
        postgres: asyncpg.Connection | None = None
        if url.get_backend_name() == "postgresql":
            postgres = await asyncpg.connect(
                host=url.host, port=url.port or 5432, user=url.username, database=url.database
            )
        try:
            while True:
                if self._due("write") is not None and await _writing(postgres, url.database or ""):
                    kill = self._due("write")
                    if kill is not None:
                        self._kill(kill)
                await asyncio.sleep(0 if self._due("write") else 0.05)
        finally:
            if postgres is not None:
                await postgres.close()


async def _writing(postgres: asyncpg.Connection | None, database: str) -> bool:
    if postgres is not None:
        found = await postgres.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL "
            "AND pid <> pg_backend_pid()",
            database,
        )
        return bool(found)
    return await asyncio.to_thread(_sqlite_locked, database)


def _sqlite_locked(path: str) -> bool:
    """True while another connection holds the write lock (every bot transaction takes it at BEGIN)."""
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()
    return False


def received(telegram: tg.FakeTelegram, chat: int) -> list[tg.Call]:
    """The sendMessage calls Telegram accepted for one chat, in order."""
    return [
        c
        for c in telegram.calls
        if c.method == "sendmessage" and c.params.get("_ok") and c.params["chat_id"] == chat
    ]


def split(texts: list[str], expected: list[str]) -> tuple[list[str], list[int]]:
    """The messages with immediate repeats taken out, and the indexes of the repeats."""
    kept: list[str] = []
    repeats: list[int] = []
    for index, text in enumerate(texts):
        if kept and text == kept[-1] and kept.count(text) >= expected.count(text):
            repeats.append(index)
            continue
        kept.append(text)
    return kept, repeats


def complete(telegram: tg.FakeTelegram, asked: dict[int, str], expected: dict[str, list[str]]) -> bool:
    """Every chat has its whole reply (repeats aside)."""
    by_chat: defaultdict[int, list[str]] = defaultdict(list)
    for params in telegram.sent():
        by_chat[int(params["chat_id"])].append(params["text"])
    return all(len(split(by_chat[chat], expected[q])[0]) >= len(expected[q]) for chat, q in asked.items())


@dataclass
class Outcome:
    """What the chats got: whole answers, lost, answered twice, out of order, repeats by kill."""

    answered: int = 0
    lost: int = 0
    twice: int = 0
    disordered: int = 0
    unexplained_repeats: int = 0
    repeats_by_kill: dict[int, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def outcome(
    telegram: tg.FakeTelegram, asked: dict[int, str], expected: dict[str, list[str]], kills: list[Kill]
) -> Outcome:
    """Compare each chat's messages with its reply; a repeat is charged to the kill between its copies."""
    result = Outcome(repeats_by_kill=dict.fromkeys(range(len(kills)), 0))
    for chat, question in asked.items():
        calls = received(telegram, chat)
        want = expected[question]
        kept, repeats = split([c.params["text"] for c in calls], want)
        whole = sum(1 for i in range(0, len(kept), len(want)) if kept[i : i + len(want)] == want)
        if kept == want:
            result.answered += 1
        elif whole > 1:
            result.twice += 1
            result.problems.append(f"chat {chat}: answered {whole} times")
        elif all(text in want for text in kept) and sorted(kept, key=want.index) == kept:
            result.lost += 1
            result.problems.append(f"chat {chat}: {len(kept)} of {len(want)} messages")
        else:
            result.disordered += 1
            result.problems.append(f"chat {chat}: messages out of order")
        for index in repeats:
            between = [i for i, k in enumerate(kills) if calls[index - 1].at <= k.at <= calls[index].at]
            if between:
                result.repeats_by_kill[between[0]] += 1
            else:
                result.unexplained_repeats += 1
                result.problems.append(f"chat {chat}: a message sent twice without a kill in between")
    return result
