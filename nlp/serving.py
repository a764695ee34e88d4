"""The serving model: the trained TF-IDF features and linear classifiers as numpy arrays, no scikit-learn.

Training stays scikit-learn (nlp.model); `compile_model` copies what prediction needs (vocabularies as
sorted byte-string arrays, idf weights, coefficients, intercepts, sigmoid calibration) into one .npz, and
`loads` builds a TopicModel from it that gives the same probabilities, so that the bot loads megabytes of
arrays instead of scikit-learn, scipy and skops.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from nlp.model import TopicModel

#: Bumped whenever the artifact's layout changes: a stored model of another format is retrained at start.
FORMAT_VERSION = 4
SERVING_NAME = "serving.npz"
_WHITE_SPACES = re.compile(r"\s\s+")

Floats = NDArray[np.float64]


class IncompatibleModelError(RuntimeError):
    """The stored model cannot be used by this version of the code or its libraries."""


@dataclass(frozen=True)
class SparseRows:
    """Feature rows of several texts: for each row its column indices and values (what a CSR matrix holds)."""

    rows: tuple[tuple[NDArray[np.int64], NDArray[np.float32]], ...]


#: How many words (or word n-grams) a vocabulary remembers the columns of before it starts afresh.
KNOWN_PIECES = 4096


@dataclass(frozen=True)
class Vocabulary:
    """One TF-IDF vectorizer: sorted UTF-8 terms, their columns and idf weights, and how to cut n-grams."""

    terms: NDArray[np.bytes_]
    #: each term's column; None when it is the term's rank (scikit-learn numbers its sorted vocabulary so)
    columns: NDArray[np.int64] | None
    idf: NDArray[np.floating[Any]]
    analyzer: str
    ngram_range: tuple[int, int]
    token_pattern: re.Pattern[str] | None
    sublinear_tf: bool
    offset: int
    #: The columns of pieces already looked up: a word's character n-grams, or one word n-gram. Questions
    #: repeat their words, and a dictionary lookup costs far less than cutting and searching the terms again.
    _known: dict[str, array[int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def pieces(self, text: str) -> list[str]:
        """What the text's features come from: its words for character n-grams (which never cross a word), or
        its word n-grams (lower-cased, as the vectorizers are)."""
        text = text.lower()
        if self.analyzer == "char_wb":
            return _WHITE_SPACES.sub(" ", text).split()
        low, high = self.ngram_range
        assert self.token_pattern is not None
        tokens: list[str] = self.token_pattern.findall(text)
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high + 1, len(tokens) + 1)):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def grams(self, piece: str) -> list[str]:
        """The n-grams scikit-learn's analyzer cuts from one piece: a padded word's character n-grams."""
        if self.analyzer != "char_wb":
            return [piece]
        low, high = self.ngram_range
        padded = f" {piece} "
        grams: list[str] = []
        for n in range(low, high + 1):
            start = 0
            grams.append(padded[start : start + n])
            while start + n < len(padded):
                start += 1
                grams.append(padded[start : start + n])
            if start == 0:  # a short word counts once
                break
        return grams

    def _look_up(self, pieces: set[str]) -> None:
        """Find the columns of new pieces' n-grams in one search of the sorted terms."""
        owners: list[str] = []
        encoded: list[bytes] = []
        for piece in pieces:
            grams = self.grams(piece)
            owners.extend([piece] * len(grams))
            encoded.extend(gram.encode() for gram in grams)
        found_in: dict[str, list[int]] = {piece: [] for piece in pieces}
        if encoded:
            keys = np.array(encoded, dtype=np.bytes_)
            where = np.searchsorted(self.terms, keys)
            where[where >= len(self.terms)] = 0
            found = self.terms[where] == keys
            columns = where if self.columns is None else self.columns[where]
            for owner, column, hit in zip(owners, columns.tolist(), found.tolist(), strict=True):
                if hit:
                    found_in[owner].append(column)
        for piece, columns_found in found_in.items():
            self._known[piece] = array("i", columns_found)

    def row(self, text: str) -> tuple[NDArray[np.int64], NDArray[np.float32]]:
        """Columns (in the union's numbering) and l2-normalised TF-IDF values of one text."""
        pieces = self.pieces(text)
        known = self._known
        new = {piece for piece in pieces if piece not in known}
        if len(known) + len(new) > KNOWN_PIECES:
            known.clear()
            new = set(pieces)
        if new:
            self._look_up(new)
        counted = Counter(column for piece in pieces for column in known[piece])
        if not counted:
            return np.empty(0, np.int64), np.empty(0, np.float32)
        order = sorted(counted)
        columns = np.array(order, dtype=np.int64)
        data = np.array([counted[column] for column in order], dtype=np.float32)
        if self.sublinear_tf:
            data = (np.log(data) + np.float32(1.0)).astype(np.float32)
        data = (data * self.idf[columns]).astype(np.float32)
        # As scikit-learn's l2 norm: squares in float32, summed in order in double, divided in double.
        norm = math.sqrt(sum((data * data).tolist()))
        if norm > 0.0:
            data = (data.astype(np.float64) / norm).astype(np.float32)
        return columns + self.offset, data


@dataclass(frozen=True)
class CompiledFeatures:
    """The union of word and character TF-IDF features, computed with numpy."""

    parts: tuple[Vocabulary, ...]

    def transform(self, texts: Sequence[str]) -> SparseRows:
        """Feature rows of the texts (already normalised by nlp.model.model_text)."""
        rows = []
        for text in texts:
            pieces = [part.row(text) for part in self.parts]
            rows.append((np.concatenate([c for c, _ in pieces]), np.concatenate([v for _, v in pieces])))
        return SparseRows(tuple(rows))


def _scores(rows: SparseRows, weights: Floats, intercept: Floats) -> Floats:
    """Linear decision scores: one row per text, one column per class (weights are features x classes).

    Computed in double precision (the subject weights are stored in single precision, half the memory) and
    summed feature by feature in column order, as scipy's sparse product does, so that the scores are within
    rounding of those scikit-learn computes.
    """
    out = np.empty((len(rows.rows), weights.shape[1]), dtype=np.float64)
    for i, (columns, values) in enumerate(rows.rows):
        products = values.astype(np.float64)[:, np.newaxis] * weights[columns].astype(np.float64)
        out[i] = products.sum(axis=0) + intercept
    return out


@dataclass(frozen=True)
class _Linear:
    """The classes and linear weights both classifiers share; only their probabilities differ."""

    classes_: NDArray[np.str_]
    weights: Floats
    intercept: Floats


@dataclass(frozen=True)
class SigmoidCalibrated(_Linear):
    """A one-vs-rest linear SVM with Platt scaling per class, normalised to sum to one (multi-class)."""

    slopes: Floats
    offsets: Floats

    def predict_proba(self, rows: SparseRows) -> Floats:
        """Calibrated probability of each class, as CalibratedClassifierCV computes it."""
        scores = _scores(rows, self.weights, self.intercept).astype(np.float64)
        proba: Floats = 1.0 / (1.0 + np.exp(self.slopes * scores + self.offsets))
        total = proba.sum(axis=1)[:, np.newaxis]
        uniform = np.full_like(proba, 1.0 / proba.shape[1])
        proba = np.divide(proba, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba


@dataclass(frozen=True)
class Softmax(_Linear):
    """A multinomial logistic regression."""

    def predict_proba(self, rows: SparseRows) -> Floats:
        """Probability of each class, as LogisticRegression computes it."""
        scores = _scores(rows, self.weights, self.intercept)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores


def _vocabulary_arrays(prefix: str, vectorizer: Any, offset: int) -> dict[str, NDArray[Any]]:
    terms = sorted(vectorizer.vocabulary_.items(), key=lambda item: item[0].encode())
    return {
        f"{prefix}.terms": np.array([term.encode() for term, _ in terms], dtype=np.bytes_),
        f"{prefix}.columns": np.array([column for _, column in terms], dtype=np.int64),
        f"{prefix}.idf": np.asarray(vectorizer.idf_),
        f"{prefix}.config": np.array(
            [
                json.dumps(
                    {
                        "analyzer": vectorizer.analyzer,
                        "ngram_range": list(vectorizer.ngram_range),
                        "token_pattern": vectorizer.token_pattern if vectorizer.analyzer == "word" else None,
                        "sublinear_tf": bool(vectorizer.sublinear_tf),
                        "offset": offset,
                    }
                )
            ]
        ),
    }


def _check_supported(vectorizer: Any) -> None:
    """Refuse settings the numpy features do not reproduce, rather than serve different probabilities."""
    supported = (
        vectorizer.lowercase
        and vectorizer.strip_accents is None
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.stop_words is None
        and not vectorizer.binary
        and vectorizer.norm == "l2"
        and vectorizer.use_idf
        and vectorizer.analyzer in ("word", "char_wb")
    )
    if not supported:
        raise ValueError(f"cannot compile a {vectorizer.analyzer} vectorizer with these settings")


def compile_model(model: TopicModel) -> bytes:
    """The serving arrays of a scikit-learn TopicModel, as an .npz (no pickled objects)."""
    features: Any = model.features  # scikit-learn's objects: their attributes are read, not typed
    subject: Any = model.subject
    safety: Any = model.safety
    arrays: dict[str, NDArray[Any]] = {}
    offset = 0
    names = []
    for name, vectorizer in features.transformer_list:
        _check_supported(vectorizer)
        arrays |= _vocabulary_arrays(f"features.{name}", vectorizer, offset)
        offset += len(vectorizer.vocabulary_)
        names.append(name)
    arrays["features.names"] = np.array(names)
    (calibrated,) = subject.calibrated_classifiers_
    svm = calibrated.estimator
    if calibrated.method != "sigmoid" or len(calibrated.classes) < 3:
        raise ValueError("the subject model must be a multi-class, sigmoid-calibrated classifier")
    if list(svm.classes_) != list(calibrated.classes):
        raise ValueError("the subject model's classes are not in the calibrator's order")
    arrays["subject.classes"] = np.array([str(label) for label in calibrated.classes])
    # Single precision: by far the largest array (terms x subjects); scores stay within 1e-6 of sklearn's.
    arrays["subject.weights"] = np.ascontiguousarray(svm.coef_.T, dtype=np.float32)
    arrays["subject.intercept"] = np.asarray(svm.intercept_)
    arrays["subject.slopes"] = np.array([c.a_ for c in calibrated.calibrators], dtype=np.float64)
    arrays["subject.offsets"] = np.array([c.b_ for c in calibrated.calibrators], dtype=np.float64)
    if len(safety.classes_) < 3:
        raise ValueError("the safety model must be multi-class")
    arrays["safety.classes"] = np.array([str(label) for label in safety.classes_])
    arrays["safety.weights"] = np.ascontiguousarray(safety.coef_.T)
    arrays["safety.intercept"] = np.asarray(safety.intercept_)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, allow_pickle=False, **arrays)
    return buffer.getvalue()


def _vocabulary(arrays: Any, prefix: str) -> Vocabulary:
    config = json.loads(str(arrays[f"{prefix}.config"][0]))
    pattern = config["token_pattern"]
    low, high = config["ngram_range"]
    columns = arrays[f"{prefix}.columns"]
    ranked = np.array_equal(columns, np.arange(len(columns)))
    return Vocabulary(
        terms=arrays[f"{prefix}.terms"],
        columns=None if ranked else columns,  # not kept when it says nothing: a megabyte saved
        idf=arrays[f"{prefix}.idf"],
        analyzer=config["analyzer"],
        ngram_range=(int(low), int(high)),
        token_pattern=re.compile(pattern) if pattern else None,
        sublinear_tf=bool(config["sublinear_tf"]),
        offset=int(config["offset"]),
    )


def from_arrays(data: bytes, meta: dict[str, Any]) -> TopicModel:
    """A TopicModel that predicts with the compiled arrays."""
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        loaded = {name: arrays[name] for name in arrays.files}
    features = CompiledFeatures(
        tuple(_vocabulary(loaded, f"features.{name}") for name in loaded["features.names"])
    )
    subject = SigmoidCalibrated(
        loaded["subject.classes"],
        loaded["subject.weights"].astype(np.float32, copy=False),  # also a model compiled in double precision
        loaded["subject.intercept"],
        loaded["subject.slopes"],
        loaded["subject.offsets"],
    )
    safety = Softmax(loaded["safety.classes"], loaded["safety.weights"], loaded["safety.intercept"])
    domain = frozenset(str(word) for word in meta.get("domain_words", []))
    return TopicModel(features=features, subject=subject, safety=safety, domain_words=domain, metadata=meta)


def read_metadata(artifact: bytes) -> dict[str, Any]:
    """The metadata of an artifact, without loading its models."""
    try:
        with zipfile.ZipFile(io.BytesIO(artifact)) as archive:
            meta: dict[str, Any] = json.loads(archive.read("meta.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as error:
        raise IncompatibleModelError(f"not an oncobot model artifact: {error}") from error
    return meta


def check_format(meta: dict[str, Any]) -> None:
    """Refuse an artifact written in another layout (the caller retrains)."""
    if meta.get("format") != FORMAT_VERSION:
        raise IncompatibleModelError(
            f"model format {meta.get('format')!r} is not {FORMAT_VERSION}: retrain with 'oncobot train'"
        )


def loads(artifact: bytes) -> TopicModel:
    """The serving model of a stored artifact (written by nlp.persistence.dumps), without scikit-learn."""
    meta = read_metadata(artifact)
    check_format(meta)
    try:
        with zipfile.ZipFile(io.BytesIO(artifact)) as archive:
            data = archive.read(SERVING_NAME)
    except KeyError as error:
        raise IncompatibleModelError(
            "the artifact has no serving model: retrain with 'oncobot train'"
        ) from error
    try:
        return from_arrays(data, meta)
    except (KeyError, ValueError) as error:
        raise IncompatibleModelError(f"the serving model cannot be read: {error}") from error
