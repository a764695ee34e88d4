"""The review queue: find questions the bot may have got wrong, read them in context, fix the label."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from bot.dashboard.core import Dashboard, dashboard, path_number, redirect, render, signed_in
from db.accounts import staff
from db.dialogue import review
from db.models import ConversationMessage
from nlp.taxonomy import CRISIS, EMERGENCY, OUT_OF_SCOPE, TODAY

PAGE_SIZE = 50
KINDS = ("answer", "clarify", "out-of-scope", "emergency", "crisis", "today")
CHAT_TYPES = ("private", "group", "supergroup", "channel")
SPECIAL_LABELS = (OUT_OF_SCOPE, EMERGENCY, CRISIS, TODAY)
EXPORT_FIELDS = (
    "id",
    "created_at",
    "chat_type",
    "user_key",
    "chat_key",
    "text",
    "kind",
    "topic_id",
    "confidence",
    "feedback",
    "staff_label",
    "content_gap",
    "reviewed_by",
    "reviewed_at",
)


def _fraction(raw: str) -> float | None:
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


def _day(raw: str) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def parse_filter(query: MultiMapping[str]) -> tuple[review.QueueFilter, list[str]]:
    """The queue filter from the query string; values that are not allowed are dropped and named."""
    ignored = []

    def pick(name: str, allowed: tuple[str, ...] | set[str]) -> str | None:
        value = query.get(name, "")
        if value and value not in allowed:
            ignored.append(name)
            return None
        return value or None

    confidence = _fraction(query.get("max_confidence", ""))
    if query.get("max_confidence") and confidence is None:
        ignored.append("max_confidence")
    since, until = _day(query.get("since", "")), _day(query.get("until", ""))
    for name, value in (("since", since), ("until", until)):
        if query.get(name) and value is None:
            ignored.append(name)
    reviewed = {"yes": True, "no": False}.get(query.get("reviewed", ""))
    if query.get("reviewed") and reviewed is None:
        ignored.append("reviewed")
    topic = query.get("topic", "").strip() or None
    if topic is not None and (
        len(topic) > 64 or not set(topic) <= set("abcdefghijklmnopqrstuvwxyz0123456789-.")
    ):
        ignored.append("topic")
        topic = None
    wanted = review.QueueFilter(
        kind=pick("kind", KINDS),
        max_confidence=confidence,
        feedback=pick("feedback", ("up", "down")),
        topic=topic,
        chat_type=pick("chat_type", CHAT_TYPES),
        since=datetime.combine(since, time(), UTC) if since else None,
        until=datetime.combine(until, time(), UTC) + timedelta(days=1) if until else None,
        reviewed=reviewed,
        failed_delivery=pick("delivery", ("failed",)) is not None,
    )
    return wanted, ignored


def _page(query: MultiMapping[str]) -> int:
    raw = query.get("page", "1")
    return max(1, min(int(raw), 100_000)) if raw.isdigit() else 1


async def show_queue(request: web.Request) -> web.Response:
    """Questions, newest first, with filters and pages."""
    wanted, ignored = parse_filter(request.query)
    page = _page(request.query)
    async with dashboard(request).services.sessions() as session:
        rows, total = await review.queue_page(session, wanted, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    kept = {k: v for k, v in request.query.items() if k != "page" and k not in ignored and v}
    return await render(
        request,
        "queue.html",
        rows=rows,
        total=total,
        page=page,
        pages=pages,
        query=kept,
        ignored=ignored,
        kinds=KINDS,
        chat_types=CHAT_TYPES,
        topics=sorted(dashboard(request).services.responder.library.answers),
    )


async def show_message(request: web.Request) -> web.Response:
    """One question in its chat's context: what the bot decided and exactly what it sent."""
    message_id = path_number(request, "message_id")
    async with dashboard(request).services.sessions() as session:
        row = await review.question(session, message_id)
        if row is None:
            raise web.HTTPNotFound(
                text="No such question (it may have been deleted at the person's request)."
            )
        sent = await review.replies(session, message_id)
        context = await review.neighbours(session, row)
    library = dashboard(request).services.responder.library
    return await render(
        request,
        "message.html",
        row=row,
        sent=sent,
        context=context,
        labels=_label_choices(library.topics()),
    )


def _label_choices(topics: list[Any]) -> list[tuple[str, str]]:
    choices = [(label, f"Special: {label}") for label in SPECIAL_LABELS]
    choices += [(answer.topic_id, f"{answer.topic_id}: {answer.title}") for answer in topics]
    return choices


async def _question_or_404(request: web.Request, session: Any) -> ConversationMessage:
    row = await review.question(session, path_number(request, "message_id"))
    if row is None:
        raise web.HTTPNotFound
    return row


async def label_message(request: web.Request) -> web.StreamResponse:
    """Set the right topic or special label: it becomes a staff training example."""
    person = signed_in(request)
    form = await request.post()
    chosen = str(form.get("label", ""))
    context = dashboard(request)
    library = context.services.responder.library
    if chosen in SPECIAL_LABELS:
        label, cancer, topic_id = chosen, None, None
    elif chosen in library.answers:
        answer = library.answers[chosen]
        label, cancer, topic_id = answer.subject, answer.cancer, answer.topic_id
    else:
        raise web.HTTPBadRequest(text="Unknown label.")
    async with context.services.sessions() as session, session.begin():
        row = await _question_or_404(request, session)
        await review.relabel(
            session, row, person.name, label=label, stored_label=chosen, cancer=cancer, topic_id=topic_id
        )
        await staff.audit(
            session, person.name, "label", f"message {row.id}", label=chosen, was=row.topic_id or row.kind
        )
    raise redirect(f"/messages/{row.id}", "labelled")


async def mark_reviewed(request: web.Request) -> web.StreamResponse:
    """Take a question off the to-do list without changing its label."""
    person = signed_in(request)
    async with dashboard(request).services.sessions() as session, session.begin():
        row = await _question_or_404(request, session)
        await review.mark_reviewed(session, row, person.name)
        await staff.audit(session, person.name, "mark reviewed", f"message {row.id}")
    raise redirect(f"/messages/{row.id}", "reviewed")


async def flag_gap(request: web.Request) -> web.StreamResponse:
    """Note that no curated answer covers this question well."""
    person = signed_in(request)
    form = await request.post()
    note = " ".join(str(form.get("note", "")).split())[:1000]
    if not note:
        raise web.HTTPBadRequest(text="A content gap needs a short note.")
    async with dashboard(request).services.sessions() as session, session.begin():
        row = await _question_or_404(request, session)
        await review.flag_gap(session, row, person.name, note)
        await staff.audit(session, person.name, "flag content gap", f"message {row.id}", note=note)
    raise redirect(f"/messages/{row.id}", "gap")


def _export_row(row: ConversationMessage) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in EXPORT_FIELDS}
    for name in ("created_at", "reviewed_at"):
        values[name] = values[name].isoformat() if values[name] else None
    return values


async def export_reviewed(request: web.Request) -> web.StreamResponse:
    """Reviewed questions as CSV or JSON Lines: pseudonymous keys only, never a Telegram id."""
    fmt = request.match_info["format"]
    wanted, _ignored = parse_filter(request.query)
    person = signed_in(request)
    async with dashboard(request).services.sessions() as session, session.begin():
        rows = await review.reviewed_rows(session, wanted.since, wanted.until)
        await staff.audit(session, person.name, "export", f"reviewed.{fmt}", rows=len(rows))
    records = [_export_row(row) for row in rows]
    if fmt == "jsonl":
        body = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
        content_type = "application/x-ndjson"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for record in records:
            # A cell starting with = + - @ would run as a formula in a spreadsheet.
            writer.writerow({k: _no_formula(v) for k, v in record.items()})
        body, content_type = buffer.getvalue(), "text/csv"
    return web.Response(
        text=body,
        content_type=content_type,
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="oncobot-reviewed.{fmt}"'},
    )


def _no_formula(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def register(app: web.Application, context: Dashboard) -> None:
    """Review routes."""
    context.add(app, "GET", "/queue", show_queue, staff.REVIEWER)
    context.add(app, "GET", "/messages/{message_id}", show_message, staff.REVIEWER)
    context.add(app, "POST", "/messages/{message_id}/label", label_message, staff.REVIEWER)
    context.add(app, "POST", "/messages/{message_id}/reviewed", mark_reviewed, staff.REVIEWER)
    context.add(app, "POST", "/messages/{message_id}/gap", flag_gap, staff.REVIEWER)
    context.add(app, "GET", r"/export/reviewed.{format:csv|jsonl}", export_reviewed, staff.REVIEWER)
