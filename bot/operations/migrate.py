"""Applying the Alembic migrations shipped with the package (migrations/) to the configured database."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import packaged

if TYPE_CHECKING:  # Alembic (and Mako) load only when the schema really changes: the bot starts leaner
    from alembic.config import Config

_REVISION = re.compile(r'^(down_)?revision: str(?: \| None)? = "?([\w]+)"?', re.M)


def alembic_config() -> Config:
    """The project's Alembic configuration, wherever oncobot is started from."""
    from alembic.config import Config

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


def head_revision() -> str:
    """The newest shipped migration: the one no other migration builds on (read without importing Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in packaged("migrations").joinpath("versions").iterdir():
        if script.name.endswith(".py"):
            for down, value in _REVISION.findall(script.read_text()):
                (parents if down else revisions).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


async def _stored_revision(engine: AsyncEngine) -> str | None:
    """The revision in alembic_version, or None when the table is missing or empty."""
    try:
        async with engine.connect() as connection:
            return (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    except DBAPIError:
        return None


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to a revision (the newest by default); a database already there is left alone."""
    if revision == "head" and await _stored_revision(engine) == head_revision():
        return
    from alembic import command

    await _on_connection(engine, command.upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the schema back to a revision ('base' removes every table)."""
    from alembic import command

    await _on_connection(engine, command.downgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None before the first migration."""
    from alembic.runtime.migration import MigrationContext

    def read(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    async with engine.connect() as connection:
        return await connection.run_sync(read)
