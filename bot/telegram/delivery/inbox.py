"""Durable update delivery: store every update before Telegram is told it arrived, then process it once.

States of an update in `inbox_updates`: pending (stored, not yet taken) → processing (claimed by one replica,
whose lease it renews while working) → done or failed (payload dropped). A replica that stops renewing (it
crashed) loses its claims after the lease and another replica, or the next start, takes them again. A
graceful stop gives its unfinished claims back at once.

Exactly once: the inbox makes delivery at-least-once and never concurrent (one claim at a time, and a chat's
update is not claimed while another replica works on an earlier one of that chat). Every update, question,
command or button tap, is then guarded by its processed_updates claim and reply journal (journal.py): each
message it sends is recorded before it is sent and marked once Telegram accepted it. A process killed at any
moment is resumed from there: a handler that had queued everything is not run again and only the messages
not yet accepted are sent; otherwise the handler runs again and skips the messages already sent. Only a
message whose request was in flight at the kill can go out twice.

When the database is unreachable, updates are processed from memory (deduplicated by id in memory), and the
log records go to a bounded buffer that is written once the database answers again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections import OrderedDict
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from bot.operations.metrics import Metrics
from bot.settings import Settings
from bot.telegram.answering import resume_reply
from bot.telegram.delivery.journal import Journal
from bot.telegram.state import BotState, KnownCancer
from db.accounts import people
from db.delivery import inbox, replies
from db.delivery.inbox import Claimed
from db.delivery.replies import Progress
from nlp.safety import is_urgent_now

logger = logging.getLogger(__name__)

#: Update ids remembered in memory, for deduplicating while the database is unreachable.
SEEN_LIMIT = 100_000
#: The most updates claimed in one transaction.
CLAIM_BATCH = 100
DatabaseErrors = (SQLAlchemyError, OSError)
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def default_replica_id() -> str:
    """Host, process and a random suffix: unique per process, readable in the inbox table."""
    return f"{socket.gethostname()[:60]}-{os.getpid()}-{secrets.token_hex(3)}"


def priority(payload: dict[str, Any]) -> int:
    """Urgent for a message the rules alone call an emergency or a crisis: it is claimed before the queue."""
    message = payload.get("message") or payload.get("channel_post") or {}
    text = message.get("text") if isinstance(message, dict) else None
    return inbox.URGENT if isinstance(text, str) and is_urgent_now(text) else inbox.NORMAL


def chat_of(payload: dict[str, Any]) -> int | None:
    """The chat an update belongs to (a tapped button's: the chat of its message), for per-chat order."""
    for key, value in payload.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        message = value.get("message") if key == "callback_query" else value
        chat = message.get("chat") if isinstance(message, dict) else None
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
        sender = value.get("from")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
    return None


def private_asker(payload: dict[str, Any]) -> int | None:
    """The Telegram id of whoever wrote a message in a private chat (whose remembered cancer it may use)."""
    message = payload.get("message")
    if not isinstance(message, dict):
        return None
    chat, sender = message.get("chat"), message.get("from")
    if not (isinstance(chat, dict) and chat.get("type") == "private" and isinstance(sender, dict)):
        return None
    user_id = sender.get("id")
    return user_id if isinstance(user_id, int) else None


@dataclass(frozen=True)
class Claims:
    """Updates claimed in one transaction, with what was read for them in it."""

    rows: list[Claimed] = field(default_factory=list)
    #: how far earlier attempts got, by update id
    progress: dict[int, Progress] = field(default_factory=dict)
    #: the askers' remembered cancers, by update id (private messages only)
    cancers: dict[int, KnownCancer] = field(default_factory=dict)


def update_type(payload: dict[str, Any]) -> str:
    """The kind of an update (message, callback_query, ...) for the metrics."""
    return next((key for key in payload if key != "update_id"), "unknown")


class ChatGates:
    """One FIFO lock per chat, dropped when nobody holds or waits for it (chats come and go)."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, chat_id: int | None) -> AsyncIterator[None]:
        """Wait for the chat's earlier updates; no waiting for updates without a chat."""
        if chat_id is None:
            yield
            return
        lock, users = self._locks.get(chat_id, (asyncio.Lock(), 0))
        self._locks[chat_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[chat_id]
            if users == 1:
                del self._locks[chat_id]
            else:
                self._locks[chat_id] = (lock, users - 1)


class UpdateInbox:
    """Stores incoming updates, claims them for this replica, runs the handlers on them, marks them done."""

    def __init__(self, application: AnyApplication, state: BotState, metrics: Metrics) -> None:
        self.application = application
        self.state = state
        self.metrics = metrics
        settings: Settings = state.settings
        self.replica = settings.replica_id or default_replica_id()
        self.lease = timedelta(seconds=settings.inbox_lease_seconds)
        #: updates whose handlers have not returned yet; replies waiting in the outbox do not count, so that a
        #: burst's later askers are taken (and get their first message) while earlier answers finish sending
        self.window = settings.max_concurrent_updates * 4
        #: everything claimed and not finished, replies waiting to be sent included (a memory bound)
        self.capacity = settings.max_concurrent_updates * 64
        self.accepting = False
        self.database_ok = True
        self._sessions = state.services.sessions
        self._express = state.services.express
        self._wake = asyncio.Event()
        self._stopping = False
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._handling: set[int] = set()
        self._chats = ChatGates()
        self._memory: set[asyncio.Task[None]] = set()
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._unsaved: dict[int, str] = {}
        self._tasks: list[asyncio.Task[None]] = []
        #: how far earlier attempts got, read with the claim (so that no transaction of its own is needed)
        self._claim_progress: dict[int, Progress] = {}
        #: the askers' remembered cancers, read with the claim (a private question then need not wait for it)
        self._claim_cancers: dict[int, KnownCancer] = {}
        #: updates may be waiting for a free slot: a finished update wakes the claim loop
        self._backlog = True

    # -- intake ------------------------------------------------------------------------------------------
    async def receive(self, payloads: list[dict[str, Any]]) -> None:
        """Store a batch in one transaction; if the database is unreachable, process it from memory."""
        for payload in payloads:
            self.metrics.updates.labels(type=update_type(payload)).inc()
        rows = [(int(p["update_id"]), p, priority(p)) for p in payloads]
        chats = {int(p["update_id"]): chat_of(p) for p in payloads}
        urgent = [update_id for update_id, _, rank in rows if rank < inbox.NORMAL]
        free = self._free()
        try:
            # Stored and taken in one transaction: a question does not wait for the claim loop's next turn.
            # Express: an urgent update never waits for a connection behind the handlers of a burst.
            async with self._express() as session, session.begin():
                await inbox.store(session, rows, chats=chats)
                # Urgent ones past the window and the queue: a burst of questions never delays them.
                urgent_claims = await self._claim(session, len(urgent), only=urgent)
                claims = await self._claim(session, min(free, CLAIM_BATCH))
        except DatabaseErrors as error:
            self._database_down(error)
            for payload in payloads:
                self._run_in_memory(payload)
            return
        self._keep(urgent_claims)  # only once the claims are committed
        self._keep(claims)
        for row in urgent_claims.rows:
            logger.info("urgent update %s taken ahead of the queue", row.update_id)
            self._start(row)
        for row in claims.rows:
            self._start(row)
        if len(claims.rows) >= min(free, CLAIM_BATCH):
            self._backlog = True
            self._wake.set()  # some may still be waiting for a free slot

    def _run_in_memory(self, payload: dict[str, Any]) -> None:
        update_id = int(payload["update_id"])
        if not self._remember(update_id):
            logger.info("update %s already handled in memory; not answering twice", update_id)
            return
        task = asyncio.get_running_loop().create_task(self._memory_work(payload))
        self._memory.add(task)
        task.add_done_callback(self._memory.discard)

    async def _memory_work(self, payload: dict[str, Any]) -> None:
        try:
            await self._dispatch(Update.de_json(payload, self.application.bot))
        except Exception:
            self.metrics.errors.inc()
            logger.exception("an update processed from memory failed")

    def _remember(self, update_id: int) -> bool:
        """Note an update id as handled here; False if it already was."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        return True

    # -- lifecycle ---------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Take back claims left by a crash (all of them on SQLite, a single process), then start working."""
        async with self._sessions() as session, session.begin():
            if session.get_bind().dialect.name == "sqlite":
                resumed = await inbox.release_all(session)
            else:
                resumed = await inbox.reclaim_expired(session, self.lease)
        if resumed:
            logger.info("resuming %d updates left unfinished by an earlier run", resumed)
        self.accepting = True
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._claim_loop(), name="inbox-claims"),
            loop.create_task(self._upkeep_loop(), name="inbox-upkeep"),
        ]

    async def stop(self, grace: float) -> None:
        """Stop taking updates, let in-flight ones finish up to `grace` seconds, then cancel the rest."""
        self.accepting = False
        self._stopping = True
        self._wake.set()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        # Also the updates a webhook delivery that was already under way stored and started meanwhile.
        while running := set(self._in_flight.values()) | self._memory:
            _done, late = await asyncio.wait(running, timeout=max(0.0, deadline - loop.time()))
            if late and loop.time() >= deadline:
                logger.warning("%d updates did not finish in %.1f s; they will be resumed", len(late), grace)
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
                break

    async def close(self) -> None:
        """After sending has stopped: save what finished, log what was buffered, give back the rest."""
        await self._save_unsaved()
        await self.state.log_buffer.flush(self._sessions)
        try:
            async with self._sessions() as session, session.begin():
                released = await inbox.release(session, self.replica)
        except DatabaseErrors as error:
            logger.warning("could not give back unfinished updates (their lease will expire): %s", error)
            return
        if released:
            logger.info("gave back %d unfinished updates for the next start or another replica", released)

    # -- processing --------------------------------------------------------------------------------------
    def wake(self) -> None:
        """Look for pending updates now rather than at the next idle check."""
        self._wake.set()

    def _free(self) -> int:
        """How many more updates this replica may take now."""
        return min(self.window - len(self._handling), self.capacity - len(self._in_flight))

    async def _claim(self, session: AsyncSession, limit: int, *, only: list[int] | None = None) -> Claims:
        """Claim updates, take their processed_updates claims and read their askers' remembered cancers in the
        caller's transaction; the caller keeps what was read once that transaction has committed."""
        if limit <= 0:
            return Claims()
        claimed = await inbox.claim(session, self.replica, limit, only=only)
        progress = await replies.begin_many(session, [row.update_id for row in claimed])
        askers = {row.update_id: private_asker(row.payload) for row in claimed}
        keys = {
            update_id: self.state.pseudonyms.key("user", user_id)
            for update_id, user_id in askers.items()
            if user_id is not None
        }
        writes = self.state.cancer_writes  # taken before the read: a write meanwhile outdates it
        found = await people.remembered_cancers(session, set(keys.values()))
        cancers = {update_id: KnownCancer(key, found.get(key), writes) for update_id, key in keys.items()}
        return Claims(claimed, progress, cancers)

    def _keep(self, claims: Claims) -> None:
        """What was read with committed claims, for their updates' handlers."""
        self._claim_progress |= claims.progress
        self._claim_cancers |= claims.cancers

    async def _claim_loop(self) -> None:
        while not self._stopping:
            self._wake.clear()
            free = self._free()
            claimed: list[Claimed] = []
            if free > 0:
                self._backlog = False
                try:
                    async with self._sessions() as session, session.begin():
                        claims = await self._claim(session, min(free, CLAIM_BATCH))
                    self._keep(claims)
                    claimed = claims.rows
                    self._database_up()
                except DatabaseErrors as error:
                    claimed = []  # a commit that failed took no claim: start nothing
                    self._database_down(error)
            for row in claimed:  # in update_id order, which is the order each chat's gate is taken in
                self._start(row)
            if len(claimed) == min(free, CLAIM_BATCH) and free > 0:
                self._backlog = True
                continue  # there may be more
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=0.5 if self.database_ok else 2.0)

    def _start(self, row: Claimed) -> None:
        self._handling.add(row.update_id)
        self._in_flight[row.update_id] = asyncio.get_running_loop().create_task(self._process(row))

    async def _process(self, row: Claimed) -> None:
        try:
            status = await self._run_claimed(row)
        except asyncio.CancelledError:
            raise
        except Exception:
            self.metrics.errors.inc()
            logger.exception("update %s failed", row.update_id)
            status = inbox.FAILED
        finally:
            self._handled(row.update_id)
            if asyncio.current_task() is self._in_flight.get(row.update_id):
                del self._in_flight[row.update_id]
        self._unsaved[row.update_id] = status
        await self._save_unsaved()
        if self._backlog:
            self._wake.set()

    async def _run_claimed(self, row: Claimed) -> str:
        taken_with_claim = row.update_id in self._claim_progress
        prefetched = self._claim_progress.pop(row.update_id, None)
        known_cancer = self._claim_cancers.pop(row.update_id, None)
        if not self._remember(row.update_id):
            # Handled here already (from memory during an outage, or only marking it done was lost).
            return inbox.DONE
        try:
            update = Update.de_json(row.payload, self.application.bot)
        except Exception as error:  # de_json fails in many ways on garbage: the update is unreadable
            logger.warning("stored update %s cannot be read: %s", row.update_id, error)
            return inbox.FAILED
        chat = update.effective_chat
        # Taken before anything else is awaited, so a chat's updates go on in update_id order, also when a
        # crashed replica's claims are resumed together.
        async with self._chats.hold(chat.id if chat is not None else None):
            progress = prefetched if taken_with_claim else await self._progress(row.update_id)
            journal = None
            if progress is not None:
                journal = Journal(row.update_id, self._sessions, progress, self._express)
            if journal is not None and progress is not None and progress.planned:
                missing = sum(1 for chunk in progress.chunks if chunk.status == replies.QUEUED)
                if missing:
                    logger.info(
                        "update %s: resuming its reply, %d of %d messages still to send",
                        row.update_id,
                        missing,
                        len(progress.chunks),
                    )
                else:
                    logger.info("update %s was handled before; not answering twice", row.update_id)
                # Also with nothing left to send: the kill may have come before the reply was logged.
                resume_reply(self.state, journal, progress.chunks)
            else:
                if progress is not None and not progress.fresh:
                    logger.info("update %s: running it again after an interrupted attempt", row.update_id)
                token = self.state.sender.journal.set(journal)
                cancer_token = self.state.known_cancer.set(known_cancer)
                try:
                    await self._handle(update, urgent=row.urgent)
                finally:
                    self.state.known_cancer.reset(cancer_token)
                    self.state.sender.journal.reset(token)
        self._handled(row.update_id)
        if journal is not None and not (progress is not None and progress.planned):
            await journal.close_plan()
        await self._delivered(update.update_id)
        return inbox.DONE

    async def _progress(self, update_id: int) -> Progress | None:
        """Take the update's claim, or learn how far earlier attempts got; None if the database is down."""
        try:
            async with self._sessions() as session, session.begin():
                return await replies.begin(session, update_id)
        except DatabaseErrors as error:
            self._database_down(error)
            return None

    def _handled(self, update_id: int) -> None:
        """The handlers are done with an update: its slot goes to the next waiting one, if one waits."""
        if update_id in self._handling:
            self._handling.discard(update_id)
            if self._backlog:
                self._wake.set()

    async def _dispatch(self, update: Update) -> None:
        """Handle an update, then wait until the reply it queued has been sent and recorded."""
        await self._handle(update)
        await self._delivered(update.update_id)

    async def _handle(self, update: Update, *, urgent: bool = False) -> None:
        """Run the handlers through the Application's processor (concurrency limit, per-chat order).

        An urgent update does not queue for the processor's concurrency limit behind a burst of questions.
        """
        application = self.application
        coroutine: Coroutine[Any, Any, None] = application.process_update(update)
        try:
            if urgent:
                await coroutine
            else:
                await application.update_processor.process_update(update, coroutine)
        finally:
            coroutine.close()  # a no-op once it ran; else (cancelled while waiting) no "never awaited"

    async def _delivered(self, update_id: int) -> None:
        """Wait for the update's reply to go out; one cut short by a shutdown leaves the update unfinished."""
        delivery = self.state.deliveries.get(update_id)
        if delivery is not None:
            await asyncio.wait({delivery})
            if delivery.cancelled():
                raise asyncio.CancelledError  # not marked done: the claim is given back and resumed

    async def _save_unsaved(self) -> None:
        """Mark finished updates; kept in memory and retried while the database is unreachable."""
        if not self._unsaved:
            return
        batch = dict(self._unsaved)
        try:
            async with self._sessions() as session, session.begin():
                for update_id, status in batch.items():
                    await inbox.finish(session, update_id, status)
        except DatabaseErrors as error:
            self._database_down(error)
            return
        for update_id in batch:
            self._unsaved.pop(update_id, None)

    # -- upkeep ------------------------------------------------------------------------------------------
    async def _upkeep_loop(self) -> None:
        interval = max(0.5, min(5.0, self.lease.total_seconds() / 4))
        while not self._stopping:
            await asyncio.sleep(interval)
            await self.upkeep()

    async def upkeep(self) -> None:
        """Renew this replica's claims, save what finished, write buffered logs, take back expired claims."""
        try:
            async with self._sessions() as session, session.begin():
                await inbox.renew(session, self.replica, list(self._in_flight))
            await self._save_unsaved()
            await self.state.log_buffer.flush(self._sessions)
            async with self._sessions() as session, session.begin():
                reclaimed = await inbox.reclaim_expired(session, self.lease)
        except DatabaseErrors as error:
            self._database_down(error)
            return
        self._database_up()
        if reclaimed:
            logger.warning("took back %d updates whose replica stopped renewing its claim", reclaimed)
            self._wake.set()

    def _database_down(self, error: BaseException) -> None:
        if self.database_ok:
            logger.error("database unreachable; answering from memory and buffering logs: %s", error)
        self.database_ok = False

    def _database_up(self) -> None:
        if not self.database_ok:
            logger.warning("database reachable again; %d log records buffered", len(self.state.log_buffer))
        self.database_ok = True


class Poller:
    """Long polling that confirms an update to Telegram only after the inbox has stored it."""

    def __init__(self, application: AnyApplication, updates: UpdateInbox, settings: Settings) -> None:
        self.application = application
        self.inbox = updates
        self.timeout = settings.polling_timeout
        self.offset = 0
        self._confirmed = 0
        self._task: asyncio.Task[None] | None = None

    async def start(self, allowed_updates: list[str]) -> None:
        """Switch Telegram to polling (keeping queued updates) and start the loop."""
        await self.application.bot.delete_webhook(drop_pending_updates=False)
        self._task = asyncio.get_running_loop().create_task(self._run(allowed_updates), name="poller")

    async def stop(self) -> None:
        """Stop polling; tell Telegram which updates are stored so that it does not send them again."""
        if self._task is None:
            return
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
        if self.offset > self._confirmed:
            with contextlib.suppress(TelegramError):
                await self.application.bot.get_updates(offset=self.offset, timeout=0, limit=1)

    async def _run(self, allowed_updates: list[str]) -> None:
        failures = 0
        while True:
            try:
                self._confirmed = self.offset
                updates = await self.application.bot.get_updates(
                    offset=self.offset, timeout=self.timeout, allowed_updates=allowed_updates
                )
            except InvalidToken:
                logger.critical("Telegram rejected the bot token; polling stopped")
                return
            except RetryAfter as error:
                await asyncio.sleep(_seconds(error.retry_after))
                continue
            except Conflict as error:
                logger.warning("another process is polling this bot: %s", error)
                await asyncio.sleep(self.timeout)
                continue
            except TelegramError as error:
                failures += 1
                wait = min(30.0, 0.5 * 2 ** min(failures, 6))
                logger.warning("getUpdates failed (%s); retrying in %.1f s", error, wait)
                await asyncio.sleep(wait)
                continue
            failures = 0
            if updates:
                try:
                    await self.inbox.receive([update.to_dict() for update in updates])
                except Exception:  # a fault, not an outage (that is handled inside): polling must go on
                    logger.exception("could not take in %d updates; they will be fetched again", len(updates))
                    await asyncio.sleep(1.0)
                    continue  # not confirmed: the next getUpdates brings them again
                # Only now may the next getUpdates confirm them: they are stored (or answered from memory).
                self.offset = updates[-1].update_id + 1
                # The updates just taken start before the next request is prepared: a quiet bot's reply does
                # not wait for it.
                await asyncio.sleep(0)


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
