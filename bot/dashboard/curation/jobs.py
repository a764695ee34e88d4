"""Long dashboard work (retraining) run in the background, one at a time, with progress lines to show."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

Say = Callable[[str], None]
Work = Callable[[Say], Awaitable[int]]


@dataclass
class Job:
    """One run: who started it, what it has said so far, and the model it produced."""

    id: int
    started_by: str
    started_at: float = field(default_factory=time.time)
    lines: list[str] = field(default_factory=list)
    state: str = "running"
    model_id: int | None = None

    def say(self, line: str) -> None:
        """Add a progress line (shown on the job's page, which refreshes itself)."""
        self.lines.append(f"{time.time() - self.started_at:5.1f}s  {line}")


class TrainingJobs:
    """The jobs this process ran; only one trains at a time, since training uses the whole CPU."""

    def __init__(self) -> None:
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()

    def get(self, job_id: int) -> Job | None:
        """A job of this process, if it exists."""
        return self._jobs.get(job_id)

    def running(self) -> Job | None:
        """The job still running, if any."""
        return next((job for job in self._jobs.values() if job.state == "running"), None)

    def start(self, started_by: str, work: Work) -> Job:
        """Start work in the background, or return the job already running."""
        current = self.running()
        if current is not None:
            return current
        job = Job(next(self._ids), started_by)
        self._jobs[job.id] = job
        task = asyncio.get_running_loop().create_task(self._run(job, work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    async def _run(self, job: Job, work: Work) -> None:
        try:
            job.model_id = await work(job.say)
            job.state = "done"
            job.say("done")
        except Exception as error:  # the page shows the failure; the server keeps running
            logger.exception("training job %d failed", job.id)
            job.state = "failed"
            job.say(f"failed: {type(error).__name__}: {error}")

    async def close(self) -> None:
        """Cancel work still running at shutdown."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=5)
