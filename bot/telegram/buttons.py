"""Buttons under replies: a chosen topic from a clarifying question, and 👍/👎 feedback."""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from bot.telegram import texts
from bot.telegram.answering import Asked, answer, in_session
from bot.telegram.questions import query_destination
from bot.telegram.state import bot_state
from db.dialogue import conversations

_FEEDBACK = re.compile(r"^fb:(\d{1,18}):(up|down)$")


async def choose_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tapped choice answers that topic, in the chat (and forum topic) where it was offered."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    state = bot_state(context)
    topic = query.data.removeprefix("t:")
    if topic not in state.responder.library.answers:
        await query.answer(texts.CHOICE_GONE, show_alert=True)
        return
    await query.answer()
    chat = query.message.chat if query.message else None
    chat_type = chat.type if chat else ChatType.PRIVATE
    to = query_destination(query)
    await answer(
        state,
        Asked(
            text=f"(chose: {state.responder.library.answers[topic].title})",
            update_id=update.update_id,
            user_id=query.from_user.id,
            chat_id=to.chat_id,
            chat_type=chat_type,
            to=to,
            audience="private" if chat_type == ChatType.PRIVATE else "group",
            topic_id=topic,
        ),
        context.bot.username,
    )


async def rate_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store the asker's 👍/👎 and remove the buttons, so that a double tap counts once."""
    query = update.callback_query
    match = _FEEDBACK.match(query.data or "") if query else None
    if query is None or match is None:
        return
    state = bot_state(context)
    user_key = state.pseudonyms.key("user", query.from_user.id)
    message_id, value = int(match.group(1)), match.group(2)
    stored = await in_session(state, lambda s: conversations.set_feedback(s, message_id, user_key, value))
    if not stored:
        await query.answer(texts.FEEDBACK_NOT_YOURS)
        return
    await query.answer(texts.FEEDBACK_THANKS)
    await query.edit_message_reply_markup(reply_markup=None)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wire the reply buttons (callback data is validated by pattern before anything runs)."""
    application.add_handler(CallbackQueryHandler(choose_topic, pattern=r"^t:[a-z0-9-]+\.[a-z0-9-]+$"))
    application.add_handler(CallbackQueryHandler(rate_answer, pattern=_FEEDBACK))
