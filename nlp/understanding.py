"""What a message is about: safety first, then subject, cancer type, and whether to answer at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from nlp.cancer_types import CancerGazetteer, mentions_cancer_domain
from nlp.model import Prediction, TopicModel
from nlp.normalize import normalize
from nlp.taxonomy import OUT_OF_SCOPE

Kind = Literal["answer", "clarify", "out-of-scope", "emergency", "crisis"]
KINDS: tuple[Kind, ...] = ("answer", "clarify", "out-of-scope", "emergency", "crisis")


@dataclass(frozen=True)
class Thresholds:
    """When to answer, when to ask back and when to decline; pinned so that evaluations are comparable."""

    #: Below this calibrated probability the model is unsure and offers choices instead.
    confidence: float = 0.35
    #: Below this lead over the runner-up the model is torn between two subjects.
    margin: float = 0.05
    #: A question with no word of cancer care needs at least this much confidence to be answered.
    without_domain_words: float = 0.50
    #: The off-topic class wins outright at this probability even when cancer words appear.
    out_of_scope: float = 0.50
    #: How many choices a clarifying reply offers.
    alternatives: int = 3


@dataclass(frozen=True)
class Understanding:
    """The verdict on one message, before any answer is chosen."""

    kind: Kind
    subject: str | None
    cancer: str | None
    cancer_term: str | None
    confidence: float
    alternatives: tuple[tuple[str, float], ...]
    reason: str


class Understander:
    """Runs the safety check, the subject model and the cancer gazetteer on one message."""

    def __init__(
        self,
        model: TopicModel,
        gazetteer: CancerGazetteer | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.model = model
        self.gazetteer = gazetteer or CancerGazetteer()
        self.thresholds = thresholds or Thresholds()

    def understand(self, text: str) -> Understanding:
        """Decide what kind of reply a message gets and what it is about."""
        mention = self.gazetteer.detect(text)
        cancer = mention.cancer if mention else None
        term = mention.term if mention else None
        if not normalize(text):
            return Understanding("clarify", None, cancer, term, 0.0, (), "empty message")
        verdict = self.model.check_safety(text)
        if verdict is not None:
            return Understanding(verdict.kind, None, cancer, term, 1.0, (), verdict.reason)
        return self._decide(text, self.model.classify(text), cancer, term)

    def _decide(
        self, text: str, prediction: Prediction, cancer: str | None, term: str | None
    ) -> Understanding:
        limits = self.thresholds
        label, probability = prediction.top
        subjects = tuple((s, p) for s, p in prediction.ranked if s != OUT_OF_SCOPE)
        choices = subjects[: limits.alternatives]
        in_domain = self.model.in_domain(text) or mentions_cancer_domain(text, self.gazetteer)
        if label == OUT_OF_SCOPE:
            if probability >= limits.out_of_scope or not in_domain:
                return Understanding("out-of-scope", None, cancer, term, probability, (), "off-topic class")
            best = choices[0][0] if choices else None
            return Understanding(
                "clarify", best, cancer, term, probability, choices, "off-topic but cancer words"
            )
        if not in_domain and probability < limits.without_domain_words:
            return Understanding(
                "out-of-scope", None, cancer, term, probability, (), "no cancer words, unsure"
            )
        if probability < limits.confidence or prediction.margin < limits.margin:
            return Understanding(
                "clarify", label, cancer, term, probability, choices, "unsure between subjects"
            )
        return Understanding("answer", label, cancer, term, probability, choices[1:], "confident")
