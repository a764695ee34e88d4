"""Building the python-telegram-bot Application: handlers, rate limiting and per-chat ordering."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseUpdateProcessor

from bot.operations.metrics import Metrics
from bot.privacy.pseudonyms import Pseudonymizer
from bot.services import Services
from bot.telegram import buttons, commands, fallbacks, handoff, questions
from bot.telegram.delivery.outbox import Limits, Outbox
from bot.telegram.delivery.sender import Sender
from bot.telegram.state import BotState, attach

#: Update types the bot asks Telegram for; edits are left out so that nothing is answered twice.
ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "my_chat_member"]

COMMANDS = [
    BotCommand("start", "what this bot is and is not"),
    BotCommand("help", "how to ask"),
    BotCommand("topics", "browse the subjects"),
    BotCommand("new", "start a new conversation"),
    BotCommand("mycancer", "the cancer type I keep in mind for you"),
    BotCommand("support", "where to get help next: helplines, trials, patient groups"),
    BotCommand("about", "where the answers come from"),
    BotCommand("nurse", "talk to a nurse navigator"),
    BotCommand("privacy", "what is stored"),
    BotCommand("forget", "delete everything stored about you"),
]


class PerChatProcessor(BaseUpdateProcessor):
    """Many chats at once, but one update at a time within a chat, so that replies keep their order."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        #: a chat's lock and how many of its updates hold or wait for it; gone when none does
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's previous update before running this one."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.setdefault(chat.id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                await coroutine
        finally:
            users[0] -= 1
            if not users[0]:  # a lock per chat ever seen would grow with every new person
                del self._locks[chat.id]

    @property
    def chats_in_hand(self) -> int:
        """How many chats have an update running or waiting."""
        return len(self._locks)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def build_application(services: Services, metrics: Metrics) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application with every handler module registered, ready for initialize() and start().

    It has no Updater: PTB's Updater confirms updates to Telegram before any handler runs, so updates come
    in through the durable inbox (bot/telegram/delivery/inbox.py) instead, in polling and webhook mode alike.
    """
    settings = services.settings
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.value)
        .base_url(f"{settings.telegram_api_base_url}/bot")
        .base_file_url(f"{settings.telegram_api_base_url}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(PerChatProcessor(settings.max_concurrent_updates))
        .connection_pool_size(settings.max_concurrent_updates + 8)
        .pool_timeout(10.0)
        .updater(None)
    )
    application = builder.build()
    # 28/s and a 61 s group window leave headroom: requests drift between leaving here and reaching Telegram.
    outbox = Outbox(Limits(chat_interval=settings.chat_message_interval, in_flight=settings.sends_in_flight))
    state = BotState(
        services=services,
        settings=settings,
        pseudonyms=Pseudonymizer(settings.pseudonym_secret.value),
        sender=Sender(application.bot, outbox, settings.retry_backoff_seconds),
        metrics=metrics,
    )
    attach(application, state)
    for module in (handoff, questions, commands, buttons, fallbacks):
        module.register(application)
    return application
