"""The per-person question limit: what a person notices, and that quiet people are forgotten."""

from __future__ import annotations

from bot.telegram.state import QuestionLimiter


def test_a_person_over_the_limit_is_told_once_then_answered_again_after_a_minute() -> None:
    limiter = QuestionLimiter(per_minute=3)
    verdicts = [limiter.check("ana", now=100.0 + second) for second in range(6)]
    assert verdicts == ["ok", "ok", "ok", "warn", "drop", "drop"]
    assert limiter.check("bo", now=105.0) == "ok"  # one person's limit is not another's
    assert limiter.check("ana", now=161.0) == "ok"


def test_people_who_went_quiet_are_forgotten() -> None:
    limiter = QuestionLimiter(per_minute=3)
    for number in range(5_000):
        limiter.check(f"person-{number}", now=1_000.0)
    for _ in range(4):
        limiter.check("busy", now=1_000.0)
    assert len(limiter) == 5_001
    assert limiter.check("late", now=1_061.0) == "ok"
    assert len(limiter) == 1  # only the person who just asked
    assert limiter.check("busy", now=1_062.0) == "ok"  # the warning was forgotten with the window
