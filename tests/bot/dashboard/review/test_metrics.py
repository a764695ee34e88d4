"""The metrics page and its JSON twin."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from bot.dashboard.review.stats import period, summarise
from db.dialogue.stats import QuestionFacts
from db.models import ConversationMessage
from tests.bot.dashboard.conftest import Staff, seed_question

pytestmark = pytest.mark.asyncio(loop_scope="session")


def _fact(
    day: int, kind: str, topic: str | None = None, feedback: str | None = None, ms: float | None = 10.0
) -> QuestionFacts:
    return QuestionFacts(datetime(2026, 3, day, 12, tzinfo=UTC), kind, topic, feedback, ms)


async def test_figures_add_up() -> None:
    facts = [
        _fact(1, "answer", "liver.car-t", "up", 10),
        _fact(1, "answer", "liver.car-t", "down", 30),
        _fact(3, "clarify", None, None, 20),
        _fact(3, "emergency", None, None, None),
    ]
    figures = summarise(facts, date(2026, 3, 1), date(2026, 3, 3))
    assert [d["questions"] for d in figures["questions_per_day"]] == [2, 0, 2]
    assert figures["kind_share"] == {
        "answer": 0.5,
        "clarify": 0.25,
        "out-of-scope": 0.0,
        "emergency": 0.25,
        "crisis": 0.0,
        "today": 0.0,
    }
    assert figures["top_topics"] == [{"topic": "liver.car-t", "questions": 2}]
    assert figures["feedback"] == {"up": 1, "down": 1, "helpful_share": 0.5}
    assert figures["median_latency_ms"] == 20.0
    assert [d["median_latency_ms"] for d in figures["median_latency_ms_per_day"]] == [20.0, None, 20.0]


async def test_period_defaults_orders_and_caps() -> None:
    today = date(2026, 11, 26)
    assert period({}, today) == (date(2026, 10, 28), today)
    assert period({"since": "2026-11-20", "until": "2026-11-10"}, today) == (
        date(2026, 11, 10),
        date(2026, 11, 20),
    )
    since, until = period({"since": "1990-01-01"}, today)
    assert (until - since).days == 365
    assert period({"since": "'; DROP TABLE x; --"}, today)[1] == today


async def test_metrics_page_draws_charts_and_json_matches(browser_client: Staff) -> None:
    services = browser_client.services
    old = await seed_question(services, "long ago", kind="crisis", topic=None)
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(ConversationMessage)
            .where(ConversationMessage.id == old)
            .values(created_at=datetime.now(UTC) - timedelta(days=400))
        )
    await seed_question(services, "metrics question", kind="answer", topic="melanoma.overview", feedback="up")
    await browser_client.sign_in("rita")
    html = await browser_client.get_text("/staff/metrics")
    assert html.count("<svg") == 4 and "Questions per day" in html and "melanoma.overview" in html
    response = await browser_client.client.get("/staff/metrics.json")
    figures = await response.json()
    assert figures["questions"] >= 1 and figures["feedback"]["up"] >= 1
    assert any(row["topic"] == "melanoma.overview" for row in figures["top_topics"])
    assert figures["kind_share"]["crisis"] == 0.0 or figures["questions"] > 1
    today = datetime.now(UTC).date().isoformat()
    assert figures["until"] == today and figures["questions_per_day"][-1]["day"] == today
