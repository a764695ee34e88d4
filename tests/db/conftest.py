import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.operations import migrate
from db.session import SessionFactory, session_factory


@pytest.fixture
async def sessions(engine: AsyncEngine) -> SessionFactory:
    """Sessions on a freshly migrated database."""
    await migrate.upgrade(engine)
    return session_factory(engine)
