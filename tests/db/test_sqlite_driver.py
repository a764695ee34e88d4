import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from db.session import SessionFactory, create_engine, session_factory
from db.sqlite_driver import KEYED

WHICH_THREAD = text("SELECT which_thread()")


@pytest.fixture
async def sqlite(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A SQLite engine whose SQL can tell which thread runs it, with a small table."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'driver.db'}")

    def add_function(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function("which_thread", 0, threading.get_ident)

    event.listen(engine.sync_engine, "connect", add_function)
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"))
    try:
        yield engine
    finally:
        await engine.dispose()


async def test_a_keyed_statement_runs_in_the_loop_and_any_other_in_the_connections_thread(
    sqlite: AsyncEngine,
) -> None:
    sessions = session_factory(sqlite)
    async with sessions() as session, session.begin():
        keyed = await session.scalar(WHICH_THREAD.execution_options(**KEYED))
        plain = await session.scalar(WHICH_THREAD)
    assert keyed == threading.get_ident()
    assert plain != threading.get_ident()


async def _names(sessions: SessionFactory) -> list[str]:
    async with sessions() as session:
        return list(await session.scalars(text("SELECT name FROM items ORDER BY id")))


async def _write_then_fail(sessions: SessionFactory, insert: Any) -> None:
    async with sessions() as session, session.begin():
        await session.execute(insert, {"name": "undone"})
        raise RuntimeError("the transaction fails after the write")


async def test_keyed_writes_are_committed_or_rolled_back_with_their_transaction(sqlite: AsyncEngine) -> None:
    sessions = session_factory(sqlite)
    insert = text("INSERT INTO items (name) VALUES (:name)").execution_options(**KEYED)
    async with sessions() as session, session.begin():
        await session.execute(insert, {"name": "kept"})
    with pytest.raises(RuntimeError):
        await _write_then_fail(sessions, insert)
    assert await _names(sessions) == ["kept"]
    async with sessions() as session, session.begin():
        result = await session.execute(
            text("UPDATE items SET name = 'renamed' WHERE name = 'kept'").execution_options(**KEYED)
        )
    assert result.rowcount == 1  # type: ignore[attr-defined]
    assert await _names(sessions) == ["renamed"]


async def test_every_row_of_a_statement_is_read_whether_keyed_or_not(sqlite: AsyncEngine) -> None:
    sessions = session_factory(sqlite)
    many = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n"
    async with sessions() as session, session.begin():
        keyed = list(await session.scalars(text(many).execution_options(**KEYED)))
        plain = list(await session.scalars(text(many)))
        streamed = [row[0] async for row in await session.stream(text(many))]
    assert keyed == plain == streamed == list(range(1, 501))
