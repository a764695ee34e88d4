"""Everything else: joining a group, non-text messages, unknown commands, unknown buttons and errors."""

from __future__ import annotations

import logging
from typing import Any

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.telegram import texts
from bot.telegram.delivery.sender import Destination
from bot.telegram.questions import destination
from bot.telegram.state import bot_state

logger = logging.getLogger(__name__)
NEW = filters.UpdateType.MESSAGE
JOINED = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR}


async def added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Post one short introduction when the bot joins a group."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    was, now = change.old_chat_member.status, change.new_chat_member.status
    if now in JOINED and was not in JOINED:
        await bot_state(context).sender.send(Destination(change.chat.id), texts.GROUP_INTRO)
    elif now in {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}:
        logger.info("removed from a %s", change.chat.type)


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, voice, documents and stickers: say that only text can be read."""
    message = update.message
    if message is None or (message.from_user and message.from_user.is_bot):
        return
    state = bot_state(context)
    if message.chat.type == ChatType.PRIVATE:
        await state.sender.send(destination(message), texts.TEXT_ONLY_PRIVATE)
        return
    caption = message.caption or ""
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id
    if to_bot or f"@{context.bot.username}".lower() in caption.lower():
        await state.sender.send(destination(message), texts.TEXT_ONLY_GROUP)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown command gets help, in groups only when it was meant for this bot."""
    message = update.message
    if message is None or message.text is None:
        return
    command = message.text.split()[0]
    if message.chat.type != ChatType.PRIVATE and not command.lower().endswith(
        f"@{context.bot.username.lower()}"
    ):
        return
    await bot_state(context).sender.send(destination(message), texts.UNKNOWN_COMMAND)


async def stale_button(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button whose data no handler knows (old or forged): stop the spinner, do nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every unhandled error once, without the update's personal content."""
    bot_state(context).metrics.errors.inc()
    kind = type(update).__name__ if update is not None else "none"
    logger.error("error while handling an update (%s)", kind, exc_info=context.error)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wire the fallbacks; register them last, since in one group the first matching handler wins."""
    application.add_handler(ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(MessageHandler(NEW & ~filters.TEXT & ~filters.StatusUpdate.ALL, non_text))
    application.add_handler(MessageHandler(NEW & filters.COMMAND, unknown_command))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_error_handler(report_error)
