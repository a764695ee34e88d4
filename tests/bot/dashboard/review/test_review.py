"""The review queue: filters, paging, the conversation view, relabelling, reviews, gaps and exports."""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest
from sqlalchemy import func, select

from db.dialogue import conversations
from db.models import ConversationMessage, TrainingExample
from tests.bot.dashboard.conftest import Staff, seed_question

pytestmark = pytest.mark.asyncio(loop_scope="session")

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


async def test_queue_lists_newest_first_and_filters_by_each_field(browser_client: Staff) -> None:
    tag = uuid.uuid4().hex[:8]
    services = browser_client.services
    low = await seed_question(services, f"{tag} low confidence", kind="clarify", topic=None, confidence=0.2)
    down = await seed_question(services, f"{tag} thumbs down", feedback="down", topic="general.side-effects")
    group = await seed_question(services, f"{tag} in a group", chat_type="supergroup")
    urgent = await seed_question(services, f"{tag} urgent", kind="emergency", topic=None, confidence=1.0)
    await browser_client.sign_in("rita")
    page = await browser_client.get_text("/staff/queue")
    assert page.index(f"{tag} urgent") < page.index(f"{tag} in a group") < page.index(f"{tag} low confidence")

    async def shown(query: str) -> set[int]:
        html = await browser_client.get_text(f"/staff/queue?{query}")
        return {i for i in (low, down, group, urgent) if f'/staff/messages/{i}"' in html}

    assert await shown("kind=clarify") == {low}
    assert await shown("kind=emergency") == {urgent}
    assert await shown("max_confidence=0.5") == {low}
    assert await shown("feedback=down") == {down}
    assert await shown("topic=general.side-effects") == {down}
    assert await shown("chat_type=supergroup") == {group}
    assert await shown("reviewed=no") >= {low, down, group, urgent}
    assert await shown("since=2000-01-01&until=2000-01-02") == set()


async def test_questions_whose_reply_could_not_be_sent_can_be_listed(browser_client: Staff) -> None:
    services = browser_client.services
    failed = await seed_question(services, "a reply that never arrived")
    async with services.sessions() as session, session.begin():
        row = await session.get(ConversationMessage, failed)
        assert row is not None
        incoming = conversations.Incoming(row.user_key, row.chat_key, row.chat_type, row.text)
        await conversations.log_outgoing(session, incoming, failed, "second chunk", conversations.FAILED)
    delivered = await seed_question(services, "a reply that arrived")
    await browser_client.sign_in("rita")
    html = await browser_client.get_text("/staff/queue?delivery=failed")
    assert f'/staff/messages/{failed}"' in html and f'/staff/messages/{delivered}"' not in html
    view = await browser_client.get_text(f"/staff/messages/{failed}")
    assert 'class="bubble failed"' in view and "2/2 · failed" in view


async def test_queue_pages_through_many_questions(browser_client: Staff) -> None:
    tag = uuid.uuid4().hex[:8]
    for number in range(55):
        await seed_question(browser_client.services, f"{tag} question {number}", topic="lung.staging")
    await browser_client.sign_in("rita")
    first = await browser_client.get_text("/staff/queue?topic=lung.staging")
    second = await browser_client.get_text("/staff/queue?topic=lung.staging&page=2")
    assert (
        f"{tag} question 54<" in first and f"{tag} question 5<" in first and f"{tag} question 4<" not in first
    )
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert (
        f"{tag} question 4<" in second
        and f"{tag} question 0<" in second
        and f"{tag} question 5<" not in second
    )
    assert 'rel="next"' in first and "topic=lung.staging" in first


async def test_bad_and_hostile_filter_values_are_ignored_not_run(browser_client: Staff) -> None:
    await seed_question(browser_client.services, "a question to keep")
    await browser_client.sign_in("rita")
    for query in (
        "kind=' OR 1=1 --",
        "topic=x'; DROP TABLE conversation_messages; --",
        "max_confidence=1e309",
        "max_confidence=nan",
        "since=2024-13-45",
        "chat_type=<script>",
        "reviewed=maybe",
        "page=-3",
        "page=99999999999999999999",
    ):
        response = await browser_client.client.get(f"/staff/queue?{query}")
        assert response.status == 200, query
        html = await response.text()
        assert "<script>" not in html
    async with browser_client.services.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ConversationMessage))
    html = await browser_client.get_text("/staff/queue?kind=bogus&max_confidence=7")
    assert "Ignored filters" in html and "kind" in html and "max_confidence" in html


async def test_user_text_and_sent_messages_are_shown_escaped(browser_client: Staff) -> None:
    message_id = await seed_question(
        browser_client.services, XSS, replies=(f"<b>Answer</b> {XSS.replace('<', '&lt;')}",)
    )
    await browser_client.sign_in("rita")
    for path in ("/staff/queue", f"/staff/messages/{message_id}"):
        html = await browser_client.get_text(path)
        assert "<script>" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html
    view = await browser_client.get_text(f"/staff/messages/{message_id}")
    assert "<b>Answer</b>" in view  # Telegram's own formatting is rendered


async def test_conversation_view_shows_the_verdict_and_exactly_what_was_sent(browser_client: Staff) -> None:
    message_id = await seed_question(
        browser_client.services,
        "How does CAR-T cell therapy work for liver cancer?",
        confidence=0.94,
        replies=("<b>Part one</b>", "Part <i>two</i>", 'Sources: <a href="https://www.cancer.gov/">NCI</a>'),
    )
    await browser_client.sign_in("rita")
    html = await browser_client.get_text(f"/staff/messages/{message_id}")
    assert "0.940" in html and "liver.car-t" in html and "liver.treatment-options" in html and "m1" in html
    assert html.index("Part one") < html.index("Part <i>two</i>") < html.index("NCI</a>")
    assert "1/3" in html and "3/3" in html and "sent" in html
    missing = await browser_client.client.get("/staff/messages/99999999")
    assert missing.status == 404


async def test_relabelling_makes_a_staff_training_example_and_marks_reviewed(browser_client: Staff) -> None:
    text = f"does chemo make you lose hair {uuid.uuid4().hex[:6]}"
    message_id = await seed_question(
        browser_client.services, text, kind="clarify", topic=None, user_key="asker-key-1"
    )
    await browser_client.sign_in("rita")
    response = await browser_client.post(
        f"/staff/messages/{message_id}/label", {"label": "general.side-effects"}
    )
    assert response.status == 303 and "notice=labelled" in response.headers["Location"]
    async with browser_client.services.sessions() as session:
        row = await session.get(ConversationMessage, message_id)
        example = await session.scalar(
            select(TrainingExample).where(TrainingExample.source_message_id == message_id)
        )
    assert row is not None and row.staff_label == "general.side-effects" and row.reviewed_by == "rita"
    assert example is not None
    assert (example.text, example.label, example.cancer, example.origin) == (
        text,
        "side-effects",
        "general",
        "staff",
    )
    assert example.source_user_key == "asker-key-1" and example.created_by == "rita"
    # A second opinion replaces the first: one example per message.
    await browser_client.post(f"/staff/messages/{message_id}/label", {"label": "out-of-scope"})
    async with browser_client.services.sessions() as session:
        labels = (
            (
                await session.execute(
                    select(TrainingExample.label).where(TrainingExample.source_message_id == message_id)
                )
            )
            .scalars()
            .all()
        )
    assert labels == ["out-of-scope"]
    bad = await browser_client.post(f"/staff/messages/{message_id}/label", {"label": "made-up"})
    assert bad.status == 400


async def test_flagging_a_content_gap_and_marking_reviewed(browser_client: Staff) -> None:
    message_id = await seed_question(
        browser_client.services, "is there a diet for myeloma", kind="out-of-scope"
    )
    await browser_client.sign_in("rita")
    empty = await browser_client.post(f"/staff/messages/{message_id}/gap", {"note": "   "})
    assert empty.status == 400
    await browser_client.post(
        f"/staff/messages/{message_id}/gap", {"note": "No nutrition answer for <myeloma>"}
    )
    html = await browser_client.get_text(f"/staff/messages/{message_id}")
    assert "No nutrition answer for &lt;myeloma&gt;" in html and "reviewed by rita" in html
    queue = await browser_client.get_text("/staff/queue?reviewed=yes&kind=out-of-scope")
    assert f'/staff/messages/{message_id}"' in queue


async def test_exports_hold_reviewed_items_with_pseudonymous_keys_only(browser_client: Staff) -> None:
    tag = uuid.uuid4().hex[:8]
    reviewed = await seed_question(browser_client.services, f'=HYPERLINK("x") {tag}', user_key="pseudo-user")
    unreviewed = await seed_question(browser_client.services, f"not reviewed {tag}")
    await browser_client.sign_in("rita")
    await browser_client.post(f"/staff/messages/{reviewed}/reviewed")
    response = await browser_client.client.get("/staff/export/reviewed.jsonl")
    assert response.headers["Content-Disposition"].endswith('.jsonl"')
    records = [json.loads(line) for line in (await response.text()).splitlines()]
    mine = [r for r in records if tag in r["text"]]
    assert [r["id"] for r in mine] == [reviewed]
    assert mine[0]["user_key"] == "pseudo-user" and mine[0]["reviewed_by"] == "rita"
    assert not any(key in mine[0] for key in ("user_id", "chat_id"))
    assert all(r["id"] != unreviewed for r in records)
    table = list(
        csv.DictReader(
            io.StringIO(await (await browser_client.client.get("/staff/export/reviewed.csv")).text())
        )
    )
    row = next(r for r in table if tag in r["text"])
    assert row["text"].startswith("'=")  # never a live spreadsheet formula
