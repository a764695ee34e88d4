"""The metrics page: questions per day, reply kinds, top topics, feedback and latency, as SVG and JSON."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from aiohttp import web

from bot.dashboard.core import Dashboard, dashboard, render
from bot.dashboard.review import charts
from bot.dashboard.review.handoffs_page import duration
from bot.handoff.desk import HandoffDesk, HandoffMetrics, Timing
from db.accounts import staff
from db.dialogue.stats import QuestionFacts, questions_between

KINDS = ("answer", "clarify", "out-of-scope", "emergency", "crisis", "today")
DEFAULT_DAYS = 30
MAX_DAYS = 366


def period(query: Any, today: date) -> tuple[date, date]:
    """The chosen period (inclusive days), defaulting to the last 30 days; at most a year."""

    def day(name: str) -> date | None:
        try:
            return date.fromisoformat(query.get(name, ""))
        except ValueError:
            return None

    until = day("until") or today
    since = day("since") or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        since, until = until, since
    since = max(since, until - timedelta(days=MAX_DAYS - 1))
    return since, until


def summarise(facts: list[QuestionFacts], since: date, until: date) -> dict[str, Any]:
    """Every figure of the page, as plain JSON-ready data."""
    days = [since + timedelta(days=n) for n in range((until - since).days + 1)]
    per_day = Counter(fact.created_at.date() for fact in facts)
    latency_by_day: defaultdict[date, list[float]] = defaultdict(list)
    for fact in facts:
        if fact.latency_ms is not None:
            latency_by_day[fact.created_at.date()].append(fact.latency_ms)
    kinds = Counter(fact.kind or "unrecorded" for fact in facts)
    topics = Counter(fact.topic_id for fact in facts if fact.topic_id)
    up = sum(fact.feedback == "up" for fact in facts)
    down = sum(fact.feedback == "down" for fact in facts)
    latencies = [fact.latency_ms for fact in facts if fact.latency_ms is not None]
    total = len(facts)
    return {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "questions": total,
        "questions_per_day": [{"day": d.isoformat(), "questions": per_day.get(d, 0)} for d in days],
        "kind_share": {kind: round(kinds.get(kind, 0) / total, 4) if total else 0.0 for kind in KINDS},
        "top_topics": [{"topic": topic, "questions": n} for topic, n in topics.most_common(10)],
        "feedback": {
            "up": up,
            "down": down,
            "helpful_share": round(up / (up + down), 4) if up + down else None,
        },
        "median_latency_ms": round(statistics.median(latencies), 1) if latencies else None,
        "median_latency_ms_per_day": [
            {
                "day": d.isoformat(),
                "median_latency_ms": round(statistics.median(latency_by_day[d]), 1)
                if latency_by_day[d]
                else None,
            }
            for d in days
        ],
    }


def _span(seconds: float | None) -> str:
    return "—" if seconds is None else duration(timedelta(seconds=seconds))


def _timing(timing: Timing) -> dict[str, Any]:
    return {
        "replied": timing.count,
        "median_seconds": round(timing.median, 1) if timing.median is not None else None,
        "p90_seconds": round(timing.p90, 1) if timing.p90 is not None else None,
    }


def handoff_summary(metrics: HandoffMetrics) -> dict[str, Any]:
    """The handoff figures (bot/handoff/desk.py's metrics) as plain JSON-ready data."""
    return {
        "opened": metrics.opened,
        "waiting_now": metrics.waiting_now,
        "open_now": metrics.open_now,
        "urgent": metrics.urgent,
        "first_reply": {
            "within_hours": _timing(metrics.first_reply_within),
            "outside_hours": _timing(metrics.first_reply_outside),
        },
        "closed_by": dict(sorted(metrics.closed_by.items())),
        "feedback": {"up": metrics.feedback.get("up", 0), "down": metrics.feedback.get("down", 0)},
    }


async def _figures(request: web.Request) -> dict[str, Any]:
    since, until = period(request.query, datetime.now(UTC).date())
    start = datetime.combine(since, time(), UTC)
    end = datetime.combine(until, time(), UTC) + timedelta(days=1)
    settings = dashboard(request).services.settings
    async with dashboard(request).services.sessions() as session:
        facts = await questions_between(session, start, end)
        handoffs = await HandoffDesk.from_settings(settings).metrics(session, start, end)
    facts = [
        QuestionFacts(
            f.created_at if f.created_at.tzinfo else f.created_at.replace(tzinfo=UTC),
            f.kind,
            f.topic_id,
            f.feedback,
            f.latency_ms,
        )
        for f in facts
    ]
    return summarise(facts, since, until) | {"handoffs": handoff_summary(handoffs)}


async def show_metrics(request: web.Request) -> web.Response:
    """The charts page."""
    figures = await _figures(request)
    per_day = [(row["day"], float(row["questions"])) for row in figures["questions_per_day"]]
    latency = [(row["day"], row["median_latency_ms"]) for row in figures["median_latency_ms_per_day"]]
    return await render(
        request,
        "metrics.html",
        figures=figures,
        duration=_span,
        questions_chart=charts.columns(per_day, "Questions per day"),
        kinds_chart=charts.bars(list(figures["kind_share"].items()), "Share of reply kinds", percent=True),
        topics_chart=charts.bars(
            [(row["topic"], float(row["questions"])) for row in figures["top_topics"]], "Top topics"
        ),
        latency_chart=charts.line(latency, "Median reply latency per day", " ms"),
    )


async def metrics_json(request: web.Request) -> web.Response:
    """The same figures as JSON, for other tools."""
    return web.json_response(await _figures(request))


def register(app: web.Application, context: Dashboard) -> None:
    """Metrics routes."""
    context.add(app, "GET", "/metrics", show_metrics, staff.REVIEWER)
    context.add(app, "GET", "/metrics.json", metrics_json, staff.REVIEWER)
