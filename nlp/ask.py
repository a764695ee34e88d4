"""Finding the ask in a long message, so that a story does not drown the question at its end or middle."""

from __future__ import annotations

import re

from nlp.sentences import split_sentences

#: A message with fewer sentences than this is read as it is.
STORY_SENTENCES = 3
#: How many times the asking sentences count, against once for the whole story.
ASK_WEIGHT = 2

_ASKING = re.compile(
    r"\?|^(?:what|whats|what's|which|why|how|when|where|who|is|are|can|could|does|do|did|should|would|will|"
    r"may|might|any|anyone)\b|\b(?:i want to know|i'?d like to know|i would like to know|please tell me|"
    r"tell me|can you|could you|what should|is it possible|i wonder|wondering|any advice|any tips|"
    r"need to know|want to understand|my question is|question is|help me understand|explain)\b"
)


def asking_sentences(text: str) -> list[str]:
    """The sentences of a message that ask something."""
    return [sentence for sentence in split_sentences(text) if _ASKING.search(sentence)]


def focus(text: str) -> str:
    """The message with its asking sentences (and a subject-like first line) repeated, for a long story."""
    sentences = split_sentences(text)
    if len(sentences) < STORY_SENTENCES:
        return text
    asks = [sentence for sentence in sentences if _ASKING.search(sentence)]
    first = sentences[0]
    if len(first.split()) <= 6 and not first.endswith("."):  # a subject line: "Question about Xeloda"
        asks.insert(0, first)
    if not asks:
        asks = sentences[-1:]  # the ask is most often last
    return " ".join([text, *(" ".join(asks) for _ in range(ASK_WEIGHT))])
