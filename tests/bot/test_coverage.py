"""Issue-level guarantees about the curated content: every required answer exists, sourced and reviewed."""

from __future__ import annotations

import pytest

from bot.content.files import ContentSet
from bot.content.readability import flesch_kincaid_grade, syllables
from nlp.taxonomy import Taxonomy
from tests.conftest import CONTENT_DIR

TAXONOMY = Taxonomy.load(CONTENT_DIR / "taxonomy.tsv")
CANCERS = [c for c in TAXONOMY.cancers if c != "general"]
CORE = ("overview", "symptoms", "risk-factors", "diagnosis", "staging", "prognosis", "treatment-options")
TREATMENT_PAIRS = {
    "screening": ("breast", "colorectal", "lung", "cervical", "prostate"),
    "car-t": ("liver", "lymphoma", "leukemia", "myeloma"),
    "immunotherapy": ("liver", "lung", "melanoma", "kidney", "bladder", "head-and-neck"),
    "targeted-therapy": ("lung", "breast", "colorectal", "kidney", "leukemia"),
    "hormone-therapy": ("breast", "prostate"),
    "stem-cell-transplant": ("leukemia", "lymphoma", "myeloma"),
}
REQUIRED = (
    [f"{cancer}.{subject}" for cancer in CANCERS for subject in CORE]
    + [f"{cancer}.{subject}" for subject, cancers in TREATMENT_PAIRS.items() for cancer in cancers]
    + [f"general.{subject}" for subject in TAXONOMY.subjects]
)


@pytest.mark.parametrize("topic_id", REQUIRED)
def test_required_answer_exists_with_sources_and_review_dates(content: ContentSet, topic_id: str) -> None:
    topic = next((t for t in content.topics if t.id == topic_id), None)
    assert topic is not None, f"missing {topic_id}"
    assert topic.sources and all(s.url.startswith("https://") for s in topic.sources)
    assert topic.reviewed_on and topic.next_review_on
    assert 120 <= topic.word_count <= 350


def test_at_least_100_examples_per_subject(content: ContentSet) -> None:
    for subject in TAXONOMY.subjects:
        count = sum(len(t.examples) for t in content.topics if t.subject == subject)
        assert count >= 100, f"{subject}: {count}"


def test_special_examples_meet_their_minimums(content: ContentSet) -> None:
    assert len(content.special_examples["out-of-scope"]) >= 500
    assert len(content.special_examples["emergency"]) >= 150
    assert len(content.special_examples["crisis"]) >= 150


def test_evaluation_set_is_held_out_and_large_enough(content: ContentSet) -> None:
    def key(text: str) -> str:
        return " ".join(text.lower().split())

    training = {key(e) for t in content.topics for e in t.examples}
    training |= {key(line) for lines in content.special_examples.values() for line in lines}
    assert not [row.text for row in content.eval_rows if key(row.text) in training]
    labels = [row.label for row in content.eval_rows]
    for subject in TAXONOMY.subjects:
        assert labels.count(subject) >= 10, subject
    assert labels.count("out-of-scope") >= 150
    assert labels.count("emergency") >= 40 and labels.count("crisis") >= 40


def test_readability_grades_plain_and_dense_text_apart() -> None:
    plain = "The cat sat on the mat. It was a warm day. We had fun."
    dense = (
        "Immunohistochemical characterization of neoplastic proliferation necessitates "
        "comprehensive histopathological evaluation incorporating molecular diagnostics."
    )
    assert flesch_kincaid_grade(plain) < 3 < 15 < flesch_kincaid_grade(dense)
    assert (syllables("cat"), syllables("cancer"), syllables("therapy"), syllables("make")) == (1, 2, 3, 1)


def test_answers_read_near_the_target_grade(content: ContentSet) -> None:
    grades = sorted(topic.reading_grade for topic in content.topics)
    assert grades[len(grades) // 2] <= 9.0  # the median answer reads at about grade 8
