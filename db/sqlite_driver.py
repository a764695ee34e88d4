"""aiosqlite with one trip to the connection's thread per statement instead of four, and none for small ones.

aiosqlite hands every call to the connection's own thread and waits for the event loop to be woken: opening
a cursor, executing, fetching the rows and closing the cursor are four trips for each statement SQLAlchemy
runs, about 0.1 ms each, and a question's first reply waits for a transaction of several statements. Here a
statement and the fetch of its rows make one trip; opening and closing a cursor, which read no data, run in
the loop.

A statement marked `KEYED` (a few rows by key, on the first reply's path) makes no trip at all inside a
transaction: every transaction begins IMMEDIATE, so it holds the write lock and waits for nobody, and the
statement takes microseconds. Beginning (which may wait for the lock) and committing (which may write the WAL
back) still go to the thread. A connection is used by one task at a time (SQLAlchemy's pool hands it to one
session), so nothing runs on it from two threads at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

import aiosqlite
from aiosqlite.context import contextmanager
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite
from sqlalchemy.engine import URL, Connection, ExecutionContext

#: The execution option that marks a statement as small and keyed (see the module's docstring).
IN_LOOP = "oncobot_sqlite_in_loop"
KEYED = {IN_LOOP: True}

#: Rows fetched per trip when iterating a cursor (aiosqlite's default).
ITER_CHUNK_SIZE = 64


class _Cursor(aiosqlite.Cursor):
    """Executes and fetches the rows in the same trip; hands out the rows from memory afterwards."""

    def __init__(self, conn: aiosqlite.Connection, cursor: sqlite3.Cursor) -> None:
        super().__init__(conn, cursor)
        self._rows: list[Any] = []

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> _Cursor:
        """Run one statement and read all its rows in the connection's thread."""
        values = [] if parameters is None else parameters
        connection = self._conn
        if isinstance(connection, _Connection) and connection.in_loop and connection._conn.in_transaction:
            self._rows = self._run(sql, values)
        else:
            self._rows = await self._execute(self._run, sql, values)  # type: ignore[no-untyped-call]
        return self

    def _run(self, sql: str, parameters: Iterable[Any]) -> list[Any]:
        cursor = self._cursor.execute(sql, parameters)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []

    async def fetchone(self) -> Any:
        """The next row read with the statement, or None."""
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        """The next rows read with the statement."""
        count = self.arraysize if size is None else size
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def fetchall(self) -> list[Any]:
        """The rows read with the statement that are left."""
        rows, self._rows = self._rows, []
        return rows

    async def close(self) -> None:
        """Close the sqlite3 cursor in the loop: its statement has already run."""
        self._cursor.close()


class _Connection(aiosqlite.Connection):
    """An aiosqlite connection whose cursors are opened in the loop."""

    #: the statement about to run is marked KEYED
    in_loop = False

    @contextmanager
    async def cursor(self) -> aiosqlite.Cursor:
        """A cursor, opened without a trip to the connection's thread."""
        return _Cursor(self, self._conn.cursor())


def async_creator(url: URL) -> Callable[[], Any]:
    """What `create_async_engine(async_creator=...)` calls for a new connection to the URL's database."""
    (database, *_rest), options = SQLiteDialect_aiosqlite().create_connect_args(url)
    # Cursors are opened and closed in the loop's thread, never while the connection's thread uses them.
    keywords: dict[str, Any] = {**options, "check_same_thread": False}

    def connect() -> sqlite3.Connection:
        connection: sqlite3.Connection = sqlite3.connect(database, **keywords)
        return connection

    async def create() -> aiosqlite.Connection:
        connection = _Connection(connect, ITER_CHUNK_SIZE)
        connection._thread.daemon = True  # as SQLAlchemy does: a forgotten connection never blocks exit
        return await connection

    return create


def mark_keyed(
    connection: Connection,
    _cursor: Any,
    _statement: str,
    _parameters: Any,
    context: ExecutionContext | None,
    _executemany: bool,
) -> None:
    """before_cursor_execute: tell the driver whether the statement about to run is marked KEYED."""
    driver = connection.connection.driver_connection
    if isinstance(driver, _Connection):
        driver.in_loop = bool(context is not None and context.execution_options.get(IN_LOOP))
