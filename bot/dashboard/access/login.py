"""Signing in and out: a login form with its own CSRF cookie, a rate limit, and a fresh session each time."""

from __future__ import annotations

import asyncio
import hmac
import secrets

from aiohttp import web

from bot.dashboard.access.passwords import DUMMY_HASH, verify_password
from bot.dashboard.access.sessions import COOKIE, LOGIN_COOKIE, is_https, set_cookie, start_session
from bot.dashboard.core import PREFIX, Dashboard, dashboard, redirect, render, signed_in
from db.accounts import staff
from db.models import utcnow


def _next_page(raw: str) -> str:
    """Only paths inside the dashboard, so that the login page cannot send anyone elsewhere."""
    if raw.startswith(PREFIX + "/") and not raw.startswith("//") and "\\" not in raw and "://" not in raw:
        return raw
    return PREFIX + "/"


async def show_login(request: web.Request, *, status: int = 200, error: str = "") -> web.Response:
    """The sign-in form, with a one-time token in both a cookie and the form (double submit)."""
    token = secrets.token_urlsafe(24)
    response = await render(
        request,
        "login.html",
        status=status,
        login_token=token,
        error=error,
        next_page=_next_page(request.query.get("next", "")),
    )
    context = dashboard(request)
    set_cookie(
        response,
        LOGIN_COOKIE,
        token,
        secure=is_https(request, context.services.settings.dashboard_url),
        max_age=3600,
    )
    return response


async def sign_in(request: web.Request) -> web.StreamResponse:
    """Check the form token, the rate limit and the password; then start a new session."""
    context = dashboard(request)
    form = await request.post()
    given = str(form.get("login_token", ""))
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        return await show_login(request, status=403, error="The form expired. Please try again.")
    name = str(form.get("name", "")).strip()[:100]
    password = str(form.get("password", ""))
    keys = [f"name:{name.lower()}", f"ip:{request.remote or 'unknown'}"]
    wait = context.limiter.wait_seconds(keys)
    if wait > 0:
        minutes = max(1, round(wait / 60))
        return await show_login(
            request, status=429, error=f"Too many attempts. Try again in about {minutes} minutes."
        )
    account = await _account(context, name)
    stored = account[1] if account else DUMMY_HASH
    matches = await asyncio.to_thread(verify_password, password, stored)
    if account is None or not matches:
        context.limiter.failed(keys)
        async with context.services.sessions() as session, session.begin():
            await staff.audit(
                session, name or "(empty)", "sign-in failed", "dashboard", address=request.remote
            )
        return await show_login(
            request, status=401, error="That name and password do not match an active account."
        )
    context.limiter.succeeded(keys)
    staff_id = account[0]
    token = await start_session(context.services.sessions, staff_id, request.cookies.get(COOKIE))
    async with context.services.sessions() as session, session.begin():
        user = await staff.staff_by_name(session, name)
        if user is not None:
            user.last_login_at = utcnow()
        await staff.audit(session, name, "sign-in", "dashboard")
    response = web.Response(status=303, headers={"Location": _next_page(str(form.get("next", "")))})
    secure = is_https(request, context.services.settings.dashboard_url)
    set_cookie(response, COOKIE, token, secure=secure, max_age=None)
    response.del_cookie(LOGIN_COOKIE, path="/staff")
    return response


async def _account(context: Dashboard, name: str) -> tuple[int, str] | None:
    async with context.services.sessions() as session:
        user = await staff.staff_by_name(session, name)
        if user is None or not user.active:
            return None
        return user.id, user.password_hash


async def sign_out(request: web.Request) -> web.StreamResponse:
    """End this browser's session."""
    person = signed_in(request)
    context = dashboard(request)
    async with context.services.sessions() as session, session.begin():
        await staff.close_session(session, person.token_hash)
        await staff.audit(session, person.name, "sign-out", "dashboard")
    response = web.Response(status=303, headers={"Location": f"{PREFIX}/login?notice=signed-out"})
    response.del_cookie(COOKIE, path="/staff")
    return response


async def home(request: web.Request) -> web.StreamResponse:
    """The dashboard's front page is the review queue."""
    raise redirect("/queue")


def register(app: web.Application, context: Dashboard) -> None:
    """Sign-in routes."""
    context.add(app, "GET", "/login", show_login, None)
    context.add(app, "POST", "/login", sign_in, None)
    context.add(app, "POST", "/logout", sign_out, staff.REVIEWER)
    context.add(app, "GET", "/", home, staff.REVIEWER)
