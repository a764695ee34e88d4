"""Tables of the curated content, the training data and the trained models."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware now, so that both SQLite and PostgreSQL store UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so that migrations name constraints the same everywhere."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Topic(Base):
    """A (subject, cancer) pair that has a curated answer."""

    __tablename__ = "topics"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    subject: Mapped[str] = mapped_column(String(40), index=True)
    cancer: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    versions: Mapped[list[AnswerVersion]] = relationship(
        back_populates="topic", order_by="AnswerVersion.version"
    )

    __table_args__ = (UniqueConstraint("subject", "cancer"),)


class AnswerVersion(Base):
    """One version of a topic's answer; old versions are kept, only approved ones are served."""

    __tablename__ = "answer_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    sections: Mapped[list[Any]] = mapped_column(JSON)
    questions: Mapped[list[Any]] = mapped_column(JSON)
    sources: Mapped[list[Any]] = mapped_column(JSON)
    #: draft, approved or retired
    status: Mapped[str] = mapped_column(String(16), index=True)
    #: editorial (checked against sources, awaiting clinical review) or clinical
    review_level: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    #: where the version came from: content (a file in git) or dashboard
    origin: Mapped[str] = mapped_column(String(16), default="content")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))

    topic: Mapped[Topic] = relationship(back_populates="versions")

    __table_args__ = (
        UniqueConstraint("topic_id", "version"),
        Index("ix_answer_versions_topic_status", "topic_id", "status"),
    )


class TrainingExample(Base):
    """A question with the label it should get: a subject, or a special label such as out-of-scope."""

    __tablename__ = "training_examples"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(40), index=True)
    cancer: Mapped[str | None] = mapped_column(String(40))
    topic_id: Mapped[str | None] = mapped_column(String(64))
    #: content (from the files) or staff (a reviewer's correction)
    origin: Mapped[str] = mapped_column(String(16), index=True)
    #: False for a line that teaches the subject model only, not the safety model (training/subject/)
    teaches_safety: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: for staff labels: the logged message it came from, and its author's pseudonym (so /forget reaches it)
    source_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation_messages.id", ondelete="SET NULL"), index=True
    )
    source_user_key: Mapped[str | None] = mapped_column(String(64), index=True)
    created_by: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("text_hash", "label", "origin"),)


class ModelVersion(Base):
    """A trained model artifact (skops zip) with its metrics; exactly one is active."""

    __tablename__ = "model_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    artifact: Mapped[bytes] = mapped_column(LargeBinary)
    training_hash: Mapped[str] = mapped_column(String(64))
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_by: Mapped[str | None] = mapped_column(String(100))


class ProcessedUpdate(Base):
    """Telegram update ids already taken, so that a redelivered update is answered once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    #: when the handler had queued everything it sends: a resumed update then only sends what is missing
    planned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReplyChunk(Base):
    """One message an update's handler queued, marked once Telegram took it: a resumed reply goes on after it.

    Deleted once the update is done (with the inbox payload), so raw chat ids do not linger.
    """

    __tablename__ = "reply_chunks"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    #: 0, 1, ... in the order the handler queued its messages
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    #: the message quoted (the question), on the first message of a reply
    reply_to: Mapped[int | None] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    markup: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the logged question this message answers, so that a resumed reply is logged under it
    question_id: Mapped[int | None] = mapped_column(Integer)
    #: queued, sent (Telegram accepted it) or failed (given up on)
    status: Mapped[str] = mapped_column(String(8), default="queued")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ConversationMessage(Base):
    """One message addressed to the bot, or one message the bot sent; keys are pseudonyms, never raw ids."""

    __tablename__ = "conversation_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    #: in (from a person) or out (sent by the bot)
    direction: Mapped[str] = mapped_column(String(3))
    user_key: Mapped[str | None] = mapped_column(String(64), index=True)
    chat_key: Mapped[str] = mapped_column(String(64), index=True)
    #: private, group, supergroup or channel
    chat_type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    #: the reply's kind, on incoming messages: answer, clarify, out-of-scope, emergency, crisis
    kind: Mapped[str | None] = mapped_column(String(16), index=True)
    topic_id: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    alternatives: Mapped[list[Any] | None] = mapped_column(JSON)
    detected_cancer: Mapped[str | None] = mapped_column(String(40))
    model_version: Mapped[str | None] = mapped_column(String(32))
    answer_version: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    #: on outgoing messages: sent or failed
    delivery: Mapped[str | None] = mapped_column(String(16))
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation_messages.id", ondelete="CASCADE"), index=True
    )
    #: on incoming messages: the asker's rating of the reply, up or down
    feedback: Mapped[str | None] = mapped_column(String(8))
    #: staff review: when and by whom, the label they set, and a content gap they flagged
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    staff_label: Mapped[str | None] = mapped_column(String(64))
    content_gap: Mapped[str | None] = mapped_column(Text)


class StaffUser(Base):
    """A nurse navigator, content editor or admin who signs in to the dashboard."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    #: reviewer, editor or admin
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: how replies to people are signed ("Rita, nurse navigator"); None: signed "Care team"
    display_name: Mapped[str | None] = mapped_column(String(100))


class StaffSession(Base):
    """A signed-in browser; only a digest of the cookie's token is stored."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    staff: Mapped[StaffUser] = relationship(lazy="joined")


class AuditEntry(Base):
    """One staff action: who did what to which thing, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PersonSetting(Base):
    """What a person asked the bot to remember, under their pseudonym: the cancer type they ask about."""

    __tablename__ = "person_settings"

    user_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    cancer: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class InboxUpdate(Base):
    """A Telegram update stored before it is confirmed to Telegram, so that a crash never loses it."""

    __tablename__ = "inbox_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the raw update; set to NULL once done, so that raw Telegram ids and text do not linger
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: pending, processing, done or failed
    status: Mapped[str] = mapped_column(String(16), default="pending")
    #: the replica working on it, and since when (a claim older than the lease is taken back)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: the logged question it became (set with the processed_updates claim), for resuming after a crash
    message_id: Mapped[int | None] = mapped_column(Integer)
    #: lower is sooner: urgent messages (an emergency or a crisis) are claimed before everything else
    priority: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    #: the chat it came from, while it is not done: one chat's updates are never worked on by two replicas
    chat_id: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_inbox_updates_status_update_id", "status", "update_id"),
        Index("ix_inbox_updates_chat_id_update_id", "chat_id", "update_id"),
        Index("ix_inbox_updates_status_priority_update_id", "status", "priority", "update_id"),
    )


class Handoff(Base):
    """A conversation handed over to nurse navigators: waiting (nobody took it), open (owned), then closed."""

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: the short case number staff see (never a name or a Telegram id)
    case: Mapped[str] = mapped_column(String(16), unique=True)
    #: the person's pseudonym (HMAC of their Telegram id), so that /forget finds their handoffs
    user_key: Mapped[str] = mapped_column(String(64), index=True)
    #: waiting, open or closed
    status: Mapped[str] = mapped_column(String(8), default="waiting")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the person's chat id, encrypted with HANDOFF_KEY; kept only while the handoff is not closed
    chat_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: where the staff side lives: the staff chat and its forum topic (None: a reply thread in a plain group)
    staff_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    topic_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    #: the one staff member who took it: their account (if linked), a stable key and how staff see them
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    owner_key: Mapped[str | None] = mapped_column(String(80))
    owner_name: Mapped[str | None] = mapped_column(String(100))
    #: the update that opened it, so that a resumed update opens nothing twice
    opened_update_id: Mapped[int | None] = mapped_column(BigInteger)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    #: whether it was opened within HANDOFF_HOURS (time to first reply is measured apart for both)
    within_hours: Mapped[bool] = mapped_column(Boolean, default=True)
    first_staff_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: the last message either way, for HANDOFF_IDLE_HOURS
    last_activity_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    #: person, staff, idle or blocked
    closed_by: Mapped[str | None] = mapped_column(String(8))
    #: the person's rating of the help they got: up or down
    feedback: Mapped[str | None] = mapped_column(String(8))

    __table_args__ = (Index("ix_handoffs_status_opened_at", "status", "opened_at"),)


class HandoffMessage(Base):
    """One line of a handoff's transcript: from the person, from staff, an internal note, or the system."""

    __tablename__ = "handoff_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: person, staff, note or system
    direction: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    #: who wrote a staff message or note, as staff see them
    author: Mapped[str | None] = mapped_column(String(100))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    #: the Telegram update it came in (None from the dashboard), so that a resumed update records it once
    update_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    #: when a staff reply from the dashboard was handed to Telegram; None while it still has to go (a crash
    #: between recording and sending leaves it None, and the bot sends it later)
    relayed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class StaffTelegramLink(Base):
    """A staff account's Telegram account, linked by a one-time code from the dashboard."""

    __tablename__ = "staff_telegram_links"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    #: SHA-256 of the one-time code while it waits to be used, and when it expires
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    linked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SupportService(Base):
    """A place to get help next (a helpline, a trial search, help with costs, a patient organisation).

    Loaded from content/services.yaml and editable in the dashboard: an edit stays until the file's entry
    changes.
    """

    __tablename__ = "support_services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: the entry's identity across loads: its group (kind, or cancer id for an organisation) and first URL
    key: Mapped[str] = mapped_column(String(300), unique=True)
    #: helpline, trials, financial or organisation
    kind: Mapped[str] = mapped_column(String(16))
    #: the cancer id an organisation is for (None for the general services)
    cancer: Mapped[str | None] = mapped_column(String(40), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    offer: Mapped[str] = mapped_column(String(400))
    url: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(80))
    chat_url: Mapped[str | None] = mapped_column(String(300))
    #: the day an editor last checked the page
    accessed: Mapped[date] = mapped_column(Date)
    #: digest of the file's entry as last loaded (None for an entry added in the dashboard)
    file_hash: Mapped[str | None] = mapped_column(String(64))
    #: who wrote the current text: content (the file) or dashboard
    origin: Mapped[str] = mapped_column(String(16), default="content")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(100))


class ContentLoad(Base):
    """A load of content/ into the database, by the digest of its files: a start whose files match the last
    load has nothing to sync, and reads only what it serves."""

    __tablename__ = "content_loads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: SHA-256 of every file under content/ (paths and bytes) and of the reader's version
    digest: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
