"""Commands: /start (and deep links), /help, /about, /privacy, /topics, /new, /mycancer, /support, /forget."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.answering import compose
from bot.telegram import texts
from bot.telegram.answering import Asked, answer, in_session, topic_from_payload
from bot.telegram.questions import destination, query_destination
from bot.telegram.state import bot_state
from bot.telegram.support import support_keyboard
from db.accounts import people
from db.dialogue import conversations
from db.learning import training

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
    """Say what is stored, who sees it and how to delete it; in a private chat, what is remembered too."""
    state = bot_state(context)
    text = texts.PRIVACY.format(retention_days=state.settings.retention_days)
    cancer = await _remembered(update, context)
    if cancer is not None:
        text += texts.PRIVACY_REMEMBERED.format(cancer=cancer)
    await _say(update, context, text)


def _person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The person's pseudonym, in a private chat only (nothing personal is shown in groups)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return None
    return bot_state(context).pseudonyms.key("user", user.id)


async def _remembered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The name of the cancer type remembered for the person, if any (private chats only)."""
    key = _person(update, context)
    if key is None:
        return None
    state = bot_state(context)

    async def work(session: AsyncSession) -> str | None:
        return await people.remembered_cancer(session, key)

    cancer = await in_session(state, work)
    info = state.responder.library.cancers.get(cancer or "")
    return info.name if info is not None else None


async def _set_cancer(context: ContextTypes.DEFAULT_TYPE, key: str, cancer: str | None) -> bool:
    bot_state(context).cancer_writes += 1  # before the write: a cancer read with a claim is outdated

    async def work(session: AsyncSession) -> bool:
        await people.remember_cancer(session, key, cancer)
        return True

    return bool(await in_session(bot_state(context), work))


async def my_cancer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mycancer shows the remembered cancer type; /mycancer NAME sets it; /mycancer none clears it."""
    key = _person(update, context)
    if key is None:
        await _say(update, context, texts.MY_CANCER_PRIVATE)
        return
    state = bot_state(context)
    wanted = " ".join(context.args or []).strip()
    if not wanted:
        name = await _remembered(update, context)
        if name is None:
            await _say(update, context, texts.MY_CANCER_NONE)
            return
        clear = InlineKeyboardMarkup([[InlineKeyboardButton(texts.CLEAR, callback_data="mc:")]])
        await _say(update, context, texts.MY_CANCER_IS.format(cancer=name), clear)
        return
    if wanted.lower() in {"none", "clear", "forget", "off", "no"}:
        await _set_cancer(context, key, None)
        await _say(update, context, texts.MY_CANCER_CLEARED)
        return
    mention = state.responder.understander.gazetteer.detect(
        wanted
    ) or state.responder.understander.gazetteer.detect(f"{wanted} cancer")
    info = state.responder.library.cancers.get(mention.cancer) if mention else None
    if mention is None or info is None:
        await _say(update, context, texts.MY_CANCER_UNKNOWN)
        return
    await _set_cancer(context, key, mention.cancer)
    await _say(update, context, texts.MY_CANCER_SET.format(cancer=info.name))


async def remember_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A "Remember: liver cancer" (or "Clear it") button was tapped."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    key = _person(update, context)
    if key is None:
        return
    state = bot_state(context)
    cancer = query.data.removeprefix("mc:") or None
    info = state.responder.library.cancers.get(cancer or "")
    if cancer is not None and info is None:
        return
    await _set_cancer(context, key, cancer)
    text = texts.MY_CANCER_SET.format(cancer=info.name) if info is not None else texts.MY_CANCER_CLEARED
    await state.sender.send(query_destination(query), text)


def _named_cancer(context: ContextTypes.DEFAULT_TYPE, wanted: str) -> str | None:
    """The cancer id a few words name ("liver", "breast cancer"), if the gazetteer knows it."""
    if not wanted:
        return None
    library = bot_state(context).responder.library
    gazetteer = bot_state(context).responder.understander.gazetteer
    mention = gazetteer.detect(wanted) or gazetteer.detect(f"{wanted} cancer")
    return mention.cancer if mention is not None and mention.cancer in library.cancers else None


async def support(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Where to get help next: link buttons in a private chat; in a group only a pointer to a private chat."""
    message = update.message
    if message is None:
        return
    if message.chat.type != ChatType.PRIVATE:
        await _say(update, context, texts.SUPPORT_GROUP.format(username=context.bot.username))
        return
    state = bot_state(context)
    cancer = _named_cancer(context, " ".join(context.args or []).strip())
    key = _person(update, context)
    if cancer is None and key is not None:

        async def work(session: AsyncSession) -> str | None:
            return await people.remembered_cancer(session, key)

        cancer = await in_session(state, work)
    library = state.responder.library
    info = library.cancers.get(cancer or "")
    messages = compose.support_messages(library.support, info, state.responder.voice)
    markup = support_keyboard(library.support, info.id if info is not None else None)
    await state.sender.send_reply(destination(message), messages, markup, quote=False)


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


async def new_conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Forget the person's last questions in this chat, so that the next one stands on its own."""
    message = update.message
    state = bot_state(context)
    if message is None or message.from_user is None:
        return
    person = state.pseudonyms.key("user", message.from_user.id)
    state.conversations.clear(f"{person}:{state.pseudonyms.key('chat', message.chat_id)}:")
    await _say(update, context, texts.NEW_CONVERSATION)


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
    state.cancer_writes += 1  # before the deletion: a cancer read with a claim is outdated

    async def work(session: AsyncSession) -> int:
        await training.forget_examples(session, user_key)  # first: it finds examples by their messages too
        remembered = await people.forget(session, user_key)
        return remembered + await conversations.forget(session, user_key, [private_chat])

    count = await in_session(state, work)
    state.log_buffer.forget(user_key, [private_chat])  # exchanges waiting for the database go too
    state.conversations.clear(f"{user_key}:")
    await state.sender.send(query_destination(query), texts.FORGOTTEN.format(count=count or 0))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wire the commands and their buttons."""
    application.add_handler(CommandHandler("start", start, filters=NEW & filters.ChatType.PRIVATE))
    application.add_handler(CommandHandler("help", help_command, filters=NEW))
    application.add_handler(CommandHandler("about", about, filters=NEW))
    application.add_handler(CommandHandler("privacy", privacy, filters=NEW))
    application.add_handler(CommandHandler("topics", topics, filters=NEW))
    application.add_handler(CommandHandler("new", new_conversation, filters=NEW))
    application.add_handler(CommandHandler("mycancer", my_cancer, filters=NEW))
    application.add_handler(CallbackQueryHandler(remember_tapped, pattern=r"^mc:[a-z-]*$"))
    application.add_handler(CommandHandler("support", support, filters=NEW))
    application.add_handler(CommandHandler("forget", forget, filters=NEW & filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(browse_subject, pattern=r"^s:[a-z-]*$"))
    application.add_handler(CallbackQueryHandler(confirm_forget, pattern=r"^fg:(yes|no)$"))
