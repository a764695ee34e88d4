"""Editing where to get help next in the dashboard: editors only, CSRF-checked, checked like the file, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.content import support_services
from db.models import AuditEntry, SupportService
from tests.bot.dashboard.conftest import Staff

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _row(staff: Staff, cancer: str) -> SupportService:
    async with staff.services.sessions() as session:
        return next(r for r in await support_services.listed(session) if r.cancer == cancer)


def _form(row: SupportService, **changes: str) -> dict[str, str]:
    form = {
        "name": row.name,
        "offer": row.offer,
        "phone": row.phone or "",
        "url": row.url,
        "chat_url": row.chat_url or "",
        "accessed": row.accessed.isoformat(),
    }
    form.update(changes)
    return form


def _help_part(staff: Staff) -> str:
    reply = staff.services.responder.respond_topic("liver.car-t")
    assert reply is not None
    return reply.messages[-1]


async def test_the_content_page_links_to_the_services_and_reviewers_may_only_look(
    browser_client: Staff,
) -> None:
    await browser_client.sign_in("rita")
    assert "/staff/content/services" in await browser_client.get_text("/staff/content")
    page = await browser_client.get_text("/staff/content/services")
    assert "NCI Cancer Information Service" in page and "Blue Faery" in page and "Add a service" not in page
    row = await _row(browser_client, "liver")
    assert (await browser_client.client.get(f"/staff/content/services/{row.id}")).status == 403
    refused = await browser_client.post(f"/staff/content/services/{row.id}", _form(row, offer="Nope."))
    assert refused.status == 403
    assert (await _row(browser_client, "liver")).offer == row.offer


async def test_an_editor_edit_is_checked_served_at_once_and_audited(browser_client: Staff) -> None:
    await browser_client.sign_in("eddie")
    row = await _row(browser_client, "liver")
    path = f"/staff/content/services/{row.id}"
    assert "Blue Faery" in await browser_client.get_text(path)

    no_token = await browser_client.post(path, _form(row, offer="Forged."), csrf=False)
    assert no_token.status == 403
    bad = await browser_client.post(path, _form(row, url="http://www.bluefaery.org/"))
    assert bad.status == 400 and "must be an https:// link" in await bad.text()
    late = await browser_client.post(path, _form(row, accessed="2999-01-01"))
    assert late.status == 400 and "in the future" in await late.text()
    assert (await _row(browser_client, "liver")).offer == row.offer

    saved = await browser_client.post(path, _form(row, name="Blue Faery liver cancer group"))
    assert saved.status == 303 and "notice=service-saved" in saved.headers["Location"]
    assert "Blue Faery liver cancer group" in _help_part(browser_client)
    edited = await _row(browser_client, "liver")
    assert (edited.origin, edited.updated_by) == ("dashboard", "eddie")
    async with browser_client.services.sessions() as session:
        entry = await session.scalar(
            select(AuditEntry).where(AuditEntry.action == "edit service").order_by(AuditEntry.id.desc())
        )
    assert entry is not None and entry.actor == "eddie" and entry.target == row.key


async def test_an_editor_can_add_and_remove_an_organisation(browser_client: Staff) -> None:
    await browser_client.sign_in("erin")
    form = {
        "group": "organisation:sarcoma",
        "name": "A sarcoma support group",
        "offer": "Peer support.",
        "url": "https://sarcoma-support.example.org/",
        "accessed": "2026-12-04",
    }
    unknown = await browser_client.post("/staff/content/services", {**form, "group": "organisation:spleen"})
    assert unknown.status == 400 and "choose where the service is listed" in await unknown.text()
    added = await browser_client.post("/staff/content/services", form)
    assert added.status == 303 and "notice=service-added" in added.headers["Location"]
    again = await browser_client.post("/staff/content/services", form)
    assert again.status == 400 and "already listed" in await again.text()
    support = browser_client.services.responder.library.support
    assert "A sarcoma support group" in [s.name for s in support.organisations("sarcoma")]

    async with browser_client.services.sessions() as session:
        row = next(r for r in await support_services.listed(session) if r.name == "A sarcoma support group")
    removed = await browser_client.post(f"/staff/content/services/{row.id}/remove")
    assert removed.status == 303 and "notice=service-removed" in removed.headers["Location"]
    support = browser_client.services.responder.library.support
    assert "A sarcoma support group" not in [s.name for s in support.organisations("sarcoma")]
