"""An offline Flesch-Kincaid grade, to keep curated answers near a 6th-8th grade reading level.

Syllables are counted with a vowel-group rule (no dictionary download), so grades are approximate: good for
spotting an answer that reads far above the target, not for fine ranking.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[.!?]+(?:\s|$)|\n\s*-\s")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWELS = re.compile(r"[aeiouy]+")

TARGET_GRADE = 8.0


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e, at least one."""
    word = word.lower()
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def flesch_kincaid_grade(text: str) -> float:
    """0.39 x words per sentence + 11.8 x syllables per word - 15.59."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in _SENTENCE.split(text) if _WORD.search(s)]))
    total_syllables = sum(syllables(word) for word in words)
    return round(0.39 * len(words) / sentences + 11.8 * total_syllables / len(words) - 15.59, 1)
