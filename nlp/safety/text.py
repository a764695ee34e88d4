"""The text the rules read and the way their patterns are joined, shared by every rule module."""

from __future__ import annotations

import re

from nlp.normalize import clean

#: The longest text the rules read: Telegram's own limit, so that the last sentence of a long story counts.
MAX_SAFETY_CHARS = 4096


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern that matches where any of the given ones does."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


#: How far along a pregnancy is ("I'm 31 weeks", "at 29 weeks", a sentence opening "34 weeks and ..."), not how long
#: something has lasted ("for about 2 weeks"), for the rules of both levels that read a pregnancy.
GESTATION = (
    r"(?:\b(?:i'?m|im|i am|she'?s|she is|at|now|only|nearly|almost|just|currently) (?:only |nearly |almost |just )?"
    r"(?:[4-9]|[1-3]\d)(?:\+\d)? weeks\b|^(?:[4-9]|[1-3]\d) weeks\b|\b(?:[4-9]|[1-3]\d) weeks (?:pregnant|gone|along)\b|\bpregnan\w*)"
)

#: What voice typing makes of a reading and of chemotherapy: "37 point 8", "key mo".
_SPOKEN_DECIMAL = re.compile(r"\b(\d{2,3}) point (\d)\b")
_MISHEARD_CHEMO = re.compile(r"\b(?:key|kee|ki) ?mo\b|\bkeemo\b|\bkimo\b")


def rule_text(text: str) -> str:
    """The text the rules read: cleaned, cut to the longest text they read, lower case, as if typed."""
    text = clean(text)[:MAX_SAFETY_CHARS].lower()
    return _MISHEARD_CHEMO.sub("chemo", _SPOKEN_DECIMAL.sub(r"\1.\2", text))
