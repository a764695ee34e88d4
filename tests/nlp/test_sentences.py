import pytest

from nlp.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("she had a fever. now she is fine", ["she had a fever", "now she is fine"]),
        ("temp was 38.5 this morning", ["temp was 38.5 this morning"]),
        ("e.g. when he was on chemo", ["e.g. when he was on chemo"]),
        ("what is a biopsy?! and does it hurt", ["what is a biopsy", "and does it hurt"]),
    ],
)
def test_a_story_is_cut_where_its_sentences_end_and_not_inside_numbers_or_abbreviations(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences
