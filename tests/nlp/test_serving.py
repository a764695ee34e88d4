"""The compiled serving model answers exactly as the scikit-learn model it was compiled from."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from bot.content.files import ContentSet
from nlp import persistence, serving
from nlp.model import TopicModel

TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def compiled(model: TopicModel) -> TopicModel:
    """The serving model as the bot loads it: from a stored artifact, without scikit-learn objects."""
    return serving.loads(persistence.dumps(model, {"note": "test"}))


def _held_out(content: ContentSet) -> list[str]:
    texts = [row.text for name in ("dev", "consumer") for row in content.eval_sets.get(name, [])]
    assert len(texts) > 500, "the dev and consumer sets should be there"
    return texts


def test_compiled_model_ranks_every_dev_and_consumer_line_as_scikit_learn_does(
    model: TopicModel, compiled: TopicModel, content: ContentSet
) -> None:
    texts = _held_out(content)
    for text, expected, served in zip(
        texts, model.classify_many(texts), compiled.classify_many(texts), strict=True
    ):
        assert [label for label, _ in served.ranked] == [label for label, _ in expected.ranked], text
        worst = max(abs(p - q) for (_, p), (_, q) in zip(served.ranked, expected.ranked, strict=True))
        assert worst <= TOLERANCE, text


def test_compiled_safety_model_gives_the_same_probabilities_and_verdicts(
    model: TopicModel, compiled: TopicModel, content: ContentSet
) -> None:
    for text in _held_out(content):
        expected, served = model.safety_probabilities(text), compiled.safety_probabilities(text)
        assert served.keys() == expected.keys()
        assert all(abs(served[k] - expected[k]) <= TOLERANCE for k in expected), text
        assert compiled.check_safety(text) == model.check_safety(text), text


def test_one_question_and_a_batch_agree(compiled: TopicModel) -> None:
    texts = ["what are the side effects of chemo", "", "CAR-T für Leber… naïve?!", "a"]
    assert [compiled.classify(text) for text in texts] == compiled.classify_many(texts)


def test_words_looked_up_before_or_forgotten_give_the_same_answers(
    model: TopicModel, content: ContentSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _held_out(content)[:300]
    fresh = serving.loads(persistence.dumps(model, {}))
    expected = [fresh.classify(text) for text in texts]
    assert [fresh.classify(text) for text in texts] == expected  # every word remembered now
    monkeypatch.setattr(serving, "KNOWN_PIECES", 40)  # forgets every few questions
    forgetful = serving.loads(persistence.dumps(model, {}))
    assert [forgetful.classify(text) for text in texts] == expected


def test_artifact_without_serving_arrays_is_refused_so_the_bot_retrains(model: TopicModel) -> None:
    artifact = persistence.dumps(model, {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(artifact)) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            if name != serving.SERVING_NAME:
                target.writestr(name, source.read(name))
    with pytest.raises(serving.IncompatibleModelError, match="oncobot train"):
        serving.loads(buffer.getvalue())


def test_artifact_of_an_older_format_is_refused(model: TopicModel) -> None:
    artifact = persistence.dumps(model, {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(artifact)) as source, zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "meta.json":
                data = json.dumps({**json.loads(data), "format": 3}).encode()
            target.writestr(name, data)
    with pytest.raises(serving.IncompatibleModelError, match="format 3"):
        serving.loads(buffer.getvalue())
