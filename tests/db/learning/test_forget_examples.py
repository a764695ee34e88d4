"""/forget reaches the training set: staff examples made from a person's messages go, others stay."""

from __future__ import annotations

from sqlalchemy import select

from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from db.learning import training
from db.models import TrainingExample
from db.session import SessionFactory

ANN, BOB = "a" * 32, "b" * 32


def _example(text: str, origin: str = training.STAFF, **source: object) -> TrainingExample:
    return TrainingExample(
        text=text, text_hash=training.text_hash(text), label="chemotherapy", origin=origin, **source
    )


async def test_examples_from_the_persons_messages_are_deleted(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        anns = await conversations.log_incoming(session, Incoming(ANN, "c" * 32, "group", "ann unkeyed"))
        session.add_all(
            [
                _example("ann keyed", source_user_key=ANN),
                _example("ann unkeyed", source_message_id=anns),  # found through its source message
                _example("bob keyed", source_user_key=BOB),
                _example("from the content files", origin=training.CONTENT),
            ]
        )
    async with sessions() as session, session.begin():
        assert await training.forget_examples(session, ANN) == 2
        assert await conversations.forget(session, ANN, []) == 1
    async with sessions() as session:
        left = (await session.execute(select(TrainingExample.text).order_by(TrainingExample.text))).scalars()
        assert list(left) == ["bob keyed", "from the content files"]
    async with sessions() as session, session.begin():
        assert await training.forget_examples(session, ANN) == 0
