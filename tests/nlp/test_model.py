import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pytest

from nlp import persistence
from nlp.evaluation import cross_validate
from nlp.model import Example, TopicModel, train


def test_model_ranks_every_subject_with_probabilities_that_sum_to_one(model: TopicModel) -> None:
    prediction = model.classify("what are the side effects of chemo")
    assert prediction.top[0] == "side-effects"
    assert sum(p for _, p in prediction.ranked) == pytest.approx(1.0, abs=1e-6)
    assert "out-of-scope" in model.labels


def test_batch_classification_matches_single(model: TopicModel) -> None:
    texts = ["what is staging", "weather tomorrow", "help paying for chemo"]
    batch = model.classify_many(texts)
    assert [p.top[0] for p in batch] == [model.classify(t).top[0] for t in texts]


def test_subject_only_lines_teach_the_subject_model_and_leave_the_safety_model_as_it_was(
    examples: list[Example],
) -> None:
    small = [e for i, e in enumerate(examples) if i % 6 == 0 and e.safety]
    lines = [
        "the nurse says her gums bleed from the mouthwash, what rinse is gentler",
        "what rinse is gentle on gums that bleed after chemo",
        "a gentler mouth rinse for sore bleeding gums please",
    ]
    extra = [Example(text, "nutrition", safety=False) for text in lines]
    before, after = train(small), train(small + extra)
    probe = "which rinse is gentle for bleeding gums"
    assert before.safety_probabilities(probe) == after.safety_probabilities(probe)
    assert dict(after.classify(probe).ranked)["nutrition"] > dict(before.classify(probe).ranked)["nutrition"]


def test_training_needs_out_of_scope_examples() -> None:
    with pytest.raises(ValueError, match="out-of-scope"):
        train([Example("what is chemo", "chemotherapy"), Example("what is rads", "radiation")])


def test_round_trip_through_skops_keeps_predictions(model: TopicModel) -> None:
    artifact = persistence.dumps(model, {"note": "test"})
    loaded = persistence.loads(artifact)
    question = "my dad has HCC, can he get a liver transplant?"
    assert loaded.classify(question).ranked == model.classify(question).ranked
    assert loaded.metadata["note"] == "test"
    assert loaded.metadata["libraries"]["scikit-learn"]


def _rewrite_meta(artifact: bytes, **changes: object) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(artifact))
    meta = json.loads(source.read("meta.json")) | changes
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = json.dumps(meta).encode() if name == "meta.json" else source.read(name)
            target.writestr(name, data)
    return out.getvalue()


def test_model_from_another_scikit_learn_is_refused_with_a_clear_error(model: TopicModel) -> None:
    artifact = _rewrite_meta(persistence.dumps(model, {}), libraries={"scikit-learn": "0.24.2"})
    with pytest.raises(persistence.IncompatibleModelError, match=r"scikit-learn 0\.24\.2.*oncobot train"):
        persistence.loads(artifact)


def test_artifact_of_an_unknown_format_is_refused(model: TopicModel) -> None:
    with pytest.raises(persistence.IncompatibleModelError, match="format"):
        persistence.loads(_rewrite_meta(persistence.dumps(model, {}), format=99))
    with pytest.raises(persistence.IncompatibleModelError, match="not an oncobot model"):
        persistence.loads(b"not a zip")


def test_cross_validation_reports_accuracy_per_label(examples: list[Example]) -> None:
    report = cross_validate(examples, folds=3, show_progress=False)
    assert report["folds"] == 3
    assert 0.7 < report["accuracy"] <= 1.0
    assert "car-t" in report["per_label_f1"]


class _Texts:
    """Features that are the texts themselves, so that a stand-in classifier can score each sentence."""

    def transform(self, texts: Sequence[str], /) -> list[str]:
        return list(texts)


@dataclass
class _SentenceScores:
    """A safety classifier that gives one sentence a chosen level and probability, and the rest nothing."""

    sentence: str
    level: str
    probability: float
    classes_: tuple[str, ...] = ("crisis", "emergency", "none", "today")

    def predict_proba(self, rows: list[str], /) -> np.ndarray:
        out = np.zeros((len(rows), len(self.classes_)))
        for i, row in enumerate(rows):
            alarming = row == self.sentence
            out[i, self.classes_.index(self.level if alarming else "none")] = (
                self.probability if alarming else 1
            )
            if alarming:
                out[i, self.classes_.index("none")] = 1 - self.probability
        return out


CALM_STORY = (
    "my mum starts her infusions next week. she had a reaction last time. what should we pack for the day"
)


@pytest.mark.parametrize(
    ("level", "probability", "alarm"),
    [
        ("emergency", 0.92, None),  # one calm sentence read alone ("she had a reaction") is not an emergency
        ("emergency", 0.96, "emergency"),
        ("crisis", 0.92, "crisis"),  # a crisis keeps the lower bar: recall first
    ],
)
def test_one_sentence_of_a_long_story_needs_more_certainty_for_an_emergency(
    level: str, probability: float, alarm: str | None
) -> None:
    model = TopicModel(
        features=_Texts(),
        subject=_SentenceScores("", "none", 0.0),
        safety=_SentenceScores("she had a reaction last time", level, probability),
    )
    verdict = model.check_safety(CALM_STORY)
    assert (verdict.kind if verdict else None) == alarm
