"""The answering pipeline: text in, a structured reply out. Knows nothing of Telegram.

safety check -> classify -> choose the answer -> compose messages. The Telegram handlers, the CLI and the
dashboard all call Responder.respond.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from bot.answering import compose
from bot.answering.library import Answer, Library
from nlp.taxonomy import GENERAL
from nlp.understanding import Context, Kind, Understander, Understanding

logger = logging.getLogger(__name__)

Audience = Literal["private", "group"]


@dataclass(frozen=True)
class Alternative:
    """A topic the person may have meant, offered as a choice."""

    topic: str
    subject: str
    cancer: str
    title: str
    confidence: float


@dataclass(frozen=True)
class Reply:
    """Everything the bot decided about one message, and the messages to send."""

    kind: Kind
    topic: str | None
    subject: str | None
    cancer: str | None
    detected_cancer: str | None
    confidence: float
    alternatives: tuple[Alternative, ...]
    messages: tuple[str, ...]
    answer_version: int | None = None
    model_version: str | None = None
    flags: tuple[str, ...] = ()
    reason: str = ""
    latency_ms: float = field(default=0.0, compare=False)

    def context(self, text: str) -> Context | None:
        """What a follow-up to this reply may lean on: the question, its subject and its cancer."""
        if self.kind not in ("answer", "today") or self.subject is None:
            return None
        cancer = self.cancer if self.cancer not in (None, GENERAL) else self.detected_cancer
        return Context(previous=text, subject=self.subject, cancer=cancer)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the documented field names."""
        data = asdict(self)
        data["confidence"] = round(self.confidence, 4)
        data["latency_ms"] = round(self.latency_ms, 2)
        data["alternatives"] = [
            {**asdict(a), "confidence": round(a.confidence, 4)} for a in self.alternatives
        ]
        data["messages"] = list(self.messages)
        data["flags"] = list(self.flags)
        return data


class Responder:
    """Turns a question into a Reply using one model and one library snapshot."""

    def __init__(
        self,
        understander: Understander,
        library: Library,
        voice: compose.Voice,
        *,
        model_version: str | None = None,
    ) -> None:
        self.understander = understander
        self.library = library
        self.voice = voice
        self.model_version = model_version

    def respond(self, text: str, *, audience: Audience = "private", context: Context | None = None) -> Reply:
        """Answer one message: the urgent reply, an answer, choices or a kind no; context for follow-ups."""
        started = time.perf_counter()
        understanding = self.understander.understand(text, context)
        reply = self._reply(understanding, audience)
        if understanding.assumed and reply.kind in ("answer", "today") and reply.topic is not None:
            cancer = self.library.cancers.get(understanding.cancer or "")
            if cancer is not None:
                note = compose.assumed_cancer_messages(cancer.name, understanding.assumed, self.voice)
                reply = replace(
                    reply, messages=(*note, *reply.messages), flags=(*reply.flags, "assumed-cancer")
                )
        latency = (time.perf_counter() - started) * 1000
        return Reply(**{**reply.__dict__, "latency_ms": latency})

    def respond_topic(self, topic_id: str, *, audience: Audience = "private") -> Reply | None:
        """Answer a topic chosen directly (a tapped choice or a browsed topic); None if unknown."""
        answer = self.library.answers.get(topic_id)
        if answer is None:
            return None
        return self._answer(answer, None, 1.0, (), audience, "chosen by the person")

    def preview(self, answer: Answer, *, audience: Audience = "private") -> tuple[str, ...]:
        """The exact messages an answer version would be sent as, before it is approved."""
        return self._answer(answer, None, 1.0, (), audience, "preview").messages

    def _reply(self, understanding: Understanding, audience: Audience) -> Reply:
        kind = understanding.kind
        detected = understanding.cancer
        voice = self.voice
        if kind == "emergency":
            poison, pregnancy = understanding.poison, understanding.pregnancy
            urgent = tuple(compose.emergency_messages(voice, poison=poison, pregnancy=pregnancy))
            reply = self._plain(understanding, urgent)
            flags = (("poison-line",) if poison else ()) + (("maternity",) if pregnancy else ())
            return replace(reply, flags=flags) if flags else reply
        if kind == "crisis":
            messages = tuple(compose.crisis_messages(voice, at_home=understanding.at_home))
            reply = self._plain(understanding, messages)
            return replace(reply, flags=("danger-at-home",)) if understanding.at_home else reply
        if kind == "today":
            return self._today(understanding, audience)
        if kind == "out-of-scope":
            return self._plain(understanding, tuple(compose.out_of_scope_messages(voice)))
        alternatives = self._alternatives(understanding)
        if kind == "answer" and understanding.subject is not None:
            answer = self.library.find(understanding.subject, detected)
            if answer is not None:
                return self._answer(
                    answer,
                    detected,
                    understanding.confidence,
                    alternatives,
                    audience,
                    understanding.reason,
                )
        titles = [alternative.title for alternative in alternatives]
        return Reply(
            kind="clarify",
            topic=None,
            subject=understanding.subject,
            cancer=None,
            detected_cancer=detected,
            confidence=understanding.confidence,
            alternatives=alternatives,
            messages=tuple(compose.clarify_messages(titles, voice)),
            model_version=self.model_version,
            reason=understanding.reason,
        )

    def _today(self, understanding: Understanding, audience: Audience) -> Reply:
        """The note to call the care team today, then the answer or the choices, if the question has one."""
        note = tuple(compose.today_messages(self.voice))
        if understanding.then is None:
            return self._plain(understanding, note)
        rest = self._reply(replace(understanding, kind=understanding.then, then=None), audience)
        if rest.kind not in ("answer", "clarify"):
            return self._plain(understanding, note)
        return replace(rest, kind="today", messages=note + rest.messages, reason=understanding.reason)

    def _plain(self, understanding: Understanding, messages: tuple[str, ...]) -> Reply:
        return Reply(
            kind=understanding.kind,
            topic=None,
            subject=None,
            cancer=None,
            detected_cancer=understanding.cancer,
            confidence=understanding.confidence,
            alternatives=(),
            messages=messages,
            model_version=self.model_version,
            reason=understanding.reason,
        )

    def _alternatives(self, understanding: Understanding) -> tuple[Alternative, ...]:
        choices = []
        for subject, probability in understanding.alternatives:
            answer = self.library.find(subject, understanding.cancer)
            if answer is not None:
                choices.append(
                    Alternative(answer.topic_id, subject, answer.cancer, answer.title, probability)
                )
        return tuple(choices)

    def _answer(
        self,
        answer: Answer,
        detected: str | None,
        confidence: float,
        alternatives: tuple[Alternative, ...],
        audience: Audience,
        reason: str,
    ) -> Reply:
        about = answer.cancer if answer.cancer != GENERAL else detected
        cancer = self.library.cancers.get(about) if about and about != GENERAL else None
        if audience == "group":
            messages = compose.short_answer_messages(answer, self.voice, cancer)
        else:
            messages = compose.answer_messages(answer, self.voice, cancer, support=self.library.support)
        flags: tuple[str, ...] = ()
        if answer.review_overdue(datetime.now(UTC).date()):
            flags = ("review-overdue",)
            logger.warning(
                "serving %s v%d past its next review date %s",
                answer.topic_id,
                answer.version,
                answer.next_review_on,
            )
        return Reply(
            kind="answer",
            topic=answer.topic_id,
            subject=answer.subject,
            cancer=answer.cancer,
            detected_cancer=detected,
            confidence=confidence,
            alternatives=tuple(a for a in alternatives if a.topic != answer.topic_id),
            messages=tuple(messages),
            answer_version=answer.version,
            model_version=self.model_version,
            flags=flags,
            reason=reason,
        )
