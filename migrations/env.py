"""Alembic environment: runs migrations on a connection handed in by oncobot, or on DATABASE_URL."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from db.models import Base
from db.session import create_engine

config = context.config
target_metadata = Base.metadata
DEFAULT_URL = "sqlite+aiosqlite:///var/oncobot.db"


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_run)
    finally:
        await engine.dispose()


def run_offline() -> None:
    """Emit SQL instead of running it (alembic upgrade --sql)."""
    context.configure(
        url=os.environ.get("DATABASE_URL", DEFAULT_URL),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Use oncobot's connection when given one, else connect to DATABASE_URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    asyncio.run(_run_with_own_engine(os.environ.get("DATABASE_URL", DEFAULT_URL)))


if context.is_offline_mode():
    run_offline()
else:
    run_online()
