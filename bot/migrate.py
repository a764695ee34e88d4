"""Applying the Alembic migrations shipped with the package (migrations/) to the configured database."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import packaged


def alembic_config() -> Config:
    """The project's Alembic configuration, wherever oncobot is started from."""
    config = Config(str(packaged("alembic.ini")))
    config.set_main_option("script_location", str(packaged("migrations")))
    return config


async def _on_connection(engine: AsyncEngine, step: Callable[[Config, str], None], revision: str) -> None:
    """Run an Alembic command on one of the engine's connections, inside one transaction."""

    def run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        step(config, revision)

    async with engine.begin() as connection:
        await connection.run_sync(run)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to a revision (the newest by default)."""
    await _on_connection(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the schema back to a revision ('base' removes every table)."""
    await _on_connection(engine, command.downgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None before the first migration."""
    from alembic.runtime.migration import MigrationContext

    def read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(read)
