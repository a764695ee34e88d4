import asyncio
from pathlib import Path

import pytest

from bot.answering.pipeline import Responder
from bot.services import prepare
from bot.settings import Settings


@pytest.fixture(scope="session")
def responder(tmp_path_factory: pytest.TempPathFactory) -> Responder:
    """The real pipeline, built the way `oncobot` builds it, on a fresh SQLite database."""
    path: Path = tmp_path_factory.mktemp("pipeline") / "oncobot.db"
    settings = Settings(database_url=f"sqlite+aiosqlite:///{path}")

    async def build() -> Responder:
        services = await prepare(settings, lambda _message: None, show_progress=False)
        await services.close()
        return services.responder

    return asyncio.run(build())
