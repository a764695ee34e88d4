"""Log records kept in memory while the database is unreachable, written once it answers again."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from db.dialogue import conversations
from db.dialogue.conversations import Incoming
from db.session import SessionFactory

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Exchange:
    """A question and the reply sent to it, not yet logged; message_id is set when the question was."""

    update_id: int | None
    message_id: int | None
    incoming: Incoming
    verdict: dict[str, Any]
    replies: tuple[tuple[str, str], ...] = field(default=())


class LogBuffer:
    """A bounded queue of unlogged exchanges: the oldest is dropped (and counted) when it is full."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.dropped = 0
        self._records: deque[Exchange] = deque()

    def __len__(self) -> int:
        return len(self._records)

    def add(self, record: Exchange) -> None:
        """Keep a record for later; beyond the limit the oldest goes, with a warning."""
        self._records.append(record)
        while len(self._records) > self.limit:
            self._records.popleft()
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 100 == 0:
                logger.warning("log buffer full: %d unlogged exchanges dropped so far", self.dropped)

    def forget(self, user_key: str, chat_keys: list[str]) -> int:
        """Drop a person's buffered exchanges (/forget must reach them too); how many."""
        kept = deque(
            r
            for r in self._records
            if r.incoming.user_key != user_key and r.incoming.chat_key not in chat_keys
        )
        removed = len(self._records) - len(kept)
        self._records = kept
        return removed

    async def flush(self, sessions: SessionFactory) -> int:
        """Write buffered exchanges oldest first, each in its own transaction; stops at the first outage."""
        written = 0
        while self._records:
            record = self._records[0]
            try:
                async with sessions() as session, session.begin():
                    await _write(session, record)
            except IntegrityError as error:
                logger.warning("a buffered exchange could not be logged and is dropped: %s", error.orig)
            except (SQLAlchemyError, OSError):
                return written
            else:
                written += 1
            if self._records and self._records[0] is record:
                self._records.popleft()
        if written:
            logger.info("logged %d exchanges buffered during a database outage", written)
        return written


async def _write(session: AsyncSession, record: Exchange) -> None:
    message_id = record.message_id
    if message_id is None:
        if record.update_id is not None:
            # So that a later redelivery of this update is not answered again; the reply was already sent.
            await conversations.claim_update(session, record.update_id)
        message_id = await conversations.log_incoming(session, record.incoming)
    if record.verdict:
        await conversations.record_verdict(session, message_id, **record.verdict)
    for text, status in record.replies:
        await conversations.log_outgoing(session, record.incoming, message_id, text, status)
