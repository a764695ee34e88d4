"""Handoffs to nurse navigators on the dashboard: the lists, one case's transcript, take, reply, note, close.

Every action goes through bot/handoff/desk.py's HandoffDesk (the rules, the audit log) and then through the
Telegram side's mirror_* functions (the bot's sender and fair outbox), as a staff group member's action does,
so that the dashboard and the staff group stay in sync. A dashboard served without the bot (`oncobot
dashboard`) can take cases and write notes, but cannot reply or close: nothing could tell the person.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.ext import Application

from bot.dashboard.core import Dashboard, dashboard, redirect, render, signed_in
from bot.handoff.desk import BY_STAFF, CLOSED, MAX_LINE, Actor, HandoffDesk, HandoffError
from bot.telegram.handoff import (
    RELAY_CHARS,
    mirror_close,
    mirror_note,
    mirror_reply,
    mirror_take,
    runtime_of,
)
from bot.telegram.state import STATE_KEY, BotState
from db.accounts import staff

logger = logging.getLogger(__name__)
R = TypeVar("R")
AnyApplication = Application[Any, Any, Any, Any, Any, Any]

#: the dashboard's lists of cases, in the order of the tabs
TABS = {"waiting": "Waiting", "mine": "Mine", "open": "Open (everyone's)", "closed": "Closed"}
PAGE_SIZE = 50
#: a case number as HandoffDesk makes them (anything else in a URL is a 404, never a query)
_CASE = re.compile(r"^[A-Z0-9]{6}$")
#: how long a reply waits to tell the staff member whether Telegram accepted it (it is sent regardless)
DELIVERY_WAIT = 8.0


@dataclass(frozen=True)
class HandoffSide:
    """The dashboard's handoff desk, and the running bot that relays to the person (None without one)."""

    desk: HandoffDesk
    telegram: AnyApplication | None


HANDOFFS = web.AppKey("handoffs", HandoffSide)


def duration(span: timedelta) -> str:
    """A waiting time people read at a glance: "45 s", "12 min", "3 h 05 min", "2 d 4 h"."""
    seconds = max(0, int(span.total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _side(request: web.Request) -> HandoffSide:
    return request.app[HANDOFFS]


def _number(request: web.Request) -> str:
    raw = request.match_info["case"]
    if not _CASE.match(raw):
        raise web.HTTPNotFound(text="No such case.")
    return raw


async def _actor(session: AsyncSession, staff_id: int) -> Actor:
    user = await staff.staff_by_id(session, staff_id)
    if user is None:  # pragma: no cover - the guard let an active session through
        raise web.HTTPForbidden
    return Actor.of_account(user)


def _later(side: HandoffSide, work: Awaitable[R]) -> asyncio.Future[R | None]:
    """Relay through the bot in the background, tracked by the bot so that a shutdown waits for it."""
    assert side.telegram is not None
    state: BotState = side.telegram.bot_data[STATE_KEY]
    outcome: asyncio.Future[R | None] = asyncio.get_running_loop().create_future()

    async def run() -> None:
        state.sender.journal.set(None)  # not part of any Telegram update's reply journal
        try:
            result: R | None = await work
        except Exception:  # the transcript has it; the log says why Telegram did not
            logger.exception("relaying a dashboard handoff action to Telegram failed")
            result = None
        if not outcome.done():
            outcome.set_result(result)

    state.track(run())
    return outcome


# -- pages ---------------------------------------------------------------------------------------------------
async def show_list(request: web.Request, link_code: str | None = None) -> web.Response:
    """One tab of cases: waiting (oldest first, with the waiting time), mine, open, or closed."""
    person = signed_in(request)
    side = _side(request)
    tab = request.query.get("tab", "waiting")
    tab = tab if tab in TABS else "waiting"
    raw_page = request.query.get("page", "1")
    page = max(1, min(int(raw_page), 10_000)) if raw_page.isdigit() else 1
    async with dashboard(request).services.sessions() as session:
        actor = await _actor(session, person.staff_id)
        cases = await side.desk.listing(
            session, tab, actor=actor, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
        )
    return await render(
        request,
        "handoffs.html",
        tabs=TABS,
        tab=tab,
        cases=cases[:PAGE_SIZE],
        page=page,
        more=len(cases) > PAGE_SIZE,
        me=actor.key,
        now=datetime.now(UTC),
        duration=duration,
        enabled=dashboard(request).services.settings.handoff_chat_id is not None,
        link_code=link_code,
    )


async def show_case(request: web.Request) -> web.Response:
    """A case: who owns it, its transcript (notes marked internal), and the actions."""
    person = signed_in(request)
    side = _side(request)
    number = _number(request)
    async with dashboard(request).services.sessions() as session:
        case = await side.desk.get(session, number)
        if case is None:
            raise web.HTTPNotFound(text="No such case (it may have been deleted at the person's request).")
        lines = await side.desk.transcript(session, number)
        actor = await _actor(session, person.staff_id)
    return await render(
        request,
        "handoff.html",
        case=case,
        lines=lines,
        me=actor.key,
        closed=case.status == CLOSED,
        relays=side.telegram is not None,
        now=datetime.now(UTC),
        duration=duration,
        max_reply=RELAY_CHARS,
        max_note=MAX_LINE,
    )


# -- actions -------------------------------------------------------------------------------------------------
async def _text(request: web.Request, limit: int) -> str:
    form = await request.post()
    text = str(form.get("text", "")).strip()
    if not text:
        raise web.HTTPBadRequest(text="Write something first.")
    if len(text) > limit:
        raise web.HTTPBadRequest(text=f"At most {limit} characters.")
    return text


async def take(request: web.Request) -> web.StreamResponse:
    """Take a case: one owner; someone who comes second is told who owns it."""
    person = signed_in(request)
    side = _side(request)
    number = _number(request)
    async with dashboard(request).services.sessions() as session, session.begin():
        actor = await _actor(session, person.staff_id)
        try:
            taken = await side.desk.take(session, number, actor)  # audited by the desk
        except HandoffError:
            raise web.HTTPNotFound(text="No such case.") from None
    if taken.changed and side.telegram is not None:
        _later(side, mirror_take(side.telegram, taken))
    if taken.case.status == CLOSED:
        notice = "handoff-is-closed"
    elif not taken.owned:
        notice = "handoff-owned"
    else:
        notice = "handoff-taken"
    raise redirect(f"/handoffs/{number}", notice)


async def reply(request: web.Request) -> web.StreamResponse:
    """Reply to the person: recorded by the desk, then sent by the bot (signed) with a copy in the topic."""
    person = signed_in(request)
    side = _side(request)
    number = _number(request)
    text = await _text(request, RELAY_CHARS)
    if side.telegram is None:
        raise redirect(f"/handoffs/{number}", "handoff-no-bot")
    async with dashboard(request).services.sessions() as session, session.begin():
        actor = await _actor(session, person.staff_id)
        before = await side.desk.get(session, number)
        if before is None:
            raise web.HTTPNotFound(text="No such case.")
        if before.status == CLOSED:
            raise redirect(f"/handoffs/{number}", "handoff-is-closed")
        try:
            relay = await side.desk.reply(session, number, actor, text)  # audited by the desk
        except HandoffError as error:  # closed meanwhile, or HANDOFF_KEY missing or changed
            now = await side.desk.get(session, number)
            if now is not None and now.status == CLOSED:
                raise redirect(f"/handoffs/{number}", "handoff-is-closed") from None
            logger.warning("dashboard reply to %s refused: %s", number, error)
            raise redirect(f"/handoffs/{number}", "handoff-refused") from None
    first = relay.case.first_staff_reply_at
    if before.first_staff_reply_at is None and first is not None:
        waited = (first - relay.case.opened_at).total_seconds()
        hours = "within" if relay.case.within_hours else "outside"
        runtime_of(side.telegram).first_reply.labels(hours=hours).observe(waited)
    delivery = _later(side, mirror_reply(side.telegram, relay))
    await asyncio.wait([delivery], timeout=DELIVERY_WAIT)
    if not delivery.done():
        notice = "handoff-sending"
    else:
        notice = "handoff-sent" if delivery.result() else "handoff-undelivered"
    raise redirect(f"/handoffs/{number}", notice)


async def note(request: web.Request) -> web.StreamResponse:
    """An internal note: for staff only (a copy goes to the topic), never to the person."""
    person = signed_in(request)
    side = _side(request)
    number = _number(request)
    text = await _text(request, MAX_LINE)
    async with dashboard(request).services.sessions() as session, session.begin():
        actor = await _actor(session, person.staff_id)
        try:
            relay = await side.desk.note(session, number, actor, text)
        except HandoffError:
            raise web.HTTPNotFound(text="No such case.") from None
        await staff.audit(session, actor.audit_name, "handoff note", relay.case.case)
    if side.telegram is not None:
        _later(side, mirror_note(side.telegram, relay))
    raise redirect(f"/handoffs/{number}", "handoff-noted")


async def close(request: web.Request) -> web.StreamResponse:
    """Close a case: the person is told (and asked for a 👍/👎), the topic closed, the chat id deleted."""
    person = signed_in(request)
    side = _side(request)
    number = _number(request)
    if side.telegram is None:
        raise redirect(f"/handoffs/{number}", "handoff-no-bot")
    async with dashboard(request).services.sessions() as session, session.begin():
        actor = await _actor(session, person.staff_id)
        if await side.desk.get(session, number) is None:
            raise web.HTTPNotFound(text="No such case.")
        try:
            closed = await side.desk.close(session, number, BY_STAFF, actor=actor)  # audited by the desk
        except HandoffError as error:  # HANDOFF_KEY missing or changed: the chat id cannot be read
            logger.warning("dashboard close of %s refused: %s", number, error)
            raise redirect(f"/handoffs/{number}", "handoff-refused") from None
    if not closed.new:
        raise redirect(f"/handoffs/{number}", "handoff-is-closed")
    _later(side, mirror_close(side.telegram, closed, actor))
    raise redirect(f"/handoffs/{number}", "handoff-closed")


async def link_telegram(request: web.Request) -> web.Response:
    """A one-time code: the Telegram account that sends it to the bot speaks for this staff account."""
    person = signed_in(request)
    async with dashboard(request).services.sessions() as session, session.begin():
        code = await _side(request).desk.link_code(session, person.staff_id)
    return await show_list(request, link_code=code)


def register(app: web.Application, context: Dashboard, telegram: AnyApplication | None = None) -> None:
    """Handoff routes, for every signed-in staff member; `telegram` is the running bot, if any."""
    app[HANDOFFS] = HandoffSide(HandoffDesk.from_settings(context.services.settings), telegram)
    context.add(app, "GET", "/handoffs", show_list, staff.REVIEWER)
    context.add(app, "POST", "/handoffs/link", link_telegram, staff.REVIEWER)
    context.add(app, "GET", "/handoffs/{case}", show_case, staff.REVIEWER)
    context.add(app, "POST", "/handoffs/{case}/take", take, staff.REVIEWER)
    context.add(app, "POST", "/handoffs/{case}/reply", reply, staff.REVIEWER)
    context.add(app, "POST", "/handoffs/{case}/note", note, staff.REVIEWER)
    context.add(app, "POST", "/handoffs/{case}/close", close, staff.REVIEWER)
