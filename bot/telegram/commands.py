"""Commands: /start (with deep links), /help, /about, /privacy, /topics and /forget."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.telegram import texts
from bot.telegram.answering import Asked, answer, in_session, topic_from_payload
from bot.telegram.questions import destination, query_destination
from bot.telegram.state import bot_state
from db import conversations, training

NEW = filters.UpdateType.MESSAGE


async def _say(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, markup: Any = None) -> None:
    message = update.effective_message
    if message is not None:
        await bot_state(context).sender.send(destination(message), text, markup, quote=False)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, say what the bot is and is not; a deep-link payload continues a group question privately."""
    message = update.message
    if message is None:
        return
    topic = topic_from_payload(context.args[0]) if context.args else None
    await _say(update, context, texts.START)
    state = bot_state(context)
    if topic is not None and topic in state.responder.library.answers:
        user = message.from_user
        await answer(
            state,
            Asked(
                text=f"(opened from a group: {topic})",
                update_id=update.update_id,
                user_id=user.id if user else None,
                chat_id=message.chat_id,
                chat_type=message.chat.type,
                to=destination(message),
                audience="private",
                topic_id=topic,
            ),
            context.bot.username,
        )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to ask and what the commands do."""
    await _say(update, context, texts.HELP)


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say where the answers come from and how they are reviewed."""
    await _say(update, context, texts.ABOUT)


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what is stored, who sees it and how to delete it."""
    state = bot_state(context)
    await _say(update, context, texts.PRIVACY.format(retention_days=state.settings.retention_days))


def subjects_keyboard(context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup:
    """One button per subject that has a general answer, two per row."""
    library = bot_state(context).responder.library
    general = [a for a in library.topics() if a.cancer == "general"]
    buttons = [InlineKeyboardButton(a.title[:40], callback_data=f"s:{a.subject}") for a in general]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the subjects, then the topics of one subject."""
    await _say(update, context, texts.TOPICS, subjects_keyboard(context))


async def browse_subject(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A subject was tapped: show its topics (general first) as buttons."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    subject = query.data.removeprefix("s:")
    library = bot_state(context).responder.library
    if not subject:
        await query.edit_message_text(
            texts.TOPICS, parse_mode="HTML", reply_markup=subjects_keyboard(context)
        )
        return
    answers = [a for a in library.topics() if a.subject == subject]
    if not answers:
        return
    rows = [[InlineKeyboardButton(a.title[:60], callback_data=f"t:{a.topic_id}")] for a in answers]
    rows.append([InlineKeyboardButton("« All subjects", callback_data="s:")])
    title = answers[0].title
    await query.edit_message_text(
        texts.TOPICS_OF.format(subject=title), parse_mode="HTML", reply_markup=InlineKeyboardMarkup(rows)
    )


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask to confirm deleting everything stored about the person."""
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes, delete everything", callback_data="fg:yes"),
                InlineKeyboardButton("No, keep it", callback_data="fg:no"),
            ]
        ]
    )
    await _say(update, context, texts.FORGET_CONFIRM, markup)


async def confirm_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The person confirmed (or cancelled) /forget."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    await query.answer()
    await query.edit_message_reply_markup(reply_markup=None)
    state = bot_state(context)
    if query.data != "fg:yes":
        await state.sender.send(query_destination(query), texts.FORGET_CANCELLED)
        return
    user_key = state.pseudonyms.key("user", query.from_user.id)
    private_chat = state.pseudonyms.key("chat", query.from_user.id)

    async def work(session: AsyncSession) -> int:
        await training.forget_examples(session, user_key)  # first: it finds examples by their messages too
        return await conversations.forget(session, user_key, [private_chat])

    count = await in_session(state, work)
    state.log_buffer.forget(user_key, [private_chat])  # exchanges waiting for the database go too
    await state.sender.send(query_destination(query), texts.FORGOTTEN.format(count=count or 0))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wire the commands and their buttons."""
    application.add_handler(CommandHandler("start", start, filters=NEW & filters.ChatType.PRIVATE))
    application.add_handler(CommandHandler("help", help_command, filters=NEW))
    application.add_handler(CommandHandler("about", about, filters=NEW))
    application.add_handler(CommandHandler("privacy", privacy, filters=NEW))
    application.add_handler(CommandHandler("topics", topics, filters=NEW))
    application.add_handler(CommandHandler("forget", forget, filters=NEW & filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(browse_subject, pattern=r"^s:[a-z-]*$"))
    application.add_handler(CallbackQueryHandler(confirm_forget, pattern=r"^fg:(yes|no)$"))
