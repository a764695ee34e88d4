"""One question's journey in Telegram: answer through the pipeline, log, send, log what was sent.

The inbox has taken the update's claim (processed_updates) and opened its reply journal before this runs; a
resumed update logs under the question its first attempt logged, and sends only what did not go out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.answering.pipeline import Audience, Reply
from bot.privacy.redaction import redact
from bot.telegram import texts
from bot.telegram.delivery.journal import Journal
from bot.telegram.delivery.logbuffer import Exchange
from bot.telegram.delivery.sender import Deferred, Destination, delivered
from bot.telegram.state import BotState
from db.accounts import people
from db.delivery import inbox, replies
from db.delivery.replies import Chunk
from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from nlp.safety import is_urgent_now
from nlp.taxonomy import GENERAL
from nlp.understanding import URGENT_KINDS, Context

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: The longest question the pipeline is given; Telegram's own limit is 4096.
MAX_QUESTION_CHARS = 4096


@dataclass(frozen=True)
class Asked:
    """A question addressed to the bot, wherever it came from."""

    text: str
    update_id: int | None
    user_id: int | None
    chat_id: int
    chat_type: str
    to: Destination
    audience: Audience
    topic_id: str | None = None


async def in_session(
    state: BotState, work: Callable[[AsyncSession], Awaitable[T]], *, express: bool = False
) -> T | None:
    """Run one unit of database work; a database outage is logged and the answer still goes out.

    `express` work (an urgent reply's) has connections of its own: it never queues behind a burst."""
    sessions = state.services.express if express else state.services.sessions
    try:
        async with sessions() as session, session.begin():
            return await work(session)
    except (SQLAlchemyError, OSError) as error:
        logger.error("database unavailable, continuing without it: %s", error)  # noqa: TRY400
        return None


def deep_link(bot_username: str, topic_id: str) -> str:
    """A t.me link that opens the private chat on a topic (payload: letters, digits, _ and - only)."""
    return f"https://t.me/{bot_username}?start=t_{topic_id.replace('.', '__')}"


def topic_from_payload(payload: str) -> str | None:
    """The topic id a /start payload names, if it is well formed."""
    if not payload.startswith("t_") or len(payload) > 64:
        return None
    topic = payload[2:].replace("__", ".")
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-.")
    return topic if topic and set(topic) <= allowed else None


def _remember_button(state: BotState, reply: Reply, remembered: str | None) -> list[InlineKeyboardButton]:
    """After an answer about one cancer in a private chat: offer to keep that cancer in mind for later."""
    cancer = reply.cancer if reply.cancer not in (None, GENERAL) else reply.detected_cancer
    info = state.responder.library.cancers.get(cancer or "")
    if info is None or cancer == remembered:
        return []
    return [InlineKeyboardButton(f"Remember: {info.name}"[:60], callback_data=f"mc:{cancer}")]


def _markup(
    state: BotState,
    reply: Reply,
    asked: Asked,
    message_id: int | None,
    bot_username: str,
    remembered: str | None = None,
) -> InlineKeyboardMarkup | None:
    if _offers_topics(reply):
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(a.title[:60], callback_data=f"t:{a.topic}")] for a in reply.alternatives]
        )
    topic = _answered_topic(reply)
    if topic is None:
        return None
    if asked.audience == "group":
        if asked.chat_type == "channel":
            return None
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(texts.FULL_ANSWER, url=deep_link(bot_username, topic))]]
        )
    remember = _remember_button(state, reply, remembered)
    if message_id is None:
        return InlineKeyboardMarkup([remember]) if remember else None
    feedback = [
        InlineKeyboardButton("👍 Helpful", callback_data=f"fb:{message_id}:up"),
        InlineKeyboardButton("👎 Not helpful", callback_data=f"fb:{message_id}:down"),
    ]
    return InlineKeyboardMarkup([feedback, remember] if remember else [feedback])


def _offers_topics(reply: Reply) -> bool:
    """An unsure reply: its buttons are the topics to choose from."""
    return reply.kind in ("clarify", "today") and reply.topic is None and bool(reply.alternatives)


def _answered_topic(reply: Reply) -> str | None:
    """The topic of the curated answer a reply carries (after a call-today note or not), if it carries one."""
    return reply.topic if reply.kind in ("answer", "today") else None


def _rates_answer(reply: Reply, asked: Asked) -> bool:
    """Whether the reply carries feedback buttons, which name the logged question."""
    return _answered_topic(reply) is not None and asked.audience != "group"


async def _markup_after(
    taking: asyncio.Task[int | None],
    state: BotState,
    reply: Reply,
    asked: Asked,
    bot_username: str,
    remembered: str | None,
) -> InlineKeyboardMarkup | None:
    """The buttons of a rated answer, once its question is logged (none of its own if it could not be)."""
    return _markup(state, reply, asked, await taking, bot_username, remembered)


def conversation_key(state: BotState, asked: Asked) -> str:
    """Whose follow-ups lean on whose questions: one person, in one chat and forum thread."""
    person = state.pseudonyms.key("user", asked.user_id) if asked.user_id is not None else "anyone"
    return f"{person}:{state.pseudonyms.key('chat', asked.chat_id)}:{asked.to.thread_id or 0}"


def remembered_cancer(state: BotState, asked: Asked) -> asyncio.Future[str | None]:
    """The cancer the person asked to be remembered: private chats only, never used or shown in groups.

    Known at once when it was read with the update's claim; otherwise its read starts now and runs while the
    question is understood."""
    if asked.audience != "private" or asked.user_id is None:
        return _ready(None)
    key = state.pseudonyms.key("user", asked.user_id)
    known = state.cached_cancer(key)
    if known is not None:
        return _ready(known.cancer)

    async def work(session: AsyncSession) -> str | None:
        return await people.remembered_cancer(session, key)

    return asyncio.ensure_future(in_session(state, work))


def _ready(value: T) -> asyncio.Future[T]:
    """A future that already holds its value: awaiting it does not yield to the loop."""
    future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    future.set_result(value)
    return future


async def _compose(state: BotState, asked: Asked, context: Context | None) -> Reply:
    """The pipeline's reply; a chosen topic is answered directly, typed words are understood in context."""
    responder = state.responder
    if asked.topic_id is not None:
        chosen = responder.respond_topic(asked.topic_id, audience=asked.audience)
        if chosen is not None:
            return chosen
    text = asked.text[:MAX_QUESTION_CHARS]
    if responder.understander.second_view is None or is_urgent_now(text):
        # About a millisecond of pure Python: a worker thread would only add its hand-offs. The rules alone
        # decide an urgent reply (before any context counts): it never waits for a thread behind a burst.
        return responder.respond(text, audience=asked.audience, context=context)
    # The sentence encoder runs outside the GIL: the loop goes on meanwhile.
    return await asyncio.to_thread(responder.respond, text, audience=asked.audience, context=context)


async def _understand(state: BotState, asked: Asked) -> tuple[Reply, str | None]:
    """The reply and the remembered cancer; the follow-up context is read once and stored once, for the final
    reply, so that a second pass never sees its own question as the previous one."""
    # The remembered cancer is read while the question is understood: it only counts for a question that
    # names no cancer (and none came from the previous question), which is then understood again with it.
    reading = remembered_cancer(state, asked)
    key = conversation_key(state, asked)
    context = state.conversations.get(key)
    reply = await _compose(state, asked, context)
    remembered = await reading
    if remembered is not None and reply.detected_cancer is None:
        reply = await _compose(state, asked, replace(context or Context(), remembered=remembered))
    if asked.topic_id is None:
        follow = reply.context(asked.text[:MAX_QUESTION_CHARS])
        if follow is not None:
            state.conversations.put(key, follow)
    return reply, remembered


async def _take(state: BotState, asked: Asked, incoming: Incoming, reply: Reply) -> int | None:
    """Log the question with the pipeline's verdict (once: a resumed update reuses the question its first
    attempt logged); its id, or None if the database is unreachable."""

    journal = state.sender.journal.get()
    # Only an update tried before can have logged its question already.
    retried = asked.update_id is not None and (journal is None or not journal.fresh)

    async def work(session: AsyncSession) -> int:
        message_id = None
        if retried and asked.update_id is not None:
            message_id = await inbox.linked_question(session, asked.update_id)
        if message_id is not None and await conversations.exists(session, message_id):
            await conversations.record_verdict(session, message_id, **_verdict(reply))
            return message_id
        message_id = await conversations.log_incoming(session, incoming, **_verdict(reply))
        if asked.update_id is not None:
            await inbox.link_question(session, asked.update_id, message_id)
        return message_id

    return await in_session(state, work, express=reply.kind in URGENT_KINDS)


def _verdict(reply: Reply) -> dict[str, Any]:
    return {
        "kind": reply.kind,
        "topic_id": reply.topic,
        "confidence": reply.confidence,
        "alternatives": [a.topic for a in reply.alternatives],
        "detected_cancer": reply.detected_cancer,
        "model_version": reply.model_version,
        "answer_version": reply.answer_version,
        "latency_ms": reply.latency_ms,
    }


async def _record(
    state: BotState,
    update_id: int | None,
    message_id: int | None,
    incoming: Incoming,
    reply: Reply,
    statuses: list[str],
) -> None:
    """What was sent, in one transaction after sending (once per question); buffered if the DB is down."""
    exchange = Exchange(
        update_id, message_id, incoming, _verdict(reply), tuple(zip(reply.messages, statuses, strict=True))
    )
    if message_id is None:  # the question could not be logged either: the database is unreachable
        state.log_buffer.add(exchange)
        return

    async def work(session: AsyncSession) -> bool:
        await conversations.log_replies_once(session, message_id, exchange.replies)
        return True

    if await in_session(state, work) is None:
        state.log_buffer.add(exchange)


async def answer(state: BotState, asked: Asked, bot_username: str) -> None:
    """Answer one question: exactly once per update, logged under pseudonyms, every chunk accounted for."""
    keys = state.pseudonyms
    incoming = Incoming(
        user_key=keys.key("user", asked.user_id) if asked.user_id is not None else None,
        chat_key=keys.key("chat", asked.chat_id),
        chat_type=asked.chat_type,
        text=redact(asked.text),  # the pipeline still reads the original words
    )
    indicator = state.sender.typing_later(asked.to) if asked.chat_type != "channel" else None
    try:
        with state.metrics.latency.time():
            reply, remembered = await _understand(state, asked)
        state.metrics.replies.labels(kind=reply.kind).inc()
        # The question is logged while the reply goes out: only the feedback buttons (on the last message)
        # and the reply's records need its id.
        taking = asyncio.get_running_loop().create_task(_take(state, asked, incoming, reply))
        markup: Deferred[InlineKeyboardMarkup | None]
        if _rates_answer(reply, asked):
            markup = asyncio.get_running_loop().create_task(
                _markup_after(taking, state, reply, asked, bot_username, remembered)
            )
        else:
            markup = _markup(state, reply, asked, None, bot_username, remembered)
        queued = state.sender.queue_reply(
            asked.to, reply.messages, markup, urgent=reply.kind in URGENT_KINDS, question_id=taking
        )
    finally:
        if indicator is not None:
            indicator.cancel()
    message_id = await taking
    # Queued before the handler returns, so that the update's journal holds every message it sends.
    alerts = queue_alert(state, reply, asked.chat_type, message_id)
    if reply.kind in URGENT_KINDS:
        logger.info(
            "update %s: %s reply queued ahead of %d waiting messages",
            asked.update_id,
            reply.kind,
            state.sender.outbox.pending - len(queued),
        )
    # The handler returns now, so that the next update can be taken while the follow-up chunks wait for
    # their turn; the chat's order is kept by the outbox, and the delivery is recorded when it is done.
    state.track(
        _finish(state, alerts, queued, asked.update_id, message_id, incoming, reply),
        update_id=asked.update_id,
    )


async def _finish(
    state: BotState,
    alerts: list[asyncio.Future[Message | None]],
    queued: list[asyncio.Future[Message | None]],
    update_id: int | None,
    message_id: int | None,
    incoming: Incoming,
    reply: Reply,
) -> None:
    await delivered(alerts)
    results = await delivered(queued)
    if any(future.cancelled() for future in queued):
        # Dropped at shutdown: the update is not finished; it is handed over, and the attempt that resumes
        # it sends what is missing and logs the reply.
        raise asyncio.CancelledError
    statuses = [conversations.SENT if sent is not None else conversations.FAILED for sent in results]
    for status in statuses:
        state.metrics.messages.labels(status=status).inc()
    await _record(state, update_id, message_id, incoming, reply, statuses)


def resume_reply(state: BotState, journal: Journal, chunks: Sequence[Chunk]) -> None:
    """Send the messages of a reply an earlier attempt queued and did not get out, then log the reply."""
    missing = [chunk for chunk in chunks if chunk.status == replies.QUEUED]
    queued = state.sender.resend(journal, missing)
    state.track(_finish_resumed(state, chunks, missing, queued), update_id=journal.update_id)


async def _finish_resumed(
    state: BotState,
    chunks: Sequence[Chunk],
    missing: Sequence[Chunk],
    queued: list[asyncio.Future[Message | None]],
) -> None:
    results = await delivered(queued)
    if any(future.cancelled() for future in queued):
        raise asyncio.CancelledError  # dropped at shutdown: the next attempt resumes it again
    status = {chunk.position: chunk.status for chunk in chunks}
    for chunk, sent in zip(missing, results, strict=True):
        status[chunk.position] = replies.SENT if sent is not None else replies.FAILED
    for question_id in dict.fromkeys(c.question_id for c in chunks if c.question_id is not None):
        logged = tuple(
            (c.text, conversations.SENT if status[c.position] == replies.SENT else conversations.FAILED)
            for c in chunks
            if c.question_id == question_id
        )

        async def work(session: AsyncSession, question: int = question_id, rows: Any = logged) -> bool:
            await conversations.log_replies_once(session, question, rows)
            return True

        await in_session(state, work)


def queue_alert(
    state: BotState, reply: Reply, chat_type: str, message_id: int | None
) -> list[asyncio.Future[Message | None]]:
    """For an emergency or a crisis (and "today" when asked to): queue the staff chat's alert."""
    chat = state.settings.staff_chat_id
    alerting = reply.kind in ("emergency", "crisis") or (
        reply.kind == "today" and state.settings.alert_on_today
    )
    if chat is None or not alerting:
        return []
    return state.sender.queue_reply(
        Destination(chat), [_alert(state, reply, chat_type, message_id)], urgent=True
    )


def _alert(state: BotState, reply: Reply, chat_type: str, message_id: int | None) -> str:
    """What the staff alert says: no raw id and none of the person's words."""
    link = ""
    if state.settings.dashboard_url and message_id is not None:
        link = f"\n{state.settings.dashboard_url}/staff/messages/{message_id}"
    concern = reply.reason.split(":", 1)[0].split(" p=")[0] or reply.kind
    text = texts.STAFF_ALERT.format(
        kind=reply.kind.capitalize(),
        concern=concern,
        chat_type=chat_type,
        time=datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        link=link,
    )
    return text
