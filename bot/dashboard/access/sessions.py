"""Signed-in staff: server-side sessions keyed by a cookie token, idle timeout, and a login rate limit."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from aiohttp import web

from db.accounts import staff
from db.models import utcnow
from db.session import SessionFactory

COOKIE = "oncobot_staff"
LOGIN_COOKIE = "oncobot_login"
#: A session ends after this long even when it is in constant use.
MAX_SESSION_AGE = timedelta(hours=12)
#: last_seen_at is written at most this often, so that reading pages does not write on every request.
TOUCH_EVERY = timedelta(seconds=60)
RANKS = {staff.REVIEWER: 1, staff.EDITOR: 2, staff.ADMIN: 3}


@dataclass(frozen=True)
class SignedIn:
    """The person behind a request, and the CSRF token their forms must carry."""

    staff_id: int
    name: str
    role: str
    csrf_token: str
    token_hash: str

    def can(self, role: str) -> bool:
        """Roles are ranked: an editor can do what a reviewer can, an admin what an editor can."""
        return RANKS.get(self.role, 0) >= RANKS[role]


def digest(token: str) -> str:
    """Only a digest of the cookie's token is stored, so that a database leak opens no session."""
    return hashlib.sha256(token.encode()).hexdigest()


def is_https(request: web.Request, dashboard_url: str) -> bool:
    """Secure cookies when the dashboard is served over HTTPS (directly or behind a TLS proxy)."""
    return request.secure or dashboard_url.startswith("https://")


def set_cookie(
    response: web.StreamResponse, name: str, value: str, *, secure: bool, max_age: int | None
) -> None:
    """Cookies the dashboard sets: HttpOnly, SameSite=Strict, limited to /staff, Secure over HTTPS."""
    response.set_cookie(
        name, value, path="/staff", httponly=True, samesite="Strict", secure=secure, max_age=max_age
    )


async def start_session(sessions: SessionFactory, staff_id: int, old_token: str | None) -> str:
    """A fresh token for every sign-in (never the one the browser came with); returns the token."""
    token = secrets.token_urlsafe(32)
    async with sessions() as session, session.begin():
        if old_token:
            await staff.close_session(session, digest(old_token))
        await staff.open_session(session, staff_id, digest(token), secrets.token_urlsafe(32))
    return token


async def resume_session(sessions: SessionFactory, token: str, idle: timedelta) -> SignedIn | None:
    """The signed-in person for a cookie token, or None when it is unknown, idle too long, or disabled."""
    now = utcnow()
    async with sessions() as session, session.begin():
        row = await staff.find_session(session, digest(token))
        if row is None:
            return None
        if (
            not row.staff.active
            or _aware(row.last_seen_at) < now - idle
            or _aware(row.created_at) < now - MAX_SESSION_AGE
        ):
            await staff.close_session(session, row.token_hash)
            return None
        if _aware(row.last_seen_at) < now - TOUCH_EVERY:
            row.last_seen_at = now
        return SignedIn(row.staff.id, row.staff.name, row.staff.role, row.csrf_token, row.token_hash)


def _aware(moment: datetime) -> datetime:
    """SQLite gives naive datetimes back; they were stored as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class LoginLimiter:
    """At most `attempts` failed sign-ins per account name and per address in a window, then a pause."""

    def __init__(self, attempts: int = 5, window_seconds: float = 900.0) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and now - failures[0] >= self.window:
            failures.popleft()
        return failures

    def wait_seconds(self, keys: list[str], now: float | None = None) -> float:
        """0 when a sign-in may be tried, else how long until it may."""
        now = time.monotonic() if now is None else now
        waits = [
            self.window - (now - failures[0])
            for failures in (self._recent(key, now) for key in keys)
            if len(failures) >= self.attempts
        ]
        return max(waits, default=0.0)

    def failed(self, keys: list[str], now: float | None = None) -> None:
        """Count one failed attempt against every key."""
        now = time.monotonic() if now is None else now
        for key in keys:
            self._recent(key, now).append(now)

    def succeeded(self, keys: list[str]) -> None:
        """A correct password clears the account's count (not the address's)."""
        for key in keys:
            if key.startswith("name:"):
                self._failures.pop(key, None)
