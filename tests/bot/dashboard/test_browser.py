"""End to end in a real browser (Debian's Chromium through Playwright): the staff's main journeys.

Screenshots are saved under tests/artifacts/screenshots/ (or $ONCOBOT_ARTIFACTS/screenshots/).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, async_playwright, expect

from bot import dashboard
from bot.services import Services
from tests.bot.dashboard.conftest import PASSWORD, seed_question
from tests.conftest import ROOT

pytestmark = pytest.mark.asyncio(loop_scope="session")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
HAVE_CHROMIUM = CHROMIUM.exists()
SHOTS = Path(os.environ.get("ONCOBOT_ARTIFACTS", ROOT / "tests" / "artifacts")) / "screenshots"


@pytest_asyncio.fixture(loop_scope="session")
async def site(staff_services: Services) -> AsyncIterator[str]:
    app = web.Application()
    dashboard.setup(app, staff_services)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


@pytest_asyncio.fixture(loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    if not HAVE_CHROMIUM:
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


async def sign_in(browser: Browser, site: str, name: str) -> Page:
    page = await (await browser.new_context(viewport={"width": 1280, "height": 900})).new_page()
    await page.goto(f"{site}/staff/queue")
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    await page.get_by_label("Name").fill(name)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    return page


async def shot(page: Page, name: str) -> None:
    await page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


async def test_reviewer_relabels_a_question_from_the_queue(
    browser: Browser, site: str, staff_services: Services
) -> None:
    await seed_question(
        staff_services,
        "<b>does chemo make your hair fall out</b>",
        kind="clarify",
        topic=None,
        confidence=0.31,
        replies=("I am not sure which topic you mean. Did you mean one of these?",),
    )
    page = await sign_in(browser, site, "rita")
    await page.get_by_label("Kind").select_option("clarify")
    await page.get_by_role("button", name="Filter").click()
    question = page.get_by_role("link", name="<b>does chemo make your hair fall out</b>").first
    await expect(question).to_be_visible()  # shown as text, not as markup
    await shot(page, "01-review-queue")
    await question.click()
    await expect(page.get_by_role("heading", name="What the bot sent (1 message)")).to_be_visible()
    await page.get_by_label("Correct topic or label").select_option("general.side-effects")
    await page.get_by_role("button", name="Save label").click()
    await expect(page.get_by_role("status")).to_contain_text("Label saved")
    await expect(page.locator("dl.verdict")).to_contain_text("general.side-effects")
    await shot(page, "02-question-relabelled")


async def test_an_editor_drafts_and_another_approves_with_a_preview(
    browser: Browser, site: str, staff_services: Services
) -> None:
    editor = await sign_in(browser, site, "eddie")
    await editor.goto(f"{site}/staff/content/general.radiation/edit")
    title = editor.get_by_label("Title", exact=True)
    await title.fill("Radiation therapy: what to expect, step by step")
    await editor.get_by_role("button", name="Save draft").click()
    await expect(editor.get_by_role("status")).to_contain_text("Draft saved")
    await expect(editor.locator("pre.diff .add").first).to_contain_text("what to expect, step by step")
    await shot(editor, "03-draft-with-diff-and-preview")
    draft_url = editor.url.split("?")[0]

    approver = await sign_in(browser, site, "erin")
    await approver.goto(draft_url)
    await expect(approver.locator(".previews .bubble").first).to_be_visible()
    await approver.get_by_role("button", name="Approve").click()
    await expect(approver.get_by_role("status")).to_contain_text("the bot now serves this version")
    await shot(approver, "04-approved-history")
    reply = staff_services.responder.respond_topic("general.radiation")
    assert reply is not None and "what to expect, step by step" in reply.messages[0]


async def test_the_content_page_puts_the_soonest_review_first(browser: Browser, site: str) -> None:
    page = await sign_in(browser, site, "rita")
    await page.goto(f"{site}/staff/content")
    await expect(page.get_by_role("heading", name="Content")).to_be_visible()
    cells = await page.locator("table tbody tr td:nth-child(5)").all_inner_texts()
    dates = [cell.split()[0] for cell in cells if cell.strip() and cell.split()[0] != "—"]
    assert len(dates) > 100 and dates == sorted(dates)
    await shot(page, "05-content-by-next-review")


async def test_an_admin_retrains_compares_and_activates(
    browser: Browser, site: str, staff_services: Services
) -> None:
    before = staff_services.model.version_id
    page = await sign_in(browser, site, "ada")
    await page.get_by_role("link", name="Models").click()
    await page.get_by_role("button", name="Retrain").click()
    await expect(page.get_by_role("heading", name="Training job")).to_be_visible()
    await shot(page, "05-training-progress")
    compare = page.get_by_role("link", name="Compare")
    await expect(compare).to_be_visible(timeout=240_000)  # the page refreshes itself until training ends
    await compare.click()
    await expect(page.locator("table.compare")).to_contain_text("subject accuracy")
    override = page.get_by_label("Activate it anyway (recorded in the audit log)")
    if await override.count():
        await override.check()
    await shot(page, "06-compare-with-active")
    await page.get_by_role("button", name="Activate").click()
    await expect(page.get_by_role("status")).to_contain_text("Model activated")
    assert staff_services.model.version_id != before
    await shot(page, "07-models-after-activation")
    await page.get_by_role("link", name="Metrics").click()
    await expect(page.locator("svg").first).to_be_visible()
    await shot(page, "08-metrics")
