"""Training a model from the stored examples, storing it, and loading the active one."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from db import model_store, training
from db.session import SessionFactory
from nlp import persistence
from nlp.evaluation import cross_validate
from nlp.model import Example, TopicModel, train

Say = Callable[[str], None]


@dataclass(frozen=True)
class LoadedModel:
    """A usable model and the id of its stored version."""

    model: TopicModel
    version_id: int

    @property
    def version(self) -> str:
        """The label logs and replies carry."""
        return f"m{self.version_id}"


async def stored_examples(sessions: SessionFactory) -> list[training.LabelledQuestion]:
    """All training examples in the database."""
    async with sessions() as session:
        return await training.all_examples(session)


async def train_and_store(
    sessions: SessionFactory,
    say: Say,
    *,
    folds: int = 5,
    activate: bool = True,
    show_progress: bool = True,
) -> LoadedModel:
    """Cross-validate, train on everything, store the artifact and (by default) make it active."""
    questions = await stored_examples(sessions)
    examples = [Example(q.text, q.label) for q in questions]
    metrics: dict[str, object] = {}
    if folds > 1:
        say(f"cross-validating the subject model ({folds} folds)")
        report = await asyncio.to_thread(cross_validate, examples, folds, show_progress=show_progress)
        say(f"cross-validated accuracy {report['accuracy']:.3f}, macro-F1 {report['macro_f1']:.3f}")
        metrics["cross_validation"] = report
    model = await asyncio.to_thread(train, examples, say)
    digest = training.examples_hash(questions)
    artifact = persistence.dumps(model, {"training_hash": digest, "examples": len(examples)})
    async with sessions() as session, session.begin():
        stored = await model_store.save_model(
            session,
            artifact,
            training_hash=digest,
            metrics=metrics,
            meta=persistence.read_metadata(artifact),
            activate=activate,
        )
    say(f"stored model m{stored.id} ({len(artifact) / 1e6:.1f} MB){' and activated it' if activate else ''}")
    return LoadedModel(model, stored.id)


async def load_active(sessions: SessionFactory) -> tuple[LoadedModel, str] | None:
    """The active model and the training hash it was built from, or None if there is none."""
    async with sessions() as session:
        stored = await model_store.active_model(session)
        if stored is None:
            return None
        artifact, version_id, digest = stored.artifact, stored.id, stored.training_hash
    model = await asyncio.to_thread(persistence.loads, artifact)
    return LoadedModel(model, version_id), digest


async def ensure_model(sessions: SessionFactory, say: Say, *, show_progress: bool = True) -> LoadedModel:
    """The active model if it matches the stored examples and loads here; else a freshly trained one."""
    current = training.examples_hash(await stored_examples(sessions))
    try:
        active = await load_active(sessions)
    except persistence.IncompatibleModelError as error:
        say(f"the active model cannot be used ({error}); training a new one")
        active = None
    if active is not None and active[1] == current:
        say(f"model {active[0].version} is up to date")
        return active[0]
    if active is not None:
        say("the training examples changed since the active model was trained; training a new one")
    return await train_and_store(sessions, say, folds=0, show_progress=show_progress)
