import io
import json
import zipfile

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
