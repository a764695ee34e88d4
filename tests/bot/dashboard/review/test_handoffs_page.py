"""The dashboard's handoff pages in a real browser (Debian's Chromium through Playwright), against the whole
bot (python-telegram-bot on the fake Bot API server): take, reply, note and close reach Telegram; a second
staff member sees the owner; anonymous requests see no transcript; a person's markup stays text.

Screenshots are saved under tests/artifacts/screenshots/ (or $ONCOBOT_ARTIFACTS/screenshots/).
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from playwright.async_api import Browser, Page, async_playwright, expect
from sqlalchemy import select

from bot.dashboard.review.handoffs_page import duration
from bot.dashboard.review.stats import handoff_summary
from bot.handoff.desk import HandoffDesk, HandoffMetrics, Timing
from bot.operations import staff_accounts
from bot.server import build_web_app
from bot.services import Services
from bot.settings import Secret
from db.accounts import staff
from db.models import AuditEntry, Handoff
from tests.bot.dashboard.conftest import PASSWORD, Staff
from tests.conftest import ROOT
from tests.support import fake_telegram as tg
from tests.support.fake_telegram import FakeTelegram
from tests.support.telegram_html import parse

pytestmark = pytest.mark.asyncio(loop_scope="session")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(os.environ.get("ONCOBOT_ARTIFACTS", ROOT / "tests" / "artifacts")) / "screenshots"
KEY = "handoff-key-for-dashboard-tests-0123"
SCRIPT = "<script>window.pwned = 1</script><b>I am scared</b> about the scan tomorrow"
_ids = itertools.count(737373001)


@dataclass
class Site:
    """The running bot (with its dashboard at /staff/) and the fake Telegram it talks to."""

    url: str
    telegram: FakeTelegram
    services: Services
    staff_chat: int


@pytest_asyncio.fixture(loop_scope="session")
async def site(staff_services: Services) -> AsyncIterator[Site]:
    """`oncobot run` in polling mode on the dashboard tests' database, with handoffs set up."""
    telegram = FakeTelegram()
    base = await telegram.start()
    staff_chat = -1009100000000 - next(_ids)
    telegram.add_chat(tg.group_chat(staff_chat))
    settings = dataclasses.replace(
        staff_services.settings,
        telegram_bot_token=Secret(tg.TOKEN),
        telegram_api_base_url=base,
        pseudonym_secret=Secret("pseudonym-secret-for-dashboard-tests-0123"),
        handoff_chat_id=staff_chat,
        handoff_key=Secret(KEY),
        chat_message_interval=0.02,
        polling_timeout=1,
        retry_backoff_seconds=0.05,
    )
    services = dataclasses.replace(staff_services, settings=settings)
    runner = web.AppRunner(build_web_app(services), handle_signals=False)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = server._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield Site(f"http://127.0.0.1:{port}", telegram, services, staff_chat)
    finally:
        await runner.cleanup()
        await telegram.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    if not CHROMIUM.exists():  # noqa: ASYNC240 - one stat, before any browser starts
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI: scripts/services.sh installs Debian's chromium package")
        pytest.skip("no Chromium at /usr/bin/chromium; run scripts/services.sh")
    SHOTS.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield launched
        finally:
            await launched.close()


async def open_case(
    services: Services, person: int, text: str, *, ago: timedelta, urgent: bool = False
) -> str:
    """A person's handoff, opened and written to through bot/handoff/desk.py as the Telegram side does."""
    desk = HandoffDesk(KEY)
    opened_at = datetime.now(UTC) - ago
    async with services.sessions() as session, session.begin():
        opened = await desk.open(session, f"person-{person}", person, now=opened_at)
        await desk.from_person(session, f"person-{person}", text, urgent=urgent, now=opened_at)
    return opened.case.case


async def new_account(services: Services, name: str, display_name: str | None = None) -> str:
    """A reviewer account (optionally with the display name replies are signed with); returns its name."""
    unique = f"{name}{next(_ids)}"
    await staff_accounts.add(services.sessions, unique, "reviewer", PASSWORD)
    if display_name is not None:
        async with services.sessions() as session, session.begin():
            account = await staff.staff_by_name(session, unique)
            assert account is not None
            await HandoffDesk(KEY).set_display_name(session, account.id, display_name)
    return unique


async def sign_in(browser: Browser, url: str, name: str) -> Page:
    page = await (await browser.new_context(viewport={"width": 1280, "height": 900})).new_page()
    await page.goto(f"{url}/staff/queue")
    await page.get_by_label("Name").fill(name)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    return page


async def shot(page: Page, name: str) -> None:
    await page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def texts(site: Site, chat: int) -> list[str]:
    return [parse(m["text"]) for m in site.telegram.sent(chat)]


async def wait_sent(site: Site, chat: int, needle: str) -> str:
    await site.telegram.wait_for(lambda: any(needle in t for t in texts(site, chat)))
    return next(t for t in texts(site, chat) if needle in t)


async def test_staff_take_reply_note_and_close_a_handoff(browser: Browser, site: Site) -> None:
    person, other = next(_ids), next(_ids)
    older = await open_case(site.services, other, "Is anybody there?", ago=timedelta(hours=2, minutes=5))
    case = await open_case(site.services, person, SCRIPT, ago=timedelta(minutes=12), urgent=True)
    nina = await new_account(site.services, "nina", "Nina, nurse navigator")
    noah = await new_account(site.services, "noah")

    page = await sign_in(browser, site.url, nina)
    alerts: list[str] = []
    page.on("dialog", lambda dialog: alerts.append(dialog.message))
    await page.get_by_role("link", name="Handoffs").click()
    await expect(page.get_by_role("heading", name="Handoffs")).to_be_visible()
    rows = page.locator("table.handoffs tbody tr")
    mine, first = rows.filter(has_text=f"#{case}"), rows.filter(has_text=f"#{older}")
    await expect(mine).to_contain_text("urgent")
    await expect(mine).to_contain_text("12 min")
    await expect(first).to_contain_text("2 h 05 min")
    labels = await page.locator("table.handoffs tbody tr td:first-child a").all_inner_texts()
    assert labels.index(f"#{older}") < labels.index(f"#{case}")  # oldest first
    await shot(page, "20-handoffs-waiting")

    await page.get_by_role("link", name=f"#{case}").click()
    await expect(page.get_by_role("heading", name=f"Case #{case}")).to_be_visible()
    person_line = page.locator("ol.transcript li.line-person .line-text")
    await expect(person_line).to_have_text(SCRIPT)  # the markup shows as text
    assert await page.locator("main script, main b").count() == 0
    assert await page.evaluate("window.pwned") is None and not alerts
    await expect(page.locator(".case-owner")).to_have_text("Nobody has taken it yet.")

    await page.get_by_role("button", name="Take it").click()
    await expect(page.get_by_role("status")).to_have_text("You own this case now.")
    await expect(page.locator(".case-owner")).to_have_text("You own this case.")
    await wait_sent(site, site.staff_chat, f"#{case} taken by Nina, nurse navigator")

    await page.get_by_label("Reply to the person").fill("Hello, I'm Nina. We can talk at 3 pm <today>.")
    await page.get_by_role("button", name="Send reply").click()
    await expect(page.get_by_role("status")).to_have_text("Reply sent to the person in Telegram.")
    await wait_sent(site, person, "We can talk at 3 pm")
    [received] = [m["text"] for m in site.telegram.sent(person) if "3 pm" in m["text"]]
    assert received == "<b>Nina, nurse navigator</b>\nHello, I'm Nina. We can talk at 3 pm &lt;today&gt;."
    await wait_sent(site, site.staff_chat, "(dashboard), sent to the person")
    await expect(page.locator("ol.transcript li.line-staff")).to_contain_text("We can talk at 3 pm <today>.")

    await page.get_by_label("Internal note").fill("seems anxious; call after the scan")
    await page.get_by_role("button", name="Add note").click()
    await expect(page.get_by_role("status")).to_contain_text("Internal note saved")
    note = page.locator("ol.transcript li.line-note")
    await expect(note).to_contain_text("Internal note")
    await expect(note).to_contain_text("not sent to the person")
    await expect(note).to_contain_text("seems anxious; call after the scan")
    await wait_sent(site, site.staff_chat, "seems anxious")
    await shot(page, "21-handoff-taken-replied-noted")

    # A second staff member sees who owns it, cannot take it, and does not have it among theirs.
    second = await sign_in(browser, site.url, noah)
    await second.goto(f"{site.url}/staff/handoffs/{case}")
    await expect(second.locator(".case-owner")).to_have_text("Taken by Nina, nurse navigator.")
    await expect(second.get_by_role("button", name="Take it")).to_have_count(0)
    await second.goto(f"{site.url}/staff/handoffs?tab=mine")
    await expect(second.locator("table.handoffs")).not_to_contain_text(f"#{case}")
    await second.goto(f"{site.url}/staff/handoffs?tab=open")
    await expect(second.locator("table.handoffs tbody tr").filter(has_text=f"#{case}")).to_contain_text(
        "Nina, nurse navigator"
    )
    await shot(second, "22-handoff-seen-by-a-second-staff-member")

    await page.goto(f"{site.url}/staff/handoffs?tab=mine")
    await page.get_by_role("link", name=f"#{case}").click()
    await page.get_by_role("button", name="Close case").click()
    await expect(page.get_by_role("status")).to_contain_text("Case closed")
    await expect(page.locator(".case-status")).to_have_text("closed")
    await expect(page.get_by_role("button", name="Send reply")).to_have_count(0)
    await wait_sent(site, person, "The care team has closed this conversation")
    await wait_sent(site, site.staff_chat, f"#{case} closed by Nina, nurse navigator")
    await page.get_by_role("link", name="← Handoffs").click()
    await page.get_by_role("link", name="Closed").click()
    await expect(page.locator("table.handoffs tbody tr").filter(has_text=f"#{case}")).to_contain_text("staff")
    await shot(page, "23-handoffs-closed")

    assert not any("anxious" in text for text in texts(site, person))  # the note never reached the person
    async with site.services.sessions() as session:
        row = await session.scalar(select(Handoff).where(Handoff.case == case))
        audit = (
            (
                await session.execute(
                    select(AuditEntry).where(AuditEntry.target == case).order_by(AuditEntry.id)
                )
            )
            .scalars()
            .all()
        )
    assert row is not None and (row.status, row.closed_by, row.chat_cipher) == ("closed", "staff", None)
    assert [(entry.actor, entry.action) for entry in audit] == [
        (nina, "handoff take"),
        (nina, "handoff reply"),
        (nina, "handoff note"),
        (nina, "handoff close"),
    ]

    # The figures: on the metrics page, as JSON, and for Prometheus.
    await page.get_by_role("link", name="Metrics").click()
    figures = page.locator("section.handoff-figures")
    await expect(figures).to_contain_text("Handoffs to nurse navigators")
    await expect(figures).to_contain_text("Opened within staffed hours")
    await shot(page, "24-handoff-metrics")
    response = await page.request.get(f"{site.url}/staff/metrics.json")
    handoffs = (await response.json())["handoffs"]
    assert handoffs["opened"] >= 2 and handoffs["closed_by"].get("staff", 0) >= 1
    assert handoffs["first_reply"]["within_hours"]["replied"] >= 1
    assert handoffs["waiting_now"] >= 1  # the older case still waits
    async with aiohttp.ClientSession() as http, http.get(f"{site.url}/metrics") as scraped:
        exposition = await scraped.text()
    assert 'oncobot_handoff_first_reply_seconds_count{hours="within"} 1.0' in exposition
    assert 'oncobot_handoffs_closed_total{by="staff"} 1.0' in exposition


async def test_an_anonymous_visitor_is_sent_to_sign_in_and_sees_no_transcript(
    browser: Browser, browser_client: Staff
) -> None:
    services = browser_client.services
    case = await open_case(services, next(_ids), "my private worry " + SCRIPT, ago=timedelta(minutes=3))
    client = browser_client.client
    for path in ("/staff/handoffs", f"/staff/handoffs/{case}", "/staff/handoffs?tab=closed"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/staff/login?next=")
        assert "private worry" not in await response.text()
    for action in ("take", "reply", "note", "close"):
        response = await client.post(
            f"/staff/handoffs/{case}/{action}", data={"text": "hi"}, allow_redirects=False
        )
        assert response.status == 403 and "private worry" not in await response.text()

    page = await (await browser.new_context()).new_page()
    await page.goto(str(client.make_url(f"/staff/handoffs/{case}")))
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert "private worry" not in await page.content()
    async with services.sessions() as session:
        transcript = await HandoffDesk(KEY).transcript(session, case)
        row = await session.scalar(select(Handoff).where(Handoff.case == case))
    assert [line.direction for line in transcript] == ["system", "person"]
    assert row is not None and row.owner_key is None


async def test_without_the_bot_the_dashboard_takes_and_notes_but_sends_nothing(
    browser_client: Staff,
) -> None:
    services = browser_client.services
    case = await open_case(services, next(_ids), "Can someone call me?", ago=timedelta(minutes=1))
    await browser_client.sign_in("rita")
    page = await browser_client.get_text(f"/staff/handoffs/{case}")
    assert "Send reply" not in page and "Close case" not in page and "need the bot" in page

    response = await browser_client.post(f"/staff/handoffs/{case}/reply", {"text": "hello"})
    assert response.status == 303 and response.headers["Location"].endswith("notice=handoff-no-bot")
    response = await browser_client.post(f"/staff/handoffs/{case}/close")
    assert response.headers["Location"].endswith("notice=handoff-no-bot")
    response = await browser_client.post(f"/staff/handoffs/{case}/take", csrf=False)
    assert response.status == 403  # no CSRF token, no action
    response = await browser_client.post(f"/staff/handoffs/{case}/take")
    assert response.headers["Location"].endswith("notice=handoff-taken")
    response = await browser_client.post(f"/staff/handoffs/{case}/note", {"text": "  "})
    assert response.status == 400
    response = await browser_client.post(f"/staff/handoffs/{case}/note", {"text": "left a voicemail"})
    assert response.headers["Location"].endswith("notice=handoff-noted")
    for bad in ("abc", "ZZZZZZ", "K7Q2M%3Cb%3E"):
        assert (await browser_client.client.get(f"/staff/handoffs/{bad}")).status == 404

    # Someone else coming second is told the case is taken, and by whom.
    await browser_client.sign_in("eddie")
    response = await browser_client.post(f"/staff/handoffs/{case}/take")
    assert response.headers["Location"].endswith("notice=handoff-owned")
    page = await browser_client.get_text(f"/staff/handoffs/{case}?notice=handoff-owned")
    assert "Someone else took this case first" in page and "Taken by rita." in page

    async with services.sessions() as session:
        lines = await HandoffDesk(KEY).transcript(session, case)
    assert [(line.direction, line.text) for line in lines][1:] == [
        ("person", "Can someone call me?"),
        ("system", "Taken by rita."),
        ("note", "left a voicemail"),
    ]


async def test_durations_read_at_a_glance() -> None:
    assert [duration(timedelta(seconds=s)) for s in (-5, 45, 720, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "0 s",
        "45 s",
        "12 min",
        "3 h 05 min",
        "2 d 4 h",
    ]


async def test_handoff_figures_are_plain_data() -> None:
    metrics = HandoffMetrics(
        opened=3,
        waiting_now=1,
        open_now=1,
        urgent=1,
        first_reply_within=Timing(2, 90.0, 120.0),
        first_reply_outside=Timing(0, None, None),
        closed_by={"staff": 1},
        feedback={"up": 1},
    )
    summary: dict[str, Any] = handoff_summary(metrics)
    assert summary["first_reply"] == {
        "within_hours": {"replied": 2, "median_seconds": 90.0, "p90_seconds": 120.0},
        "outside_hours": {"replied": 0, "median_seconds": None, "p90_seconds": None},
    }
    assert summary["closed_by"] == {"staff": 1} and summary["feedback"] == {"up": 1, "down": 0}


async def test_a_staff_member_links_their_telegram_account_with_a_one_time_code(
    browser_client: Staff,
) -> None:
    services = browser_client.services
    await browser_client.sign_in("erin")
    assert "Get a link code" in await browser_client.get_text("/staff/handoffs")
    response = await browser_client.post("/staff/handoffs/link")
    assert response.status == 200
    code = re.search(r"<code>/link ([A-Z0-9]{8})</code>", await response.text())
    assert code is not None
    desk = HandoffDesk(KEY)
    async with services.sessions() as session, session.begin():
        actor = await desk.link(session, code.group(1), 424242)
        again = await desk.link(session, code.group(1), 515151)
    assert actor is not None and actor.account == "erin"
    assert again is None  # a code works once
    async with services.sessions() as session:
        member = await desk.actor_for_telegram(session, 424242, "p" * 32, "Erin")
    assert member.account == "erin"  # her messages in the staff group now speak for her account
