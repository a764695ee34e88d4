"""Pseudonyms for Telegram ids: the log never holds a raw id, a name or a username."""

from __future__ import annotations

import hashlib
import hmac


class Pseudonymizer:
    """Keyed HMAC-SHA256 of an id, so that the same person gets the same key without being named."""

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValueError("a pseudonym secret is required")
        self._secret = secret.encode("utf-8")

    def key(self, kind: str, telegram_id: int) -> str:
        """A stable 32-hex-digit pseudonym; kind ('user' or 'chat') keeps the two id spaces apart."""
        message = f"{kind}:{telegram_id}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:32]
