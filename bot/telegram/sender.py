"""Sending messages: paced per chat, retried with backoff, never silently lost."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

logger = logging.getLogger(__name__)

#: Multipliers of the base wait between attempts after a server error or timeout; RetryAfter uses
#: Telegram's own wait instead.
BACKOFF = (1, 2, 4, 8)
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class Destination:
    """Where a reply goes: the chat, its forum topic, and the message it answers."""

    chat_id: int
    thread_id: int | None = None
    reply_to: int | None = None


class Sender:
    """Sends one chat's messages in order, at most one per interval, retrying transient failures."""

    def __init__(self, bot: Bot, interval: float, backoff_base: float = 0.5) -> None:
        self.bot = bot
        self.interval = interval
        self.backoff = tuple(backoff_base * factor for factor in BACKOFF)
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._last: dict[int, float] = {}

    def chat_lock(self, chat_id: int) -> asyncio.Lock:
        """Hold this while sending a multi-message reply, so that replies in one chat never interleave."""
        return self._locks[chat_id]

    async def send(
        self,
        to: Destination,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        quote: bool = True,
    ) -> Message | None:
        """Send one HTML message; None when it could not be delivered after the retries."""
        await self._pace(to.chat_id)
        reply = (
            ReplyParameters(message_id=to.reply_to, allow_sending_without_reply=True)
            if quote and to.reply_to
            else None
        )
        for attempt in range(len(self.backoff) + 1):
            try:
                message = await self.bot.send_message(
                    chat_id=to.chat_id,
                    text=text,
                    parse_mode=ParseMode.HTML,
                    message_thread_id=to.thread_id,
                    reply_parameters=reply,
                    reply_markup=markup,
                    disable_notification=False,
                )
            except RetryAfter as error:
                wait = min(_seconds(error.retry_after), MAX_RETRY_AFTER)
                logger.warning("flood control: waiting %.1f s before retrying", wait)
                await asyncio.sleep(wait)
            except (BadRequest, Forbidden) as error:
                logger.error("message refused by Telegram: %s", error)  # noqa: TRY400
                return None
            except (TimedOut, NetworkError) as error:
                if attempt == len(self.backoff):
                    break
                logger.warning("send failed (%s); retrying in %.1f s", error, self.backoff[attempt])
                await asyncio.sleep(self.backoff[attempt])
            else:
                self._last[to.chat_id] = time.monotonic()
                return message
        logger.error("giving up on a message after %d attempts", len(self.backoff) + 1)
        return None

    async def typing(self, to: Destination) -> None:
        """Show 'typing…' while a reply is composed; failures here do not matter."""
        try:
            await self.bot.send_chat_action(
                chat_id=to.chat_id, action="typing", message_thread_id=to.thread_id
            )
        except (NetworkError, Forbidden, RetryAfter) as error:
            logger.info("typing indicator not shown: %s", error)

    async def _pace(self, chat_id: int) -> None:
        last = self._last.get(chat_id)
        if last is not None:
            wait = self.interval - (time.monotonic() - last)
            if wait > 0:
                await asyncio.sleep(wait)


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
