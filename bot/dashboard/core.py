"""What every dashboard page shares: the app key, the route table with roles, the guard and rendering."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.dashboard.access.sessions import COOKIE, LoginLimiter, SignedIn, resume_session
from bot.dashboard.curation.jobs import TrainingJobs
from bot.services import Services

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
PREFIX = "/staff"
#: Messages shown after an action; the URL carries only the key, so nothing a user typed is reflected.
NOTICES = {
    "labelled": "Label saved; it will be used the next time the model is trained.",
    "reviewed": "Marked as reviewed.",
    "gap": "Content gap flagged.",
    "draft": "Draft saved. Another person must approve it before the bot serves it.",
    "approved": "Approved: the bot now serves this version.",
    "exported": "Exported the dashboard's approved answers to content/.",
    "service-saved": "Saved: the bot now shows this service as edited.",
    "service-added": "Added: the bot now lists this service.",
    "service-removed": "Removed: the bot no longer lists this service.",
    "handoff-taken": "You own this case now.",
    "handoff-owned": "Someone else took this case first: its owner is shown below.",
    "handoff-sent": "Reply sent to the person in Telegram.",
    "handoff-sending": "Reply saved; the bot is still sending it to the person.",
    "handoff-undelivered": (
        "Reply saved, but Telegram did not take it; if the person blocked the bot the case is now closed."
    ),
    "handoff-noted": "Internal note saved: staff only, not sent to the person.",
    "handoff-closed": "Case closed: the person is told and asked how the help was.",
    "handoff-is-closed": "This case is closed: nothing was sent.",
    "handoff-no-bot": "Replying and closing need the bot: this dashboard runs without Telegram.",
    "handoff-refused": "The bot cannot reach this person: HANDOFF_KEY is missing or changed.",
    "activated": "Model activated: the bot now uses it.",
    "disabled": "Account disabled and signed out everywhere.",
    "signed-out": "You are signed out.",
}


@dataclass(frozen=True)
class Route:
    """One dashboard route and the least role it needs (None: open to anyone, like the sign-in page)."""

    method: str
    path: str
    role: str | None


@dataclass
class Dashboard:
    """The dashboard's long-lived parts, built once by setup()."""

    services: Services
    templates: jinja2.Environment
    limiter: LoginLimiter
    jobs: TrainingJobs
    idle: timedelta
    routes: list[Route] = field(default_factory=list)

    def add(self, app: web.Application, method: str, path: str, handler: Handler, role: str | None) -> None:
        """Register a route behind the guard for its role."""
        self.routes.append(Route(method, PREFIX + path, role))
        app.router.add_route(method, PREFIX + path, handler if role is None else guarded(handler, role))


DASHBOARD = web.AppKey("dashboard", Dashboard)
STAFF = web.RequestKey("staff", SignedIn)


def dashboard(request: web.Request) -> Dashboard:
    """The dashboard context of the app serving this request."""
    return request.app[DASHBOARD]


def signed_in(request: web.Request) -> SignedIn:
    """The person the guard let through."""
    return request[STAFF]


def guarded(handler: Handler, role: str) -> Handler:
    """Deny anonymous users, users without the role, and forms without the session's CSRF token."""

    async def guard(request: web.Request) -> web.StreamResponse:
        token = request.cookies.get(COOKIE, "")
        context = dashboard(request)
        person = await resume_session(context.services.sessions, token, context.idle) if token else None
        if person is None:
            if request.method == "GET":
                target = request.path_qs if request.path_qs.startswith(PREFIX + "/") else PREFIX + "/"
                raise web.HTTPSeeOther(f"{PREFIX}/login?next={quote(target, safe='')}")
            return await render(request, "denied.html", status=403, reason="Please sign in first.")
        request[STAFF] = person
        if not person.can(role):
            return await render(request, "denied.html", status=403, reason=f"This needs the {role} role.")
        if request.method == "POST":
            form = await request.post()
            given = str(form.get("csrf_token", ""))
            if not hmac.compare_digest(given.encode(), person.csrf_token.encode()):
                return await render(
                    request,
                    "denied.html",
                    status=403,
                    reason="The form expired. Go back, reload and try again.",
                )
        return await handler(request)

    return guard


async def render(request: web.Request, template: str, *, status: int = 200, **values: Any) -> web.Response:
    """Render a template with the signed-in person, their CSRF token and any notice."""
    person: SignedIn | None = request.get(STAFF)
    notice = NOTICES.get(request.query.get("notice", ""))
    page = dashboard(request).templates.get_template(template)
    html = await page.render_async(
        staff=person, csrf_token=person.csrf_token if person else "", notice=notice, request=request, **values
    )
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def path_number(request: web.Request, name: str) -> int:
    """A numeric id from the URL; anything else is a 404, never a query."""
    raw = request.match_info[name]
    if not raw.isdigit() or len(raw) > 12:
        raise web.HTTPNotFound
    return int(raw)


def redirect(path: str, notice: str | None = None, **query: str) -> web.HTTPSeeOther:
    """Post/redirect/get: the answer to every successful form."""
    if notice is not None:
        query["notice"] = notice
    return web.HTTPSeeOther(PREFIX + path + (f"?{urlencode(query)}" if query else ""))


SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@web.middleware
async def staff_pages(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Security headers on every dashboard response, and a clear page when the database is down."""
    if not request.path.startswith(PREFIX + "/") and request.path != PREFIX:
        return await handler(request)
    try:
        response = await handler(request)
    except web.HTTPException as http:
        response = http
        _secure(response)
        raise
    except (SQLAlchemyError, OSError) as error:
        logger.error("dashboard: database unavailable: %s", error)  # noqa: TRY400
        response = await render(
            request, "denied.html", status=503, reason="The database is not answering. Try again shortly."
        )
    _secure(response)
    return response


def _secure(response: web.StreamResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
