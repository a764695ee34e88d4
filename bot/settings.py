"""One frozen Settings object, read from the environment once, that the composition root hands around."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
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
    content_dir: Path = PROJECT_ROOT / "content"
    max_message_chars: int = 700
    serve_clinical_only: bool = False
    emergency_number: str = "911"
    crisis_line: str = "the 988 Suicide & Crisis Lifeline: call or text 988"
    log_level: str = "INFO"

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
            content_dir=Path(env.get("CONTENT_DIR", "").strip() or PROJECT_ROOT / "content"),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", 700, 200, TELEGRAM_MAX_MESSAGE),
            serve_clinical_only=_bool(env, "SERVE_CLINICAL_ONLY", False),
            emergency_number=env.get("EMERGENCY_NUMBER", "").strip() or "911",
            crisis_line=env.get("CRISIS_LINE", "").strip()
            or "the 988 Suicide & Crisis Lifeline: call or text 988",
            log_level=level,
        )
