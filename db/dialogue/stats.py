"""The raw figures behind the dashboard's metrics page: one row per question in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ConversationMessage


@dataclass(frozen=True)
class QuestionFacts:
    """What the metrics need to know about one question, and nothing it said."""

    created_at: datetime
    kind: str | None
    topic_id: str | None
    feedback: str | None
    latency_ms: float | None


async def questions_between(session: AsyncSession, since: datetime, until: datetime) -> list[QuestionFacts]:
    """Every question asked in [since, until), oldest first."""
    message = ConversationMessage
    result = await session.execute(
        select(message.created_at, message.kind, message.topic_id, message.feedback, message.latency_ms)
        .where(message.direction == "in", message.created_at >= since, message.created_at < until)
        .order_by(message.created_at)
    )
    return [QuestionFacts(*row) for row in result]
