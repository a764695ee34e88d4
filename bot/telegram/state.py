"""What every handler needs, held once in the Application's bot_data."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict, defaultdict, deque
from collections.abc import Coroutine
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.answering.pipeline import Responder
from bot.operations.metrics import Metrics
from bot.privacy.pseudonyms import Pseudonymizer
from bot.services import Services
from bot.settings import Settings
from bot.telegram.delivery.logbuffer import LogBuffer
from bot.telegram.delivery.sender import Sender
from nlp.understanding import Context

STATE_KEY = "oncobot"


class QuestionLimiter:
    """At most N questions a minute per person: one polite note, then silence for the rest of the minute."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: defaultdict[str, deque[float]] = defaultdict(deque)
        self._warned: dict[str, float] = {}
        self._swept = float("-inf")  # the first check sweeps (nothing) and starts the clock

    def check(self, key: str, now: float | None = None) -> str:
        """'ok' to answer, 'warn' to send the note once, 'drop' to stay silent."""
        now = time.monotonic() if now is None else now
        if now - self._swept >= 60:
            self._sweep(now)
        window = self._seen[key]
        while window and now - window[0] >= 60:
            window.popleft()
        if len(window) < self.per_minute:
            window.append(now)
            return "ok"
        warned = self._warned.get(key)
        if warned is not None and now - warned < 60:
            return "drop"
        self._warned[key] = now
        return "warn"

    def __len__(self) -> int:
        """How many people the limiter keeps a window for."""
        return len(self._seen)

    def _sweep(self, now: float) -> None:
        """Forget people quiet for a minute: their windows are empty, and every new person would add one."""
        self._swept = now
        for key in [key for key, window in self._seen.items() if not window or now - window[-1] >= 60]:
            del self._seen[key]
        for key in [key for key, warned in self._warned.items() if now - warned >= 60]:
            del self._warned[key]


class Conversations:
    """Each person's last answered question per chat and thread, for follow-ups; forgotten after a while."""

    def __init__(self, ttl_seconds: float = 30 * 60, limit: int = 50_000) -> None:
        self.ttl = ttl_seconds
        self.limit = limit
        self._items: OrderedDict[str, tuple[float, Context]] = OrderedDict()

    def get(self, key: str, now: float | None = None) -> Context | None:
        """The context of the person's last answer here, if it is recent enough."""
        now = time.monotonic() if now is None else now
        item = self._items.get(key)
        if item is None or now - item[0] > self.ttl:
            self._items.pop(key, None)
            return None
        return item[1]

    def put(self, key: str, context: Context, now: float | None = None) -> None:
        """Remember the newest answered question (the oldest entries go beyond the limit)."""
        self._items[key] = (time.monotonic() if now is None else now, context)
        self._items.move_to_end(key)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def clear(self, prefix: str) -> None:
        """Forget one person's contexts (/new, /forget): every key that starts with their pseudonym."""
        for key in [k for k in self._items if k.startswith(prefix)]:
            del self._items[key]


@dataclass(frozen=True)
class KnownCancer:
    """A person's remembered cancer, read with their update's claim; good while no write came after it."""

    user_key: str
    cancer: str | None
    #: `BotState.cancer_writes` when it was read
    writes: int


@dataclass
class BotState:
    """Long-lived parts the handlers share; built by the composition root."""

    services: Services
    settings: Settings
    pseudonyms: Pseudonymizer
    sender: Sender
    metrics: Metrics
    limiter: QuestionLimiter = field(init=False)
    background: set[asyncio.Task[None]] = field(init=False, default_factory=set)
    #: background deliveries by update id, so that the inbox marks an update done only once it was sent
    deliveries: dict[int, asyncio.Task[None]] = field(init=False, default_factory=dict)
    #: log records waiting for the database to come back
    log_buffer: LogBuffer = field(init=False)
    #: each person's last answered question, for follow-ups (in memory, 30 minutes)
    conversations: Conversations = field(init=False, default_factory=Conversations)
    #: remembered cancers set or cleared by this process: a count taken before a read outdates it
    cancer_writes: int = field(init=False, default=0)
    #: the remembered cancer of the update being handled, if it was read with the claim (the inbox sets it)
    known_cancer: ContextVar[KnownCancer | None] = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = QuestionLimiter(self.settings.questions_per_minute)
        self.log_buffer = LogBuffer(self.settings.log_buffer_size)
        self.known_cancer = ContextVar(f"known_cancer_{id(self)}", default=None)

    def cached_cancer(self, user_key: str) -> KnownCancer | None:
        """The remembered cancer read with this update's claim, unless it is someone else's or outdated."""
        known = self.known_cancer.get()
        if known is None or known.user_key != user_key or known.writes != self.cancer_writes:
            return None
        return known

    def track(self, work: Coroutine[Any, Any, None], *, update_id: int | None = None) -> None:
        """Run work in the background, keeping a reference so that shutdown and the inbox can wait for it."""
        task = asyncio.get_running_loop().create_task(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        if update_id is not None:
            self.deliveries[update_id] = task
            task.add_done_callback(lambda _task: self._forget_delivery(update_id, _task))

    def _forget_delivery(self, update_id: int, task: asyncio.Task[None]) -> None:
        if self.deliveries.get(update_id) is task:
            del self.deliveries[update_id]

    async def drain(self, seconds: float) -> None:
        """Wait for background work (deliveries being recorded) to finish, up to a timeout."""
        if self.background:
            await asyncio.wait(set(self.background), timeout=seconds)

    @property
    def responder(self) -> Responder:
        """The current pipeline (it changes when answers or the model are reloaded)."""
        return self.services.responder


def attach(application: Application[Any, Any, Any, Any, Any, Any], state: BotState) -> None:
    """Make the state reachable from every handler."""
    application.bot_data[STATE_KEY] = state


def bot_state(context: CallbackContext[Any, Any, Any, Any]) -> BotState:
    """The shared state, from a handler's context."""
    state: BotState = context.bot_data[STATE_KEY]
    return state
