"""The outbox's scheduling, measured from the times its sends actually ran."""

from __future__ import annotations

import asyncio
import itertools
import time

from bot.telegram.delivery.outbox import Limits, Outbox


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[float, int, str]] = []

    def send(self, chat: int, label: str):  # type: ignore[no-untyped-def]
        async def run() -> str:
            self.sent.append((time.monotonic(), chat, label))
            await asyncio.sleep(0.001)
            return label

        return run


async def _run(outbox: Outbox, jobs: list[asyncio.Future[object]]) -> None:
    outbox.start()
    try:
        await asyncio.wait_for(asyncio.gather(*jobs), timeout=20)
    finally:
        await outbox.stop()


async def test_first_messages_of_waiting_replies_go_before_follow_ups() -> None:
    outbox, rec = Outbox(Limits(per_second=1000, chat_interval=0.05)), Recorder()
    jobs = []
    for chat in range(5):
        for part in range(3):
            jobs.append(outbox.enqueue(chat, rec.send(chat, f"{chat}.{part}"), first=part == 0, group=False))
    await _run(outbox, jobs)
    order = [label for _, _, label in rec.sent]
    assert order[:5] == ["0.0", "1.0", "2.0", "3.0", "4.0"]


async def test_each_chat_keeps_its_order_and_interval() -> None:
    outbox, rec = Outbox(Limits(per_second=1000, chat_interval=0.1)), Recorder()
    jobs = [outbox.enqueue(7, rec.send(7, str(i)), first=i == 0, group=False) for i in range(4)]
    jobs += [outbox.enqueue(8, rec.send(8, str(i)), first=i == 0, group=False) for i in range(4)]
    await _run(outbox, jobs)
    for chat in (7, 8):
        times = [t for t, c, _ in rec.sent if c == chat]
        assert [label for _, c, label in rec.sent if c == chat] == ["0", "1", "2", "3"]
        assert all(b - a >= 0.095 for a, b in itertools.pairwise(times))


async def test_the_overall_rate_is_held() -> None:
    outbox, rec = Outbox(Limits(per_second=10, chat_interval=0)), Recorder()
    jobs = [outbox.enqueue(chat, rec.send(chat, "x"), first=True, group=False) for chat in range(25)]
    await _run(outbox, jobs)
    times = [t for t, _, _ in rec.sent]
    for start in times:
        assert sum(1 for t in times if start <= t < start + 0.999) <= 10


async def test_the_group_limit_is_held() -> None:
    outbox, rec = (
        Outbox(Limits(per_second=1000, chat_interval=0, group_per_minute=3, group_window=0.5)),
        Recorder(),
    )
    jobs = [outbox.enqueue(-100, rec.send(-100, str(i)), first=i == 0, group=True) for i in range(7)]
    await _run(outbox, jobs)
    times = [t for t, _, _ in rec.sent]
    for start in times:
        assert sum(1 for t in times if start <= t < start + 0.499) <= 3


async def test_a_failing_send_reports_its_error_and_the_rest_go_on() -> None:
    outbox, rec = Outbox(Limits(per_second=1000, chat_interval=0)), Recorder()

    async def broken() -> str:
        raise RuntimeError("boom")

    bad = outbox.enqueue(1, broken, first=True, group=False)
    good = outbox.enqueue(1, rec.send(1, "after"), first=False, group=False)
    outbox.start()
    try:
        assert await asyncio.wait_for(good, 5) == "after"
        assert isinstance(bad.exception(), RuntimeError)
    finally:
        await outbox.stop()


async def test_an_urgent_reply_jumps_a_thousand_waiting_messages() -> None:
    outbox, rec = Outbox(Limits(per_second=28, chat_interval=1.0)), Recorder()
    waiting = [outbox.enqueue(chat, rec.send(chat, "q"), first=True, group=False) for chat in range(1000)]
    outbox.start()
    try:
        await asyncio.sleep(0.2)  # the burst is being sent
        queued_at = time.monotonic()
        urgent = [
            outbox.enqueue(5000, rec.send(5000, f"urgent.{part}"), first=part == 0, group=False, urgent=True)
            for part in range(2)
        ]
        await asyncio.wait_for(urgent[0], timeout=5)
        assert time.monotonic() - queued_at < 2.0
        assert outbox.pending > 900  # the others still wait
    finally:
        for job in waiting:
            job.cancel()
        await outbox.stop(drain_timeout=0)
    labels = [label for _, chat, label in rec.sent if chat == 5000]
    assert labels[:1] == ["urgent.0"]


async def test_an_urgent_message_does_not_wait_for_an_ordinary_send_stuck_on_its_record() -> None:
    outbox, rec = Outbox(Limits(per_second=1000, chat_interval=0, in_flight=1)), Recorder()
    record_written = asyncio.Event()

    async def slow_record() -> str:
        rec.sent.append((time.monotonic(), 1, "ordinary"))
        await record_written.wait()  # its record waits for a database connection behind a burst
        return "ordinary"

    outbox.start()
    try:
        ordinary = outbox.enqueue(1, slow_record, first=True, group=False)
        later = outbox.enqueue(2, rec.send(2, "later"), first=True, group=False)
        await asyncio.sleep(0.1)
        urgent = outbox.enqueue(3, rec.send(3, "urgent"), first=True, group=False, urgent=True)
        assert await asyncio.wait_for(urgent, timeout=5) == "urgent"
        # Only the urgent message went past the one send in flight: an ordinary one still waits its turn.
        assert not later.done()
        record_written.set()
        assert await asyncio.wait_for(asyncio.gather(ordinary, later), timeout=5) == ["ordinary", "later"]
    finally:
        await outbox.stop(drain_timeout=0)
    assert [label for _, _, label in rec.sent] == ["ordinary", "urgent", "later"]
