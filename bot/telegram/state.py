"""What every handler needs, held once in the Application's bot_data."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.metrics import Metrics
from bot.pipeline import Responder
from bot.privacy import Pseudonymizer
from bot.services import Services
from bot.settings import Settings
from bot.telegram.sender import Sender

STATE_KEY = "oncobot"


class QuestionLimiter:
    """At most N questions a minute per person: one polite note, then silence for the rest of the minute."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: defaultdict[str, deque[float]] = defaultdict(deque)
        self._warned: dict[str, float] = {}

    def check(self, key: str, now: float | None = None) -> str:
        """'ok' to answer, 'warn' to send the note once, 'drop' to stay silent."""
        now = time.monotonic() if now is None else now
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

    def __post_init__(self) -> None:
        self.limiter = QuestionLimiter(self.settings.questions_per_minute)

    def track(self, work: Coroutine[Any, Any, None]) -> None:
        """Run work in the background, keeping a reference so that shutdown can wait for it."""
        task = asyncio.get_running_loop().create_task(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)

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
