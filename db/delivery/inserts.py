"""Inserts that skip rows already there (ON CONFLICT DO NOTHING), built once per dialect and table.

Rows go as parameters of one cached statement rather than as inline VALUES, which SQLAlchemy compiles anew on
every call: these run on every update, before its first reply.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import CursorResult
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from db.models import Base
from db.sqlite_driver import KEYED


@functools.cache
def _statement(dialect: str, model: type[Base], returning: InstrumentedAttribute[Any] | None) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(model).on_conflict_do_nothing()
    return statement if returning is None else statement.returning(returning)


async def insert_ignoring(
    session: AsyncSession,
    model: type[Base],
    rows: Sequence[Mapping[str, Any]],
    *,
    returning: InstrumentedAttribute[Any] | None = None,
) -> CursorResult[Any]:
    """Insert the rows in the session's transaction, skipping any whose key is already there (a few rows, of
    one update: KEYED)."""
    connection = await session.connection()
    statement = _statement(connection.dialect.name, model, returning)
    result: CursorResult[Any] = await connection.execute(statement, list(rows), execution_options=KEYED)
    return result
