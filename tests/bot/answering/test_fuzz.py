"""Fuzzing the answering pipeline and the chunker: no input may raise or produce a message Telegram refuses."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answering import compose
from bot.answering.chunking import chunk, size, text_sections, visible_text
from bot.answering.pipeline import Audience, Reply, Responder
from bot.settings import TELEGRAM_MAX_MESSAGE
from tests.support.telegram_html import parse, utf16_length

AUDIENCES: tuple[Audience, ...] = ("private", "group")

EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "🇺🇦", "🧬", "\U0001fae0"]
RTL = ["שלום", "مرحبا بالعالم", "\u202eevil\u202c", "\u200f", "\u061c", "ـــ"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
COMBINING = ["e\u0301", "\u0301", "a\u0300\u0316\u0353\u036f" * 3, "\u20dd", "\u0e31"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b[31m", "\x7f", "\x85", "\r", "\r\n", "\v", "\f"]
HIGH = ["\U0010ffff", "\U000e0041", "\U0001d54f", "\U00020000", "\uffff", "\ufffd"]
HTML = ["<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "<b>", "</b>", "<a href='x'>", "</a>", '"', "'"]
HTML += ["<script>alert(1)</script>", "<pre>", "<tg-spoiler>", "<!--", "]]>", "&nbsp;", "&"]
MARKDOWN = ["*", "**", "_", "__", "`", "```", "[link](http://x)", "~", "||", "#", "> ", "- ", "\\", "!["]
WHITESPACE = [" ", "\n", "\t", "\u00a0", "\u3000", "\u2028", "\u2029", "\u1680", "\n\n\n"]
WORDS = ["chemo", "CAR-T", "liver", "cancer", "fever", "38.5", "side effects", "trial", "?", "hi"]

pieces = st.sampled_from(
    EMOJI + RTL + ZERO_WIDTH + COMBINING + CONTROL + HIGH + HTML + MARKDOWN + WHITESPACE + WORDS
)
mixed = st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=60).map("".join)
whitespace_only = st.lists(st.sampled_from([*WHITESPACE, *ZERO_WIDTH[:1], ""]), max_size=20).map("".join)
# Telegram's longest message: exactly 4096 characters, some of them astral (8192 UTF-16 units).
full_length = st.tuples(mixed, st.text(min_size=1, max_size=8)).map(
    lambda pair: ("".join(pair) * 4096)[:4096]
)
any_text = st.text(max_size=600)
questions = st.one_of(mixed, any_text, whitespace_only, full_length, st.just(""))


def check_messages(messages: tuple[str, ...] | list[str], limit: int) -> None:
    """What every reply must satisfy to be sent: valid Telegram HTML, within both limits, never blank."""
    for message in messages:
        parse(message)  # raises like the Bot API's "can't parse entities"
        assert utf16_length(message) <= TELEGRAM_MAX_MESSAGE
        assert size(message) <= limit
        assert visible_text(message).strip()
        message.encode("utf-8")  # no lone surrogate from a cut


def check_reply(reply: Reply, limit: int, audience: Audience) -> None:
    """A reply has at least one sendable message; a group gets at most two."""
    assert reply.messages, reply
    check_messages(reply.messages, limit)
    if audience == "group" and reply.kind == "answer":
        assert len(reply.messages) <= 2


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=questions, audience=st.sampled_from(AUDIENCES))
def test_any_question_gets_a_sendable_reply(responder: Responder, text: str, audience: Audience) -> None:
    reply = responder.respond(text, audience=audience)
    check_reply(reply, responder.voice.max_chars, audience)


@settings(max_examples=100, deadline=None)
@given(
    max_chars=st.integers(min_value=200, max_value=TELEGRAM_MAX_MESSAGE),
    index=st.integers(min_value=0),
    audience=st.sampled_from(AUDIENCES),
    text=st.one_of(mixed, st.just("How does CAR-T cell therapy work for liver cancer?")),
)
def test_every_answer_fits_at_any_message_size(
    responder: Responder, max_chars: int, index: int, audience: Audience, text: str
) -> None:
    voice = compose.Voice(responder.voice.emergency_number, responder.voice.crisis_line, max_chars)
    sized = Responder(responder.understander, responder.library, voice, model_version=responder.model_version)
    topics = sorted(sized.library.answers)
    chosen = sized.respond_topic(topics[index % len(topics)], audience=audience)
    assert chosen is not None
    check_reply(chosen, max_chars, audience)
    check_reply(sized.respond(text, audience=audience), max_chars, audience)


@settings(max_examples=200, deadline=None)
@given(text=questions, limit=st.integers(min_value=16, max_value=TELEGRAM_MAX_MESSAGE))
def test_chunker_sends_any_text_whole_and_valid(text: str, limit: int) -> None:
    messages = chunk(text_sections(text), limit)
    check_messages(messages, limit)
    sent = "".join(visible_text(message) for message in messages)
    assert "".join(sent.split()) == "".join("".join(text.split()).split())
    if text.strip():
        assert messages


def test_whitespace_only_and_empty_questions_are_asked_back(responder: Responder) -> None:
    for text in ["", " ", "\n\t", "\u00a0\u3000", "\u200b"]:
        for audience in AUDIENCES:
            reply = responder.respond(text, audience=audience)
            assert reply.kind == "clarify"
            check_reply(reply, responder.voice.max_chars, audience)


def test_a_cluster_longer_than_the_limit_is_still_cut() -> None:
    # Found by the fuzzer: joiners chained "\u200d0\u200d0…" made one cluster of the whole text, sent uncut.
    for text in ["\u200d0" * 2048, "\U000e0041\u200d0" * 1365, "Z" + "\u0301\u0316" * 2000]:
        messages = chunk(text_sections(text), 16)
        check_messages(messages, 16)
        assert "".join(visible_text(m) for m in messages) == text
