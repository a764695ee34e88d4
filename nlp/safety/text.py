"""The text the rules read and the way their patterns are joined, shared by every rule module."""

from __future__ import annotations

import re

from nlp.normalize import clean

#: The longest text the rules read: Telegram's own limit, so that the last sentence of a long story counts.
MAX_SAFETY_CHARS = 4096


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern that matches where any of the given ones does."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def rule_text(text: str) -> str:
    """The text the rules read: cleaned, cut to the longest text they read, lower case."""
    return clean(text)[:MAX_SAFETY_CHARS].lower()
