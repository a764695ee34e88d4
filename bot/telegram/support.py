"""The /support link buttons: one per place to get help next, in a private chat only (never in groups)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content.help_directory import HelpDirectory
from db.content.support_services import Service

#: Telegram shows about this many characters of a button's label.
BUTTON_CHARS = 60


def _button(label: str, url: str) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(label[:BUTTON_CHARS], url=url)]


def support_keyboard(support: HelpDirectory, cancer: str | None) -> InlineKeyboardMarkup | None:
    """Helplines (and their chats), trial searches, the cancer type's organisations, then help with costs."""
    rows: list[list[InlineKeyboardButton]] = []
    for line in support.helplines:
        rows.append(_button(f"📞 {line.name}", line.url))
        if line.chat_url and line.chat_url != line.url:
            rows.append(_button(f"💬 Live chat: {line.name}", line.chat_url))
    services: list[Service] = [*support.trials, *support.organisations(cancer), *support.financial]
    rows += [_button(service.name, service.url) for service in services]
    return InlineKeyboardMarkup(rows) if rows else None
