"""Syncing where to get help next into SQL (SQLite and PostgreSQL): idempotent, and dashboard edits survive."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.content.files import ContentSet
from bot.operations import migrate
from db.content import support_services
from db.content.support_services import Service
from db.session import SessionFactory


async def test_sync_loads_the_content_file_once(sessions: SessionFactory, content: ContentSet) -> None:
    async with sessions() as session, session.begin():
        first = await support_services.sync_from_content(session, content.services)
    async with sessions() as session, session.begin():
        again = await support_services.sync_from_content(session, content.services)
    assert (first.added, first.updated, first.removed) == (len(content.services), 0, 0)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    async with sessions() as session:
        rows = await support_services.listed(session)
    assert next(r for r in rows if r.cancer is None).name == "NCI Cancer Information Service"
    kinds = [r.kind for r in rows]
    assert kinds == sorted(kinds, key=support_services.KINDS.index)
    assert {r.cancer for r in rows if r.cancer} == {s.cancer for s in content.services if s.cancer}


async def test_a_dashboard_edit_survives_a_reload_until_the_file_entry_changes(
    sessions: SessionFactory, content: ContentSet
) -> None:
    services = list(content.services)
    async with sessions() as session, session.begin():
        await support_services.sync_from_content(session, services)
        marker = await support_services.marker(session)
        row = next(r for r in await support_services.listed(session) if r.cancer == "liver")
        edited = replace(Service.from_row(row), offer="An edited line.")
        await support_services.update(session, row, edited, "eddie")
        row_id = row.id
    async with sessions() as session, session.begin():
        assert await support_services.marker(session) != marker
        report = await support_services.sync_from_content(session, services)
        row = await support_services.get(session, row_id)
        assert report.updated == 0 and row is not None
        assert (row.offer, row.origin, row.updated_by) == ("An edited line.", "dashboard", "eddie")
    index = next(i for i, s in enumerate(services) if s.cancer == "liver")
    services[index] = replace(services[index], offer="The file says this now.", accessed=date(2026, 12, 5))
    async with sessions() as session, session.begin():
        report = await support_services.sync_from_content(session, services)
        row = await support_services.get(session, row_id)
        assert report.updated == 1 and row is not None
        assert (row.offer, row.origin, row.updated_by) == ("The file says this now.", "content", None)


async def test_entries_dropped_from_the_file_go_but_dashboard_additions_stay(
    sessions: SessionFactory, content: ContentSet
) -> None:
    added = Service(
        "organisation", "sarcoma", "A new group", "Support.", "https://example.org/", date(2026, 12, 4)
    )
    async with sessions() as session, session.begin():
        await support_services.sync_from_content(session, content.services)
        row = await support_services.add(session, added, "eddie")
        assert row.position == 1
        assert await support_services.key_taken(session, added.key)
        assert not await support_services.key_taken(session, added.key, but=row.id)
    kept = [s for s in content.services if s.cancer != "thyroid"]
    async with sessions() as session, session.begin():
        report = await support_services.sync_from_content(session, kept)
        names = {(r.cancer, r.name) for r in await support_services.listed(session)}
    assert report.removed == len(content.services) - len(kept)
    assert ("sarcoma", "A new group") in names and not any(c == "thyroid" for c, _ in names)


async def test_the_migration_adds_and_removes_the_table(engine: AsyncEngine) -> None:
    def tables(sync: object) -> set[str]:
        return set(inspect(sync).get_table_names())

    await migrate.upgrade(engine, "0009")
    async with engine.connect() as connection:
        assert "support_services" in await connection.run_sync(tables)
    await migrate.downgrade(engine, "0008")
    async with engine.connect() as connection:
        assert "support_services" not in await connection.run_sync(tables)
    await migrate.upgrade(engine)
    assert await migrate.current_revision(engine) is not None
