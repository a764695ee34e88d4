"""What a message is about: safety first, then subject, cancer type, and whether to answer at all."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from nlp.cancer_types import CancerGazetteer, mentions_cancer_domain
from nlp.model import Prediction, TopicModel
from nlp.normalize import normalize, words
from nlp.safety import mentions_pregnancy
from nlp.taxonomy import OUT_OF_SCOPE

SIDE_EFFECTS = "side-effects"

Kind = Literal["answer", "clarify", "out-of-scope", "emergency", "crisis", "today"]
KINDS: tuple[Kind, ...] = ("answer", "clarify", "out-of-scope", "emergency", "crisis", "today")
#: The kinds whose reply is urgent: they skip the question limit and jump the outbox queue.
URGENT_KINDS: frozenset[str] = frozenset({"emergency", "crisis", "today"})


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


#: How much a follow-up leans on its conversation, read as the question before it followed by the follow-up
#: twice, so that the follow-up's own words still lead (both tuned on content/eval/followups-dev.tsv).
FOLLOW_UP_WEIGHT = 0.2
FOLLOW_UP_REPEAT = 2
#: A short message in a conversation ("side effects?", "what age") leans on the last question, and so does one
#: that opens like a follow-up.
FOLLOW_UP_WORDS = 16
_FOLLOW_UP = re.compile(
    r"^(?:and|also|but|so|what about|how about|what if|is it|is that|does it|does that|can it|can they|"
    r"will it|would it|same for|and what|and how|and is|and at|at stage|in stage|for stage|"
    r"what else|tell me more|more about)\b"
)
#: Words that point back to the previous question ("is it painful", "can she take vitamins").
_REFERENCES = frozenset(
    [
        "it",
        "its",
        "it's",
        "that",
        "this",
        "those",
        "these",
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "they",
        "them",
        "their",
        "there",
        "then",
        "same",
    ]
)
#: Above this, the off-topic class wins over a context: a short message that says nothing of cancer and does
#: not point back ("whats the weather tomorrow") needs less than one that does.
OFF_TOPIC_DESPITE_CONTEXT = 0.95
OFF_TOPIC_DESPITE_CONTEXT_BARE = 0.85


@dataclass(frozen=True)
class Context:
    """The last answered question of the person (text, subject, cancer) and a cancer they asked to keep."""

    previous: str | None = None
    subject: str | None = None
    cancer: str | None = None
    remembered: str | None = None


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
    #: A swallowed substance or an overdose: the emergency reply names the poison line.
    poison: bool = False
    #: A crisis of someone hurt, threatened or neglected by another person: the reply names the danger line.
    at_home: bool = False
    #: An emergency told with a pregnancy: the reply names the maternity unit too.
    pregnancy: bool = False
    #: For the "today" kind: what follows the note to call the care team ("answer", "clarify" or None).
    then: Kind | None = None
    #: Where the cancer came from when the message named none: "previous" question or "remembered" cancer.
    assumed: str | None = None


class SecondView(Protocol):
    """Another classifier whose subject probabilities are combined with the TF-IDF model's."""

    def blend(self, text: str, prediction: Prediction) -> Prediction:
        """The prediction for text, combined with this view's own."""
        ...


class Understander:
    """Runs the safety check, the subject model and the cancer gazetteer on one message."""

    def __init__(
        self,
        model: TopicModel,
        gazetteer: CancerGazetteer | None = None,
        thresholds: Thresholds | None = None,
        second_view: SecondView | None = None,
    ) -> None:
        self.model = model
        self.gazetteer = gazetteer or CancerGazetteer()
        self.thresholds = thresholds or Thresholds()
        self.second_view = second_view

    def classify(self, text: str) -> Prediction:
        """The subject model's ranking, combined with the second view's when there is one."""
        prediction = self.model.classify(text)
        return prediction if self.second_view is None else self.second_view.blend(text, prediction)

    def understand(self, text: str, context: Context | None = None) -> Understanding:
        """Decide what kind of reply a message gets and what it is about; a follow-up leans on its context."""
        mention = self.gazetteer.detect(text)
        cancer = mention.cancer if mention else None
        term = mention.term if mention else None
        if not normalize(text):
            return Understanding("clarify", None, cancer, term, 0.0, (), "empty message")
        verdict = self.model.check_safety(text)
        if verdict is not None and verdict.kind != "today":
            reason, poison, at_home = verdict.reason, verdict.poison, verdict.at_home
            pregnancy = verdict.kind == "emergency" and mentions_pregnancy(text)
            return Understanding(
                verdict.kind, None, cancer, term, 1.0, (), reason, poison, at_home, pregnancy=pregnancy
            )
        decided = self._decide(text, self.classify(text), cancer, term)
        if context is not None:
            decided = self._with_context(text, decided, context)
        if verdict is None:
            return decided
        # Call the care team today: the note first, then the answer to the question if there is one. Such a
        # message is about a treatment problem: a model torn between subjects settles on side effects.
        if decided.kind == "clarify" and any(s == SIDE_EFFECTS for s, _ in (decided.alternatives[:2])):
            decided = replace(decided, kind="answer", subject=SIDE_EFFECTS, reason="torn; side effects")
        then: Kind | None = decided.kind if decided.kind in ("answer", "clarify") else None
        return replace(
            decided,
            kind="today",
            subject=decided.subject if then else None,
            reason=f"{verdict.reason}; then {decided.reason}",
            then=then,
        )

    def _with_context(self, text: str, decided: Understanding, context: Context) -> Understanding:
        """A follow-up takes the cancer, and if need be the subject, from earlier."""
        assumed: str | None = None
        cancer = decided.cancer
        if cancer is None and context.cancer is not None and context.previous is not None:
            cancer, assumed = context.cancer, "previous"
        elif cancer is None and context.remembered is not None:
            cancer, assumed = context.remembered, "remembered"
        with_cancer = replace(decided, cancer=cancer, assumed=assumed if cancer != decided.cancer else None)
        if decided.kind == "answer" or context.previous is None:
            return with_cancer
        own = dict(self.classify(text).ranked)
        plain = normalize(text)
        tokens = words(plain)
        short = len(tokens) <= FOLLOW_UP_WORDS
        linked = _FOLLOW_UP.match(plain) is not None or (
            short
            and (
                not _REFERENCES.isdisjoint(tokens)
                or self.model.in_domain(text)
                or mentions_cancer_domain(text, self.gazetteer)
            )
        )
        despite = OFF_TOPIC_DESPITE_CONTEXT if linked else OFF_TOPIC_DESPITE_CONTEXT_BARE
        if not (short or linked) or own.get(OUT_OF_SCOPE, 0.0) >= despite:
            return decided if decided.kind == "out-of-scope" else with_cancer
        together = " . ".join([context.previous, *[text] * FOLLOW_UP_REPEAT])
        before = dict(self.classify(together).ranked)
        combined = sorted(
            ((label, own.get(label, 0.0) + FOLLOW_UP_WEIGHT * p) for label, p in before.items()),
            key=lambda item: -item[1],
        )
        ranked = tuple((label, p / (1 + FOLLOW_UP_WEIGHT)) for label, p in combined if label != OUT_OF_SCOPE)
        subject, probability = ranked[0]
        return Understanding(
            "answer",
            subject,
            cancer,
            decided.cancer_term,
            probability,
            ranked[1 : 1 + self.thresholds.alternatives],
            "follow-up of the previous question",
            assumed=assumed if cancer != decided.cancer else None,
        )

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
