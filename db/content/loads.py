"""Content loads by digest: whether content/ changed since it was last loaded into this database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ContentLoad


async def last_digest(session: AsyncSession) -> str | None:
    """The digest of the content last loaded here, or None before the first load."""
    query = select(ContentLoad.digest).order_by(ContentLoad.id.desc()).limit(1)
    return (await session.execute(query)).scalar_one_or_none()


async def record(session: AsyncSession, digest: str) -> None:
    """Note a finished load of the content with this digest."""
    session.add(ContentLoad(digest=digest))
