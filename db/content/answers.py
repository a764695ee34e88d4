"""Queries on topics and their answer versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import AnswerVersion, Topic

DRAFT, APPROVED, RETIRED = "draft", "approved", "retired"
CLINICAL = "clinical"


@dataclass(frozen=True)
class AnswerFields:
    """The content of an answer version, as written by an editor."""

    title: str
    summary: str
    sections: list[dict[str, Any]]  # heading, body and, when true, private_only
    questions: list[str]
    sources: list[dict[str, str]]
    review_level: str
    reviewer: str | None
    reviewed_on: date | None
    next_review_on: date | None


async def upsert_topic(session: AsyncSession, topic_id: str, subject: str, cancer: str, title: str) -> Topic:
    """Create the topic or update its title."""
    topic = await session.get(Topic, topic_id)
    if topic is None:
        topic = Topic(id=topic_id, subject=subject, cancer=cancer, title=title)
        session.add(topic)
    else:
        topic.title = title
    await session.flush()
    return topic


async def latest_version(
    session: AsyncSession, topic_id: str, origin: str | None = None
) -> AnswerVersion | None:
    """The newest version of a topic's answer, optionally only from one origin."""
    query = select(AnswerVersion).where(AnswerVersion.topic_id == topic_id)
    if origin is not None:
        query = query.where(AnswerVersion.origin == origin)
    result = await session.execute(query.order_by(AnswerVersion.version.desc()).limit(1))
    return result.scalar_one_or_none()


async def add_version(
    session: AsyncSession,
    topic_id: str,
    fields: AnswerFields,
    content_hash: str,
    *,
    status: str,
    origin: str,
    created_by: str | None = None,
) -> AnswerVersion:
    """Append a version; approving it retires the versions approved before."""
    highest = await session.scalar(
        select(func.max(AnswerVersion.version)).where(AnswerVersion.topic_id == topic_id)
    )
    version = AnswerVersion(
        topic_id=topic_id,
        version=(highest or 0) + 1,
        title=fields.title,
        summary=fields.summary,
        sections=fields.sections,
        questions=fields.questions,
        sources=fields.sources,
        status=status,
        review_level=fields.review_level,
        reviewer=fields.reviewer,
        reviewed_on=fields.reviewed_on,
        next_review_on=fields.next_review_on,
        content_hash=content_hash,
        origin=origin,
        created_by=created_by,
    )
    if status == APPROVED:
        await _retire_approved(session, topic_id)
    session.add(version)
    await session.flush()
    return version


async def _retire_approved(session: AsyncSession, topic_id: str) -> None:
    result = await session.execute(
        select(AnswerVersion).where(AnswerVersion.topic_id == topic_id, AnswerVersion.status == APPROVED)
    )
    for old in result.scalars():
        old.status = RETIRED


async def servable_answers(session: AsyncSession, *, clinical_only: bool = False) -> list[AnswerVersion]:
    """The approved version of every topic (only clinically reviewed ones when asked)."""
    query = select(AnswerVersion).where(AnswerVersion.status == APPROVED)
    if clinical_only:
        query = query.where(AnswerVersion.review_level == CLINICAL)
    result = await session.execute(query.order_by(AnswerVersion.topic_id))
    return list(result.scalars())


async def list_topics(session: AsyncSession) -> list[Topic]:
    """All topics, by subject then cancer."""
    result = await session.execute(select(Topic).order_by(Topic.subject, Topic.cancer))
    return list(result.scalars())


def version_summary(version: AnswerVersion) -> dict[str, Any]:
    """A plain dict of a version, for JSON output."""
    return {
        "topic": version.topic_id,
        "version": version.version,
        "status": version.status,
        "review_level": version.review_level,
        "reviewer": version.reviewer,
        "reviewed_on": version.reviewed_on.isoformat() if version.reviewed_on else None,
        "next_review_on": version.next_review_on.isoformat() if version.next_review_on else None,
    }


async def versions_of(session: AsyncSession, topic_id: str) -> list[AnswerVersion]:
    """Every version of a topic's answer, oldest first."""
    result = await session.execute(
        select(AnswerVersion).where(AnswerVersion.topic_id == topic_id).order_by(AnswerVersion.version)
    )
    return list(result.scalars())


async def get_version(session: AsyncSession, topic_id: str, number: int) -> AnswerVersion | None:
    """One version of a topic's answer."""
    return await session.scalar(
        select(AnswerVersion).where(AnswerVersion.topic_id == topic_id, AnswerVersion.version == number)
    )


async def approve(
    session: AsyncSession,
    version: AnswerVersion,
    *,
    clinical: ClinicalReview | None,
) -> None:
    """Serve this version from now on; with a clinical review, its reviewer and dates are recorded."""
    await _retire_approved(session, version.topic_id)
    version.status = APPROVED
    if clinical is not None:
        version.review_level = CLINICAL
        version.reviewer = clinical.reviewer
        version.reviewed_on = clinical.reviewed_on
        version.next_review_on = clinical.next_review_on
        version.content_hash = clinical.content_hash
    await session.flush()


@dataclass(frozen=True)
class ClinicalReview:
    """A clinician's approval, and the digest of the answer's fields once it is recorded."""

    reviewer: str
    reviewed_on: date
    next_review_on: date
    content_hash: str


@dataclass(frozen=True)
class TopicRow:
    """One line of the content overview."""

    id: str
    title: str
    served_version: int | None
    review_level: str | None
    reviewer: str | None
    next_review_on: date | None
    origin: str | None
    drafts: int


async def topic_overview(session: AsyncSession) -> list[TopicRow]:
    """Every topic with its served version's review state and how many drafts wait for approval."""
    topics = await list_topics(session)
    served = {v.topic_id: v for v in await servable_answers(session)}
    result = await session.execute(
        select(AnswerVersion.topic_id, func.count())
        .where(AnswerVersion.status == DRAFT)
        .group_by(AnswerVersion.topic_id)
    )
    drafts = {topic_id: count for topic_id, count in result}
    rows = []
    for topic in topics:
        version = served.get(topic.id)
        rows.append(
            TopicRow(
                id=topic.id,
                title=version.title if version else topic.title,
                served_version=version.version if version else None,
                review_level=version.review_level if version else None,
                reviewer=version.reviewer if version else None,
                next_review_on=version.next_review_on if version else None,
                origin=version.origin if version else None,
                drafts=int(drafts.get(topic.id, 0)),
            )
        )
    return rows


async def approved_from_dashboard(session: AsyncSession) -> list[tuple[Topic, AnswerVersion]]:
    """Served versions that were made in the dashboard, with their topics, for export to files."""
    result = await session.execute(
        select(Topic, AnswerVersion)
        .join(AnswerVersion, AnswerVersion.topic_id == Topic.id)
        .where(AnswerVersion.status == APPROVED, AnswerVersion.origin == "dashboard")
        .order_by(Topic.id)
    )
    return [(topic, version) for topic, version in result]


async def served_version(session: AsyncSession, topic_id: str) -> AnswerVersion | None:
    """The approved version of a topic, if any."""
    return await session.scalar(
        select(AnswerVersion).where(AnswerVersion.topic_id == topic_id, AnswerVersion.status == APPROVED)
    )
