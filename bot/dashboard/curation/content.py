"""Curating answers: topics with their review state, edits as drafts, approval by someone else, history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.answering.library import Answer
from bot.content import edits as content_edits
from bot.dashboard.core import Dashboard, dashboard, path_number, redirect, render, signed_in
from bot.dashboard.curation import support_page
from db.accounts import staff
from db.content import answers
from db.models import AnswerVersion, Topic

#: How long a clinical review stays current before the answer is due for another.
CLINICAL_REVIEW_DAYS = 365


async def _topic(session: AsyncSession, request: web.Request) -> Topic:
    topic = await session.get(Topic, request.match_info["topic_id"][:64])
    if topic is None:
        raise web.HTTPNotFound(text="No such topic.")
    return topic


async def _versions(session: AsyncSession, topic_id: str) -> list[AnswerVersion]:
    return await answers.versions_of(session, topic_id)


async def show_topics(request: web.Request) -> web.Response:
    """Every topic, soonest review first, with its served version and review (overdue ones stand out)."""
    show = request.query.get("show", "")
    async with dashboard(request).services.sessions() as session:
        rows = await answers.topic_overview(session)
    today = datetime.now(UTC).date()
    if show == "overdue":
        rows = [r for r in rows if r.next_review_on is not None and r.next_review_on < today]
    elif show == "drafts":
        rows = [r for r in rows if r.drafts]
    rows.sort(key=lambda r: (r.next_review_on or date.max, r.id))
    return await render(request, "topics.html", rows=rows, today=today, show=show)


def _answer(topic: Topic, version: AnswerVersion) -> Answer:
    return Answer.from_version(version, topic.subject, topic.cancer)


async def show_topic(request: web.Request) -> web.Response:
    """A topic's served answer as the bot sends it, and every version with who made and approved it."""
    async with dashboard(request).services.sessions() as session:
        topic = await _topic(session, request)
        versions = await _versions(session, topic.id)
    served = next((v for v in versions if v.status == answers.APPROVED), None)
    return await render(
        request,
        "topic.html",
        topic=topic,
        versions=list(reversed(versions)),
        served=served,
        today=datetime.now(UTC).date(),
    )


async def show_version(request: web.Request) -> web.Response:
    """One version, its preview as Telegram messages (private and group), and a diff with the served one."""
    number = path_number(request, "version")
    context = dashboard(request)
    async with context.services.sessions() as session:
        topic = await _topic(session, request)
        versions = await _versions(session, topic.id)
    version = next((v for v in versions if v.version == number), None)
    if version is None:
        raise web.HTTPNotFound(text="No such version.")
    served = next((v for v in versions if v.status == answers.APPROVED), None)
    compare_to = served if served is not None and served.version != version.version else None
    if compare_to is None:
        compare_to = next((v for v in reversed(versions) if v.version < version.version), None)
    responder = context.services.responder
    person = signed_in(request)
    return await render(
        request,
        "version.html",
        topic=topic,
        version=version,
        private=responder.preview(_answer(topic, version)),
        group=responder.preview(_answer(topic, version), audience="group"),
        compare_to=compare_to,
        diff=content_edits.diff(compare_to, version) if compare_to is not None else [],
        can_approve=version.status == answers.DRAFT and version.created_by != person.name,
        own_draft=version.status == answers.DRAFT and version.created_by == person.name,
    )


async def edit_form(request: web.Request) -> web.Response:
    """The edit form, prefilled from the newest version (a pending draft, or the served answer)."""
    async with dashboard(request).services.sessions() as session:
        topic = await _topic(session, request)
        versions = await _versions(session, topic.id)
    if not versions:
        raise web.HTTPNotFound(text="This topic has no answer yet.")
    return await render(
        request, "edit.html", topic=topic, form=content_edits.form_from_version(versions[-1]), problems=[]
    )


def _form(data: Any) -> content_edits.EditForm:
    return content_edits.EditForm(
        *(
            str(data.get(name, ""))[:20_000]
            for name in ("title", "summary", "sections", "questions", "sources")
        )
    )


async def save_draft(request: web.Request) -> web.StreamResponse:
    """Check an edit with the content rules and store it as a draft version; nothing is served yet."""
    person = signed_in(request)
    context = dashboard(request)
    form = _form(await request.post())
    async with context.services.sessions() as session, session.begin():
        topic = await _topic(session, request)
        fields, digest, problems = content_edits.check_edit(
            context.services.content, context.services.settings.content_dir, topic, form
        )
        if fields is None:
            return await render(request, "edit.html", status=400, topic=topic, form=form, problems=problems)
        version = await answers.add_version(
            session,
            topic.id,
            fields,
            digest,
            status=answers.DRAFT,
            origin="dashboard",
            created_by=person.name,
        )
        await staff.audit(session, person.name, "draft answer", f"{topic.id} v{version.version}")
    raise redirect(f"/content/{topic.id}/versions/{version.version}", "draft")


async def approve(request: web.Request) -> web.StreamResponse:
    """Approve someone else's draft; a clinician's approval also makes it a clinical review."""
    person = signed_in(request)
    number = path_number(request, "version")
    context = dashboard(request)
    form = await request.post()
    clinical = form.get("clinical") == "yes"
    async with context.services.sessions() as session, session.begin():
        topic = await _topic(session, request)
        version = await answers.get_version(session, topic.id, number)
        if version is None or version.status != answers.DRAFT:
            raise web.HTTPConflict(text="Only a draft can be approved.")
        if version.created_by == person.name:
            return await render(
                request, "denied.html", status=403, reason="A different person must approve an edit."
            )
        today = datetime.now(UTC).date()
        review = (
            content_edits.clinical_review(version, person.name, today, CLINICAL_REVIEW_DAYS)
            if clinical
            else None
        )
        await answers.approve(session, version, clinical=review)
        await staff.audit(
            session, person.name, "approve answer", f"{topic.id} v{version.version}", clinical=clinical
        )
    await context.services.reload()
    raise redirect(f"/content/{topic.id}", "approved")


async def export_files(request: web.Request) -> web.StreamResponse:
    """Write the answers approved in the dashboard back to content/, so that git stays the source of truth."""
    person = signed_in(request)
    context = dashboard(request)
    written = await content_edits.export_approved(
        context.services.sessions, context.services.content, context.services.settings.content_dir
    )
    async with context.services.sessions() as session, session.begin():
        await staff.audit(
            session, person.name, "export content", "content/", files=[str(p.name) for p in written]
        )
    raise redirect("/content", "exported", files=str(len(written)))


def register(app: web.Application, context: Dashboard) -> None:
    """Content routes."""
    support_page.register(app, context)  # first: /content/services must not be taken for a topic id
    context.add(app, "GET", "/content", show_topics, staff.REVIEWER)
    context.add(app, "POST", "/content/export", export_files, staff.EDITOR)
    context.add(app, "GET", "/content/{topic_id}", show_topic, staff.REVIEWER)
    context.add(app, "GET", "/content/{topic_id}/edit", edit_form, staff.EDITOR)
    context.add(app, "POST", "/content/{topic_id}/edit", save_draft, staff.EDITOR)
    context.add(app, "GET", "/content/{topic_id}/versions/{version}", show_version, staff.REVIEWER)
    context.add(app, "POST", "/content/{topic_id}/versions/{version}/approve", approve, staff.REVIEWER)
