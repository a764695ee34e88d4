"""Engines and async sessions for the URL in DATABASE_URL (SQLite by default, PostgreSQL in production)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from db.sqlite_driver import async_creator, mark_keyed

SessionFactory = async_sessionmaker[AsyncSession]


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable in WAL mode but for the last commits on power loss
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    # The driver would begin a transaction only at the first INSERT/UPDATE/DELETE, and the RELEASE of a
    # SAVEPOINT opened before that commits on its own: half a transaction survived a crash. SQLAlchemy
    # begins every transaction itself instead (_begin_immediately).
    dbapi_connection.isolation_level = None


def _begin_immediately(connection: Any) -> None:
    """Every transaction is one unit; IMMEDIATE takes the write lock up front (waiting up to busy_timeout),
    so a transaction that reads and then writes never fails on a snapshot another connection moved on."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str, *, pool_size: int = 5, max_overflow: int = 5) -> AsyncEngine:
    """An async engine; for a SQLite file, its folder is created and foreign keys are enforced."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, async_creator=async_creator(parsed))
        event.listen(engine.sync_engine, "connect", _enable_sqlite_foreign_keys)
        event.listen(engine.sync_engine, "begin", _begin_immediately)
        event.listen(engine.sync_engine, "before_cursor_execute", mark_keyed)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow)


def is_memory(url: str) -> bool:
    """An in-memory SQLite database exists once per connection: a second engine would see another one."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def session_factory(engine: AsyncEngine) -> SessionFactory:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
