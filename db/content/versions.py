"""What the database would serve now: the active model's id and a marker of the servable answer versions."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import AnswerVersion, ModelVersion


async def active_model_id(session: AsyncSession) -> int | None:
    """The active model's id, without loading its artifact."""
    result = await session.execute(select(ModelVersion.id).where(ModelVersion.active).limit(1))
    return result.scalar_one_or_none()


async def answers_marker(session: AsyncSession, *, clinical_only: bool = False) -> str:
    """A digest of the servable answer versions' ids: it changes whenever one is approved or retired."""
    query = select(AnswerVersion.id).where(AnswerVersion.status == "approved")
    if clinical_only:
        query = query.where(AnswerVersion.review_level == "clinical")
    ids = (await session.execute(query.order_by(AnswerVersion.id))).scalars().all()
    return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]
