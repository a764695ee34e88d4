"""Talk to a person: /nurse in a private chat, one forum topic per case in the staff group, relays both ways.

The rules live in bot/handoff/desk.py (shared with the dashboard); this is the Telegram side. Every message
it sends goes through the sender under the update's reply journal, and the service records each action keyed
by the update id, so a relay survives a kill -9 and a restart, and goes out once.

Handlers in group -1 see an update before the question handlers: while a person's handoff is waiting or open,
their messages are relayed to the staff (after the safety check, which still answers an emergency or a crisis
at once) and the bot does not answer them; messages in the staff group never reach the question handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.handoff.desk import (
    BY_BLOCKED,
    BY_PERSON,
    BY_STAFF,
    CLOSED,
    Actor,
    Case,
    Closed,
    HandoffDesk,
    HandoffError,
    Relay,
    Taken,
)
from bot.telegram import handoff_texts as T
from bot.telegram.answering import in_session
from bot.telegram.delivery.sender import Destination, delivered
from bot.telegram.questions import destination, query_destination
from bot.telegram.state import STATE_KEY, BotState, bot_state

logger = logging.getLogger(__name__)
R = TypeVar("R")
AnyApplication = Application[Any, Any, Any, Any, Any, Any]

RUNTIME_KEY = "oncobot.handoffs"
#: handler groups: the handoff's own routing before the question handlers, the offer of a person after them
FIRST, AFTER = -1, 1
NEW = filters.UpdateType.MESSAGE
_STAFF_BUTTON = re.compile(r"^ho:(take|close):([A-Z0-9]{6})$")
_FEEDBACK = re.compile(r"^hf:([A-Z0-9]{6}):(up|down)$")
_HASHTAG = re.compile(r"#([A-Z0-9]{6})\b")
_TAGS = re.compile(r"<[^>]+>")
#: the longest part of a person's or a staff member's message relayed in one Telegram message
RELAY_CHARS = 3500
FIRST_REPLY_BUCKETS = (60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 172800)


@dataclass
class HandoffRuntime:
    """The handoff desk of one running bot, its Prometheus figures and its idle sweeper."""

    desk: HandoffDesk
    #: HANDOFF_CHAT_ID; None when handoffs are not set up
    chat_id: int | None
    opened: Counter
    closed: Counter
    feedback: Counter
    waiting: Gauge
    first_reply: Histogram
    sweep_interval: float = 60.0
    sweeper: asyncio.Task[None] | None = None


def runtime(context: ContextTypes.DEFAULT_TYPE) -> HandoffRuntime:
    """The handoff runtime from a handler's context."""
    found: HandoffRuntime = context.bot_data[RUNTIME_KEY]
    return found


def runtime_of(application: AnyApplication) -> HandoffRuntime:
    """The handoff runtime of an application (for tests and the dashboard)."""
    found: HandoffRuntime = application.bot_data[RUNTIME_KEY]
    return found


async def _db(state: BotState, work: Callable[[AsyncSession], Awaitable[R]]) -> R | None:
    """One transaction; None if the database is unreachable or the case cannot be acted on."""
    try:
        return await in_session(state, work)
    except HandoffError as error:
        logger.info("handoff action refused: %s", error)
        return None


def _esc(text: str) -> str:
    """Escape a text for Telegram's HTML (which knows &lt;, &gt;, &amp; and &quot; by name)."""
    return html.escape(text, quote=False)


def _clip(text: str, limit: int = RELAY_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str, limit: int) -> str:
    """HTML the bot sent, as escaped plain text for a staff message."""
    return _esc(_clip(html.unescape(_TAGS.sub("", text)).strip(), limit))


def _staff_place(rt: HandoffRuntime, case: Case) -> Destination:
    return Destination(case.staff_chat_id or rt.chat_id or 0, case.topic_id)


def _queue_staff_close(
    state: BotState, rt: HandoffRuntime, closed: Closed, actor: Actor
) -> list[asyncio.Future[Message | None]]:
    """One place queues the staff-close notes, so the bot button and the dashboard tell both sides alike."""
    case = closed.case
    # The staff note first: a resumed update (the chat id is gone by then) sends the same messages in order.
    futures = state.sender.queue_reply(
        _staff_place(rt, case),
        [T.CLOSED_BY_STAFF_STAFF.format(label=case.label, name=_esc(actor.name))],
        quote=False,
    )
    if closed.chat_id is not None:
        futures += state.sender.queue_reply(
            Destination(closed.chat_id),
            [T.CLOSED_BY_STAFF.format(case=case.label) + T.CLOSING_TAIL],
            _feedback_buttons(case),
            quote=False,
        )
    rt.closed.labels(by=BY_STAFF).inc()
    return futures


def _feedback_buttons(case: Case) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(T.HELPFUL, callback_data=f"hf:{case.case}:up"),
                InlineKeyboardButton(T.NOT_HELPFUL, callback_data=f"hf:{case.case}:down"),
            ]
        ]
    )


def _staff_buttons(case: Case, *, take: bool = True) -> InlineKeyboardMarkup:
    row = [InlineKeyboardButton(T.CLOSE, callback_data=f"ho:close:{case.case}")]
    if take:
        row.insert(0, InlineKeyboardButton(T.TAKE, callback_data=f"ho:take:{case.case}"))
    return InlineKeyboardMarkup([row])


def _outside_journal(state: BotState, work: Coroutine[Any, Any, None], update_id: int | None = None) -> None:
    """Run follow-up sends in the background, outside the update's journal (which the handler closed)."""

    async def run() -> None:
        state.sender.journal.set(None)
        await work

    state.track(run(), update_id=update_id)


async def _settle(futures: Sequence[asyncio.Future[Message | None]]) -> None:
    await delivered(futures)


async def _close_topic(bot: Bot, case: Case) -> None:
    if case.topic_id is None or case.staff_chat_id is None:
        return
    try:
        await bot.close_forum_topic(case.staff_chat_id, case.topic_id)
    except TelegramError as error:
        logger.info("could not close the topic of %s: %s", case.label, error)


async def _refresh_waiting(state: BotState, rt: HandoffRuntime) -> None:
    async def work(session: AsyncSession) -> int:
        return len(await rt.desk.listing(session, "waiting", limit=10_000))

    count = await _db(state, work)
    if count is not None:
        rt.waiting.set(count)


# -- asking --------------------------------------------------------------------------------------------------
def _wait_text(rt: HandoffRuntime) -> str:
    offer = rt.desk.offer()
    if offer.hours is None:
        return T.WAIT_UNKNOWN
    if offer.within_hours:
        return T.WAIT_ON_DUTY.format(hours=_esc(offer.hours))
    return T.WAIT_OFF_DUTY.format(hours=_esc(offer.hours), back=_esc(offer.next_back or ""))


async def _offer(state: BotState, rt: HandoffRuntime, to: Destination, user_id: int) -> None:
    """Explain what talking to a person means, and ask to confirm."""
    if rt.chat_id is None:
        await state.sender.send(to, T.UNAVAILABLE.format(emergency=_esc(state.settings.emergency_number)))
        return
    key = state.pseudonyms.key("user", user_id)

    async def work(session: AsyncSession) -> Case | None:
        return await rt.desk.active_for(session, key)

    active = await _db(state, work)
    if active is not None:
        await state.sender.send(to, T.ALREADY.format(case=active.label), quote=False)
        return
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(T.YES, callback_data="ho:yes"),
                InlineKeyboardButton(T.NO, callback_data="ho:no"),
            ]
        ]
    )
    text = T.OFFER.format(wait=_wait_text(rt), emergency=_esc(state.settings.emergency_number))
    await state.sender.send(to, text, markup, quote=False)


async def nurse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/nurse or /human: in a private chat, the offer; in a group, a link to the private chat."""
    message = update.message
    if message is None:
        return
    state = bot_state(context)
    if message.chat.type != ChatType.PRIVATE:
        link = f"https://t.me/{context.bot.username}?start=nurse"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(T.PRIVATELY, url=link)]])
        await state.sender.send(destination(message), T.GROUP_LINK, markup)
        return
    if message.from_user is not None:
        await _offer(state, runtime(context), destination(message), message.from_user.id)


async def start_nurse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start nurse, the deep link from a group: the offer instead of the greeting."""
    message = update.message
    if message is not None and message.from_user is not None:
        await _offer(bot_state(context), runtime(context), destination(message), message.from_user.id)
    raise ApplicationHandlerStop


async def offer_after_thumbs_down(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A 👎 on an answer in a private chat: offer a nurse navigator (the rating is stored as usual)."""
    query = update.callback_query
    rt = runtime(context)
    if query is None or query.message is None or query.message.chat.type != ChatType.PRIVATE:
        return
    if rt.chat_id is None:
        return
    state = bot_state(context)
    key = state.pseudonyms.key("user", query.from_user.id)

    async def work(session: AsyncSession) -> Case | None:
        return await rt.desk.active_for(session, key)

    if await _db(state, work) is not None:
        return
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(T.ASK, callback_data="ho:ask")]])
    await state.sender.send(query_destination(query), T.ASK_AFTER_DOWN, markup)


async def offer_after_answers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """After the bot answered a private question: offer a nurse navigator under a care-team-today note, or
    after two replies in a row that were not answers."""
    message = update.message
    rt = runtime(context)
    if message is None or message.from_user is None or rt.chat_id is None:
        return
    state = bot_state(context)
    user_key = state.pseudonyms.key("user", message.from_user.id)
    chat_key = state.pseudonyms.key("chat", message.chat_id)

    async def work(session: AsyncSession) -> bool:
        return await rt.desk.should_offer(session, user_key, chat_key)

    if await _db(state, work):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(T.ASK, callback_data="ho:ask")]])
        state.sender.queue_reply(destination(message), [T.ASK_AFTER_MISSES], markup, quote=False)


async def ask_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The "Talk to a nurse navigator" button: the same offer as /nurse."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=None)
    await _offer(bot_state(context), runtime(context), query_destination(query), query.from_user.id)


async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The person confirmed (or declined): open the case, its staff topic, and tell both sides."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    await query.answer()
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=None)
    state, rt = bot_state(context), runtime(context)
    to = query_destination(query)
    if query.data != "ho:yes":
        await state.sender.send(to, T.DECLINED)
        return
    if rt.chat_id is None:
        await state.sender.send(to, T.UNAVAILABLE.format(emergency=_esc(state.settings.emergency_number)))
        return
    user_key = state.pseudonyms.key("user", query.from_user.id)
    chat_key = state.pseudonyms.key("chat", to.chat_id)

    async def work(session: AsyncSession) -> Any:
        return await rt.desk.open(
            session, user_key, to.chat_id, chat_key=chat_key, update_id=update.update_id
        )

    opened = await _db(state, work)
    if opened is None:
        return
    if not opened.new:
        await state.sender.send(to, T.ALREADY.format(case=opened.case.label))
        return
    case: Case = opened.case
    if case.staff_chat_id is None:  # a resumed update finds the topic it made the first time
        case = await _open_staff_side(state, rt, context.bot, case)
        rt.opened.inc()
    futures = state.sender.queue_reply(
        _staff_place(rt, case), [_opening(rt, case, opened.context)], _staff_buttons(case), quote=False
    )
    futures += state.sender.queue_reply(to, [T.CONNECTED.format(case=case.label)], quote=False)
    _outside_journal(state, _settle_and_count(state, rt, futures), update.update_id)


async def _settle_and_count(
    state: BotState, rt: HandoffRuntime, futures: Sequence[asyncio.Future[Message | None]]
) -> None:
    await delivered(futures)
    await _refresh_waiting(state, rt)


async def _open_staff_side(state: BotState, rt: HandoffRuntime, bot: Bot, case: Case) -> Case:
    """A forum topic named by the case number; in a group without topics, a reply thread."""
    assert rt.chat_id is not None
    topic_id: int | None = None
    try:
        topic = await bot.create_forum_topic(rt.chat_id, name=T.TOPIC_NAME.format(case=case.label))
        topic_id = topic.message_thread_id
    except BadRequest as error:
        logger.info("the staff chat has no topics (%s): %s is a reply thread", error, case.label)
    except TelegramError as error:
        logger.warning("could not open a topic for %s (%s): it is a reply thread", case.label, error)
    chat_id = rt.chat_id

    async def work(session: AsyncSession) -> Case:
        return await rt.desk.set_topic(session, case.case, chat_id, topic_id)

    return await _db(state, work) or replace(case, staff_chat_id=chat_id, topic_id=topic_id)


def _opening(rt: HandoffRuntime, case: Case, context: tuple[str, tuple[str, ...]] | None) -> str:
    hours = ""
    if rt.desk.hours is not None:
        hours = T.WITHIN_HOURS if case.within_hours else T.OUTSIDE_HOURS
    text = T.OPENED.format(
        label=case.label,
        urgent=" 🚨 URGENT" if case.urgent else "",
        time=case.opened_at.strftime("%Y-%m-%d %H:%M"),
        hours=hours or "no staffed hours set",
        where="topic" if case.topic_id is not None else "thread (reply to a message with the case number)",
    )
    if context is None:
        return text + T.NO_CONTEXT
    question, answers = context
    return text + T.CONTEXT.format(
        question=_plain(question, 500), answer=_plain("\n".join(answers), 900) or "(no reply was sent)"
    )


# -- while a handoff is open ---------------------------------------------------------------------------------
def _media_kind(message: Message) -> str:
    for kind in ("photo", "voice", "video", "document", "sticker", "audio", "location", "contact"):
        if getattr(message, kind, None):
            return kind
    return "message"


async def from_person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message in a private chat: relayed to staff while the person's handoff is active, else left alone."""
    message = update.message
    state, rt = bot_state(context), runtime(context)
    if message is None or message.from_user is None or rt.chat_id is None:
        return
    key = state.pseudonyms.key("user", message.from_user.id)

    async def active(session: AsyncSession) -> Case | None:
        return await rt.desk.active_for(session, key)

    if await _db(state, active) is None:
        return  # no handoff (or no database): the bot answers as usual
    text = message.text
    urgent_reply = None
    if text:
        # The safety check runs first, as on every message: an emergency or a crisis gets the fixed reply now.
        verdict = state.responder.understander.model.check_safety(text)
        if verdict is not None and verdict.kind in ("emergency", "crisis"):
            reply = state.responder.respond(text, audience="private")
            urgent_reply = reply if reply.kind in ("emergency", "crisis") else None
    relayed = text or T.MEDIA.format(kind=_media_kind(message))

    async def record(session: AsyncSession) -> Any:
        return await rt.desk.from_person(
            session, key, relayed, update_id=update.update_id, urgent=urgent_reply is not None
        )

    relay = await _db(state, record)
    futures: list[asyncio.Future[Message | None]] = []
    if urgent_reply is not None:
        state.metrics.replies.labels(kind=urgent_reply.kind).inc()
        futures += state.sender.queue_reply(destination(message), urgent_reply.messages, urgent=True)
    if not text:
        futures += state.sender.queue_reply(destination(message), [T.TEXT_ONLY])
    if relay is not None:
        case: Case = relay.case
        if urgent_reply is not None:
            body = T.FROM_PERSON_URGENT.format(
                label=case.label, kind=urgent_reply.kind, text=_esc(_clip(relayed))
            )
        else:
            body = T.FROM_PERSON.format(label=case.label, text=_esc(_clip(relayed)))
        futures += state.sender.queue_reply(
            _staff_place(rt, case), [body], quote=False, urgent=urgent_reply is not None
        )
        if relay.became_urgent and case.topic_id is not None and case.staff_chat_id is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.edit_forum_topic(
                    case.staff_chat_id, case.topic_id, name=T.URGENT_TOPIC_NAME.format(case=case.label)
                )
    _outside_journal(state, _settle(futures), update.update_id)
    raise ApplicationHandlerStop


async def _case_of(state: BotState, rt: HandoffRuntime, message: Message) -> Case | None:
    """The case a staff group message belongs to: its forum topic, or the case number it replies to."""
    thread = message.message_thread_id if message.is_topic_message else None
    replied = message.reply_to_message
    found = _HASHTAG.search((replied.text or replied.caption or "") if replied is not None else "")

    async def work(session: AsyncSession) -> Case | None:
        if thread is not None:
            return await rt.desk.by_topic(session, message.chat_id, thread)
        return await rt.desk.get(session, found.group(1)) if found else None

    return await _db(state, work)


async def from_staff(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message in the staff group: in a case's topic (or thread) it is relayed to the person, signed; a
    message starting with "!" is an internal note. The question handlers never see the staff group."""
    message = update.message
    state, rt = bot_state(context), runtime(context)
    if message is None or message.from_user is None or message.from_user.is_bot:
        raise ApplicationHandlerStop
    case = await _case_of(state, rt, message)
    if case is None:
        raise ApplicationHandlerStop  # the staff talking among themselves
    user = message.from_user
    here = Destination(
        message.chat_id, case.topic_id if message.is_topic_message else None, message.message_id
    )

    async def who(session: AsyncSession) -> Actor:
        return await rt.desk.actor_for_telegram(
            session, user.id, state.pseudonyms.key("user", user.id), user.first_name
        )

    actor = await _db(state, who)
    text = message.text
    if actor is None:
        raise ApplicationHandlerStop
    if text is None:
        await state.sender.send(here, T.NOT_RELAYED_MEDIA)
        raise ApplicationHandlerStop
    if text.startswith("!"):
        note = text[1:].strip() or text

        async def write_note(session: AsyncSession) -> Any:
            return await rt.desk.note(session, case.case, actor, note, update_id=update.update_id)

        await _db(state, write_note)
        raise ApplicationHandlerStop
    if case.status == CLOSED:
        await state.sender.send(here, T.CASE_CLOSED_STAFF.format(label=case.label))
        raise ApplicationHandlerStop

    async def write_reply(session: AsyncSession) -> Any:
        return await rt.desk.reply(session, case.case, actor, text, update_id=update.update_id)

    relay = await _db(state, write_reply)
    if relay is None or relay.chat_id is None:
        await state.sender.send(here, T.CASE_CLOSED_STAFF.format(label=case.label))
        raise ApplicationHandlerStop
    if relay.new and case.first_staff_reply_at is None and relay.case.first_staff_reply_at is not None:
        waited = (relay.case.first_staff_reply_at - relay.case.opened_at).total_seconds()
        rt.first_reply.labels(hours="within" if relay.case.within_hours else "outside").observe(waited)
    body = T.FROM_STAFF.format(signature=_esc(relay.signature), text=_esc(_clip(text)))
    futures = state.sender.queue_reply(Destination(relay.chat_id), [body], quote=False)
    _outside_journal(
        state, _watch_person(state, rt, context.bot, relay.case, relay.chat_id, futures), update.update_id
    )
    raise ApplicationHandlerStop


async def _watch_person(
    state: BotState,
    rt: HandoffRuntime,
    bot: Bot,
    case: Case,
    chat_id: int,
    futures: Sequence[asyncio.Future[Message | None]],
) -> None:
    """After a relay to the person: if it failed because they blocked the bot (403), close the case."""
    results = await delivered(futures)
    if all(sent is not None for sent in results):
        return
    await _check_blocked(state, rt, bot, case, chat_id)


async def _check_blocked(state: BotState, rt: HandoffRuntime, bot: Bot, case: Case, chat_id: int) -> None:
    """A message to the person failed: if they blocked the bot (403), close the case with a note to staff."""
    try:
        await bot.send_chat_action(chat_id, "typing")
    except Forbidden:
        pass
    except TelegramError:
        return
    else:
        return

    async def work(session: AsyncSession) -> Closed:
        return await rt.desk.close(session, case.case, BY_BLOCKED)

    closed = await _db(state, work)
    if closed is None or not closed.new:
        return
    rt.closed.labels(by=BY_BLOCKED).inc()
    await delivered(
        state.sender.queue_reply(
            _staff_place(rt, case), [T.BLOCKED_STAFF.format(label=case.label)], quote=False
        )
    )
    await _close_topic(bot, closed.case)


# -- closing -------------------------------------------------------------------------------------------------
async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/done: the person ends the conversation; both sides are told and the person can rate the help."""
    message = update.message
    state, rt = bot_state(context), runtime(context)
    if message is None or message.from_user is None:
        return
    key = state.pseudonyms.key("user", message.from_user.id)

    async def work(session: AsyncSession) -> Closed | None:
        return await rt.desk.close_for_person(session, key, update_id=update.update_id)

    closed = await _db(state, work)
    if closed is None:
        await state.sender.send(destination(message), T.NOT_CONNECTED, quote=False)
        return
    case = closed.case
    futures = state.sender.queue_reply(
        _staff_place(rt, case), [T.CLOSED_BY_PERSON_STAFF.format(label=case.label)], quote=False
    )
    futures += state.sender.queue_reply(
        destination(message),
        [T.CLOSED_BY_YOU.format(case=case.label) + T.CLOSING_TAIL],
        _feedback_buttons(case),
        quote=False,
    )
    rt.closed.labels(by=BY_PERSON).inc()
    await _close_topic(context.bot, case)
    _outside_journal(state, _settle_and_count(state, rt, futures), update.update_id)


async def staff_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Take it (one owner; a second person is told who owns it) or close it, from the case's topic."""
    query = update.callback_query
    state, rt = bot_state(context), runtime(context)
    match = _STAFF_BUTTON.match(query.data or "") if query is not None else None
    if query is None or match is None:
        return
    if query.message is None or query.message.chat.id != rt.chat_id:
        await query.answer()
        return
    action, number = match.groups()
    user = query.from_user

    async def who(session: AsyncSession) -> Actor:
        return await rt.desk.actor_for_telegram(
            session, user.id, state.pseudonyms.key("user", user.id), user.first_name
        )

    actor = await _db(state, who)
    if actor is None:
        await query.answer()
        return
    if action == "take":
        await _take(update, context, state, rt, actor, number)
    else:
        await _staff_close(update, context, state, rt, actor, number)


async def _take(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    state: BotState,
    rt: HandoffRuntime,
    actor: Actor,
    number: str,
) -> None:
    query = update.callback_query
    assert query is not None

    async def work(session: AsyncSession) -> Any:
        return await rt.desk.take(session, number, actor)

    taken = await _db(state, work)
    if taken is None:
        await query.answer()
        return
    if taken.case.status == CLOSED:
        await query.answer(T.TAKE_CLOSED, show_alert=True)
        return
    if not taken.owned:
        await query.answer(T.TAKEN_BY_OTHER.format(name=taken.owner_name or "someone")[:200], show_alert=True)
        return
    await query.answer(T.YOURS)
    if not taken.changed:
        return
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=_staff_buttons(taken.case, take=False))
    case: Case = taken.case
    await state.sender.send(
        _staff_place(rt, case), T.TAKEN.format(label=case.label, name=_esc(actor.name)), quote=False
    )
    await _refresh_waiting(state, rt)


async def _staff_close(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    state: BotState,
    rt: HandoffRuntime,
    actor: Actor,
    number: str,
) -> None:
    query = update.callback_query
    assert query is not None

    async def work(session: AsyncSession) -> Closed:
        return await rt.desk.close(session, number, BY_STAFF, actor=actor, update_id=update.update_id)

    closed = await _db(state, work)
    if closed is None or not closed.new:
        await query.answer(T.TAKE_CLOSED)
        return
    await query.answer()
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=None)
    case = closed.case
    futures = _queue_staff_close(state, rt, closed, actor)
    await _close_topic(context.bot, case)
    _outside_journal(state, _settle_and_count(state, rt, futures), update.update_id)


async def rate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The person's 👍/👎 on the help they got, once."""
    query = update.callback_query
    match = _FEEDBACK.match(query.data or "") if query is not None else None
    if query is None or match is None:
        return
    state, rt = bot_state(context), runtime(context)
    number, value = match.groups()
    key = state.pseudonyms.key("user", query.from_user.id)

    async def work(session: AsyncSession) -> bool:
        return await rt.desk.feedback(session, number, key, value)

    stored = await _db(state, work)
    await query.answer(T.FEEDBACK_THANKS if stored else None)
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=None)
    if stored:
        rt.feedback.labels(value=value).inc()


async def forget_hook(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget confirmed: delete the person's handoffs and transcripts (the staff are told, topics closed).

    Runs before the /forget handler and lets it go on; its notes are sent outside the update's journal, so
    that the /forget reply keeps its place in it.
    """
    query = update.callback_query
    if query is None:
        return
    state, rt = bot_state(context), runtime(context)
    key = state.pseudonyms.key("user", query.from_user.id)

    async def work(session: AsyncSession) -> tuple[list[Case], int]:
        return await rt.desk.forget(session, key)

    result = await _db(state, work)
    if not result or not result[0]:
        return

    async def tell_staff(cases: list[Case]) -> None:
        for case in cases:
            rt.closed.labels(by="forget").inc()
            await delivered(
                state.sender.queue_reply(
                    _staff_place(rt, case), [T.FORGOTTEN_STAFF.format(label=case.label)], quote=False
                )
            )
            await _close_topic(context.bot, case)
        await _refresh_waiting(state, rt)

    _outside_journal(state, tell_staff(result[0]))


async def link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/link CODE: a staff member links their Telegram account to their staff account."""
    message = update.message
    if message is None or message.from_user is None:
        return
    state, rt = bot_state(context), runtime(context)
    code = " ".join(context.args or []).strip()
    if not code:
        await state.sender.send(destination(message), T.LINK_USAGE, quote=False)
        return
    user_id = message.from_user.id

    async def work(session: AsyncSession) -> Actor | None:
        return await rt.desk.link(session, code, user_id)

    actor = await _db(state, work)
    text = T.LINKED.format(signature=_esc(actor.signature)) if actor is not None else T.LINK_FAILED
    await state.sender.send(destination(message), text, quote=False)


# -- the dashboard's actions, mirrored in Telegram -----------------------------------------------------------
async def mirror_reply(application: AnyApplication, relay: Relay) -> bool:
    """A reply written on the dashboard (HandoffDesk.reply): send it to the person and a copy to the topic.

    True if the person got it; a person who blocked the bot closes the case, as for a reply from Telegram. No
    update journal covers a dashboard request, so the reply is marked once Telegram has answered for it: one
    cut short by a crash is still unmarked, and the idle sweeper sends it later (`resend_cut_short`).
    """
    state, rt = application.bot_data[STATE_KEY], runtime_of(application)
    if relay.chat_id is None:
        return False
    case, author = relay.case, relay.line.author or relay.signature
    body = T.FROM_STAFF.format(signature=_esc(relay.signature), text=_esc(_clip(relay.line.text)))
    [sent] = await state.sender.send_reply(Destination(relay.chat_id), [body], quote=False)

    async def mark(session: AsyncSession) -> None:
        await rt.desk.relayed(session, relay.line)

    await _db(state, mark)
    copy = T.FROM_DASHBOARD.format(name=_esc(author), text=_esc(_clip(relay.line.text)))
    await state.sender.send(_staff_place(rt, case), copy, quote=False)
    if sent is None:
        await _check_blocked(state, rt, application.bot, case, relay.chat_id)
    return sent is not None


#: A dashboard reply still unmarked this long after it was written was cut short by a crash, not in flight.
CUT_SHORT_AFTER = timedelta(minutes=5)


async def resend_cut_short(application: AnyApplication, now: datetime | None = None) -> int:
    """Send the dashboard replies that a crash cut short between recording and sending; how many went."""
    state, rt = application.bot_data[STATE_KEY], runtime_of(application)

    async def pending(session: AsyncSession) -> list[Relay]:
        return await rt.desk.unrelayed(session, (now or datetime.now(UTC)) - CUT_SHORT_AFTER)

    relays = await _db(state, pending) or []
    for relay in relays:
        await mirror_reply(application, relay)
    return len(relays)


async def mirror_note(application: AnyApplication, relay: Relay) -> None:
    """A note written on the dashboard (HandoffDesk.note): a copy in the topic, never to the person."""
    state, rt = application.bot_data[STATE_KEY], runtime_of(application)
    copy = T.NOTE_FROM_DASHBOARD.format(name=_esc(relay.line.author or ""), text=_esc(_clip(relay.line.text)))
    await state.sender.send(_staff_place(rt, relay.case), copy, quote=False)


async def mirror_take(application: AnyApplication, taken: Taken) -> None:
    """A case taken on the dashboard (HandoffDesk.take): said in the topic."""
    state, rt = application.bot_data[STATE_KEY], runtime_of(application)
    if taken.changed:
        case = taken.case
        text = T.TAKEN.format(label=case.label, name=_esc(case.owner_name or ""))
        await state.sender.send(_staff_place(rt, case), text, quote=False)
        await _refresh_waiting(state, rt)


async def mirror_close(application: AnyApplication, closed: Closed, actor: Actor) -> None:
    """A case closed on the dashboard (HandoffDesk.close by "staff"): both sides told, the topic closed."""
    state, rt = application.bot_data[STATE_KEY], runtime_of(application)
    if not closed.new:
        return
    case = closed.case
    futures = _queue_staff_close(state, rt, closed, actor)
    await delivered(futures)
    await _close_topic(application.bot, case)
    await _refresh_waiting(state, rt)


# -- idle handoffs -------------------------------------------------------------------------------------------
async def sweep(state: BotState, rt: HandoffRuntime, bot: Bot, now: datetime | None = None) -> list[Closed]:
    """Close the handoffs idle for HANDOFF_IDLE_HOURS, telling both sides (outside any update's journal)."""
    state.sender.journal.set(None)

    async def work(session: AsyncSession) -> list[Closed]:
        return await rt.desk.close_idle(session, now or datetime.now(UTC))

    closed = await _db(state, work) or []
    hours = int(rt.desk.idle.total_seconds() // 3600)
    for item in closed:
        case = item.case
        rt.closed.labels(by="idle").inc()
        futures = state.sender.queue_reply(
            _staff_place(rt, case), [T.CLOSED_IDLE_STAFF.format(label=case.label, hours=hours)], quote=False
        )
        if item.chat_id is not None:
            futures += state.sender.queue_reply(
                Destination(item.chat_id),
                [T.CLOSED_IDLE.format(case=case.label, hours=hours) + T.CLOSING_TAIL],
                _feedback_buttons(case),
                quote=False,
            )
        await delivered(futures)
        await _close_topic(bot, case)
    await _refresh_waiting(state, rt)
    return closed


async def _sweep_loop(application: AnyApplication, state: BotState, rt: HandoffRuntime) -> None:
    state.sender.journal.set(None)
    while application.running:
        try:
            await sweep(state, rt, application.bot)
            await resend_cut_short(application)
        except Exception:  # the next round tries again
            logger.exception("closing idle handoffs or resending dashboard replies failed")
        waited = 0.0
        while waited < rt.sweep_interval and application.running:
            await asyncio.sleep(1.0)
            waited += 1.0


def start_sweeper(application: AnyApplication) -> None:
    """Start closing idle handoffs and resending cut-short replies once the bot runs (it stops with it), so
    that a restart with no new update still does both."""
    rt = runtime_of(application)
    if rt.chat_id is None or (rt.sweeper is not None and not rt.sweeper.done()):
        return
    state: BotState = application.bot_data[STATE_KEY]
    rt.sweeper = asyncio.get_running_loop().create_task(
        _sweep_loop(application, state, rt), name="handoff-sweeper"
    )


def register(application: AnyApplication) -> None:
    """Wire /nurse, /human, /done, /link, the staff group, the buttons and the relays."""
    state: BotState = application.bot_data[STATE_KEY]
    registry = state.metrics.registry
    rt = HandoffRuntime(
        desk=HandoffDesk.from_settings(state.settings),
        chat_id=state.settings.handoff_chat_id,
        opened=Counter("oncobot_handoffs_opened", "Handoffs to nurse navigators opened", registry=registry),
        closed=Counter(
            "oncobot_handoffs_closed", "Handoffs closed, by who closed them", ["by"], registry=registry
        ),
        feedback=Counter(
            "oncobot_handoff_feedback", "Ratings of handoffs, up or down", ["value"], registry=registry
        ),
        waiting=Gauge("oncobot_handoffs_waiting", "Handoffs nobody has taken yet", registry=registry),
        first_reply=Histogram(
            "oncobot_handoff_first_reply_seconds",
            "Time from opening a handoff to the first staff reply, within or outside staffed hours",
            ["hours"],
            buckets=FIRST_REPLY_BUCKETS,
            registry=registry,
        ),
    )
    application.bot_data[RUNTIME_KEY] = rt
    private = NEW & filters.ChatType.PRIVATE
    application.add_handler(
        CommandHandler("start", start_nurse, filters=private & filters.Regex(r"^/start(@\w+)?\s+nurse\s*$")),
        group=FIRST,
    )
    # Service messages (a topic closed or renamed, a pinned message) are nobody's words: never relayed.
    spoken = ~filters.COMMAND & ~filters.StatusUpdate.ALL
    application.add_handler(MessageHandler(private & spoken, from_person), group=FIRST)
    if rt.chat_id is not None:
        application.add_handler(
            MessageHandler(NEW & filters.Chat(chat_id=rt.chat_id) & spoken, from_staff), group=FIRST
        )
    application.add_handler(CallbackQueryHandler(forget_hook, pattern=r"^fg:yes$"), group=FIRST)
    application.add_handler(
        CallbackQueryHandler(offer_after_thumbs_down, pattern=r"^fb:\d{1,18}:down$"), group=FIRST
    )
    application.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, offer_after_answers), group=AFTER
    )
    application.add_handler(CommandHandler(["nurse", "human"], nurse, filters=NEW))
    application.add_handler(CommandHandler("done", done, filters=private))
    application.add_handler(CommandHandler("link", link, filters=private))
    application.add_handler(CallbackQueryHandler(confirm, pattern=r"^ho:(yes|no)$"))
    application.add_handler(CallbackQueryHandler(ask_tapped, pattern=r"^ho:ask$"))
    application.add_handler(CallbackQueryHandler(staff_button, pattern=_STAFF_BUTTON))
    application.add_handler(CallbackQueryHandler(rate, pattern=_FEEDBACK))
