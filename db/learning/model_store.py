"""Queries on stored model versions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from db.models import ModelVersion


async def save_model(
    session: AsyncSession,
    artifact: bytes,
    *,
    training_hash: str,
    metrics: dict[str, Any],
    meta: dict[str, Any],
    activate: bool,
    created_by: str | None = None,
) -> ModelVersion:
    """Store a trained model, making it the active one when asked."""
    version = ModelVersion(
        artifact=artifact,
        training_hash=training_hash,
        metrics=metrics,
        meta=meta,
        active=False,
        created_by=created_by,
    )
    session.add(version)
    await session.flush()
    if activate:
        await activate_model(session, version.id)
    return version


async def activate_model(session: AsyncSession, model_id: int) -> None:
    """Make one model version the active one (and no other)."""
    await session.execute(update(ModelVersion).values(active=False).where(ModelVersion.active))
    await session.execute(update(ModelVersion).values(active=True).where(ModelVersion.id == model_id))
    await session.flush()


async def active_model(session: AsyncSession) -> ModelVersion | None:
    """The model version the bot should use, if any."""
    result = await session.execute(select(ModelVersion).where(ModelVersion.active).limit(1))
    return result.scalar_one_or_none()


async def list_models(session: AsyncSession) -> list[ModelVersion]:
    """All model versions, newest first (artifacts included)."""
    result = await session.execute(select(ModelVersion).order_by(ModelVersion.id.desc()))
    return list(result.scalars())


async def get_model(session: AsyncSession, model_id: int) -> ModelVersion | None:
    """One model version, artifact included."""
    return await session.get(ModelVersion, model_id)


async def model_summaries(session: AsyncSession, limit: int = 50) -> list[ModelVersion]:
    """The newest model versions without their artifacts (megabytes each), for listing."""
    result = await session.execute(
        select(ModelVersion)
        .options(defer(ModelVersion.artifact))
        .order_by(ModelVersion.id.desc())
        .limit(limit)
    )
    return list(result.scalars())
