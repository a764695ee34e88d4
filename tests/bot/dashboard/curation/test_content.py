"""Curating answers: drafts, approval by a different person, history with diffs, previews, export to files."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from sqlalchemy import update

from bot.content import edits as content_edits
from bot.content.files import read_content
from bot.content.sync import load_content
from db.content import answers
from db.models import AnswerVersion
from tests.bot.dashboard.conftest import Staff

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _form(staff: Staff, topic_id: str, **changes: str) -> dict[str, str]:
    async with staff.services.sessions() as session:
        versions = await answers.versions_of(session, topic_id)
    form = dataclasses.asdict(content_edits.form_from_version(versions[-1]))
    form.update(changes)
    return form


def _served_title(staff: Staff, topic_id: str) -> str:
    reply = staff.services.responder.respond_topic(topic_id)
    assert reply is not None
    return reply.messages[0]


async def test_an_edit_is_a_draft_until_someone_else_approves_it(browser_client: Staff) -> None:
    topic = "general.clinical-trials"
    before = _served_title(browser_client, topic)
    await browser_client.sign_in("eddie")
    form = await _form(browser_client, topic, title="Clinical trials: how they work and how to find one")
    saved = await browser_client.post(f"/staff/content/{topic}/edit", form)
    assert saved.status == 303 and "notice=draft" in saved.headers["Location"]
    draft_path = saved.headers["Location"].split("?")[0]
    assert _served_title(browser_client, topic) == before  # a draft is not served

    own = await browser_client.get_text(draft_path)
    assert "another person" in own and "Approve v" not in own
    number = draft_path.rsplit("/", 1)[1]
    refused = await browser_client.post(f"/staff/content/{topic}/versions/{number}/approve")
    assert refused.status == 403 and "different person" in await refused.text()

    await browser_client.sign_in("erin")
    page = await browser_client.get_text(draft_path)
    assert "Approve v" in page
    assert '<span class="add">+Title: Clinical trials: how they work and how to find one</span>' in page
    assert "Private chat preview" in page and "Group preview" in page
    approved = await browser_client.post(f"/staff/content/{topic}/versions/{number}/approve")
    assert approved.status == 303 and "notice=approved" in approved.headers["Location"]
    assert "how they work and how to find one" in _served_title(browser_client, topic)

    history = await browser_client.get_text(f"/staff/content/{topic}")
    assert f"v{number}" in history and "eddie" in history and "retired" in history and "approved" in history
    async with browser_client.services.sessions() as session:
        version = await answers.get_version(session, topic, int(number))
    assert version is not None and version.review_level == "editorial" and version.reviewer is None


async def test_a_clinician_approval_records_a_clinical_review(browser_client: Staff) -> None:
    topic = "general.survivorship"
    await browser_client.sign_in("erin")
    saved = await browser_client.post(f"/staff/content/{topic}/edit", await _form(browser_client, topic))
    number = saved.headers["Location"].split("?")[0].rsplit("/", 1)[1]
    await browser_client.sign_in("rita")  # a reviewer (a nurse navigator) may approve
    await browser_client.post(f"/staff/content/{topic}/versions/{number}/approve", {"clinical": "yes"})
    async with browser_client.services.sessions() as session:
        version = await answers.get_version(session, topic, int(number))
    assert version is not None and version.status == "approved"
    assert (version.review_level, version.reviewer, version.reviewed_on) == ("clinical", "rita", date.today())
    assert version.next_review_on is not None and version.next_review_on > date.today()
    reply = browser_client.services.responder.respond_topic(topic)
    assert reply is not None and any("Clinically reviewed by rita" in message for message in reply.messages)


async def test_an_edit_that_breaks_the_content_rules_is_refused_with_reasons(browser_client: Staff) -> None:
    topic = "general.nutrition"
    await browser_client.sign_in("eddie")
    form = await _form(
        browser_client,
        topic,
        sections="## Too short\nEat well.",
        questions="Only one question?",
        sources=(
            "Not a source line\n"
            "NCI | National Cancer Institute | http://insecure.example | 2026 | 2026-11-26\n"
            "A story | Trade press | https://www.onclive.com/view/a-story |  | 2026-11-26"
        ),
    )
    response = await browser_client.post(f"/staff/content/{topic}/edit", form)
    assert response.status == 400
    html = await response.text()
    for reason in (
        "words",
        "questions_for_care_team",
        "sources line 1",
        "must be an https:// link",
        "www.onclive.com is not a primary source",
    ):
        assert reason in html, reason
    async with browser_client.services.sessions() as session:
        versions = await answers.versions_of(session, topic)
    assert all(v.status != "draft" for v in versions)


async def test_a_reviewer_cannot_edit_but_the_edit_form_escapes_stored_text(browser_client: Staff) -> None:
    await browser_client.sign_in("rita")
    assert (await browser_client.client.get("/staff/content/general.fertility/edit")).status == 403
    await browser_client.sign_in("eddie")
    form = await _form(
        browser_client, "general.fertility", title="Fertility </textarea><script>alert(1)</script>"
    )
    response = await browser_client.post("/staff/content/general.fertility/edit", form)
    location = response.headers["Location"].split("?")[0]
    html = await browser_client.get_text(location)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


async def test_answers_past_their_review_date_stand_out(browser_client: Staff) -> None:
    async with browser_client.services.sessions() as session, session.begin():
        await session.execute(
            update(AnswerVersion)
            .where(AnswerVersion.topic_id == "lung.staging", AnswerVersion.status == "approved")
            .values(next_review_on=date(2020, 1, 1))
        )
    await browser_client.sign_in("rita")
    html = await browser_client.get_text("/staff/content?show=overdue")
    assert "lung.staging" in html and "overdue" in html and "general.overview" not in html


async def test_the_content_page_lists_the_soonest_review_first(browser_client: Staff) -> None:
    async with browser_client.services.sessions() as session, session.begin():
        await session.execute(
            update(AnswerVersion)
            .where(AnswerVersion.topic_id == "uterine.symptoms", AnswerVersion.status == "approved")
            .values(next_review_on=date(2019, 1, 2))
        )
    await browser_client.sign_in("rita")
    html = await browser_client.get_text("/staff/content")
    listed = re.findall(r'<a href="/staff/content/([a-z-]+\.[a-z-]+)">', html)
    assert listed[0] == "uterine.symptoms"
    assert "general.car-t" in listed and listed.index("general.car-t") < listed.index("general.overview")


async def test_export_writes_files_that_pass_the_content_check_and_load_as_no_change(
    browser_client: Staff,
) -> None:
    topic = "general.caregivers"
    await browser_client.sign_in("eddie")
    saved = await browser_client.post(
        f"/staff/content/{topic}/edit",
        await _form(browser_client, topic, title="Caring for someone with cancer"),
    )
    number = saved.headers["Location"].split("?")[0].rsplit("/", 1)[1]
    await browser_client.sign_in("erin")
    await browser_client.post(f"/staff/content/{topic}/versions/{number}/approve")
    exported = await browser_client.post("/staff/content/export")
    assert exported.status == 303
    root = browser_client.services.settings.content_dir
    text = (root / "topics" / "general" / "caregivers.yaml").read_text(encoding="utf-8")
    assert "title: Caring for someone with cancer" in text and "examples:" in text
    content = read_content(root)
    assert content.errors == []
    report = await load_content(browser_client.services.sessions, content, show_progress=False)
    assert report.new_versions == 0  # the served version already says what the file says
