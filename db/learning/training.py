"""Queries on training examples."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ConversationMessage, TrainingExample

CONTENT, STAFF = "content", "staff"


@dataclass(frozen=True)
class LabelledQuestion:
    """A question and the label it should get."""

    text: str
    label: str
    cancer: str | None = None
    topic_id: str | None = None
    #: False for a line that teaches only what a message is about, not whether it is urgent.
    teaches_safety: bool = True


def text_hash(text: str) -> str:
    """A stable key for a text, so that the same question is not stored twice under one label."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


async def sync_examples(
    session: AsyncSession, questions: Sequence[LabelledQuestion], *, origin: str = CONTENT
) -> tuple[int, int]:
    """Make the stored examples of one origin equal to these; returns (added, removed)."""
    wanted = {(text_hash(q.text), q.label): q for q in questions}
    result = await session.execute(
        select(
            TrainingExample.id,
            TrainingExample.text_hash,
            TrainingExample.label,
            TrainingExample.teaches_safety,
        ).where(TrainingExample.origin == origin)
    )
    rows = list(result)
    stored = {(row.text_hash, row.label): row.id for row in rows}
    stale = [stored[key] for key in stored.keys() - wanted.keys()]
    for start in range(0, len(stale), 500):
        await session.execute(
            delete(TrainingExample).where(TrainingExample.id.in_(stale[start : start + 500]))
        )
    for flag in (True, False):  # a line moved into or out of the subject-only files keeps its row
        moved = [
            row.id
            for row in rows
            if (row.text_hash, row.label) in wanted
            and row.teaches_safety != flag
            and wanted[(row.text_hash, row.label)].teaches_safety == flag
        ]
        for start in range(0, len(moved), 500):
            await session.execute(
                update(TrainingExample)
                .where(TrainingExample.id.in_(moved[start : start + 500]))
                .values(teaches_safety=flag)
            )
    session.add_all(
        TrainingExample(
            text=q.text.strip(),
            text_hash=key[0],
            label=q.label,
            cancer=q.cancer,
            topic_id=q.topic_id,
            origin=origin,
            teaches_safety=q.teaches_safety,
        )
        for key, q in wanted.items()
        if key not in stored
    )
    await session.flush()
    return len(wanted.keys() - stored.keys()), len(stale)


async def forget_examples(session: AsyncSession, user_key: str) -> int:
    """Delete the examples staff made from a person's messages, so /forget reaches the training set too."""
    # Found by the author's key or by the source message: run it before the messages themselves are deleted.
    theirs = select(ConversationMessage.id).where(ConversationMessage.user_key == user_key)
    result = await session.execute(
        delete(TrainingExample)
        .where(
            or_(
                TrainingExample.source_user_key == user_key,
                TrainingExample.source_message_id.in_(theirs.scalar_subquery()),
            )
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def all_examples(session: AsyncSession) -> list[LabelledQuestion]:
    """Every training example, in a stable order."""
    result = await session.execute(
        select(TrainingExample).order_by(TrainingExample.label, TrainingExample.text_hash)
    )
    return [
        LabelledQuestion(e.text, e.label, e.cancer, e.topic_id, e.teaches_safety) for e in result.scalars()
    ]


def examples_hash(questions: Sequence[LabelledQuestion]) -> str:
    """One digest of all examples, so that an unchanged training set is not trained again."""
    return _lines_hash((q.label, q.text, q.teaches_safety) for q in questions)


async def stored_examples_hash(session: AsyncSession) -> str:
    """`examples_hash` of the stored examples, read as plain rows: a start compares it with the active model's
    without building an object for every example."""
    result = await session.execute(
        select(TrainingExample.label, TrainingExample.text, TrainingExample.teaches_safety)
    )
    return _lines_hash((row.label, row.text, row.teaches_safety) for row in result)


def _lines_hash(rows: Iterable[tuple[str, str, bool]]) -> str:
    # A subject-only line is marked, so that moving a line in or out of those files trains a new model.
    digest = hashlib.sha256()
    for line in sorted(
        f"{label}\t{text.strip()}{'' if safety else chr(9) + 'subject only'}" for label, text, safety in rows
    ):
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
