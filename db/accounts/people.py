"""What a person asked the bot to remember, keyed by their pseudonym; /forget deletes it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PersonSetting
from db.sqlite_driver import KEYED


async def remembered_cancer(session: AsyncSession, user_key: str) -> str | None:
    """The cancer type the person asked to be remembered, if any."""
    row = await session.get(PersonSetting, user_key)
    return row.cancer if row is not None else None


async def remembered_cancers(session: AsyncSession, user_keys: set[str]) -> dict[str, str]:
    """The remembered cancer types of several people in one query (those with none are left out)."""
    if not user_keys:
        return {}
    rows = await session.execute(
        select(PersonSetting.user_key, PersonSetting.cancer)
        .where(PersonSetting.user_key.in_(user_keys))
        .execution_options(**KEYED)
    )
    return {key: cancer for key, cancer in rows if cancer is not None}


async def remember_cancer(session: AsyncSession, user_key: str, cancer: str | None) -> None:
    """Set (or, with None, clear) the person's remembered cancer type."""
    if cancer is None:
        await forget(session, user_key)
        return
    row = await session.get(PersonSetting, user_key)
    if row is None:
        session.add(PersonSetting(user_key=user_key, cancer=cancer, updated_at=datetime.now(UTC)))
    else:
        row.cancer, row.updated_at = cancer, datetime.now(UTC)
    await session.flush()


async def forget(session: AsyncSession, user_key: str) -> int:
    """Delete everything remembered about the person; how many records went."""
    result = await session.execute(delete(PersonSetting).where(PersonSetting.user_key == user_key))
    return int(getattr(result, "rowcount", 0) or 0)
