"""Sending messages through the fair outbox, retried with backoff, never silently lost."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import defaultdict
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeAlias, TypeVar

from telegram import Bot, Chat, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.telegram.delivery.journal import Journal
from bot.telegram.delivery.outbox import Outbox
from db.delivery import replies
from db.delivery.replies import Chunk

logger = logging.getLogger(__name__)
T = TypeVar("T")
#: A value, or a future of it: what a reply may be queued with before its question is logged.
Deferred: TypeAlias = T | asyncio.Future[T]

#: Multipliers of the base wait between attempts after a server error or timeout; RetryAfter uses
#: Telegram's own wait instead.
#: Waits between attempts, in units of RETRY_BACKOFF_SECONDS: with 0.5 s, a minute-long outage is ridden out.
BACKOFF = (1, 2, 4, 8, 16, 32, 60)
MAX_RETRY_AFTER = 60.0


#: A reply queued sooner than this after its question needs no "typing…" indicator.
TYPING_AFTER = 1.0


@dataclass(frozen=True)
class Destination:
    """Where a reply goes: the chat, its forum topic, and the message it answers."""

    chat_id: int
    thread_id: int | None = None
    reply_to: int | None = None

    @property
    def is_group(self) -> bool:
        """Groups, supergroups and channels have negative ids and a stricter per-minute limit."""
        return self.chat_id < 0


@dataclass
class _Reply:
    """The parts of one reply share this: once a part is given up on, the rest are not sent."""

    given_up: bool = False


@dataclass(frozen=True)
class _Entry:
    """Where one message stands in its update's journal, and the write that records it (awaited to mark)."""

    journal: Journal
    position: int
    recorded: asyncio.Task[bool] | None


class Sender:
    """Sends replies through the outbox; each message is retried on transient failures."""

    def __init__(self, bot: Bot, outbox: Outbox, backoff_base: float = 0.5) -> None:
        self.bot = bot
        self.outbox = outbox
        self.backoff = tuple(backoff_base * factor for factor in BACKOFF)
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        #: the journal of the update whose handlers are running; the inbox sets it (none during an outage)
        self.journal: ContextVar[Journal | None] = ContextVar(f"reply_journal_{id(self)}", default=None)

    def chat_lock(self, chat_id: int) -> asyncio.Lock:
        """Hold this while queueing a multi-message reply, so that replies in one chat never interleave."""
        return self._locks[chat_id]

    async def send(
        self,
        to: Destination,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        quote: bool = True,
        urgent: bool = False,
    ) -> Message | None:
        """Send one HTML message; None when it could not be delivered after the retries."""
        [sent] = await self.send_reply(to, [text], markup, quote=quote, urgent=urgent)
        return sent

    async def send_reply(
        self,
        to: Destination,
        texts: Sequence[str],
        markup: InlineKeyboardMarkup | None = None,
        *,
        quote: bool = True,
        urgent: bool = False,
    ) -> list[Message | None]:
        """Queue a whole reply and wait until every part has been sent (or given up on)."""
        return await delivered(self.queue_reply(to, texts, markup, quote=quote, urgent=urgent))

    def queue_reply(
        self,
        to: Destination,
        texts: Sequence[str],
        markup: Deferred[InlineKeyboardMarkup | None] = None,
        *,
        quote: bool = True,
        urgent: bool = False,
        question_id: Deferred[int | None] = None,
    ) -> list[asyncio.Future[Message | None]]:
        """Queue a whole reply at once (the last message carries the buttons); urgent ones jump the queue.

        Under an update's journal each message is recorded and marked once sent; a message an earlier attempt
        already sent (or gave up on) is not sent again. The buttons and the logged question may still be on
        their way (futures): only the last message waits for its buttons, only the records for the question.
        """
        last = len(texts) - 1
        journal = self.journal.get()
        positions = journal.positions(len(texts)) if journal is not None else None
        parts = [
            (index, text, markup if index == last else None, quote and index == 0)
            for index, text in enumerate(texts)
        ]
        recorded = None
        if journal is not None and positions is not None:
            missing = [part for part in parts if journal.done_before(positions[part[0]]) is None]
            if missing:

                async def planned() -> list[Chunk]:
                    question = await known(question_id)
                    return [
                        Chunk(
                            positions[index],
                            to.chat_id,
                            to.thread_id,
                            to.reply_to if quoting else None,
                            text,
                            buttons.to_dict() if (buttons := await known(deferred)) is not None else None,
                            urgent,
                            question,
                        )
                        for index, text, deferred, quoting in missing
                    ]

                recorded = journal.plan(planned(), urgent=urgent)
        reply = _Reply()
        futures: list[asyncio.Future[Message | None]] = []
        for index, text, buttons, quoting in parts:
            entry = None
            if journal is not None and positions is not None:
                before = journal.done_before(positions[index])
                if before is not None:
                    futures.append(self._settled(to, sent=before.status == replies.SENT))
                    continue
                entry = _Entry(journal, positions[index], recorded)
            futures.append(
                self.outbox.enqueue(
                    to.chat_id,
                    functools.partial(self._deliver, to, text, buttons, quoting, reply, entry),
                    first=index == 0,
                    group=to.is_group,
                    urgent=urgent,
                )
            )
        return futures

    def resend(self, journal: Journal, chunks: Sequence[Chunk]) -> list[asyncio.Future[Message | None]]:
        """Send the recorded messages an earlier attempt did not get out, in order, marking each one."""
        reply = _Reply()
        futures = []
        for chunk in chunks:
            to = Destination(chunk.chat_id, chunk.thread_id, chunk.reply_to)
            buttons = InlineKeyboardMarkup.de_json(chunk.markup, self.bot) if chunk.markup else None
            futures.append(
                self.outbox.enqueue(
                    chunk.chat_id,
                    functools.partial(
                        self._deliver,
                        to,
                        chunk.text,
                        buttons,
                        chunk.reply_to is not None,
                        reply,
                        _Entry(journal, chunk.position, None),
                    ),
                    first=chunk.reply_to is not None,
                    group=to.is_group,
                    urgent=chunk.urgent,
                )
            )
        return futures

    def _settled(self, to: Destination, *, sent: bool) -> asyncio.Future[Message | None]:
        """The outcome of a message an earlier attempt sent or gave up on (it is not sent again)."""
        future: asyncio.Future[Message | None] = asyncio.get_running_loop().create_future()
        chat = Chat(to.chat_id, Chat.PRIVATE if to.chat_id > 0 else Chat.SUPERGROUP)
        future.set_result(Message(0, datetime.now(UTC), chat) if sent else None)
        return future

    async def _deliver(
        self,
        to: Destination,
        text: str,
        markup: Deferred[InlineKeyboardMarkup | None],
        quote: bool,
        whole: _Reply,
        entry: _Entry | None = None,
    ) -> Message | None:
        if whole.given_up:
            # An earlier part could not be sent: the rest would read as an answer with a hole in it.
            sent = None
        else:
            # Sent without waiting for its record: the first message of a reply does not wait for the
            # database, and the chat's next one goes only after this one is recorded and marked below.
            sent = await self._attempts(to, text, await known(markup), quote)
            if sent is None:
                whole.given_up = True
        if entry is not None:
            if entry.recorded is not None:
                await entry.recorded  # a message is marked once its record exists
            # Before the chat's next message goes (the outbox waits for this, and holds its one send in
            # flight): after a kill, at most the message whose request was in flight can be sent again.
            await entry.journal.mark(entry.position, replies.SENT if sent is not None else replies.FAILED)
        return sent

    async def _attempts(
        self, to: Destination, text: str, markup: InlineKeyboardMarkup | None, quote: bool
    ) -> Message | None:
        reply = (
            ReplyParameters(message_id=to.reply_to, allow_sending_without_reply=True)
            if quote and to.reply_to
            else None
        )
        for attempt in range(len(self.backoff) + 1):
            try:
                return await self.bot.send_message(
                    chat_id=to.chat_id,
                    text=text,
                    parse_mode=ParseMode.HTML,
                    message_thread_id=to.thread_id,
                    reply_parameters=reply,
                    reply_markup=markup,
                )
            except RetryAfter as error:
                wait = min(_seconds(error.retry_after), MAX_RETRY_AFTER)
                logger.warning("flood control: waiting %.1f s before retrying", wait)
                async with self.outbox.aside():
                    await asyncio.sleep(wait)
            except (BadRequest, Forbidden) as error:
                logger.error("message refused by Telegram: %s", error)  # noqa: TRY400
                return None
            except (TimedOut, NetworkError) as error:
                if attempt == len(self.backoff):
                    break
                logger.warning("send failed (%s); retrying in %.1f s", error, self.backoff[attempt])
                async with self.outbox.aside():
                    await asyncio.sleep(self.backoff[attempt])
        logger.error("giving up on a message after %d attempts", len(self.backoff) + 1)
        return None

    def typing_later(self, to: Destination, after: float = TYPING_AFTER) -> asyncio.Task[None]:
        """Show "typing…" only if the reply is not queued within `after` seconds: cancel the task once it is.

        Most replies are ready in milliseconds; an indicator sent first would delay them by a round trip to
        Telegram and spend the bot's request budget (a burst's first replies wait behind it).
        """

        async def later() -> None:
            await asyncio.sleep(after)
            await self.typing(to)

        return asyncio.get_running_loop().create_task(later())

    async def typing(self, to: Destination) -> None:
        """Show "typing…" while a reply is composed; skipped under a burst, where sends are scarce."""
        if self.outbox.pending >= self.outbox.limits.per_second:
            return
        try:
            await self.bot.send_chat_action(
                chat_id=to.chat_id, action="typing", message_thread_id=to.thread_id
            )
        except TelegramError as error:  # an indicator is never worth an error (nor a task's unseen exception)
            logger.info("typing indicator not shown: %s", error)


async def known(value: Deferred[T]) -> T:
    """The value, once it is known (a future is awaited)."""
    return await value if isinstance(value, asyncio.Future) else value


async def delivered(futures: Sequence[asyncio.Future[Message | None]]) -> list[Message | None]:
    """Wait for queued messages; a message dropped at shutdown counts as not delivered."""
    results: list[Message | None] = []
    for future in futures:
        try:
            results.append(await future)
        except asyncio.CancelledError:
            results.append(None)
    return results


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
