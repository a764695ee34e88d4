"""The servable answers, loaded from SQL into memory so that answering never waits on the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.content.files import CancerInfo
from bot.content.help_directory import HelpDirectory
from db.models import AnswerVersion
from nlp.taxonomy import GENERAL


@dataclass(frozen=True)
class Answer:
    """One approved answer version, ready to be composed into messages."""

    topic_id: str
    subject: str
    cancer: str
    version: int
    title: str
    summary: str
    sections: tuple[tuple[str, str], ...]
    questions: tuple[str, ...]
    sources: tuple[dict[str, str], ...]
    review_level: str
    reviewer: str | None
    reviewed_on: date | None
    next_review_on: date | None
    #: Indexes into sections of the ones left out in group chats (for example survival figures).
    private_sections: frozenset[int] = frozenset()

    def shown_sections(self, *, group: bool) -> tuple[tuple[str, str], ...]:
        """The sections a chat may see: a group never gets the private_only ones."""
        return tuple(s for i, s in enumerate(self.sections) if not (group and i in self.private_sections))

    @classmethod
    def from_version(cls, version: AnswerVersion, subject: str, cancer: str) -> Answer:
        """Copy what composing needs out of a database row."""
        sections: list[dict[str, Any]] = version.sections
        return cls(
            topic_id=version.topic_id,
            subject=subject,
            cancer=cancer,
            version=version.version,
            title=version.title,
            summary=version.summary,
            sections=tuple((str(s["heading"]), str(s["body"])) for s in sections),
            questions=tuple(str(q) for q in version.questions),
            sources=tuple({k: str(v) for k, v in s.items()} for s in version.sources),
            review_level=version.review_level,
            reviewer=version.reviewer,
            reviewed_on=version.reviewed_on,
            next_review_on=version.next_review_on,
            private_sections=frozenset(i for i, s in enumerate(sections) if s.get("private_only") is True),
        )

    def review_overdue(self, today: date) -> bool:
        """True when the answer is past its next-review date (still served, but flagged)."""
        return self.next_review_on is not None and self.next_review_on < today


@dataclass(frozen=True)
class Library:
    """Approved answers by topic id, and what the bot knows about each cancer type."""

    answers: dict[str, Answer]
    cancers: dict[str, CancerInfo]
    #: where to get help next: the general services and each cancer type's organisations
    support: HelpDirectory = field(default_factory=HelpDirectory)

    @classmethod
    def build(
        cls,
        answers: Iterable[Answer],
        cancers: dict[str, CancerInfo],
        support: HelpDirectory | None = None,
    ) -> Library:
        """Index answers by topic id."""
        return cls({answer.topic_id: answer for answer in answers}, cancers, support or HelpDirectory())

    def find(self, subject: str, cancer: str | None) -> Answer | None:
        """The most specific answer: the (subject, cancer) one if it exists, else the general one."""
        if cancer and cancer != GENERAL:
            specific = self.answers.get(f"{cancer}.{subject}")
            if specific is not None:
                return specific
        return self.answers.get(f"{GENERAL}.{subject}")

    def topics(self) -> list[Answer]:
        """All answers, by subject then cancer (general first)."""
        return sorted(
            self.answers.values(),
            key=lambda a: (a.subject, a.cancer != GENERAL, a.cancer),
        )
