"""The dashboard under test: the real aiohttp app and templates on a prepared SQLite database."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot import dashboard
from bot.operations import staff_accounts
from bot.services import Services, prepare
from bot.settings import Settings
from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from tests.conftest import CONTENT_DIR

PASSWORD = "correct horse battery staple"
ACCOUNTS = {"rita": "reviewer", "eddie": "editor", "erin": "editor", "ada": "admin"}


@pytest.fixture(scope="session")
def content_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of content/ that the export tests may write to."""
    target = tmp_path_factory.mktemp("content-copy")
    shutil.copytree(CONTENT_DIR, target, dirs_exist_ok=True)
    return target


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def staff_services(
    tmp_path_factory: pytest.TempPathFactory, content_copy: Path
) -> AsyncIterator[Services]:
    """Prepared services (content loaded, model trained) with one account per role."""
    path: Path = tmp_path_factory.mktemp("dashboard") / "oncobot.db"
    content_dir = content_copy
    settings = Settings(database_url=f"sqlite+aiosqlite:///{path}", content_dir=content_dir)
    services = await prepare(settings, lambda _message: None, show_progress=False)
    for name, role in ACCOUNTS.items():
        await staff_accounts.add(services.sessions, name, role, PASSWORD)
    yield services
    await services.close()


@dataclass
class Staff:
    """A browser-like client of the dashboard, with helpers to sign in and post forms."""

    client: TestClient[Any, Any]
    services: Services

    async def sign_in(self, name: str, password: str = PASSWORD) -> Any:
        page = await self.client.get("/staff/login")
        token = _field(await page.text(), "login_token")
        return await self.client.post(
            "/staff/login",
            data={"login_token": token, "name": name, "password": password, "next": "/staff/queue"},
            allow_redirects=False,
        )

    async def csrf(self, path: str = "/staff/queue") -> str:
        page = await self.client.get(path)
        return _field(await page.text(), "csrf_token")

    async def post(self, path: str, data: dict[str, str] | None = None, *, csrf: bool = True) -> Any:
        form = dict(data or {})
        if csrf:
            form["csrf_token"] = await self.csrf()
        return await self.client.post(path, data=form, allow_redirects=False)

    async def get_text(self, path: str) -> str:
        response = await self.client.get(path)
        assert response.status == 200, (path, response.status)
        return await response.text()


def _field(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, f"no {name} field in the page"
    return found.group(1)


@pytest_asyncio.fixture(loop_scope="session")
async def browser_client(staff_services: Services) -> AsyncIterator[Staff]:
    """A fresh cookie jar against a fresh dashboard app (the services are shared)."""
    app = web.Application()
    dashboard.setup(app, staff_services)
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        yield Staff(client, staff_services)
    finally:
        await client.close()


async def seed_question(
    services: Services,
    text: str,
    *,
    kind: str = "answer",
    topic: str | None = "liver.car-t",
    confidence: float = 0.9,
    chat_type: str = "private",
    feedback: str | None = None,
    replies: tuple[str, ...] = ("<b>An answer</b>",),
    user_key: str | None = None,
) -> int:
    """Log a question and its replies the way the bot does; returns the question's id."""
    incoming = Incoming(
        user_key=user_key or uuid.uuid4().hex, chat_key=uuid.uuid4().hex, chat_type=chat_type, text=text
    )
    async with services.sessions() as session, session.begin():
        message_id = await conversations.log_incoming(session, incoming)
        await conversations.record_verdict(
            session,
            message_id,
            kind=kind,
            topic_id=topic,
            confidence=confidence,
            alternatives=["liver.treatment-options"],
            model_version="m1",
            latency_ms=12.5,
            feedback=feedback,
        )
        for reply in replies:
            await conversations.log_outgoing(session, incoming, message_id, reply, conversations.SENT)
    return message_id
