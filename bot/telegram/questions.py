"""Questions: every text in a private chat; in groups and channels only what is addressed to the bot."""

from __future__ import annotations

import re
from typing import Any

from telegram import CallbackQuery, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from bot.answering.pipeline import Audience
from bot.telegram import texts
from bot.telegram.answering import Asked, answer
from bot.telegram.delivery.sender import Destination
from bot.telegram.state import BotState, bot_state

_ASK = re.compile(r"^/ask(?:@(\w+))?(?:\s+|$)", re.IGNORECASE)


def destination(message: Message) -> Destination:
    """Reply in the same chat and forum topic, quoting the asker's message."""
    thread = message.message_thread_id if message.is_topic_message else None
    return Destination(message.chat_id, thread, message.message_id)


def query_destination(query: CallbackQuery) -> Destination:
    """Where to answer a tapped button: its message's chat and forum topic."""
    message = query.message
    if message is None:
        user = query.from_user
        return Destination(user.id)
    thread = message.message_thread_id if isinstance(message, Message) and message.is_topic_message else None
    return Destination(message.chat.id, thread, None)


def _audience(message: Message) -> Audience:
    return "private" if message.chat.type == ChatType.PRIVATE else "group"


def _strip_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


def addressed_text(message: Message, username: str, bot_id: int) -> str | None:
    """The question in a group or channel message addressed to the bot, or None if not addressed."""
    text = message.text or ""
    ask = _ASK.match(text)
    if ask:
        if ask.group(1) and ask.group(1).lower() != username.lower():
            return None  # /ask@another_bot
        return text[ask.end() :].strip()
    mentioned = any(
        entity.type == MessageEntity.MENTION
        and message.parse_entity(entity).lower() == f"@{username.lower()}"
        for entity in message.entities
    )
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == bot_id
    if mentioned or to_bot:
        return _strip_mention(text, username)
    return None


async def _ask(state: BotState, update: Update, message: Message, text: str, username: str) -> None:
    user = message.from_user
    if user is not None and user.is_bot:
        return
    key = state.pseudonyms.key("user", user.id) if user else state.pseudonyms.key("chat", message.chat_id)
    verdict = state.limiter.check(key)
    if verdict != "ok" and state.responder.understander.model.check_safety(text) is None:
        if verdict == "warn":
            await state.sender.send(destination(message), texts.RATE_LIMITED)
        return
    await answer(
        state,
        Asked(
            text=text,
            update_id=update.update_id,
            user_id=user.id if user else None,
            chat_id=message.chat_id,
            chat_type=message.chat.type,
            to=destination(message),
            audience=_audience(message),
        ),
        username,
    )


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A person typed a question in a private chat."""
    message = update.message
    if message is None or message.text is None:
        return
    await _ask(bot_state(context), update, message, message.text, context.bot.username)


async def addressed_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Someone asked with /ask, or in a group mentioned the bot or replied to it."""
    message = update.message
    if message is None or message.text is None:
        return
    state = bot_state(context)
    text = addressed_text(message, context.bot.username, context.bot.id)
    if text is None:
        await _unaddressed(state, update, message, context.bot.username)
        return
    if not text:
        await state.sender.send(destination(message), texts.ASK_USAGE)
        return
    await _ask(state, update, message, text, context.bot.username)


async def _unaddressed(state: BotState, update: Update, message: Message, username: str) -> None:
    """Not for the bot, so never stored; but an emergency or a crisis is answered wherever it is seen."""
    text = message.text or ""
    verdict = state.responder.understander.model.check_safety(text)
    if verdict is None or verdict.kind == "today":
        return
    reply = state.responder.respond(text, audience="group")
    await state.sender.send_reply(destination(message), reply.messages, urgent=True)


async def channel_post(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A channel post addressed to the bot gets a reply in the channel."""
    post = update.channel_post
    if post is None or post.text is None:
        return
    text = addressed_text(post, context.bot.username, context.bot.id)
    if not text:
        return
    state = bot_state(context)
    await answer(
        state,
        Asked(
            text=text,
            update_id=update.update_id,
            user_id=None,
            chat_id=post.chat_id,
            chat_type=ChatType.CHANNEL,
            to=Destination(post.chat_id, None, post.message_id),
            audience="group",
        ),
        context.bot.username,
    )


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wire the question handlers; edited messages are never answered twice."""
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(
        MessageHandler(
            new_messages & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, private_question
        )
    )
    application.add_handler(
        CommandHandler("ask", addressed_question, filters=new_messages & ~filters.ChatType.CHANNEL)
    )
    application.add_handler(
        MessageHandler(
            new_messages & filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND, addressed_question
        )
    )
    application.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POST & filters.TEXT, channel_post))
