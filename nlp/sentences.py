"""Splitting a message into sentences, so that one alarming line or one ask is not drowned by a long story."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (one or more), a line break, a semicolon or a dash; "e.g." and "38.5" do not.
_BOUNDARY = re.compile(r"(?<!\b[a-z]\.[a-z])(?<![0-9])[.!?…]+(?=\s|$)|[\r\n]+|;\s+|\s+-{1,2}\s+|\s+—\s+")
#: Past this many characters a run-on "sentence" is cut at its commas and "and then"s as well.
LONG_RUN_ON = 220
_RUN_ON = re.compile(r",\s+|\s+(?:and then|but|so now|anyway)\s+", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """The sentences of a message, trimmed, in order; a message with no punctuation is one sentence."""
    parts: list[str] = []
    for piece in _BOUNDARY.split(text):
        piece = piece.strip(" \t,")
        if not piece:
            continue
        if len(piece) > LONG_RUN_ON:
            parts.extend(p.strip() for p in _RUN_ON.split(piece) if p.strip())
        else:
            parts.append(piece)
    return parts
