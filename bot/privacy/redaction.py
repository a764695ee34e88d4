"""Redaction of contact details and identifying numbers from a person's words before they are stored.

Only the log is redacted: the pipeline still reads the original text (an emergency is recognised either way).
The rules are deliberately narrow, so that the figures people write about their care stay readable to staff:
temperatures (38.5, 101.3 F), doses (500 mg, 500-1000 mg), ages, years, stages, percentages, times,
blood pressure (120/80) and dates (12/03, 12/03/2024, 2024-05-03, 12.03.2024) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

EMAIL = "[email]"
PHONE = "[phone]"
NUMBER = "[number]"

#: The lookbehind starts a match only where a local part can start, keeping a long text linear.
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
#: "+" and at least eight digits in any grouping: +44 20 7946 0958, +1 (555) 123-4567.
_INTERNATIONAL = re.compile(r"\+[ ]?\(?\d(?:[ .\-()]{0,2}\d){7,}")
#: North American numbers with an area code: (555) 123-4567, 555.123.4567, 1-800-555-0199.
_US = re.compile(r"(?<!\d)(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
#: Social security numbers: 123-45-6789.
_SSN = re.compile(r"(?<!\d)\d{3}[ -]\d{2}[ -]\d{4}(?!\d)")
#: Payment cards: four groups of four, or American Express's 4-6-5.
_CARD = re.compile(r"(?<!\d)(?:\d{4}(?:[ -]\d{4}){3}|\d{4}[ -]\d{6}[ -]\d{5})(?!\d)")
#: National numbers with a trunk prefix 0 (or 00 for abroad): 020 7946 0958, 06 12 34 56 78, 030 1234567.
_NATIONAL = re.compile(r"(?<![\d.,])\(?0\d{1,4}\)?(?:[ .-]\d{2,}){1,6}(?![\d])")
#: European dates, which a trunk-prefixed run may start with: 05.03.2024, 05-03-2024 10.
_DATE = re.compile(r"\d{2}[.-]\d{2}[.-]\d{4}")
#: Any eight or more digits in a row: record, member, account, card and identity numbers.
_LONG = re.compile(r"\d{8,}")

_MIN_NATIONAL_DIGITS = 9


def _national(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(char.isdigit() for char in found)
    if digits < _MIN_NATIONAL_DIGITS or _DATE.match(found.lstrip("(")):
        return found
    return PHONE


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_EMAIL, EMAIL),
    (_INTERNATIONAL, PHONE),
    (_US, PHONE),
    (_SSN, NUMBER),
    (_CARD, NUMBER),
    (_NATIONAL, _national),
    (_LONG, NUMBER),
)


def _once(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def redact(text: str) -> str:
    """Replace emails, phone numbers and identifying numbers with placeholders, so the log names no one."""
    # A replacement can free a neighbour that a lookaround had held back; a second pass settles it.
    for _ in range(3):
        redacted = _once(text)
        if redacted == text:
            return redacted
        text = redacted
    return text
