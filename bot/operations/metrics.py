"""Prometheus metrics of one running bot, in a registry of its own (no process-wide globals)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """Counters and a latency histogram for /metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "oncobot_updates", "Telegram updates received", ["type"], registry=self.registry
        )
        self.replies = Counter(
            "oncobot_replies", "Replies composed, by kind", ["kind"], registry=self.registry
        )
        self.messages = Counter(
            "oncobot_messages_sent", "Messages sent, by delivery status", ["status"], registry=self.registry
        )
        self.errors = Counter("oncobot_errors", "Errors while handling updates", registry=self.registry)
        self.latency = Histogram(
            "oncobot_reply_latency_seconds",
            "Time from receiving a question to the reply being composed",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )

    def render(self) -> bytes:
        """The text exposition format."""
        return generate_latest(self.registry)
