from nlp.normalize import normalize, words


def test_normalize_folds_case_width_and_invisible_characters() -> None:
    assert normalize("  Ｃhemo\u200b side\u00adeffects?  ") == "chemo sideeffects?"


def test_normalize_replaces_links_and_mentions() -> None:
    assert normalize("@oncobot see https://example.org/x now") == "see urltoken now"


def test_normalize_turns_control_characters_into_spaces() -> None:
    assert normalize("chemo\x00\x07side\teffects") == "chemo side effects"


def test_words_keeps_hyphenated_terms_whole() -> None:
    assert words("car-t for non-small cell") == ["car-t", "for", "non-small", "cell"]
