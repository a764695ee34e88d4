"""The bot under test: the real aiohttp server and python-telegram-bot, against the fake Bot API server."""

from __future__ import annotations

import dataclasses
import functools
import itertools
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
