"""The bot under test: the real aiohttp server and python-telegram-bot, against the fake Bot API server."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from sqlalchemy import select

from bot.server import build_web_app
from bot.services import Services, prepare
from bot.settings import Secret, Settings
from db.models import ConversationMessage
from tests.conftest import ROOT
from tests.support import fake_telegram as tg
from tests.support.fake_telegram import TOKEN, FakeTelegram

WEBHOOK_SECRET = "webhook-secret-for-tests_0123456789"
PSEUDONYM_SECRET = "pseudonym-secret-for-tests-0123456789"
_chat_ids = itertools.count(424242001)


def new_id() -> int:
    """A fresh Telegram id per test, so that tests never see each other's messages."""
    return next(_chat_ids)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def services(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Services]:
    path: Path = tmp_path_factory.mktemp("telegram") / "oncobot.db"
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{path}",
        telegram_bot_token=Secret(TOKEN),
        pseudonym_secret=Secret(PSEUDONYM_SECRET),
        chat_message_interval=0.02,
        polling_timeout=1,
        retry_backoff_seconds=0.05,
    )
    prepared = await prepare(settings, lambda _message: None, show_progress=False)
    yield prepared
    await prepared.close()


@dataclass
class Harness:
    """A running bot and the fake Telegram it talks to."""

    telegram: FakeTelegram
    services: Services
    url: str
    http: aiohttp.ClientSession
    app: web.Application | None = None

    async def stored(self) -> list[ConversationMessage]:
        async with self.services.sessions() as session:
            return list(
                (
                    await session.execute(select(ConversationMessage).order_by(ConversationMessage.id))
                ).scalars()
            )

    async def forget(self, user: int) -> None:
        """Send /forget, confirm it with the button, and wait for the confirmation."""
        self.telegram.inject(tg.private_text(user, "/forget"))
        await self.telegram.wait_for(
            lambda: any("Delete everything" in m["text"] for m in self.telegram.sent(user))
        )
        confirm = next(m for m in self.telegram.sent(user) if "Delete everything" in m["text"])
        self.telegram.inject(tg.callback(user, "fg:yes", confirm["_result"]))
        await self.telegram.wait_for(
            lambda: any("has been deleted" in m["text"] for m in self.telegram.sent(user))
        )


BotFactory = Callable[..., AbstractAsyncContextManager[Harness]]


@asynccontextmanager
async def bot_on(services: Services, *, webhook: bool = False, **overrides: Any) -> AsyncIterator[Harness]:
    """A running bot on the given services, in polling mode (default) or webhook mode."""
    telegram = FakeTelegram()
    base = await telegram.start()
    settings = dataclasses.replace(
        services.settings,
        telegram_api_base_url=base,
        webhook_url="https://bot.example.org/telegram/hook" if webhook else "",
        webhook_secret=Secret(WEBHOOK_SECRET if webhook else ""),
        **overrides,
    )
    app = build_web_app(dataclasses.replace(services, settings=settings))
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}"
    if webhook:
        telegram.webhook_target = f"{url}/telegram/hook"
    http = aiohttp.ClientSession()
    try:
        yield Harness(telegram, services, url, http, app)
    finally:
        await http.close()
        await runner.cleanup()
        await telegram.stop()


@pytest.fixture
def running_bot(services: Services) -> BotFactory:
    """Start the bot in polling mode (default) or webhook mode, with settings overrides."""
    return functools.partial(bot_on, services)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Replica:
    """One `oncobot run` process, in webhook mode (default) or polling, with extra settings if given."""

    def __init__(
        self,
        name: str,
        database_url: str,
        telegram: str,
        log: Path,
        *,
        webhook: bool = True,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = {
            **os.environ,
            "DATABASE_URL": database_url,
            "TELEGRAM_BOT_TOKEN": tg.TOKEN,
            "PSEUDONYM_SECRET": PSEUDONYM_SECRET,
            "TELEGRAM_API_BASE_URL": telegram,
            "WEBHOOK_URL": "https://bot.example.org/telegram/hook",
            "WEBHOOK_SECRET": WEBHOOK_SECRET,
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "CHAT_MESSAGE_INTERVAL": "0.02",
            "RETRY_BACKOFF_SECONDS": "0.05",
            "INBOX_LEASE_SECONDS": "5",
            "REPLICA_ID": name,
            "NO_PROXY": "127.0.0.1,localhost",
            **(env or {}),
        }
        if not webhook:
            del environment["WEBHOOK_URL"], environment["WEBHOOK_SECRET"]
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "oncobot"), "run"],
            cwd=ROOT,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    async def ready(self, http: aiohttp.ClientSession, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"{self.name} exited; see {self.log.name}"
            try:
                async with http.get(f"{self.url}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
        raise AssertionError(f"{self.name} did not start; see {self.log.name}")

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout=30)
        finally:
            self.log.close()
        return code
