"""Password hashing with scrypt from the standard library: salted, memory-hard, compared in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

#: scrypt cost: 16 MiB of memory and about 50 ms per check on this machine type.
N, R, P = 2**14, 8, 1
MIN_LENGTH = 12
MAX_LENGTH = 1024


class WeakPassword(ValueError):
    """A password that would be too easy to guess."""


def check_strength(password: str, name: str) -> None:
    """Refuse short passwords and the account name, before anything is stored."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"a password may have at most {MAX_LENGTH} characters")
    if name.lower() in password.lower():
        raise WeakPassword("a password must not contain the account name")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )


def hash_password(password: str) -> str:
    """A self-describing hash: scrypt$n$r$p$salt$digest."""
    salt = secrets.token_bytes(16)
    digest = _derive(password, salt, N, R, P)
    encode = base64.urlsafe_b64encode
    return f"scrypt${N}${R}${P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when the password matches the stored hash; malformed hashes never match."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.urlsafe_b64decode(digest)
        actual = _derive(password[:MAX_LENGTH], base64.urlsafe_b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


#: Checked against when the account does not exist, so that timing does not tell which names exist.
DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
