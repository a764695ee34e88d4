"""A fair outgoing queue under Telegram's flood limits.

Under a burst the send rate, not the CPU, is the limit (about 30 messages a second overall, one a second
in a chat, 20 a minute in a group). The outbox sends urgent replies before anything else, then the first
message of every waiting reply before the follow-up chunks of earlier replies, keeps each chat's messages in
order (only the head of a chat's queue can go, and never while the chat's previous message is still being
sent), and holds every limit itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

#: Urgent replies (emergency, crisis, call the care team today) go before every other chat's waiting messages.
URGENT, FIRST, FOLLOW_UP = -1, 0, 1


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    chat_id: int = field(compare=False)
    group: bool = field(compare=False)
    send: Callable[[], Awaitable[Any]] = field(compare=False)
    result: asyncio.Future[Any] = field(compare=False)


@dataclass(frozen=True)
class Limits:
    """Telegram's flood limits, with a little headroom by default."""

    per_second: float = 28.0
    chat_interval: float = 1.0
    group_per_minute: int = 20
    group_window: float = 61.0
    #: sends waiting for Telegram's answer (and for their record) at once; 0: no limit. After a kill -9,
    #: only these can go out twice (Telegram has no idempotency key), so oncobot run allows one. An urgent
    #: message may go as one more: it never waits for an ordinary send's slow record.
    in_flight: int = 0


class Outbox:
    """Schedules sends across chats: first messages first, per-chat order kept, every limit held."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._queues: defaultdict[int, deque[_Job]] = defaultdict(deque)
        self._busy: set[int] = set()
        self._last: dict[int, float] = {}
        self._group_sent: defaultdict[int, deque[float]] = defaultdict(deque)
        self._sent: deque[float] = deque()
        self._seq = itertools.count()
        self._wake = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._stopping = False
        self._in_flight: set[asyncio.Task[None]] = set()
        self._sending = 0

    def start(self) -> None:
        """Begin sending (call from the running loop)."""
        if self._runner is None:
            self._runner = asyncio.get_running_loop().create_task(self._run(), name="outbox")

    async def stop(self, drain_timeout: float = 10.0) -> None:
        """Send what is queued (up to a timeout), then stop."""
        deadline = time.monotonic() + drain_timeout
        while (self.pending or self._in_flight) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        if self._runner is not None:
            # A flag, not cancel(): Python 3.11's wait_for can swallow a cancellation that races a wake-up.
            self._stopping = True
            self._wake.set()
            try:
                await asyncio.wait_for(self._runner, timeout=1.0)
            except TimeoutError:
                self._runner.cancel()
            self._runner = None
            self._stopping = False
        for queue in self._queues.values():
            for job in queue:
                job.result.cancel()
        self._queues.clear()

    @property
    def pending(self) -> int:
        """Messages waiting to be sent."""
        return sum(len(queue) for queue in self._queues.values())

    def enqueue(
        self,
        chat_id: int,
        send: Callable[[], Awaitable[Any]],
        *,
        first: bool,
        group: bool,
        urgent: bool = False,
    ) -> asyncio.Future[Any]:
        """Queue one send; the future resolves with its result once it has gone out."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        priority = URGENT if urgent else FIRST if first else FOLLOW_UP
        job = _Job(priority, next(self._seq), chat_id, group, send, future)
        self._queues[chat_id].append(job)
        if (
            self._runner is not None
            and not self._stopping
            and len(self._queues) == 1 == len(self._queues[chat_id])
        ):
            # Nothing else waits: started here if it may go now, so that a quiet bot's reply does not wait
            # for the runner's turn in the loop (under a burst the runner picks, as ever).
            self._start_next()
        self._wake.set()
        return future

    @contextlib.asynccontextmanager
    async def aside(self) -> AsyncIterator[None]:
        """A send waiting to retry (its request failed) lets other chats' sends go meanwhile."""
        self._sending -= 1
        self._wake.set()
        try:
            yield
        finally:
            while self.limits.in_flight and self._sending >= self.limits.in_flight:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            self._sending += 1

    def _ready_at(self, job: _Job, now: float) -> float:
        """When this chat may send again (now or later)."""
        ready = self._last.get(job.chat_id, -1e9) + self.limits.chat_interval
        if job.group:
            window = self._group_sent[job.chat_id]
            while window and now - window[0] >= self.limits.group_window:
                window.popleft()
            if len(window) >= self.limits.group_per_minute:
                ready = max(ready, window[0] + self.limits.group_window)
        return ready

    def _pick(self, now: float) -> tuple[_Job | None, float]:
        """The most urgent sendable job, or None and how long to wait for one."""
        best: _Job | None = None
        wait = 3600.0
        for chat_id, queue in self._queues.items():
            if not queue or chat_id in self._busy:
                continue
            head = queue[0]
            ready = self._ready_at(head, now)
            if ready <= now:
                if best is None or head < best:
                    best = head
            else:
                wait = min(wait, ready - now)
        return best, wait

    def _global_wait(self, now: float) -> float:
        while self._sent and now - self._sent[0] >= 1.0:
            self._sent.popleft()
        # Evenly spaced rather than in bursts: requests drift on their way, and a burst of 28 started at
        # once can arrive next to the following second's burst, over Telegram's limit in a sliding second.
        spacing = self._sent[-1] + 1.0 / self.limits.per_second - now if self._sent else 0.0
        if len(self._sent) < self.limits.per_second:
            return max(0.0, spacing)
        return max(self._sent[0] + 1.0 - now, spacing)

    async def _run(self) -> None:
        while not self._stopping:
            waiting = self._start_next()
            if waiting is None:
                continue
            wait, pacing = waiting
            if pacing:
                await asyncio.sleep(wait)  # the overall limit: nothing may go before then
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)

    def _start_next(self) -> tuple[float, bool] | None:
        """Start the most urgent send that may go now. None if one started; else how long until one may, and
        whether that is the overall limit's pace (no new send can make it sooner)."""
        limit = self.limits.in_flight
        if limit and self._sending > limit:
            return 1.0, False  # a finished send wakes the runner
        now = time.monotonic()
        job, wait = self._pick(now)
        if job is None:
            return wait, False
        if limit and self._sending == limit and job.priority != URGENT:
            return 1.0, False
        pause = self._global_wait(now)
        if pause > 0:
            return pause, True
        self._queues[job.chat_id].popleft()
        if not self._queues[job.chat_id]:
            del self._queues[job.chat_id]
        self._busy.add(job.chat_id)
        self._sent.append(now)
        if next(self._seq) % 1000 == 0:
            self._forget_idle_chats(now)
        if job.group:
            self._group_sent[job.chat_id].append(now)
        self._sending += 1
        task = asyncio.get_running_loop().create_task(self._execute(job))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        return None

    def _forget_idle_chats(self, now: float) -> None:
        """Drop pacing state of chats quiet for over a minute, so that memory stays bounded."""
        for chat_id in [c for c, at in self._last.items() if now - at > 60]:
            del self._last[chat_id]
            self._group_sent.pop(chat_id, None)

    async def _execute(self, job: _Job) -> None:
        try:
            result = await job.send()
        except Exception as error:  # the caller decides; the outbox keeps going
            if not job.result.done():
                job.result.set_exception(error)
        else:
            if not job.result.done():
                job.result.set_result(result)
        finally:
            self._sending -= 1
            self._busy.discard(job.chat_id)
            self._last[job.chat_id] = time.monotonic()
            self._wake.set()
