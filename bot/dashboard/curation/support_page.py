"""Editing where to get help next (content/services.yaml in SQL): list, edit, add and remove, each audited."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.content.help_check import FIELDS, MAX_ORGANISATIONS, entry
from bot.dashboard.core import Dashboard, dashboard, path_number, redirect, render, signed_in
from db.accounts import staff
from db.content import support_services
from db.content.support_services import KINDS, ORGANISATION, Service
from db.models import SupportService

#: The general groups a new service can join; organisations join a cancer type's group instead.
GENERAL_GROUPS = {
    support_services.HELPLINE: "Helplines",
    support_services.TRIALS: "Clinical trial searches",
    support_services.FINANCIAL: "Help with costs",
}


def _form(data: Any) -> dict[str, str]:
    return {name: str(data.get(name, "")).strip()[:1000] for name in FIELDS}


def _groups(context: Dashboard) -> list[tuple[str, str]]:
    """The groups a new service can join, as (value, label) for the form's select."""
    cancers = sorted(context.services.content.cancers.values(), key=lambda c: c.name)
    organisations = [(f"{ORGANISATION}:{c.id}", f"Organisations: {c.name}") for c in cancers]
    return [*GENERAL_GROUPS.items(), *organisations]


def _checked(form: dict[str, str], kind: str, cancer: str | None) -> tuple[Service | None, list[str]]:
    """The same rules as `oncobot content check` applies to content/services.yaml."""
    problems: list[str] = []
    raw = {name: value for name, value in form.items() if value}
    service = entry(raw, kind, cancer, "form", problems, today=datetime.now(UTC).date())
    return service, problems


async def show_services(request: web.Request) -> web.Response:
    """Every service, general ones first, then each cancer type's organisations; editors get the forms."""
    context = dashboard(request)
    async with context.services.sessions() as session:
        rows = await support_services.listed(session)
    return await render(
        request,
        "services.html",
        rows=rows,
        cancers=context.services.content.cancers,
        kinds=GENERAL_GROUPS,
        groups=_groups(context),
        form=dict.fromkeys(FIELDS, ""),
        group="",
        problems=[],
    )


async def _row(session: Any, request: web.Request) -> SupportService:
    row = await support_services.get(session, path_number(request, "service_id"))
    if row is None:
        raise web.HTTPNotFound(text="No such service.")
    return row


async def edit_form(request: web.Request) -> web.Response:
    """One service's form, prefilled with what is served now."""
    async with dashboard(request).services.sessions() as session:
        row = await _row(session, request)
    form = {name: str(getattr(row, name) or "") for name in FIELDS}
    return await render(request, "service.html", row=row, form=form, problems=[])


async def save(request: web.Request) -> web.StreamResponse:
    """Check an edit with the content rules and serve it at once (kept until the file's entry changes)."""
    person = signed_in(request)
    context = dashboard(request)
    form = _form(await request.post())
    async with context.services.sessions() as session, session.begin():
        row = await _row(session, request)
        service, problems = _checked(form, row.kind, row.cancer)
        if service is None:
            return await render(request, "service.html", status=400, row=row, form=form, problems=problems)
        await support_services.update(session, row, service, person.name)
        await staff.audit(session, person.name, "edit service", row.key, name=service.name, url=service.url)
    await context.services.reload()
    raise redirect("/content/services", "service-saved")


async def add(request: web.Request) -> web.StreamResponse:
    """Add a service to a group: helplines, trial searches, help with costs, or a cancer's organisations."""
    person = signed_in(request)
    context = dashboard(request)
    data = await request.post()
    form = _form(data)
    group = str(data.get("group", ""))[:80]
    kind, _, cancer = group.partition(":")
    problems: list[str] = []
    if not (kind in GENERAL_GROUPS and not cancer) and not (
        kind == ORGANISATION and cancer in context.services.content.cancers
    ):
        problems.append("group: choose where the service is listed")
    service, found = _checked(form, kind if kind in KINDS else ORGANISATION, cancer or None)
    problems += found
    async with context.services.sessions() as session, session.begin():
        rows = await support_services.listed(session)
        if service is not None and not problems:
            if await support_services.key_taken(session, service.key):
                problems.append(f"url: {service.url} is already listed in this group")
            if cancer and sum(1 for r in rows if r.cancer == cancer) >= MAX_ORGANISATIONS:
                problems.append(f"group: a cancer type lists at most {MAX_ORGANISATIONS} organisations")
        if service is None or problems:
            return await render(
                request,
                "services.html",
                status=400,
                rows=rows,
                cancers=context.services.content.cancers,
                kinds=GENERAL_GROUPS,
                groups=_groups(context),
                form=form,
                group=group,
                problems=problems,
            )
        row = await support_services.add(session, service, person.name)
        await staff.audit(session, person.name, "add service", row.key, name=service.name)
    await context.services.reload()
    raise redirect("/content/services", "service-added")


async def remove(request: web.Request) -> web.StreamResponse:
    """Stop listing a service (an entry of content/services.yaml returns at the next load unless removed)."""
    person = signed_in(request)
    context = dashboard(request)
    async with context.services.sessions() as session, session.begin():
        row = await _row(session, request)
        key, name = row.key, row.name
        await support_services.remove(session, row)
        await staff.audit(session, person.name, "remove service", key, name=name)
    await context.services.reload()
    raise redirect("/content/services", "service-removed")


def register(app: web.Application, context: Dashboard) -> None:
    """Routes for the services; registered before the topic routes, whose /content/{topic_id} they share."""
    context.add(app, "GET", "/content/services", show_services, staff.REVIEWER)
    context.add(app, "POST", "/content/services", add, staff.EDITOR)
    context.add(app, "GET", "/content/services/{service_id}", edit_form, staff.EDITOR)
    context.add(app, "POST", "/content/services/{service_id}", save, staff.EDITOR)
    context.add(app, "POST", "/content/services/{service_id}/remove", remove, staff.EDITOR)
