"""The topic model: TF-IDF features with calibrated linear classifiers for subjects and for safety."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from nlp.normalize import normalize, words
from nlp.safety import (
    SafetyKind,
    SafetyVerdict,
    figure_of_speech,
    match_rules,
    mentions_swallowing,
    negated_kinds,
    tells_of_danger_at_home,
    told_context,
)
from nlp.sentences import split_sentences
from nlp.taxonomy import CRISIS, EMERGENCY, OUT_OF_SCOPE, TODAY

NONE = "none"
SAFETY_LABELS = (EMERGENCY, CRISIS, TODAY)

#: The classifier alone raises the alarm at this probability; a weak rule needs only the lower one. Tuned on
#: the safety development set (content/eval/safety-dev.tsv), recall first. A note to call the care team today
#: needs more certainty from the classifier alone, and so does a level whose words the message only denies.
SAFETY_ALONE = 0.6
SAFETY_ALONE_TODAY = 0.9
SAFETY_ALONE_DENIED = 0.97
SAFETY_WITH_RULE = 0.5
#: A rule weakened because the story is over, long past, feared or a joke needs a near-certain classifier.
SAFETY_WITH_TOLD_RULE = 0.97
#: With no rule, a message that tells of something over, long past, feared or joked about needs this much.
SAFETY_ALONE_TOLD = 0.9
#: With no rule, a figure of speech, a joke or a what-if ("this waiting room is killing me lol") needs more.
SAFETY_ALONE_IDIOM = 0.95
#: In a long story, one sentence (or two in a row) read alone raises the alarm at these probabilities: the
#: alarming part of a long message is often one sentence that the rest of the story dilutes.
SAFETY_SENTENCE = 0.9
SAFETY_SENTENCE_TODAY = 0.97
#: An emergency needs a little more: on the development sets every one-sentence emergency below it was a calm
#: question (a sentence such as "she had a reaction" or "I can't find words mid sentence" read alone).
SAFETY_SENTENCE_EMERGENCY = 0.94
#: A sure call-today rule gives way to a crisis the classifier alone sees only at this probability: pain that
#: keeps someone up at night reads like distress to it ("awake most of the night with it"). On every read set
#: each such crisis was above it.
SAFETY_CRISIS_OVER_TODAY = 0.9

Progress = Callable[[str], None]

if TYPE_CHECKING:  # scikit-learn is imported only to train: the bot serves the compiled model (nlp.serving)
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline


class Features(Protocol):
    """Turns normalised texts into feature rows (scikit-learn's FeatureUnion or the compiled one)."""

    def transform(self, texts: Sequence[str], /) -> Any:
        """Feature rows of the texts."""
        ...


class Classifier(Protocol):
    """Gives each class a probability from feature rows (scikit-learn's estimators or the compiled ones)."""

    @property
    def classes_(self) -> Any:
        """The class labels, in the order of the probability columns."""
        ...

    def predict_proba(self, rows: Any, /) -> Any:
        """One row of class probabilities per feature row."""
        ...


@dataclass(frozen=True)
class Example:
    """A training text and its label: a subject id or a special label."""

    text: str
    label: str
    #: False for a line that teaches only what a message is about: the safety model reads it as nothing, so a
    #: calm off-topic health complaint cannot teach it that such complaints are never urgent.
    safety: bool = True


@dataclass(frozen=True)
class Prediction:
    """Subject labels (and out-of-scope) ranked by calibrated probability."""

    ranked: tuple[tuple[str, float], ...]

    @property
    def top(self) -> tuple[str, float]:
        """The most probable label."""
        return self.ranked[0]

    @property
    def margin(self) -> float:
        """How far the best label leads the second: small means the model hesitates."""
        if len(self.ranked) < 2:
            return self.ranked[0][1]
        return self.ranked[0][1] - self.ranked[1][1]


def build_features() -> FeatureUnion:
    """Word 1-2-grams for meaning plus character 2-5-grams for typos and word forms."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    words = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        token_pattern=r"(?u)\b\w[\w'-]*\b",  # noqa: S106 (a regex, not a password)
        sublinear_tf=True,
        min_df=1,
        dtype=np.float32,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, dtype=np.float32
    )
    return FeatureUnion([("words", words), ("chars", chars)])


def build_subject_classifier() -> CalibratedClassifierCV:
    """A linear SVM whose scores are calibrated to probabilities."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=0.5, class_weight="balanced", random_state=0, max_iter=5000)
    return CalibratedClassifierCV(svm, method="sigmoid", cv=3, ensemble=False)


def build_safety_classifier() -> LogisticRegression:
    """A small classifier for emergency / crisis / today / none that backs up the rules."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=8.0, class_weight="balanced", max_iter=3000, random_state=0)


def build_subject_pipeline() -> Pipeline:
    """Features and subject classifier in one estimator, for cross-validation."""
    from sklearn.pipeline import Pipeline

    return Pipeline([("features", build_features()), ("classifier", build_subject_classifier())])


def model_text(text: str) -> str:
    """What the models read: the normalised message (the same for training and prediction)."""
    return normalize(text)


def subject_training_set(examples: Iterable[Example]) -> tuple[list[str], list[str]]:
    """Texts and labels for the subject model: everything but the safety labels."""
    pairs = [(model_text(e.text), e.label) for e in examples if e.label not in SAFETY_LABELS]
    return [text for text, _ in pairs], [label for _, label in pairs]


def safety_training_set(examples: Iterable[Example]) -> tuple[list[str], list[str]]:
    """Texts and labels for the safety model: emergency, crisis, today, or none for the lines it reads."""
    pairs = [
        (model_text(e.text), e.label if e.label in SAFETY_LABELS else NONE) for e in examples if e.safety
    ]
    return [text for text, _ in pairs], [label for _, label in pairs]


def learn_domain_words(
    examples: Iterable[Example], *, min_count: int = 3, min_ratio: float = 4.0
) -> frozenset[str]:
    """Words far more frequent in cancer questions than in off-topic ones: evidence a message is in scope."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for example in examples:
        if example.label in SAFETY_LABELS:
            continue
        tokens = set(words(normalize(example.text)))
        (outside if example.label == OUT_OF_SCOPE else inside).update(tokens)
    total_in = max(sum(inside.values()), 1)
    total_out = max(sum(outside.values()), 1)
    return frozenset(
        word
        for word, count in inside.items()
        if count >= min_count
        and len(word) > 2
        and (count / total_in) / ((outside[word] + 1) / total_out) >= min_ratio
    )


@dataclass
class TopicModel:
    """Shared TF-IDF features, the subject and safety classifiers, and what is needed to check them."""

    features: Features
    subject: Classifier
    safety: Classifier
    domain_words: frozenset[str] = frozenset()
    metadata: dict[str, Any] = field(default_factory=dict)
    _last: tuple[str, Any] = field(default=("", None), init=False, repr=False, compare=False)

    def vectorize(self, text: str) -> Any:
        """Features of one message; the last one is kept, since safety and subject ask for the same text."""
        last = self._last
        if last[0] == text and last[1] is not None:
            return last[1]
        matrix = self.features.transform([model_text(text)])
        self._last = (text, matrix)
        return matrix

    def in_domain(self, text: str) -> bool:
        """True when the message uses words that mark cancer questions in the training data."""
        return not self.domain_words.isdisjoint(words(normalize(text)))

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """The subject model's labels (subjects and out-of-scope)."""
        return tuple(str(label) for label in self.subject.classes_)

    @cached_property
    def safety_labels(self) -> tuple[str, ...]:
        """The safety model's labels (emergency, crisis, today and none)."""
        return tuple(str(label) for label in self.safety.classes_)

    def classify(self, text: str) -> Prediction:
        """Rank the subject labels for one question."""
        return self.classify_many([text])[0]

    def classify_many(self, texts: Sequence[str]) -> list[Prediction]:
        """Rank the subject labels for many questions in one pass."""
        if len(texts) == 1:
            matrix = self.vectorize(texts[0])
        else:
            matrix = self.features.transform([model_text(text) for text in texts])
        probabilities = self.subject.predict_proba(matrix)
        labels = self.labels
        predictions = []
        for row in probabilities:
            values = row.tolist()
            order = sorted(range(len(values)), key=lambda i: -values[i])
            predictions.append(Prediction(tuple((labels[i], values[i]) for i in order)))
        return predictions

    def safety_probabilities(self, text: str) -> dict[str, float]:
        """Calibrated probability of each safety label for one message."""
        row = self.safety.predict_proba(self.vectorize(text))[0].tolist()
        return dict(zip(self.safety_labels, row, strict=True))

    def check_safety(self, text: str) -> SafetyVerdict | None:
        """Rules first; the classifier confirms weak rules and catches phrasings no rule knows."""
        verdict = match_rules(text)
        if verdict is not None and verdict.strength == "strong" and verdict.kind != "today":
            return verdict
        probabilities = self.safety_probabilities(text)
        if verdict is not None and verdict.strength == "strong":
            # A sure call-today note may still be an emergency or a crisis that no rule saw: recall first.
            alone = self._classifier_alone(text, probabilities, by_sentence=False)
            if alone is not None and (
                alone.kind == "emergency"
                or (alone.kind == "crisis" and probabilities[CRISIS] >= SAFETY_CRISIS_OVER_TODAY)
            ):
                return replace(alone, reason=f"{alone.reason} over {verdict.reason}")
            return verdict
        told = verdict is not None and verdict.weakened_by in ("past", "resolved", "hypothetical")
        if verdict is not None and probabilities.get(verdict.kind, 0.0) >= (
            SAFETY_WITH_TOLD_RULE if told else SAFETY_WITH_RULE
        ):
            return verdict
        return self._classifier_alone(text, probabilities)

    def _classifier_alone(
        self, text: str, probabilities: dict[str, float], *, by_sentence: bool = True
    ) -> SafetyVerdict | None:
        """The classifier's verdict where no sure rule speaks: a higher bar for a story told as over, feared
        or joked about, or for a level the message denies; then each sentence of a long message alone."""
        kind, probability = max(
            ((label, probabilities.get(label, 0.0)) for label in SAFETY_LABELS),
            key=lambda item: item[1],
        )
        level = _SAFETY_KINDS[kind]
        stripped = figure_of_speech(text) if level == "crisis" else None
        if stripped is not None:
            # crisis words in a figure of speech or a routine question are read without them, as the rules do
            probability = min(probability, self.safety_probabilities(stripped).get(kind, 0.0))
        bar = SAFETY_ALONE_TODAY if level == "today" else SAFETY_ALONE
        if probability < bar and (not by_sentence or len(split_sentences(text)) < 2):
            return None  # below every bar, and no sentence to read on its own: how it is told cannot matter
        story = told_context(text)
        # A fear of what one might do is still a crisis, and so is a past attempt told now (a risk for years
        # after): only a story that is over, an idiom or a worry about the illness itself counts.
        told_story = story is not None and not (level == "crisis" and story in ("hypothetical", "past"))
        if told_story:
            near_certain = story in ("idiom", "hypothetical", "worry", "question")
            bar = max(bar, SAFETY_ALONE_IDIOM if near_certain else SAFETY_ALONE_TOLD)
        if probability >= bar and level in negated_kinds(text):
            bar = SAFETY_ALONE_DENIED
        if probability >= bar:
            poison = level == "emergency" and mentions_swallowing(text)
            at_home = level == "crisis" and tells_of_danger_at_home(text)
            return SafetyVerdict(level, f"classifier p={probability:.2f}", poison=poison, at_home=at_home)
        return None if told_story or not by_sentence else self._check_sentences(text)

    def _check_sentences(self, text: str) -> SafetyVerdict | None:
        """Read each sentence, and each pair of sentences, of a long message on its own."""
        sentences = split_sentences(text)
        if len(sentences) < 2:
            return None
        spans = sentences + [f"{a} {b}" for a, b in pairwise(sentences)]
        rows = self.safety.predict_proba(self.features.transform([model_text(span) for span in spans]))
        denied = negated_kinds(text)
        best: tuple[float, SafetyKind] | None = None
        for column, label in enumerate(self.safety.classes_):
            level = _SAFETY_KINDS.get(str(label))
            if level is None or level in denied:
                continue
            probability = float(rows[:, column].max())
            bar = {"today": SAFETY_SENTENCE_TODAY, "emergency": SAFETY_SENTENCE_EMERGENCY}.get(
                level, SAFETY_SENTENCE
            )
            if probability >= bar and (best is None or probability > best[0]):
                best = (probability, level)
        if best is None:
            return None
        probability, level = best
        poison = level == "emergency" and mentions_swallowing(text)
        at_home = level == "crisis" and tells_of_danger_at_home(text)
        return SafetyVerdict(
            level, f"classifier, one sentence p={probability:.2f}", poison=poison, at_home=at_home
        )


_SAFETY_KINDS: dict[str, SafetyKind] = {EMERGENCY: "emergency", CRISIS: "crisis", TODAY: "today"}


def train(examples: Sequence[Example], progress: Progress | None = None) -> TopicModel:
    """Fit both pipelines on all examples."""
    say = progress or (lambda _message: None)
    texts, labels = subject_training_set(examples)
    if OUT_OF_SCOPE not in labels:
        raise ValueError("training needs out-of-scope examples")
    started = time.perf_counter()
    safety_texts, safety_labels = safety_training_set(examples)
    # The features are fitted on what the safety model reads, so that subject-only lines leave it unchanged.
    say(f"fitting TF-IDF features on {len(safety_texts)} examples")
    features = build_features().fit(safety_texts)
    say(f"training the subject model on {len(texts)} examples, {len(set(labels))} labels")
    subject = build_subject_classifier().fit(features.transform(texts), labels)
    say(f"training the safety model on {len(safety_texts)} examples")
    safety = build_safety_classifier().fit(features.transform(safety_texts), safety_labels)
    domain = learn_domain_words(examples)
    say(f"trained in {time.perf_counter() - started:.1f} s ({len(domain)} domain words)")
    return TopicModel(features=features, subject=subject, safety=safety, domain_words=domain)
