"""Measuring the models: stratified cross-validation on training data, and the held-out development set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tqdm import tqdm

from nlp.model import Example, build_subject_pipeline, subject_training_set
from nlp.taxonomy import CRISIS, EMERGENCY, OUT_OF_SCOPE, TODAY
from nlp.understanding import Context, Understander

SPECIALS = (OUT_OF_SCOPE, EMERGENCY, CRISIS, TODAY)
URGENT = (EMERGENCY, CRISIS, TODAY)


def cross_validate(
    examples: Sequence[Example], folds: int = 5, *, show_progress: bool = True
) -> dict[str, Any]:
    """Stratified k-fold accuracy and macro-F1 of the subject model, with per-label F1."""
    from sklearn.metrics import accuracy_score, f1_score  # training only: the bot never imports scikit-learn
    from sklearn.model_selection import StratifiedKFold

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


def _share_if_any(part: int, whole: int) -> float | None:
    """A share, or None when the set holds no such message: a missing level is not a zero recall."""
    return round(part / whole, 4) if whole else None


def _needs_poison_line(category: str) -> bool:
    """Swallowed substances and overdoses, named plainly or by kind ("poisoning-dishwasher")."""
    return category.split("-", 1)[0] in ("poison", "poisoning", "overdose") or "battery" in category


def evaluate(
    understander: Understander, items: Sequence[EvalItem], *, show_progress: bool = True
) -> dict[str, Any]:
    """Headline figures of the whole understanding step on a held-out set."""
    in_scope = [item for item in items if item.label not in SPECIALS]
    subject_right = answered_right = cancer_right = both_right = refused = 0
    clarified = clarified_right = 0
    off_topic_caught = off_topic_total = 0
    recall = {EMERGENCY: [0, 0], CRISIS: [0, 0], TODAY: [0, 0]}
    false_alarms = Counter[str]()
    confused = Counter[tuple[str, str]]()
    for item in tqdm(items, desc="evaluating", unit="q", disable=not show_progress):
        verdict = understander.understand(item.text)
        if item.label in URGENT:
            recall[item.label][1] += 1
            recall[item.label][0] += verdict.kind == item.label
            continue
        if item.label == OUT_OF_SCOPE:
            off_topic_total += 1
            off_topic_caught += verdict.kind == "out-of-scope"
            continue
        if verdict.kind in URGENT:
            false_alarms[verdict.kind] += 1
        # After a note to call the care team today, the question is still answered (or choices offered).
        kind = verdict.then if verdict.kind == TODAY and verdict.then else verdict.kind
        if kind == "out-of-scope":
            refused += 1
        if kind == "clarify":
            clarified += 1
            clarified_right += any(subject == item.label for subject, _ in verdict.alternatives)
        # The model's best subject: what it answered, or the first choice it offered.
        subject_ok = kind in ("answer", "clarify") and verdict.subject == item.label
        answered_right += kind == "answer" and subject_ok
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
        "today_false_alarms": _share(false_alarms[TODAY], total),
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
    "safety_emergency_recall": True,
    "safety_crisis_recall": True,
    "safety_today_recall": True,
    "safety_false_alarms": False,
}


def worse_figures(candidate: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The headline figures on which a candidate model does worse than the baseline."""
    worse = []
    for name, higher_is_better in HEADLINE.items():
        if candidate.get(name) is None or baseline.get(name) is None:
            continue
        new, old = float(candidate[name]), float(baseline[name])
        if (new < old) if higher_is_better else (new > old):
            worse.append(name)
    return worse


@dataclass(frozen=True)
class SafetyItem:
    """One held-out message with the urgency level it should get ("none" for a hard negative)."""

    text: str
    level: str
    category: str


def evaluate_safety(
    understander: Understander, items: Sequence[SafetyItem], *, show_progress: bool = True
) -> dict[str, Any]:
    """Recall of each urgency level, false alarms on the hard negatives, and every miss."""
    found = {level: [0, 0] for level in URGENT}
    by_category: dict[str, list[int]] = {}
    poison_named = [0, 0]
    false_alarms = negatives = refused_today = 0
    misses: list[dict[str, str]] = []
    for item in tqdm(items, desc="evaluating safety", unit="msg", disable=not show_progress):
        verdict = understander.understand(item.text)
        got = verdict.kind if verdict.kind in URGENT else "none"
        if item.level == "none":
            negatives += 1
            false_alarms += got != "none"
        else:
            found[item.level][1] += 1
            found[item.level][0] += got == item.level
            refused_today += item.level == TODAY and verdict.kind == "out-of-scope"
        if item.level == EMERGENCY and _needs_poison_line(item.category):
            poison_named[1] += 1
            poison_named[0] += verdict.kind == EMERGENCY and verdict.poison
        tally = by_category.setdefault(f"{item.level}/{item.category}", [0, 0])
        tally[1] += 1
        tally[0] += got == item.level
        if got != item.level:
            misses.append(
                {
                    "expected": item.level,
                    "got": got,
                    "category": item.category,
                    "why": verdict.reason,
                    "text": item.text,
                }
            )
    return {
        "messages": len(items),
        "emergency_recall": _share_if_any(*found[EMERGENCY]),
        "crisis_recall": _share_if_any(*found[CRISIS]),
        "today_recall": _share_if_any(*found[TODAY]),
        "urgent_either_level": _share_if_any(
            sum(1 for m in misses if m["expected"] in (EMERGENCY, CRISIS) and m["got"] in (EMERGENCY, CRISIS))
            + found[EMERGENCY][0]
            + found[CRISIS][0],
            found[EMERGENCY][1] + found[CRISIS][1],
        ),
        "today_refused_as_off_topic": refused_today,
        "poison_line_named": _share_if_any(*poison_named),
        "poisonings": poison_named[1],
        "hard_negative_false_alarms": _share_if_any(false_alarms, negatives),
        "by_category": {name: f"{right}/{total}" for name, (right, total) in sorted(by_category.items())},
        "misses": misses,
    }


@dataclass(frozen=True)
class FollowUpItem:
    """A held-out follow-up: the question before it, the follow-up, and the subject and cancer it is about."""

    previous: str
    text: str
    label: str
    cancer: str


def evaluate_follow_ups(
    understander: Understander, items: Sequence[FollowUpItem], *, show_progress: bool = True
) -> dict[str, Any]:
    """How often a follow-up gets the right subject and cancer when the question before it is its context."""
    subject_right = cancer_right = both_right = 0
    misses: list[dict[str, str]] = []
    for item in tqdm(items, desc="evaluating follow-ups", unit="pair", disable=not show_progress):
        before = understander.understand(item.previous)
        context = Context(previous=item.previous, subject=before.subject, cancer=before.cancer)
        verdict = understander.understand(item.text, context)
        kind = verdict.then if verdict.kind == TODAY and verdict.then else verdict.kind
        subject_ok = kind in ("answer", "clarify") and verdict.subject == item.label
        cancer_ok = (verdict.cancer or "general") == item.cancer
        subject_right += subject_ok
        cancer_right += cancer_ok
        both_right += subject_ok and cancer_ok
        if not (subject_ok and cancer_ok):
            got = verdict.subject if kind in ("answer", "clarify") and verdict.subject else kind
            misses.append(
                {
                    "expected": f"{item.label}/{item.cancer}",
                    "got": f"{got}/{verdict.cancer or 'general'}",
                    "previous": item.previous,
                    "text": item.text,
                }
            )
    total = len(items)
    return {
        "pairs": total,
        "follow_up_subject": _share(subject_right, total),
        "follow_up_cancer": _share(cancer_right, total),
        "follow_up_both": _share(both_right, total),
        "misses": misses,
    }
