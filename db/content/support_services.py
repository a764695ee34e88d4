"""Queries on the places to get help next: syncing them from the content file, editing them, listing them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import SupportService, utcnow

HELPLINE, TRIALS, FINANCIAL, ORGANISATION = "helpline", "trials", "financial", "organisation"
#: The order the kinds are listed in, everywhere.
KINDS = (HELPLINE, TRIALS, FINANCIAL, ORGANISATION)
CONTENT, DASHBOARD = "content", "dashboard"


@dataclass(frozen=True)
class Service:
    """One place to get help next, as an editor writes it."""

    kind: str
    cancer: str | None
    name: str
    offer: str
    url: str
    accessed: date
    phone: str | None = None
    chat_url: str | None = None
    position: int = 0

    @property
    def key(self) -> str:
        """Its identity across loads: the group it is listed in and its link."""
        return f"{self.cancer or self.kind}:{self.url}"[:300]

    def digest(self) -> str:
        """A digest of its fields, so that an unchanged file entry leaves a dashboard edit alone."""
        data = asdict(self)
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()

    @classmethod
    def from_row(cls, row: SupportService) -> Service:
        """Copy what serving needs out of a database row."""
        return cls(
            kind=row.kind,
            cancer=row.cancer,
            name=row.name,
            offer=row.offer,
            url=row.url,
            accessed=row.accessed,
            phone=row.phone,
            chat_url=row.chat_url,
            position=row.position,
        )


@dataclass
class SyncReport:
    """What a sync from the content file changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0


def _write(row: SupportService, service: Service) -> None:
    row.kind, row.cancer, row.position = service.kind, service.cancer, service.position
    row.name, row.offer, row.url = service.name, service.offer, service.url
    row.phone, row.chat_url, row.accessed = service.phone, service.chat_url, service.accessed


async def sync_from_content(session: AsyncSession, services: list[Service]) -> SyncReport:
    """Make the table say what the file says, except where a dashboard edit is newer than the file's entry."""
    report = SyncReport()
    rows = {row.key: row for row in (await session.execute(select(SupportService))).scalars()}
    wanted = {service.key for service in services}
    for service in services:
        digest = service.digest()
        row = rows.get(service.key)
        if row is None:
            row = SupportService(key=service.key, file_hash=digest, origin=CONTENT, updated_at=utcnow())
            _write(row, service)
            session.add(row)
            report.added += 1
        elif row.file_hash != digest:
            _write(row, service)
            row.file_hash, row.origin, row.updated_at, row.updated_by = digest, CONTENT, utcnow(), None
            report.updated += 1
    for key, row in rows.items():
        if key not in wanted and row.origin == CONTENT:
            await session.delete(row)
            report.removed += 1
    await session.flush()
    return report


async def listed(session: AsyncSession) -> list[SupportService]:
    """Every service, general ones first (by kind), then organisations by cancer; each group in file order."""
    rows = list((await session.execute(select(SupportService))).scalars())
    return sorted(rows, key=lambda r: (_kind_order(r.kind), r.cancer or "", r.position, r.id))


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


async def get(session: AsyncSession, service_id: int) -> SupportService | None:
    """One service by its id."""
    return await session.get(SupportService, service_id)


async def key_taken(session: AsyncSession, key: str, but: int | None = None) -> bool:
    """Whether another service is already listed in the same group with the same link."""
    query = select(SupportService.id).where(SupportService.key == key)
    if but is not None:
        query = query.where(SupportService.id != but)
    return (await session.scalar(query)) is not None


async def update(session: AsyncSession, row: SupportService, service: Service, by: str) -> None:
    """A dashboard edit: served from the next reload, and kept until the file's entry changes."""
    position = row.position
    _write(row, service)
    row.position, row.origin, row.updated_at, row.updated_by = position, DASHBOARD, utcnow(), by
    await session.flush()


async def add(session: AsyncSession, service: Service, by: str) -> SupportService:
    """A service added in the dashboard, listed after the others of its group."""
    group = SupportService.cancer == service.cancer if service.cancer else SupportService.kind == service.kind
    highest = await session.scalar(select(func.max(SupportService.position)).where(group))
    row = SupportService(key=service.key, origin=DASHBOARD, updated_at=utcnow(), updated_by=by)
    _write(row, service)
    row.position = (highest if highest is not None else -1) + 1
    session.add(row)
    await session.flush()
    return row


async def remove(session: AsyncSession, row: SupportService) -> None:
    """Delete a service (one from the file comes back at the next load unless the file drops it too)."""
    await session.delete(row)
    await session.flush()


async def marker(session: AsyncSession) -> str:
    """A digest of every service's identity and last change: it changes whenever one is edited."""
    result = await session.execute(
        select(SupportService.id, SupportService.updated_at).order_by(SupportService.id)
    )
    text = ",".join(f"{row_id}@{updated}" for row_id, updated in result)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
