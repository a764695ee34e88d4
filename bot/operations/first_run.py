"""A first run that just works: on the embedded SQLite default, the pseudonym secret is made once and kept."""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from bot.settings import DEFAULT_DATABASE_URL, Secret, Settings

SECRET_FILE = Path("var") / "pseudonym.secret"


def with_pseudonym_secret(
    settings: Settings, say: Callable[[str], None], path: Path = SECRET_FILE
) -> Settings:
    """Settings with a pseudonym secret: the environment's, or (default SQLite only) one kept in var/."""
    if settings.pseudonym_secret or settings.database_url != DEFAULT_DATABASE_URL:
        return settings  # any other database is a deployment: it must bring its own secret
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(32)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(value + "\n")
        say(f"created a pseudonym secret in {path} (mode 0600): keep it with the database, never share it")
    return dataclasses.replace(settings, pseudonym_secret=Secret(value))
