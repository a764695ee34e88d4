"""Loading the checked content files into SQL, idempotently, keeping every earlier answer version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from tqdm import tqdm

from bot.content.files import ContentSet, Section, TopicFile
from db.content import answers, support_services
from db.learning import training
from db.session import SessionFactory


@dataclass
class LoadReport:
    """What a load changed."""

    topics: int = 0
    new_versions: int = 0
    examples_added: int = 0
    examples_removed: int = 0
    #: places to get help next added, updated or removed
    services_changed: int = 0

    def __str__(self) -> str:
        return (
            f"{self.topics} topics, {self.new_versions} new answer versions, "
            f"{self.examples_added} examples added, {self.examples_removed} removed, "
            f"{self.services_changed} help services changed"
        )


def section_dict(section: Section) -> dict[str, Any]:
    """A section as stored (JSON); the flag only when set, so unflagged digests stay the same."""
    data: dict[str, Any] = {"heading": section.heading, "body": section.body}
    if section.private_only:
        data["private_only"] = True
    return data


def answer_fields(topic: TopicFile) -> answers.AnswerFields:
    """The answer part of a topic file, as the database stores it."""
    return answers.AnswerFields(
        title=topic.title,
        summary=topic.summary,
        sections=[section_dict(s) for s in topic.sections],
        questions=list(topic.questions),
        sources=[source.to_dict() for source in topic.sources],
        review_level=topic.review_level,
        reviewer=topic.reviewer,
        reviewed_on=topic.reviewed_on,
        next_review_on=topic.next_review_on,
    )


def fields_hash(fields: answers.AnswerFields) -> str:
    """A digest of an answer's content, so that an unchanged file adds no version."""
    data: dict[str, Any] = asdict(fields)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def labelled_questions(content: ContentSet) -> list[training.LabelledQuestion]:
    """Every example question in the content, labelled with its subject or special label."""
    questions = [
        training.LabelledQuestion(example, topic.subject, topic.cancer, topic.id)
        for topic in content.topics
        for example in topic.examples
    ]
    questions += [
        training.LabelledQuestion(line, label)
        for label, lines in content.special_examples.items()
        for line in lines
    ]
    questions += [
        training.LabelledQuestion(row.text, row.label, row.cancer) for row in content.labelled_lines
    ]
    questions += [
        training.LabelledQuestion(row.text, row.label, row.cancer, teaches_safety=False)
        for row in content.subject_only_lines
    ]
    return questions


async def load_content(
    sessions: SessionFactory, content: ContentSet, *, show_progress: bool = True
) -> LoadReport:
    """Upsert topics, add a version where an answer changed, and sync the content examples."""
    report = LoadReport(topics=len(content.topics))
    async with sessions() as session, session.begin():
        for topic in tqdm(content.topics, desc="loading content", unit="topic", disable=not show_progress):
            await answers.upsert_topic(session, topic.id, topic.subject, topic.cancer, topic.title)
            fields = answer_fields(topic)
            digest = fields_hash(fields)
            latest = await answers.latest_version(session, topic.id, origin="content")
            if latest is not None and latest.content_hash == digest:
                continue
            served = await answers.served_version(session, topic.id)
            if served is not None and served.content_hash == digest:
                continue  # the file was exported from the dashboard: the served version already says this
            await answers.add_version(
                session, topic.id, fields, digest, status=answers.APPROVED, origin="content"
            )
            report.new_versions += 1
        added, removed = await training.sync_examples(session, labelled_questions(content))
        report.examples_added, report.examples_removed = added, removed
        synced = await support_services.sync_from_content(session, content.services)
        report.services_changed = synced.added + synced.updated + synced.removed
    return report
