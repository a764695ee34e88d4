"""Shared fixtures: the real content, a model trained on it once, and real SQLite and PostgreSQL databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.content.files import ContentSet, read_content
from bot.content.sync import labelled_questions
from db.session import create_engine
from nlp.model import Example, TopicModel, train

ROOT = Path(__file__).resolve().parent.parent
CONTENT_DIR = ROOT / "content"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def content() -> ContentSet:
    """The project's own content/ folder, read and checked."""
    return read_content(CONTENT_DIR)


@pytest.fixture(scope="session")
def examples(content: ContentSet) -> list[Example]:
    """Every training example in content/."""
    return [Example(q.text, q.label, q.teaches_safety) for q in labelled_questions(content)]


@pytest.fixture(scope="session")
def model(examples: list[Example]) -> TopicModel:
    """A model trained once per test run on the real content."""
    return train(examples)


async def _postgres_admin() -> asyncpg.Connection:
    url = make_url(POSTGRES_URL)
    return await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, database=url.database, timeout=3
    )


async def _create_postgres_database() -> str:
    try:
        admin = await _postgres_admin()
    except (OSError, asyncpg.PostgresError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI but does not answer at {POSTGRES_URL}: {error}")
        pytest.skip(
            f"no PostgreSQL server answers at {POSTGRES_URL} ({error}); start it with scripts/services.sh"
        )
    name = f"oncobot_test_{uuid.uuid4().hex[:12]}"
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


async def _drop_postgres_database(url: str) -> None:
    admin = await _postgres_admin()
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of each kind: a SQLite file, and a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}"
        return
    url = await _create_postgres_database()
    try:
        yield url
    finally:
        await _drop_postgres_database(url)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the empty database."""
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()
