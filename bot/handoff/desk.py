"""Handing a conversation over to nurse navigators: the rules, free of Telegram and of the dashboard.

Both front ends call one `HandoffDesk`; every method works inside the caller's session (one transaction per
action) and returns plain frozen dataclasses. A handoff is *waiting* until a staff member takes it (or
replies), *open* while someone owns it, and *closed* by the person (/done), by staff, after
HANDOFF_IDLE_HOURS without a message, or when the person blocked the bot. The person's chat id, needed to
relay staff replies, is stored only while the handoff is not closed, encrypted with HANDOFF_KEY (AES-256-GCM,
bound to the case number).

Telegram updates are processed at least once (a crash resumes them), so every action taken for an update is
keyed by its update id: done again for the same update, it records nothing twice and returns the same result.

Typical use (the dashboard's "reply" button)::

    desk = HandoffDesk.from_settings(settings)
    async with sessions() as session, session.begin():
        relay = await desk.reply(session, "K7Q2MX", Actor.of_account(user), "We can talk at 3 pm.")
    await handoff.mirror_reply(application, relay)  # bot/telegram/handoff.py: to the person and the topic

(`mirror_take`, `mirror_note` and `mirror_close` do the same for the other actions.) Take, reply and close are
written to the audit log in the action's transaction. Times are aware UTC datetimes.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import secrets
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff.hours import OpeningHours
from bot.privacy.redaction import redact
from bot.settings import Settings
from db.accounts import staff as staff_queries
from db.dialogue import handoffs as queries
from db.dialogue.handoffs import ACTIVE, CLOSED, NOTE, OPEN, PERSON, STAFF, SYSTEM, WAITING
from db.models import Handoff, HandoffMessage, StaffUser

__all__ = [
    "ACTIVE",
    "CARE_TEAM",
    "CLOSED",
    "NOTE",
    "OPEN",
    "PERSON",
    "STAFF",
    "SYSTEM",
    "WAITING",
    "Actor",
    "Case",
    "ChatCipher",
    "Closed",
    "HandoffDesk",
    "HandoffError",
    "HandoffMetrics",
    "Line",
    "Offer",
    "Opened",
    "Relay",
    "Taken",
    "Timing",
]

#: how a reply is signed when its author has not linked a staff account with a display name
CARE_TEAM = "Care team"
#: who closed a handoff
BY_PERSON, BY_STAFF, BY_IDLE, BY_BLOCKED = "person", "staff", "idle", "blocked"
#: case numbers: six characters that cannot be misread (no 0/O, 1/I/L, 2/Z, 5/S, 8/B)
CASE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CASE_LENGTH = 6
#: one-time codes that link a Telegram account to a staff account
LINK_CODE_LIFETIME = timedelta(minutes=15)
LINK_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
#: reply kinds that leave a question unanswered
NOT_ANSWERS = frozenset({"clarify", "out-of-scope"})
#: the longest text kept of one message
MAX_LINE = 4000


class HandoffError(ValueError):
    """An action cannot be done: no such case, it is closed, or HANDOFF_KEY is missing."""


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes: they are UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ChatCipher:
    """AES-256-GCM with a key derived from HANDOFF_KEY; each chat id is bound to its case number."""

    VERSION = b"\x01"

    def __init__(self, secret: str) -> None:
        if len(secret) < 16:
            raise HandoffError("HANDOFF_KEY must be set (at least 16 characters) to relay handoff messages")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"oncobot handoff chat id").derive(
            secret.encode("utf-8")
        )
        self._aead = AESGCM(key)

    def seal(self, chat_id: int, case: str) -> bytes:
        """Encrypt a chat id for storage."""
        nonce = secrets.token_bytes(12)
        return self.VERSION + nonce + self._aead.encrypt(nonce, str(chat_id).encode(), case.encode())

    def open(self, blob: bytes, case: str) -> int:
        """Decrypt a stored chat id; HandoffError if the key changed or the value was tampered with."""
        if not blob.startswith(self.VERSION) or len(blob) < 14:
            raise HandoffError("the stored chat id is not in a known format")
        try:
            plain = self._aead.decrypt(blob[1:13], blob[13:], case.encode())
        except InvalidTag:
            raise HandoffError("the stored chat id cannot be decrypted with this HANDOFF_KEY") from None
        return int(plain.decode())


@dataclass(frozen=True)
class Actor:
    """Someone on the staff side: a staff account (from the dashboard or a linked Telegram account), or a
    member of the staff group who has not linked one."""

    #: stable across front ends: "staff:<id>" for an account, "tg:<pseudonym>" for an unlinked member
    key: str
    #: how other staff see them
    name: str
    staff_id: int | None = None
    #: how the person sees their replies
    signature: str = CARE_TEAM
    #: the account name, for the audit log (None for an unlinked member)
    account: str | None = None

    @classmethod
    def of_account(cls, user: StaffUser) -> Actor:
        """A staff account, signed with its display name (or "Care team" without one)."""
        name = user.display_name or user.name
        return cls(f"staff:{user.id}", name, user.id, user.display_name or CARE_TEAM, user.name)

    @property
    def audit_name(self) -> str:
        """Who did it, in the audit log: the account name, or the unlinked member as staff saw them."""
        return self.account or f"telegram: {self.name}"

    @classmethod
    def unlinked(cls, pseudonym: str, first_name: str) -> Actor:
        """A staff group member without a linked account: staff see a first name, the person "Care team"."""
        return cls(f"tg:{pseudonym}", f"{first_name[:60]} (not linked)", None, CARE_TEAM)


@dataclass(frozen=True)
class Case:
    """A handoff as both front ends show it (never the person's identity)."""

    id: int
    case: str
    status: str
    urgent: bool
    opened_at: datetime
    within_hours: bool
    last_activity_at: datetime
    owner_key: str | None = None
    owner_name: str | None = None
    owner_staff_id: int | None = None
    first_staff_reply_at: datetime | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None
    feedback: str | None = None
    staff_chat_id: int | None = None
    topic_id: int | None = None

    @classmethod
    def of(cls, row: Handoff) -> Case:
        """From the stored row."""
        return cls(
            id=row.id,
            case=row.case,
            status=row.status,
            urgent=row.urgent,
            opened_at=aware(row.opened_at),
            within_hours=row.within_hours,
            last_activity_at=aware(row.last_activity_at),
            owner_key=row.owner_key,
            owner_name=row.owner_name,
            owner_staff_id=row.owner_staff_id,
            first_staff_reply_at=aware(row.first_staff_reply_at) if row.first_staff_reply_at else None,
            closed_at=aware(row.closed_at) if row.closed_at else None,
            closed_by=row.closed_by,
            feedback=row.feedback,
            staff_chat_id=row.staff_chat_id,
            topic_id=row.topic_id,
        )

    @property
    def label(self) -> str:
        """The case number as staff write it: a Telegram hashtag, so that tapping it finds every message."""
        return f"#{self.case}"

    def waiting_for(self, now: datetime | None = None) -> timedelta:
        """How long the person has waited for a first staff reply (until it came, or until now)."""
        end = self.first_staff_reply_at or self.closed_at or now or datetime.now(UTC)
        return end - self.opened_at


@dataclass(frozen=True)
class Line:
    """One line of a transcript."""

    at: datetime
    direction: str
    text: str
    author: str | None = None
    #: the stored row, so that a dashboard reply can be marked once it was handed to Telegram
    id: int | None = None

    @classmethod
    def of(cls, row: HandoffMessage) -> Line:
        """From the stored row."""
        return cls(aware(row.at), row.direction, row.text, row.author, row.id)


@dataclass(frozen=True)
class Offer:
    """What a person is told before confirming a handoff."""

    #: whether someone is on duty now (always True without HANDOFF_HOURS)
    within_hours: bool
    #: when someone is next back, in words ("Monday at 09:00 (America/New_York)"); None within hours
    next_back: str | None
    #: HANDOFF_HOURS as configured, for "we answer Mon-Fri 09:00-17:00"; None when not set
    hours: str | None


@dataclass(frozen=True)
class Opened:
    """A handoff opened on the person's confirmation (or the one already open)."""

    case: Case
    #: True when this call (or an earlier attempt of the same update) opened it; False: it was open already
    new: bool
    #: the person's last question to the bot and its replies, for the staff's context
    context: tuple[str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class Relay:
    """A message recorded in a handoff, and where it must be relayed."""

    case: Case
    line: Line
    #: the person's chat, for a staff reply; None for the person's own messages and notes
    chat_id: int | None = None
    #: how the reply is signed to the person
    signature: str = CARE_TEAM
    #: True the first time it was recorded (False when an update is resumed)
    new: bool = True
    #: True when this message made the case urgent
    became_urgent: bool = False


@dataclass(frozen=True)
class Taken:
    """The outcome of taking a case: one owner only."""

    case: Case
    #: True if the actor owns it now (just taken, or already theirs)
    owned: bool
    #: True if it changed hands just now (False if it was already theirs or someone else's)
    changed: bool

    @property
    def owner_name(self) -> str | None:
        """Who owns it, as staff see them."""
        return self.case.owner_name


@dataclass(frozen=True)
class Closed:
    """A closed handoff and the person's chat (decrypted just before it was deleted) for the closing note."""

    case: Case
    chat_id: int | None
    #: True for the call that closed it (a second close does nothing)
    new: bool


@dataclass(frozen=True)
class Timing:
    """Time to the first staff reply over some handoffs, in seconds."""

    count: int
    median: float | None
    p90: float | None


@dataclass(frozen=True)
class HandoffMetrics:
    """Handoff figures for a period (and waiting now)."""

    opened: int
    waiting_now: int
    open_now: int
    urgent: int
    #: time to the first staff reply of handoffs opened within and outside HANDOFF_HOURS
    first_reply_within: Timing
    first_reply_outside: Timing
    #: closed handoffs by who closed them: person, staff, idle, blocked
    closed_by: dict[str, int] = field(default_factory=dict)
    #: the people's ratings: up, down
    feedback: dict[str, int] = field(default_factory=dict)


def _timing(seconds: Sequence[float]) -> Timing:
    if not seconds:
        return Timing(0, None, None)
    ordered = sorted(seconds)
    p90 = ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]  # nearest rank
    return Timing(len(ordered), float(statistics.median(ordered)), float(p90))


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


class HandoffDesk:
    """Every handoff action for the Telegram side and the dashboard; one instance per process."""

    def __init__(self, key: str, hours: OpeningHours | None = None, idle_hours: int = 48) -> None:
        self._key = key
        self._cipher: ChatCipher | None = None
        self.hours = hours
        self.idle = timedelta(hours=idle_hours)

    @classmethod
    def from_settings(cls, settings: Settings) -> HandoffDesk:
        """HANDOFF_KEY, HANDOFF_HOURS and HANDOFF_IDLE_HOURS from the settings."""
        return cls(settings.handoff_key.value, settings.handoff_hours, settings.handoff_idle_hours)

    @property
    def cipher(self) -> ChatCipher:
        """The chat id cipher (HandoffError without a HANDOFF_KEY)."""
        if self._cipher is None:
            self._cipher = ChatCipher(self._key)
        return self._cipher

    # -- asking ----------------------------------------------------------------------------------------
    def offer(self, now: datetime | None = None) -> Offer:
        """Whether someone is on duty now and, if not, when someone is back."""
        if self.hours is None:
            return Offer(True, None, None)
        within = self.hours.is_open(now)
        return Offer(within, None if within else self.hours.describe_next(now), self.hours.text)

    async def open(
        self,
        session: AsyncSession,
        user_key: str,
        chat_id: int,
        *,
        chat_key: str | None = None,
        update_id: int | None = None,
        urgent: bool = False,
        now: datetime | None = None,
    ) -> Opened:
        """Open a handoff for a person who confirmed (or return the one already waiting or open)."""
        moment = now or datetime.now(UTC)
        context = await queries.last_exchange(session, user_key, chat_key) if chat_key else None
        shown = (context[0], tuple(context[1])) if context else None
        if update_id is not None:
            again = await queries.opened_by_update(session, update_id)
            if again is not None:
                return Opened(Case.of(again), True, shown)
        active = await queries.active_for(session, user_key)
        if active is not None:
            return Opened(Case.of(active), False, shown)
        case = await self._new_case_number(session)
        row = await queries.add(
            session,
            Handoff(
                case=case,
                user_key=user_key,
                status=WAITING,
                urgent=urgent,
                chat_cipher=self.cipher.seal(chat_id, case),
                opened_update_id=update_id,
                opened_at=moment,
                within_hours=self.hours.is_open(moment) if self.hours else True,
                last_activity_at=moment,
            ),
        )
        await queries.add_message(
            session, row.id, SYSTEM, "The person asked to talk to a person.", update_id=update_id, at=moment
        )
        return Opened(Case.of(row), True, shown)

    async def _new_case_number(self, session: AsyncSession) -> str:
        for _ in range(20):
            case = "".join(secrets.choice(CASE_ALPHABET) for _ in range(CASE_LENGTH))
            if not await queries.case_taken(session, case):
                return case
        raise HandoffError("no free case number")  # pragma: no cover - 25**6 numbers

    async def set_topic(
        self, session: AsyncSession, case: str, staff_chat_id: int, topic_id: int | None
    ) -> Case:
        """Record the staff side: the forum topic opened for the case (None: a reply thread in the group)."""
        row = await self._row(session, case)
        await queries.set_topic(session, row.id, staff_chat_id, topic_id)
        await session.refresh(row)
        return Case.of(row)

    async def should_offer(self, session: AsyncSession, user_key: str, chat_key: str) -> bool:
        """After a question was answered: offer a person when the reply was a care-team-today note, or when
        the last two replies in a row were not answers (a clarifying question or out of scope)."""
        kinds = await queries.recent_kinds(session, user_key, chat_key, 3)
        if not kinds:
            return False
        if kinds[0] == "today":
            return True
        missed = [kind in NOT_ANSWERS for kind in kinds]
        # Offered once per run of misses: at the second, not again at the third.
        return missed[:2] == [True, True] and (len(missed) < 3 or not missed[2])

    # -- looking up ------------------------------------------------------------------------------------
    async def get(self, session: AsyncSession, case: str) -> Case | None:
        """A case by its number."""
        row = await queries.by_case(session, case.lstrip("#").upper())
        return Case.of(row) if row is not None else None

    async def active_for(self, session: AsyncSession, user_key: str) -> Case | None:
        """The person's waiting or open handoff."""
        row = await queries.active_for(session, user_key)
        return Case.of(row) if row is not None else None

    async def by_topic(self, session: AsyncSession, staff_chat_id: int, topic_id: int) -> Case | None:
        """The case of a forum topic in the staff group."""
        row = await queries.by_topic(session, staff_chat_id, topic_id)
        return Case.of(row) if row is not None else None

    async def transcript(self, session: AsyncSession, case: str) -> list[Line]:
        """Every line of a case, oldest first (what the person wrote, staff replies, notes, events)."""
        row = await self._row(session, case)
        return [Line.of(line) for line in await queries.transcript(session, row.id)]

    async def listing(
        self,
        session: AsyncSession,
        view: str,
        *,
        actor: Actor | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Case]:
        """The dashboard's lists: "waiting" (oldest first), "mine" (the actor's), "open", "closed"."""
        if view == "waiting":
            rows = await queries.listing(session, [WAITING], limit=limit, offset=offset)
        elif view == "mine":
            if actor is None:
                raise HandoffError("'mine' needs the staff member")
            rows = await queries.listing(session, ACTIVE, owner_key=actor.key, limit=limit, offset=offset)
        elif view == "open":
            rows = await queries.listing(session, [OPEN], limit=limit, offset=offset)
        elif view == "closed":
            rows = await queries.listing(session, [CLOSED], newest_first=True, limit=limit, offset=offset)
        else:
            raise HandoffError(f"unknown view {view!r}")
        return [Case.of(row) for row in rows]

    async def chat_of(self, session: AsyncSession, case: str) -> int | None:
        """The person's chat id while the handoff is not closed."""
        row = await self._row(session, case)
        return self.cipher.open(row.chat_cipher, row.case) if row.chat_cipher is not None else None

    async def _row(self, session: AsyncSession, case: str) -> Handoff:
        row = await queries.by_case(session, case.lstrip("#").upper())
        if row is None:
            raise HandoffError(f"no case {case}")
        return row

    # -- messages --------------------------------------------------------------------------------------
    async def from_person(
        self,
        session: AsyncSession,
        user_key: str,
        text: str,
        *,
        update_id: int | None = None,
        urgent: bool = False,
        now: datetime | None = None,
    ) -> Relay | None:
        """Record what the person wrote (redacted), to relay it to staff; None without an active handoff.

        `urgent` (the safety check found an emergency or a crisis) flags the case urgent.
        """
        row = await queries.active_for(session, user_key)
        if row is None:
            return None
        moment = now or datetime.now(UTC)
        if update_id is not None:
            seen = await queries.message_of_update(session, row.id, update_id, PERSON)
            if seen is not None:
                return Relay(Case.of(row), Line.of(seen), new=False)
        line = await queries.add_message(
            session, row.id, PERSON, _clip(redact(text)), update_id=update_id, at=moment
        )
        await queries.touch(session, row.id, moment)
        became_urgent = urgent and await queries.flag_urgent(session, row.id)
        await session.refresh(row)
        return Relay(Case.of(row), Line.of(line), became_urgent=became_urgent)

    async def reply(
        self,
        session: AsyncSession,
        case: str,
        actor: Actor,
        text: str,
        *,
        update_id: int | None = None,
        now: datetime | None = None,
    ) -> Relay:
        """Record a staff reply and return where to relay it; a case nobody owns becomes the actor's."""
        row = await self._row(session, case)
        if row.status == CLOSED or row.chat_cipher is None:
            raise HandoffError(f"case {row.case} is closed")
        chat_id = self.cipher.open(row.chat_cipher, row.case)
        if update_id is not None:
            seen = await queries.message_of_update(session, row.id, update_id, STAFF)
            if seen is not None:
                return Relay(Case.of(row), Line.of(seen), chat_id, actor.signature, new=False)
        moment = now or datetime.now(UTC)
        if row.owner_key is None:
            await queries.take(session, row.id, actor.staff_id, actor.key, actor.name)
        line = await queries.add_message(
            session,
            row.id,
            STAFF,
            _clip(text),
            author=actor.name,
            staff_id=actor.staff_id,
            update_id=update_id,
            at=moment,
            to_relay=update_id is None,  # from the dashboard: no update journal covers the send
        )
        await queries.first_reply(session, row.id, moment)
        await queries.touch(session, row.id, moment)
        await staff_queries.audit(session, actor.audit_name, "handoff reply", row.case)
        await session.refresh(row)
        return Relay(Case.of(row), Line.of(line), chat_id, actor.signature)

    async def unrelayed(self, session: AsyncSession, before: datetime) -> list[Relay]:
        """Dashboard replies cut short by a crash: written before `before`, never handed to Telegram."""
        relays = []
        for row, line in await queries.unrelayed(session, before):
            user = await staff_queries.staff_by_id(session, line.staff_id) if line.staff_id else None
            signature = (user.display_name if user else None) or CARE_TEAM
            try:
                chat_id = self.cipher.open(row.chat_cipher, row.case) if row.chat_cipher else None
            except HandoffError:  # HANDOFF_KEY changed: nobody can reach the person; the idle sweep closes it
                continue
            relays.append(Relay(Case.of(row), Line.of(line), chat_id, signature, new=False))
        return relays

    async def relayed(self, session: AsyncSession, line: Line, now: datetime | None = None) -> None:
        """A dashboard reply was handed to Telegram: it is never sent again."""
        if line.id is not None:
            await queries.mark_relayed(session, line.id, now or datetime.now(UTC))

    async def note(
        self,
        session: AsyncSession,
        case: str,
        actor: Actor,
        text: str,
        *,
        update_id: int | None = None,
        now: datetime | None = None,
    ) -> Relay:
        """Record an internal note: staff only, never relayed to the person."""
        row = await self._row(session, case)
        if update_id is not None:
            seen = await queries.message_of_update(session, row.id, update_id, NOTE)
            if seen is not None:
                return Relay(Case.of(row), Line.of(seen), new=False)
        line = await queries.add_message(
            session,
            row.id,
            NOTE,
            _clip(text),
            author=actor.name,
            staff_id=actor.staff_id,
            update_id=update_id,
            at=now or datetime.now(UTC),
        )
        return Relay(Case.of(row), Line.of(line))

    async def take(self, session: AsyncSession, case: str, actor: Actor) -> Taken:
        """Take a case: it gets one owner; a second person is told who owns it."""
        row = await self._row(session, case)
        if row.owner_key == actor.key:
            return Taken(Case.of(row), owned=True, changed=False)
        changed = await queries.take(session, row.id, actor.staff_id, actor.key, actor.name)
        if changed:
            await queries.add_message(session, row.id, SYSTEM, f"Taken by {actor.name}.", author=actor.name)
            await staff_queries.audit(session, actor.audit_name, "handoff take", row.case)
        await session.refresh(row)
        return Taken(Case.of(row), owned=row.owner_key == actor.key, changed=changed)

    # -- closing ---------------------------------------------------------------------------------------
    async def close(
        self,
        session: AsyncSession,
        case: str,
        by: str,
        *,
        actor: Actor | None = None,
        update_id: int | None = None,
        now: datetime | None = None,
    ) -> Closed:
        """Close a case (by "person", "staff", "idle" or "blocked"); the encrypted chat id is deleted.

        The chat id returned (decrypted just before) is for the closing note; closing again gives new=False.
        """
        row = await self._row(session, case)
        chat_id = None
        if row.chat_cipher is not None:
            with contextlib.suppress(HandoffError):  # a changed HANDOFF_KEY must not keep a case open
                chat_id = self.cipher.open(row.chat_cipher, row.case)
        moment = now or datetime.now(UTC)
        closed = await queries.close(session, row.id, by, moment)
        if closed:
            who = actor.name if actor is not None else by
            await queries.add_message(
                session, row.id, SYSTEM, f"Closed ({by}).", author=who, update_id=update_id, at=moment
            )
            if actor is not None:
                await staff_queries.audit(session, actor.audit_name, "handoff close", row.case)
        elif update_id is not None:
            # Closed by an earlier attempt of this very update: the same outcome again.
            closed = await queries.message_of_update(session, row.id, update_id, SYSTEM) is not None
        await session.refresh(row)
        return Closed(Case.of(row), chat_id, closed)

    async def close_for_person(
        self,
        session: AsyncSession,
        user_key: str,
        *,
        update_id: int | None = None,
        now: datetime | None = None,
    ) -> Closed | None:
        """/done: close the person's active handoff (or the one this update already closed)."""
        row = await queries.active_for(session, user_key)
        if row is None and update_id is not None:
            for earlier in reversed(await queries.of_person(session, user_key)):
                if await queries.message_of_update(session, earlier.id, update_id, SYSTEM) is not None:
                    return Closed(Case.of(earlier), None, True)
        if row is None:
            return None
        return await self.close(session, row.case, BY_PERSON, update_id=update_id, now=now)

    async def close_idle(self, session: AsyncSession, now: datetime | None = None) -> list[Closed]:
        """Close every handoff without a message for HANDOFF_IDLE_HOURS."""
        moment = now or datetime.now(UTC)
        rows = await queries.idle_since(session, moment - self.idle)
        closed = [await self.close(session, row.case, BY_IDLE, now=moment) for row in rows]
        return [c for c in closed if c.new]

    async def feedback(self, session: AsyncSession, case: str, user_key: str, value: str) -> bool:
        """The person's 👍 ("up") or 👎 ("down") on a closed handoff; once, and only theirs."""
        if value not in ("up", "down"):
            raise HandoffError("feedback is up or down")
        row = await queries.by_case(session, case.lstrip("#").upper())
        return row is not None and await queries.set_feedback(session, row.id, user_key, value)

    async def forget(self, session: AsyncSession, user_key: str) -> tuple[list[Case], int]:
        """/forget: delete the person's handoffs and transcripts; the ones still active (for a note to
        staff) and how many records went."""
        rows = await queries.of_person(session, user_key)
        active = [Case.of(row) for row in rows if row.status in ACTIVE]
        return active, await queries.delete_handoffs(session, [row.id for row in rows])

    async def purge(self, session: AsyncSession, cutoff: datetime) -> int:
        """Retention: delete handoffs closed before the cutoff, with their transcripts."""
        return await queries.purge_closed_before(session, cutoff)

    # -- figures ---------------------------------------------------------------------------------------
    async def metrics(
        self, session: AsyncSession, since: datetime, until: datetime | None = None
    ) -> HandoffMetrics:
        """Opened, waiting now, time to first staff reply (median, p90; within and outside hours), closed
        by whom and feedback, for handoffs opened in [since, until)."""
        end = until or datetime.now(UTC)
        rows = [Case.of(row) for row in await queries.opened_between(session, since, end)]
        within = [
            (c.first_staff_reply_at - c.opened_at).total_seconds()
            for c in rows
            if c.first_staff_reply_at is not None and c.within_hours
        ]
        outside = [
            (c.first_staff_reply_at - c.opened_at).total_seconds()
            for c in rows
            if c.first_staff_reply_at is not None and not c.within_hours
        ]
        active = await queries.listing(session, [OPEN], limit=1_000_000)
        return HandoffMetrics(
            opened=len(rows),
            waiting_now=await queries.count_waiting(session),
            open_now=len(active),
            urgent=sum(1 for c in rows if c.urgent),
            first_reply_within=_timing(within),
            first_reply_outside=_timing(outside),
            closed_by=dict(Counter(c.closed_by for c in rows if c.closed_by is not None)),
            feedback=dict(Counter(c.feedback for c in rows if c.feedback is not None)),
        )

    # -- staff accounts in Telegram --------------------------------------------------------------------
    async def link_code(self, session: AsyncSession, staff_id: int, now: datetime | None = None) -> str:
        """A one-time code (15 minutes) the staff member sends the bot as /link CODE in a private chat."""
        code = "".join(secrets.choice(LINK_CODE_ALPHABET) for _ in range(8))
        expires = (now or datetime.now(UTC)) + LINK_CODE_LIFETIME
        await queries.set_link_code(session, staff_id, _digest(code), expires)
        return code

    async def link(
        self, session: AsyncSession, code: str, telegram_user_id: int, now: datetime | None = None
    ) -> Actor | None:
        """Link the Telegram account that sent a valid code; the staff member it now speaks for, or None."""
        cleaned = "".join(code.split()).upper()
        user = await queries.use_link_code(
            session, _digest(cleaned), telegram_user_id, now or datetime.now(UTC)
        )
        if user is None:
            return None
        await staff_queries.audit(session, user.name, "link telegram", user.name)
        return Actor.of_account(user)

    async def actor_for_telegram(
        self, session: AsyncSession, telegram_user_id: int, pseudonym: str, first_name: str
    ) -> Actor:
        """Who a staff group member is: their linked account, or an unlinked member."""
        user = await queries.staff_for_telegram(session, telegram_user_id)
        return Actor.of_account(user) if user is not None else Actor.unlinked(pseudonym, first_name)

    async def set_display_name(self, session: AsyncSession, staff_id: int, display_name: str | None) -> None:
        """How a staff account's replies are signed ("Rita, nurse navigator"); None: "Care team"."""
        user = await staff_queries.staff_by_id(session, staff_id)
        if user is None:
            raise HandoffError(f"no staff account {staff_id}")
        user.display_name = (display_name or "").strip()[:100] or None
        await session.flush()


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()
