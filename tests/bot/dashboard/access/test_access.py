"""Who may see and do what: anonymous users, roles, CSRF, sessions and the sign-in form."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import update

from bot import dashboard
from bot.dashboard.access.sessions import COOKIE, RANKS
from bot.dashboard.core import DASHBOARD, Route
from db.models import StaffSession, utcnow
from tests.bot.dashboard.conftest import Staff, seed_question

pytestmark = pytest.mark.asyncio(loop_scope="session")

SAMPLE = {
    "message_id": "1",
    "topic_id": "liver.car-t",
    "version": "1",
    "model_id": "1",
    "job_id": "1",
    "staff_id": "1",
    "case": "K7Q2MX",
    "service_id": "1",
}


def _routes(staff: Staff) -> list[Route]:
    return [route for route in staff.client.app[DASHBOARD].routes if route.role is not None]


def _path(route: Route) -> str:
    path = route.path.replace(r"reviewed.{format:csv|jsonl}", "reviewed.csv")
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE[m.group(1)], path)


async def test_every_route_denies_anonymous_users(browser_client: Staff) -> None:
    routes = _routes(browser_client)
    assert len(routes) >= 20
    for route in routes:
        response = await browser_client.client.request(route.method, _path(route), allow_redirects=False)
        if route.method == "GET":
            assert response.status == 303, route
            assert response.headers["Location"].startswith("/staff/login?next="), route
        else:
            assert response.status == 403, route
        body = await response.text()
        assert "liver.car-t" not in body and "<table" not in body


async def test_every_route_needing_more_than_reviewer_denies_a_reviewer(browser_client: Staff) -> None:
    await browser_client.sign_in("rita")
    csrf = await browser_client.csrf()
    checked = 0
    for route in _routes(browser_client):
        if RANKS[route.role] <= RANKS["reviewer"]:
            continue
        response = await browser_client.client.request(
            route.method,
            _path(route),
            data={"csrf_token": csrf} if route.method == "POST" else None,
            allow_redirects=False,
        )
        assert response.status == 403, route
        assert f"needs the {route.role} role" in await response.text()
        checked += 1
    assert checked >= 10


async def test_an_editor_cannot_reach_admin_pages(browser_client: Staff) -> None:
    await browser_client.sign_in("eddie")
    for path in ("/staff/models", "/staff/audit", "/staff/staff"):
        response = await browser_client.client.get(path)
        assert response.status == 403
    assert (await browser_client.client.get("/staff/content/liver.car-t/edit")).status == 200


async def test_every_form_needs_the_session_csrf_token(browser_client: Staff) -> None:
    message_id = await seed_question(browser_client.services, "what is car-t")
    await browser_client.sign_in("ada")
    posts = [route for route in _routes(browser_client) if route.method == "POST"]
    assert len(posts) >= 9
    for route in posts:
        path = _path(route).replace("/messages/1/", f"/messages/{message_id}/")
        for data in ({}, {"csrf_token": "forged-token"}):
            response = await browser_client.client.post(path, data=data, allow_redirects=False)
            assert response.status == 403, (route, data)
            assert "form expired" in await response.text()
    async with browser_client.services.sessions() as session:
        from db.models import ConversationMessage

        row = await session.get(ConversationMessage, message_id)
        assert row is not None and row.reviewed_at is None


async def test_sign_in_sets_a_strict_http_only_cookie_and_security_headers(browser_client: Staff) -> None:
    response = await browser_client.sign_in("rita")
    assert response.status == 303 and response.headers["Location"] == "/staff/queue"
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith(COOKIE))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/staff" in cookie
    assert "Secure" not in cookie  # plain http in tests; see the HTTPS test below
    page = await browser_client.client.get("/staff/queue")
    assert page.status == 200
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY" and page.headers["Cache-Control"] == "no-store"


async def test_cookies_are_secure_when_the_dashboard_is_served_over_https(browser_client: Staff) -> None:
    services = dataclasses.replace(
        browser_client.services,
        settings=dataclasses.replace(
            browser_client.services.settings, dashboard_url="https://staff.example.org"
        ),
    )
    app = web.Application()
    dashboard.setup(app, services)
    async with TestClient(TestServer(app)) as client:
        page = await client.get("/staff/login")
        login_cookie = page.headers["Set-Cookie"]
        assert "Secure" in login_cookie and "HttpOnly" in login_cookie
        token = re.search(r'name="login_token" value="([^"]*)"', await page.text())
        assert token is not None
        client.session.cookie_jar.clear()  # a browser on http would not send a Secure cookie back; send it by hand
        response = await client.post(
            "/staff/login",
            data={"login_token": token.group(1), "name": "rita", "password": "correct horse battery staple"},
            headers={"Cookie": f"oncobot_login={token.group(1)}"},
            allow_redirects=False,
        )
        assert response.status == 303
        cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith(COOKIE))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie


async def test_wrong_password_is_refused_and_attempts_are_rate_limited(browser_client: Staff) -> None:
    for _ in range(5):
        response = await browser_client.sign_in("eddie", "not the password at all")
        assert response.status == 401
        assert "do not match" in await response.text()
    blocked = await browser_client.sign_in("eddie")  # even the right password waits now
    assert blocked.status == 429
    assert "Too many attempts" in await blocked.text()
    assert COOKIE not in blocked.cookies
    browser_client.client.app[DASHBOARD].limiter._failures.clear()  # let other tests sign in as eddie


async def test_unknown_and_disabled_accounts_get_the_same_answer(browser_client: Staff) -> None:
    unknown = await browser_client.sign_in("nobody-here")
    assert unknown.status == 401
    assert "do not match" in await unknown.text()
    browser_client.client.app[DASHBOARD].limiter._failures.clear()


async def test_a_session_cookie_set_before_sign_in_is_never_adopted(browser_client: Staff) -> None:
    planted = "attacker-chosen-session-token"
    browser_client.client.session.cookie_jar.update_cookies({COOKIE: planted})
    response = await browser_client.sign_in("rita")
    issued = response.cookies[COOKIE].value
    assert issued != planted and len(issued) >= 40
    fresh = await browser_client.client.get("/staff/queue", allow_redirects=False)
    assert fresh.status == 200


async def test_signing_out_ends_the_session_on_the_server(browser_client: Staff) -> None:
    response = await browser_client.sign_in("rita")
    token = response.cookies[COOKIE].value
    out = await browser_client.post("/staff/logout")
    assert out.status == 303 and out.headers["Location"].startswith("/staff/login")
    # Replaying the old cookie does not work: the session row is gone.
    browser_client.client.session.cookie_jar.update_cookies({COOKIE: token})
    again = await browser_client.client.get("/staff/queue", allow_redirects=False)
    assert again.status == 303


async def test_an_idle_session_expires(browser_client: Staff) -> None:
    await browser_client.sign_in("rita")
    assert (await browser_client.client.get("/staff/queue", allow_redirects=False)).status == 200
    async with browser_client.services.sessions() as session, session.begin():
        await session.execute(update(StaffSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    expired = await browser_client.client.get("/staff/queue", allow_redirects=False)
    assert expired.status == 303 and expired.headers["Location"].startswith("/staff/login")


async def test_sign_in_never_redirects_outside_the_dashboard(browser_client: Staff) -> None:
    page = await browser_client.client.get("/staff/login?next=https://evil.example/steal")
    token = re.search(r'name="login_token" value="([^"]*)"', await page.text())
    assert token is not None
    for target in ("https://evil.example/", "//evil.example/x", "/staff/\\evil", "/other"):
        response = await browser_client.client.post(
            "/staff/login",
            data={
                "login_token": token.group(1),
                "name": "rita",
                "password": "correct horse battery staple",
                "next": target,
            },
            allow_redirects=False,
        )
        assert response.status == 303
        assert response.headers["Location"] == "/staff/"
        page = await browser_client.client.get("/staff/login")
        token = re.search(r'name="login_token" value="([^"]*)"', await page.text())
        assert token is not None


async def test_the_login_form_needs_its_own_token(browser_client: Staff) -> None:
    response = await browser_client.client.post(
        "/staff/login",
        data={"name": "rita", "password": "correct horse battery staple"},
        allow_redirects=False,
    )
    assert response.status == 403
    assert COOKIE not in response.cookies


async def test_every_sign_in_and_action_lands_in_the_audit_log(browser_client: Staff) -> None:
    message_id = await seed_question(browser_client.services, "audit me please")
    await browser_client.sign_in("rita")
    await browser_client.post(f"/staff/messages/{message_id}/reviewed")
    await browser_client.sign_in("ada")
    page = await browser_client.get_text("/staff/audit")
    assert "mark reviewed" in page and f"message {message_id}" in page and "rita" in page
    assert "sign-in" in page


async def test_hostile_values_in_forms_are_refused_or_stored_as_plain_text(browser_client: Staff) -> None:
    injection = "x' OR '1'='1'; DROP TABLE staff_users; --"
    signed = await browser_client.sign_in(injection, injection)
    assert signed.status == 401
    browser_client.client.app[DASHBOARD].limiter._failures.clear()
    message_id = await seed_question(browser_client.services, "hostile forms")
    await browser_client.sign_in("rita")
    assert (
        await browser_client.post(f"/staff/messages/{message_id}/label", {"label": injection})
    ).status == 400
    note = f'{injection} <svg onload="alert(1)">'
    assert (await browser_client.post(f"/staff/messages/{message_id}/gap", {"note": note})).status == 303
    html = await browser_client.get_text(f"/staff/messages/{message_id}")
    assert "DROP TABLE staff_users" in html and "<svg onload" not in html and "&lt;svg onload" in html
    for path in (
        f"/staff/metrics.json?since={injection}",
        f"/staff/messages/{message_id}'--",
        "/staff/content/x'%20OR%201=1",
    ):
        response = await browser_client.client.get(path)
        assert response.status in (200, 404), path
    assert (await browser_client.sign_in("rita")).status == 303  # the accounts table is still there
