"""Privacy over the real Telegram stack: contact details are redacted in the log, /forget reaches training data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.privacy.pseudonyms import Pseudonymizer
from db.learning import training
from db.models import TrainingExample
from tests.bot.telegram.conftest import PSEUDONYM_SECRET, BotFactory, new_id
from tests.support import fake_telegram as tg
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")

KEYS = Pseudonymizer(PSEUDONYM_SECRET)


async def test_phone_and_email_are_redacted_in_the_log_but_the_person_is_answered(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        user = new_id()
        question = "what is chemotherapy? call me on +1 (555) 123-4567 or write to ann.lee@example.com"
        bot.telegram.inject(tg.private_text(user, question))
        sent = await bot.telegram.settle(user, minimum=3)
        assert "not medical advice" in parse(sent[0]["text"])
        chat = KEYS.key("chat", user)
        [stored] = [r for r in await bot.stored() if r.chat_key == chat and r.direction == "in"]
        assert stored.text == "what is chemotherapy? call me on [phone] or write to [email]"
        assert stored.kind == "answer" and stored.topic_id == "general.chemotherapy"


async def test_forget_also_deletes_training_examples_made_from_the_persons_messages(
    running_bot: BotFactory,
) -> None:
    async with running_bot() as bot:
        user, other = new_id(), new_id()
        mine, theirs = f"is chemo painful {user}", f"is chemo painful {other}"
        async with bot.services.sessions() as session, session.begin():
            for text, person in ((mine, user), (theirs, other)):
                session.add(
                    TrainingExample(
                        text=text,
                        text_hash=training.text_hash(text),
                        label="chemotherapy",
                        origin=training.STAFF,
                        source_user_key=KEYS.key("user", person),
                        created_by="nurse",
                    )
                )
        await bot.forget(user)
        async with bot.services.sessions() as session:
            left = set((await session.execute(select(TrainingExample.text))).scalars())
        assert mine not in left and theirs in left
