"""Measuring the models: stratified cross-validation on training data, and the held-out development set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from tqdm import tqdm

from nlp.model import Example, build_subject_pipeline, subject_training_set
from nlp.taxonomy import CRISIS, EMERGENCY, OUT_OF_SCOPE
from nlp.understanding import Understander

SPECIALS = (OUT_OF_SCOPE, EMERGENCY, CRISIS)


def cross_validate(
    examples: Sequence[Example], folds: int = 5, *, show_progress: bool = True
) -> dict[str, Any]:
    """Stratified k-fold accuracy and macro-F1 of the subject model, with per-label F1."""
    texts, labels = subject_training_set(examples)
    counts = Counter(labels)
    usable = [i for i, label in enumerate(labels) if counts[label] >= folds]
    texts = [texts[i] for i in usable]
    labels = [labels[i] for i in usable]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    predicted: list[str] = [""] * len(texts)
    splits = list(splitter.split(texts, labels))
    for train_index, test_index in tqdm(
        splits, desc="cross-validation", unit="fold", disable=not show_progress
    ):
        pipeline = build_subject_pipeline().fit(
            [texts[i] for i in train_index], [labels[i] for i in train_index]
        )
        for index, label in zip(test_index, pipeline.predict([texts[i] for i in test_index]), strict=True):
            predicted[index] = str(label)
    label_names = sorted(set(labels))
    per_label = f1_score(labels, predicted, labels=label_names, average=None)
    return {
        "folds": folds,
        "examples": len(texts),
        "accuracy": round(float(accuracy_score(labels, predicted)), 4),
        "macro_f1": round(float(f1_score(labels, predicted, average="macro")), 4),
        "per_label_f1": {
            name: round(float(score), 4) for name, score in zip(label_names, per_label, strict=True)
        },
    }


@dataclass(frozen=True)
class EvalItem:
    """One held-out question with the label (subject or special) and cancer type it should get."""

    text: str
    label: str
    cancer: str


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def evaluate(
    understander: Understander, items: Sequence[EvalItem], *, show_progress: bool = True
) -> dict[str, Any]:
    """Headline figures of the whole understanding step on a held-out set."""
    in_scope = [item for item in items if item.label not in SPECIALS]
    subject_right = answered_right = cancer_right = both_right = refused = 0
    clarified = clarified_right = 0
    off_topic_caught = off_topic_total = 0
    recall = {EMERGENCY: [0, 0], CRISIS: [0, 0]}
    false_alarms = Counter[str]()
    confused = Counter[tuple[str, str]]()
    for item in tqdm(items, desc="evaluating", unit="q", disable=not show_progress):
        verdict = understander.understand(item.text)
        if item.label in (EMERGENCY, CRISIS):
            recall[item.label][1] += 1
            recall[item.label][0] += verdict.kind == item.label
            continue
        if item.label == OUT_OF_SCOPE:
            off_topic_total += 1
            off_topic_caught += verdict.kind == "out-of-scope"
            continue
        if verdict.kind in (EMERGENCY, CRISIS):
            false_alarms[verdict.kind] += 1
        if verdict.kind == "out-of-scope":
            refused += 1
        if verdict.kind == "clarify":
            clarified += 1
            clarified_right += any(subject == item.label for subject, _ in verdict.alternatives)
        # The model's best subject: what it answered, or the first choice it offered.
        subject_ok = verdict.kind in ("answer", "clarify") and verdict.subject == item.label
        answered_right += verdict.kind == "answer" and subject_ok
        cancer_ok = (verdict.cancer or "general") == item.cancer
        subject_right += subject_ok
        cancer_right += cancer_ok
        both_right += subject_ok and cancer_ok
        if not subject_ok:
            got = verdict.subject or verdict.kind
            confused[(item.label, f"clarify:{got}" if verdict.kind == "clarify" else got)] += 1
    total = len(in_scope)
    return {
        "questions": len(items),
        "in_scope": total,
        "subject_accuracy": _share(subject_right, total),
        "answered_correctly": _share(answered_right, total),
        "cancer_accuracy": _share(cancer_right, total),
        "both_correct": _share(both_right, total),
        "in_scope_refused": _share(refused, total),
        "clarified": _share(clarified, total),
        "clarified_with_right_choice": _share(clarified_right, clarified),
        "off_topic_caught": _share(off_topic_caught, off_topic_total),
        "emergency_recall": _share(*recall[EMERGENCY]),
        "crisis_recall": _share(*recall[CRISIS]),
        "emergency_false_alarms": _share(false_alarms[EMERGENCY], total),
        "crisis_false_alarms": _share(false_alarms[CRISIS], total),
        "most_confused": [{"expected": a, "got": b, "count": n} for (a, b), n in confused.most_common(10)],
    }


#: The figures a new model must not be worse on to be activated without an override; True: higher is better.
HEADLINE = {
    "subject_accuracy": True,
    "answered_correctly": True,
    "cancer_accuracy": True,
    "off_topic_caught": True,
    "in_scope_refused": False,
    "emergency_recall": True,
    "crisis_recall": True,
    "emergency_false_alarms": False,
    "crisis_false_alarms": False,
}


def worse_figures(candidate: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The headline figures on which a candidate model does worse than the baseline."""
    worse = []
    for name, higher_is_better in HEADLINE.items():
        if name not in candidate or name not in baseline:
            continue
        new, old = float(candidate[name]), float(baseline[name])
        if (new < old) if higher_is_better else (new > old):
            worse.append(name)
    return worse
