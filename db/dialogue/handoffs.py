"""Queries on handoffs to nurse navigators, their transcripts and the staff's Telegram links.

State changes that two replicas (or a replica and the dashboard) could race on are single conditional
UPDATEs: one owner per handoff, one close per handoff.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    ConversationMessage,
    Handoff,
    HandoffMessage,
    StaffTelegramLink,
    StaffUser,
    utcnow,
)

WAITING, OPEN, CLOSED = "waiting", "open", "closed"
ACTIVE = (WAITING, OPEN)
#: directions of transcript lines
PERSON, STAFF, NOTE, SYSTEM = "person", "staff", "note", "system"


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


async def case_taken(session: AsyncSession, case: str) -> bool:
    """Whether a case number is already used."""
    return (await session.scalar(select(Handoff.id).where(Handoff.case == case))) is not None


async def add(session: AsyncSession, handoff: Handoff) -> Handoff:
    """Store a new handoff and give it its id."""
    session.add(handoff)
    await session.flush()
    return handoff


async def by_case(session: AsyncSession, case: str) -> Handoff | None:
    """The handoff with this case number."""
    return await session.scalar(select(Handoff).where(Handoff.case == case))


async def by_topic(session: AsyncSession, staff_chat_id: int, topic_id: int) -> Handoff | None:
    """The handoff whose staff side is this forum topic."""
    return await session.scalar(
        select(Handoff)
        .where(Handoff.staff_chat_id == staff_chat_id, Handoff.topic_id == topic_id)
        .order_by(Handoff.id.desc())
        .limit(1)
    )


async def opened_by_update(session: AsyncSession, update_id: int) -> Handoff | None:
    """The handoff a Telegram update opened (an update resumed after a crash opens nothing twice)."""
    return await session.scalar(select(Handoff).where(Handoff.opened_update_id == update_id).limit(1))


async def active_for(session: AsyncSession, user_key: str) -> Handoff | None:
    """The person's handoff that is waiting or open, if any."""
    return await session.scalar(
        select(Handoff)
        .where(Handoff.user_key == user_key, Handoff.status.in_(ACTIVE))
        .order_by(Handoff.id.desc())
        .limit(1)
    )


async def add_message(
    session: AsyncSession,
    handoff_id: int,
    direction: str,
    text: str,
    *,
    author: str | None = None,
    staff_id: int | None = None,
    update_id: int | None = None,
    at: datetime | None = None,
    to_relay: bool = False,
) -> HandoffMessage:
    """Append one line to a transcript; `to_relay`: a dashboard reply that still has to reach the person."""
    moment = at or utcnow()
    row = HandoffMessage(
        handoff_id=handoff_id,
        direction=direction,
        text=text,
        author=author,
        staff_id=staff_id,
        update_id=update_id,
        at=moment,
        relayed_at=None if to_relay else moment,
    )
    session.add(row)
    await session.flush()
    return row


async def message_of_update(
    session: AsyncSession, handoff_id: int, update_id: int, direction: str
) -> HandoffMessage | None:
    """The line a Telegram update already added, if it did (so that a resumed update adds none)."""
    return await session.scalar(
        select(HandoffMessage)
        .where(
            HandoffMessage.handoff_id == handoff_id,
            HandoffMessage.update_id == update_id,
            HandoffMessage.direction == direction,
        )
        .limit(1)
    )


async def transcript(session: AsyncSession, handoff_id: int) -> list[HandoffMessage]:
    """Every line of a handoff, oldest first."""
    result = await session.execute(
        select(HandoffMessage).where(HandoffMessage.handoff_id == handoff_id).order_by(HandoffMessage.id)
    )
    return list(result.scalars())


async def touch(session: AsyncSession, handoff_id: int, at: datetime) -> None:
    """Note activity, so that an active conversation is not closed as idle."""
    await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id)
        .values(last_activity_at=at)
        .execution_options(synchronize_session=False)
    )


async def take(
    session: AsyncSession, handoff_id: int, staff_id: int | None, owner_key: str, owner_name: str
) -> bool:
    """Make someone the owner, unless somebody already is or it is closed; True if they now own it."""
    result = await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id, Handoff.owner_key.is_(None), Handoff.status != CLOSED)
        .values(owner_staff_id=staff_id, owner_key=owner_key, owner_name=owner_name, status=OPEN)
        .execution_options(synchronize_session=False)
    )
    return _count(result) == 1


async def first_reply(session: AsyncSession, handoff_id: int, at: datetime) -> None:
    """Record the first staff reply's time (later replies leave it)."""
    await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id, Handoff.first_staff_reply_at.is_(None))
        .values(first_staff_reply_at=at)
        .execution_options(synchronize_session=False)
    )


async def flag_urgent(session: AsyncSession, handoff_id: int) -> bool:
    """Flag a handoff urgent; True if it was not before."""
    result = await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id, Handoff.urgent.is_(False))
        .values(urgent=True)
        .execution_options(synchronize_session=False)
    )
    return _count(result) == 1


async def set_topic(session: AsyncSession, handoff_id: int, staff_chat_id: int, topic_id: int | None) -> None:
    """Record where the staff side lives (a forum topic, or None for a reply thread)."""
    await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id)
        .values(staff_chat_id=staff_chat_id, topic_id=topic_id)
        .execution_options(synchronize_session=False)
    )


async def close(session: AsyncSession, handoff_id: int, by: str, at: datetime) -> bool:
    """Close it and drop the encrypted chat id; True for the one caller that closed it."""
    result = await session.execute(
        update(Handoff)
        .where(Handoff.id == handoff_id, Handoff.status != CLOSED)
        .values(status=CLOSED, closed_at=at, closed_by=by, chat_cipher=None)
        .execution_options(synchronize_session=False)
    )
    return _count(result) == 1


async def idle_since(session: AsyncSession, before: datetime) -> list[Handoff]:
    """Handoffs still waiting or open with no message since a moment."""
    result = await session.execute(
        select(Handoff)
        .where(Handoff.status.in_(ACTIVE), Handoff.last_activity_at < before)
        .order_by(Handoff.id)
    )
    return list(result.scalars())


async def set_feedback(session: AsyncSession, handoff_id: int, user_key: str, value: str) -> bool:
    """The person's 👍/👎 on a closed handoff, once; False if it is not theirs or was already rated."""
    result = await session.execute(
        update(Handoff)
        .where(
            Handoff.id == handoff_id,
            Handoff.user_key == user_key,
            Handoff.status == CLOSED,
            Handoff.feedback.is_(None),
        )
        .values(feedback=value)
        .execution_options(synchronize_session=False)
    )
    return _count(result) == 1


async def of_person(session: AsyncSession, user_key: str) -> list[Handoff]:
    """Every handoff of a person, oldest first."""
    result = await session.execute(select(Handoff).where(Handoff.user_key == user_key).order_by(Handoff.id))
    return list(result.scalars())


async def delete_handoffs(session: AsyncSession, ids: Sequence[int]) -> int:
    """Delete handoffs with their transcripts; how many records went."""
    if not ids:
        return 0
    lines = await session.execute(delete(HandoffMessage).where(HandoffMessage.handoff_id.in_(ids)))
    cases = await session.execute(delete(Handoff).where(Handoff.id.in_(ids)))
    return _count(lines) + _count(cases)


async def unrelayed(session: AsyncSession, before: datetime) -> list[tuple[Handoff, HandoffMessage]]:
    """Dashboard replies recorded before `before` and never handed to Telegram, in cases still open."""
    rows = await session.execute(
        select(Handoff, HandoffMessage)
        .join(HandoffMessage, HandoffMessage.handoff_id == Handoff.id)
        .where(
            HandoffMessage.relayed_at.is_(None),
            HandoffMessage.at < before,
            Handoff.status != CLOSED,
            Handoff.chat_cipher.is_not(None),
        )
        .order_by(HandoffMessage.id)
    )
    return [(handoff, message) for handoff, message in rows]


async def mark_relayed(session: AsyncSession, message_id: int, at: datetime) -> None:
    """A dashboard reply was handed to Telegram (accepted or refused for good): never sent again."""
    await session.execute(update(HandoffMessage).where(HandoffMessage.id == message_id).values(relayed_at=at))


async def purge_closed_before(session: AsyncSession, cutoff: datetime) -> int:
    """Retention: closed handoffs (with their transcripts) closed before the cutoff; how many records went."""
    ids = list(
        (
            await session.execute(
                select(Handoff.id).where(Handoff.status == CLOSED, Handoff.closed_at < cutoff)
            )
        ).scalars()
    )
    return await delete_handoffs(session, ids)


async def listing(
    session: AsyncSession,
    statuses: Sequence[str],
    *,
    owner_key: str | None = None,
    newest_first: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[Handoff]:
    """Handoffs in some states (optionally one owner's), by opening time."""
    query = select(Handoff).where(Handoff.status.in_(list(statuses)))
    if owner_key is not None:
        query = query.where(Handoff.owner_key == owner_key)
    order = Handoff.opened_at.desc() if newest_first else Handoff.opened_at
    result = await session.execute(query.order_by(order, Handoff.id).offset(offset).limit(limit))
    return list(result.scalars())


async def opened_between(session: AsyncSession, since: datetime, until: datetime) -> list[Handoff]:
    """Handoffs opened in a period."""
    result = await session.execute(
        select(Handoff).where(Handoff.opened_at >= since, Handoff.opened_at < until).order_by(Handoff.id)
    )
    return list(result.scalars())


async def count_waiting(session: AsyncSession) -> int:
    """Handoffs nobody has taken yet."""
    return int(await session.scalar(select(func.count()).where(Handoff.status == WAITING)) or 0)


async def last_exchange(session: AsyncSession, user_key: str, chat_key: str) -> tuple[str, list[str]] | None:
    """The person's last logged question in a chat and the bot's replies to it, for the staff's context."""
    question = await session.scalar(
        select(ConversationMessage)
        .where(
            ConversationMessage.user_key == user_key,
            ConversationMessage.chat_key == chat_key,
            ConversationMessage.direction == "in",
        )
        .order_by(ConversationMessage.id.desc())
        .limit(1)
    )
    if question is None:
        return None
    replies = await session.execute(
        select(ConversationMessage.text)
        .where(ConversationMessage.reply_to_id == question.id)
        .order_by(ConversationMessage.id)
    )
    return question.text, list(replies.scalars())


async def recent_kinds(
    session: AsyncSession, user_key: str, chat_key: str, limit: int = 3
) -> list[str | None]:
    """The reply kinds of the person's last logged questions in a chat, newest first."""
    result = await session.execute(
        select(ConversationMessage.kind)
        .where(
            ConversationMessage.user_key == user_key,
            ConversationMessage.chat_key == chat_key,
            ConversationMessage.direction == "in",
        )
        .order_by(ConversationMessage.id.desc())
        .limit(limit)
    )
    return list(result.scalars())


# -- staff links -----------------------------------------------------------------------------------------
async def set_link_code(session: AsyncSession, staff_id: int, code_hash: str, expires_at: datetime) -> None:
    """Store a new one-time code for a staff account (replacing an unused one)."""
    link = await session.get(StaffTelegramLink, staff_id)
    if link is None:
        session.add(StaffTelegramLink(staff_id=staff_id, code_hash=code_hash, code_expires_at=expires_at))
    else:
        link.code_hash, link.code_expires_at = code_hash, expires_at
    await session.flush()


async def use_link_code(
    session: AsyncSession, code_hash: str, telegram_user_id: int, now: datetime
) -> StaffUser | None:
    """Link the Telegram account that sent a valid, unexpired code; the code works once."""
    link = await session.scalar(select(StaffTelegramLink).where(StaffTelegramLink.code_hash == code_hash))
    if link is None or link.code_expires_at is None or link.code_expires_at.replace(tzinfo=now.tzinfo) < now:
        return None
    user = await session.get(StaffUser, link.staff_id)
    if user is None or not user.active:
        return None
    # A Telegram account speaks for one staff account only: an older link of it goes.
    await session.execute(
        update(StaffTelegramLink)
        .where(StaffTelegramLink.telegram_user_id == telegram_user_id)
        .values(telegram_user_id=None, linked_at=None)
        .execution_options(synchronize_session=False)
    )
    await session.flush()
    link.telegram_user_id, link.linked_at = telegram_user_id, now
    link.code_hash, link.code_expires_at = None, None
    await session.flush()
    return user


async def staff_for_telegram(session: AsyncSession, telegram_user_id: int) -> StaffUser | None:
    """The active staff account linked to a Telegram account."""
    return await session.scalar(
        select(StaffUser)
        .join(StaffTelegramLink, StaffTelegramLink.staff_id == StaffUser.id)
        .where(StaffTelegramLink.telegram_user_id == telegram_user_id, StaffUser.active.is_(True))
    )


async def telegram_for_staff(session: AsyncSession, staff_id: int) -> int | None:
    """The Telegram account linked to a staff account, if any."""
    link = await session.get(StaffTelegramLink, staff_id)
    return link.telegram_user_id if link is not None else None


async def unlink(session: AsyncSession, staff_id: int) -> bool:
    """Remove a staff account's Telegram link; True if there was one."""
    result = await session.execute(delete(StaffTelegramLink).where(StaffTelegramLink.staff_id == staff_id))
    return _count(result) == 1
