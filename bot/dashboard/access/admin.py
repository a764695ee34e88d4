"""Admin pages: the audit log and the staff accounts (created and reset from the command line)."""

from __future__ import annotations

from aiohttp import web

from bot.dashboard.core import Dashboard, dashboard, path_number, redirect, render, signed_in
from db.accounts import staff

PAGE_SIZE = 100


async def show_audit(request: web.Request) -> web.Response:
    """Who did what and when, newest first."""
    raw = request.query.get("page", "1")
    page = max(1, min(int(raw), 100_000)) if raw.isdigit() else 1
    async with dashboard(request).services.sessions() as session:
        entries, total = await staff.audit_page(session, (page - 1) * PAGE_SIZE, PAGE_SIZE)
    return await render(
        request, "audit.html", entries=entries, page=page, pages=max(1, -(-total // PAGE_SIZE)), total=total
    )


async def show_staff(request: web.Request) -> web.Response:
    """The accounts and their roles."""
    async with dashboard(request).services.sessions() as session:
        accounts = await staff.list_staff(session)
    return await render(request, "staff.html", accounts=accounts)


async def disable_account(request: web.Request) -> web.StreamResponse:
    """Disable an account and end its sessions; an admin cannot lock themselves out this way."""
    person = signed_in(request)
    async with dashboard(request).services.sessions() as session, session.begin():
        account = await staff.staff_by_id(session, path_number(request, "staff_id"))
        if account is None:
            raise web.HTTPNotFound
        if account.id == person.staff_id:
            raise web.HTTPBadRequest(text="You cannot disable your own account.")
        account.active = False
        await staff.end_sessions(session, account.id)
        await staff.audit(session, person.name, "disable account", account.name)
    raise redirect("/staff", "disabled")


def register(app: web.Application, context: Dashboard) -> None:
    """Admin routes."""
    context.add(app, "GET", "/audit", show_audit, staff.ADMIN)
    context.add(app, "GET", "/staff", show_staff, staff.ADMIN)
    context.add(app, "POST", "/staff/{staff_id}/disable", disable_account, staff.ADMIN)
