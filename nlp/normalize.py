"""Text normalisation shared by training and prediction, so both see the same tokens."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@\w+")
_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

#: Longest text the models look at; longer messages are cut here (the start carries the question).
MAX_MODEL_CHARS = 2000


@lru_cache(maxsize=16)
def clean(text: str) -> str:
    """Fold compatibility forms and drop invisible characters, keeping case (remembered for the last few
    messages: the safety rules, the gazetteer and the models each clean the same message)."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = text.translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


def normalize(text: str) -> str:
    """Lower-case, cleaned text with links and @mentions replaced by placeholders."""
    text = clean(text)[:MAX_MODEL_CHARS]
    text = _URL.sub(" urltoken ", text)
    text = _MENTION.sub(" ", text)
    text = text.lower()
    return _SPACES.sub(" ", text).strip()


_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens of already normalised text (hyphenated and apostrophe words kept whole)."""
    return _WORD.findall(text)
