"""Queries on staff accounts, their dashboard sessions and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import AuditEntry, StaffSession, StaffUser, utcnow

REVIEWER, EDITOR, ADMIN = "reviewer", "editor", "admin"
ROLES = (REVIEWER, EDITOR, ADMIN)


async def add_staff(session: AsyncSession, name: str, role: str, password_hash: str) -> StaffUser:
    """Create an account; the caller checks that the name is free."""
    user = StaffUser(name=name, role=role, password_hash=password_hash, active=True)
    session.add(user)
    await session.flush()
    return user


async def staff_by_name(session: AsyncSession, name: str) -> StaffUser | None:
    """The account with this name, active or not."""
    return await session.scalar(select(StaffUser).where(StaffUser.name == name))


async def list_staff(session: AsyncSession) -> list[StaffUser]:
    """Every account, by name."""
    return list((await session.execute(select(StaffUser).order_by(StaffUser.name))).scalars())


async def end_sessions(session: AsyncSession, staff_id: int) -> None:
    """Sign a person out everywhere (after a password change or when the account is disabled)."""
    await session.execute(delete(StaffSession).where(StaffSession.staff_id == staff_id))


async def open_session(session: AsyncSession, staff_id: int, token_hash: str, csrf_token: str) -> None:
    """Record a new signed-in browser."""
    session.add(StaffSession(token_hash=token_hash, staff_id=staff_id, csrf_token=csrf_token))
    await session.flush()


async def find_session(session: AsyncSession, token_hash: str) -> StaffSession | None:
    """The session for a cookie's token digest, with its account loaded."""
    return await session.get(StaffSession, token_hash)


async def close_session(session: AsyncSession, token_hash: str) -> None:
    """Sign one browser out."""
    await session.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash))


async def close_stale_sessions(session: AsyncSession, idle_before: datetime) -> int:
    """Remove sessions idle since before a moment; returns how many."""
    result = await session.execute(delete(StaffSession).where(StaffSession.last_seen_at < idle_before))
    return int(getattr(result, "rowcount", 0) or 0)


async def audit(session: AsyncSession, actor: str, action: str, target: str, **detail: Any) -> None:
    """Append one line to the audit log, in the same transaction as the action it records."""
    session.add(AuditEntry(at=utcnow(), actor=actor, action=action, target=target, detail=detail))
    await session.flush()


async def audit_page(session: AsyncSession, offset: int, limit: int) -> tuple[list[AuditEntry], int]:
    """A page of the audit log, newest first, and the total count."""
    total = await session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    result = await session.execute(
        select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    )
    return list(result.scalars()), int(total)


async def staff_by_id(session: AsyncSession, staff_id: int) -> StaffUser | None:
    """One account by id."""
    return await session.get(StaffUser, staff_id)
