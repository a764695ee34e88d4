"""Saving a TopicModel with skops (never pickle) beside its compiled serving arrays; loading it back."""

from __future__ import annotations

import io
import json
import platform
import zipfile
from datetime import UTC, datetime
from typing import Any

import numpy as np
import scipy
import sklearn
import skops
import skops.io as sio

from nlp.model import TopicModel
from nlp.serving import FORMAT_VERSION, SERVING_NAME, IncompatibleModelError, check_format, compile_model
from nlp.serving import read_metadata as read_metadata

__all__ = ["FORMAT_VERSION", "IncompatibleModelError", "dumps", "loads", "read_metadata"]

#: Types outside skops' default trust list that our own pipelines contain, and nothing more.
TRUSTED_TYPES = frozenset(
    {
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.calibration.CalibratedClassifierCV",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.pipeline.Pipeline",
        "sklearn.svm._classes.LinearSVC",
        "builtins.slice",
        "numpy.float32",
        "numpy.float64",
        "numpy.int64",
        "numpy.dtype",
        "numpy.ndarray",
        "scipy.sparse._csr.csr_matrix",
        "scipy.sparse._csr.csr_array",
    }
)


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def library_versions() -> dict[str, str]:
    """Versions that decide whether a saved model can be loaded again."""
    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def dumps(model: TopicModel, metadata: dict[str, Any]) -> bytes:
    """Serialise both pipelines, their compiled serving arrays and their metadata into one zip artifact."""
    meta = {
        **metadata,
        "format": FORMAT_VERSION,
        "libraries": library_versions(),
        "labels": list(model.labels),
        "domain_words": sorted(model.domain_words),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("meta.json", json.dumps(meta, indent=2, sort_keys=True))
        archive.writestr("features.skops", sio.dumps(model.features))
        archive.writestr("subject.skops", sio.dumps(model.subject))
        archive.writestr("safety.skops", sio.dumps(model.safety))
        archive.writestr(SERVING_NAME, compile_model(model))
    return buffer.getvalue()


def _check_compatible(meta: dict[str, Any]) -> None:
    check_format(meta)
    saved = meta.get("libraries", {}).get("scikit-learn", "?")
    if _minor(saved) != _minor(sklearn.__version__):
        raise IncompatibleModelError(
            f"model was trained with scikit-learn {saved}, this is {sklearn.__version__}: "
            "retrain with 'oncobot train'"
        )


def _load_trusted(data: bytes, name: str) -> Any:
    untrusted = set(sio.get_untrusted_types(data=data))
    unexpected = untrusted - TRUSTED_TYPES
    if unexpected:
        raise IncompatibleModelError(
            f"{name} holds types this code does not trust: {', '.join(sorted(unexpected))}"
        )
    return sio.loads(data, trusted=sorted(untrusted))


def loads(artifact: bytes) -> TopicModel:
    """Load an artifact written by dumps, after checking its format, versions and types."""
    meta = read_metadata(artifact)
    _check_compatible(meta)
    with zipfile.ZipFile(io.BytesIO(artifact)) as archive:
        features = _load_trusted(archive.read("features.skops"), "features")
        subject = _load_trusted(archive.read("subject.skops"), "subject model")
        safety = _load_trusted(archive.read("safety.skops"), "safety model")
    domain = frozenset(str(word) for word in meta.get("domain_words", []))
    return TopicModel(features=features, subject=subject, safety=safety, domain_words=domain, metadata=meta)
