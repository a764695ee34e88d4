import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.chunking import Run, chunk, render_run, size, text_sections, visible_text
from tests.support.telegram_html import parse, utf16_length

runs = st.builds(
    Run,
    text=st.text(min_size=0, max_size=400),
    bold=st.booleans(),
    italic=st.booleans(),
    url=st.one_of(st.none(), st.just("https://www.cancer.gov/a?b=1&c=<2>")),
)
paragraphs = st.lists(runs, min_size=1, max_size=4).map(tuple)
sections = st.lists(paragraphs, min_size=1, max_size=4).map(tuple)


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(sections, min_size=1, max_size=5), st.integers(min_value=16, max_value=900))
def test_every_message_is_valid_telegram_html_within_the_limit(secs, limit) -> None:  # type: ignore[no-untyped-def]
    messages = chunk(secs, limit)
    for message in messages:
        assert size(message) <= limit
        assert utf16_length(message) <= 4096
        parse(message)  # raises like the Bot API would
        assert visible_text(message).strip()


@settings(max_examples=300, deadline=None)
@given(st.lists(sections, min_size=1, max_size=5), st.integers(min_value=16, max_value=900))
def test_no_text_is_lost_or_reordered(secs, limit) -> None:  # type: ignore[no-untyped-def]
    original = "".join(run.text for section in secs for paragraph in section for run in paragraph)
    sent = "".join(visible_text(message) for message in chunk(secs, limit))
    assert _squash(sent) == _squash(original)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
        min_size=1,
        max_size=300,
    )
)
def test_astral_characters_are_never_cut_in_half(text: str) -> None:
    for message in chunk(text_sections(text), 20):
        message.encode("utf-16-le").decode("utf-16-le")  # a lone surrogate would fail
        assert size(message) <= 20


def test_cuts_prefer_sections_then_paragraphs_then_sentences() -> None:
    first = ((Run("Heading one", bold=True),), (Run("Short body."),))
    second = ((Run("Heading two", bold=True),), (Run("A. " * 30),))
    messages = chunk([first, second], 60)
    assert messages[0] == "<b>Heading one</b>\nShort body."
    assert all(message.endswith("A.") for message in messages[1:])


def test_user_text_with_html_is_escaped_not_interpreted() -> None:
    messages = chunk(text_sections("<b>hi</b> & <script>alert(1)</script>"), 700)
    assert messages == [html.escape("<b>hi</b> & <script>alert(1)</script>", quote=False)]


def test_combining_marks_stay_with_their_letter() -> None:
    word = "e\u0301" * 40
    for message in chunk(text_sections(word), 21):
        assert not message.startswith("\u0301")


def test_link_whose_markup_cannot_fit_degrades_to_plain_text() -> None:
    long_url = "https://example.org/" + "x" * 100
    messages = chunk([((Run("source", url=long_url),),)], 40)
    assert messages == ["source"]


def test_render_run_escapes_link_quotes() -> None:
    assert render_run(Run("x", url='https://a.b/"q"')) == '<a href="https://a.b/&quot;q&quot;">x</a>'


def test_limit_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="between 16 and 4096"):
        chunk([], 5000)
