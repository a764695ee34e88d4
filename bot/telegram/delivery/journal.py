"""Each message an update sends, recorded as it is queued and again as Telegram accepts it.

The inbox opens a journal for every update it works on (the processed_updates claim is taken there, for
questions, commands and button taps alike) and makes it current while the handlers run; the sender numbers
the messages queued under it, records them (while the first one is on its way) and marks each one sent once
Telegram accepted it; a chat's next message is sent only after that.
After a kill -9 the next attempt knows exactly what went out: if the handler had queued everything, only the
missing messages are sent (nothing runs again); if not, the handler runs again and the messages already sent
are skipped by position. Only a message whose request was in flight at the kill can go out twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from db.delivery import replies
from db.delivery.replies import Chunk, Progress
from db.session import SessionFactory

logger = logging.getLogger(__name__)

DatabaseErrors = (SQLAlchemyError, OSError)


class Journal:
    """The messages of one update, by position: what earlier attempts recorded, and what this one queues."""

    def __init__(
        self,
        update_id: int,
        sessions: SessionFactory,
        progress: Progress,
        express: SessionFactory | None = None,
    ) -> None:
        self.update_id = update_id
        #: no earlier attempt at this update: nothing of it was logged or sent before
        self.fresh = progress.fresh
        self._sessions = sessions
        #: for the writes every send waits on (an urgent reply's record, each mark), which hold the outbox's
        #: one send in flight: never behind a burst's handlers
        self._express = express or sessions
        self._recorded = {chunk.position: chunk for chunk in progress.chunks}
        self._next = 0
        self._writes: list[asyncio.Task[bool]] = []

    def positions(self, count: int) -> range:
        """Number the next `count` messages queued under this update."""
        start = self._next
        self._next += count
        return range(start, self._next)

    def done_before(self, position: int) -> Chunk | None:
        """The record of a message an earlier attempt sent (or gave up on); None if it still has to go."""
        chunk = self._recorded.get(position)
        return chunk if chunk is not None and chunk.status != replies.QUEUED else None

    def plan(self, chunks: Awaitable[Sequence[Chunk]], *, urgent: bool = False) -> asyncio.Task[bool]:
        """Record messages once they are known (their question logged, their buttons made); a message is
        marked sent only after this, and the chat's next one waits for that (a failed write stops none)."""
        task = asyncio.get_running_loop().create_task(self._write_plan(chunks, urgent))
        self._writes.append(task)
        return task

    async def _write_plan(self, known: Awaitable[Sequence[Chunk]], urgent: bool) -> bool:
        chunks = await known
        try:
            async with (self._express if urgent else self._sessions)() as session, session.begin():
                await replies.plan(session, self.update_id, chunks)
        except DatabaseErrors as error:
            logger.warning("update %s: messages not recorded before sending: %s", self.update_id, error)
            return False
        return True

    async def mark(self, position: int, status: str) -> None:
        """Record that Telegram accepted a message (or that it was given up on) before the chat's next one."""
        try:
            async with self._express() as session, session.begin():
                await replies.mark(session, self.update_id, position, status)
        except DatabaseErrors as error:
            logger.warning(
                "update %s: message %d %s but not recorded: %s", self.update_id, position, status, error
            )

    async def close_plan(self) -> None:
        """The handlers returned: once their messages are recorded, a resume sends only what is missing."""
        if self._writes and not all(await asyncio.gather(*self._writes)):
            return  # some messages are not recorded: a resume has to run the handler again
        try:
            async with self._sessions() as session, session.begin():
                await replies.planned(session, self.update_id)
        except DatabaseErrors as error:
            logger.warning(
                "update %s: could not record that its replies are queued: %s", self.update_id, error
            )
