"""Classification speed: single-question latency (p50/p99), batch throughput and training time.

The scikit-learn pipeline's own predict() runs in the same process on the same questions as the baseline,
so the cost of oncobot's extra steps (safety rules and classifier, gazetteer, decision rules) shows plainly.
Usage: python bench/classify.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from sklearn.pipeline import Pipeline
from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.files import read_content  # noqa: E402
from bot.content.sync import labelled_questions  # noqa: E402
from nlp.model import Example, train  # noqa: E402
from nlp.normalize import normalize  # noqa: E402
from nlp.understanding import Understander  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(fn, items, desc):  # type: ignore[no-untyped-def]
    latencies = []
    for item in tqdm(items, desc=desc, unit="q", file=sys.stderr, leave=False):
        started = time.perf_counter()
        fn(item)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="training runs to time")
    args = parser.parse_args()
    content = read_content(ROOT / "content")
    examples = [Example(q.text, q.label) for q in labelled_questions(content)]
    questions = [row.text for row in content.eval_rows] or [e.text for e in examples[:1000]]

    train_times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        model = train(examples)
        train_times.append(time.perf_counter() - started)
    understander = Understander(model)
    for text in questions[:20]:  # warm caches
        understander.understand(text)

    baseline_pipeline = Pipeline([("features", model.features), ("classifier", model.subject)])
    baseline = timed(lambda q: baseline_pipeline.predict([normalize(q)]), questions, "sklearn predict")
    ours = timed(understander.understand, questions, "oncobot understand")

    batch = questions * max(1, 5000 // len(questions))
    started = time.perf_counter()
    baseline_pipeline.predict([normalize(q) for q in batch])
    baseline_rate = len(batch) / (time.perf_counter() - started)
    started = time.perf_counter()
    model.classify_many(batch)
    batch_rate = len(batch) / (time.perf_counter() - started)

    print(f"training examples            {len(examples)}")
    print(f"questions timed              {len(questions)}")
    print(f"train time (s)               median {statistics.median(train_times):.2f} over {args.repeat} runs")
    print("single question latency (ms)  p50      p99")
    print(f"  sklearn pipeline predict   {percentile(baseline, 0.5):7.2f}  {percentile(baseline, 0.99):7.2f}")
    print(f"  oncobot understand         {percentile(ours, 0.5):7.2f}  {percentile(ours, 0.99):7.2f}")
    print("batch throughput (questions/s)")
    print(f"  sklearn pipeline predict   {baseline_rate:9.0f}")
    print(f"  oncobot classify_many      {batch_rate:9.0f}  ({len(batch)} questions)")


if __name__ == "__main__":
    main()
