"""Staff accounts for the `oncobot staff` command and test set-up: add, list, disable, new password."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime

from bot.dashboard.access.passwords import check_strength, hash_password
from db.accounts import staff
from db.session import SessionFactory

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{1,99}")


class AccountError(ValueError):
    """A staff account cannot be changed as asked."""


@dataclass(frozen=True)
class Account:
    """What `oncobot staff list` shows; never the password hash."""

    name: str
    role: str
    active: bool
    last_login_at: datetime | None
    display_name: str | None = None


async def add(
    sessions: SessionFactory,
    name: str,
    role: str,
    password: str,
    *,
    display_name: str | None = None,
    actor: str = "command line",
) -> None:
    """Create an account with a checked, hashed password and, if given, the name its replies are signed by."""
    if not _NAME.fullmatch(name):
        raise AccountError(
            "a name is 2-100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
        )
    if role not in staff.ROLES:
        raise AccountError(f"the role must be one of {', '.join(staff.ROLES)}")
    signature = _display_name(display_name)
    check_strength(password, name)
    hashed = await asyncio.to_thread(hash_password, password)
    async with sessions() as session, session.begin():
        if await staff.staff_by_name(session, name) is not None:
            raise AccountError(f"there is already an account named {name!r}")
        user = await staff.add_staff(session, name, role, hashed)
        user.display_name = signature
        await staff.audit(session, actor, "add account", name, role=role)


async def set_display_name(
    sessions: SessionFactory, name: str, display_name: str | None, *, actor: str = "command line"
) -> None:
    """How the account's handoff replies are signed ("Rita, nurse navigator"); empty means "Care team"."""
    async with sessions() as session, session.begin():
        user = await staff.staff_by_name(session, name)
        if user is None:
            raise AccountError(f"no account named {name!r}")
        user.display_name = _display_name(display_name)
        await staff.audit(session, actor, "set display name", name, display_name=user.display_name)


def _display_name(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > 100:
        raise AccountError("a display name is at most 100 characters")
    return text or None


async def listing(sessions: SessionFactory) -> list[Account]:
    """Every account."""
    async with sessions() as session:
        return [
            Account(u.name, u.role, u.active, u.last_login_at, u.display_name)
            for u in await staff.list_staff(session)
        ]


async def disable(sessions: SessionFactory, name: str, *, actor: str = "command line") -> None:
    """Stop an account from signing in, and sign it out everywhere."""
    async with sessions() as session, session.begin():
        user = await staff.staff_by_name(session, name)
        if user is None:
            raise AccountError(f"no account named {name!r}")
        user.active = False
        await staff.end_sessions(session, user.id)
        await staff.audit(session, actor, "disable account", name)


async def set_password(
    sessions: SessionFactory, name: str, password: str, *, actor: str = "command line"
) -> None:
    """Replace a password (re-enabling the account) and end its sessions."""
    async with sessions() as session:
        if await staff.staff_by_name(session, name) is None:
            raise AccountError(f"no account named {name!r}")
    check_strength(password, name)
    hashed = await asyncio.to_thread(hash_password, password)
    async with sessions() as session, session.begin():
        user = await staff.staff_by_name(session, name)
        if user is None:
            raise AccountError(f"no account named {name!r}")
        user.password_hash = hashed
        user.active = True
        await staff.end_sessions(session, user.id)
        await staff.audit(session, actor, "set password", name)
