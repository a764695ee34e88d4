"""Training a model from the stored examples, storing it, and loading the active one."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.content.files import ContentSet
from db.learning import model_store, training
from db.session import SessionFactory
from nlp import serving
from nlp.model import Example, TopicModel
from nlp.understanding import Understander

if TYPE_CHECKING:  # scikit-learn (training, evaluation) is imported only when used: the bot serves arrays
    from nlp.evaluation import EvalItem, SafetyItem

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
    created_by: str | None = None,
) -> LoadedModel:
    """Cross-validate, train on everything, store the artifact and (by default) make it active."""
    from nlp import persistence
    from nlp.evaluation import cross_validate
    from nlp.model import train

    questions = await stored_examples(sessions)
    examples = [Example(q.text, q.label, q.teaches_safety) for q in questions]
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
            created_by=created_by,
        )
    say(f"stored model m{stored.id} ({len(artifact) / 1e6:.1f} MB){' and activated it' if activate else ''}")
    # Serve what a restart would load: the compiled arrays, not the scikit-learn objects.
    return LoadedModel(serving.loads(artifact), stored.id)


async def load_active(sessions: SessionFactory) -> tuple[LoadedModel, str] | None:
    """The active model and the training hash it was built from, or None if there is none."""
    async with sessions() as session:
        stored = await model_store.active_model(session)
        if stored is None:
            return None
        artifact, version_id, digest = stored.artifact, stored.id, stored.training_hash
    model = await asyncio.to_thread(serving.loads, artifact)
    return LoadedModel(model, version_id), digest


async def ensure_model(sessions: SessionFactory, say: Say, *, show_progress: bool = True) -> LoadedModel:
    """The active model if it loads here, else a freshly trained one (the first run, or a new sklearn)."""
    async with sessions() as session:
        current = await training.stored_examples_hash(session)
    try:
        active = await load_active(sessions)
    except serving.IncompatibleModelError as error:
        say(f"the active model cannot be used ({error}); training a new one")
        active = None
    if active is None:
        return await train_and_store(sessions, say, folds=0, show_progress=show_progress)
    if active[1] == current:
        say(f"model {active[0].version} is up to date")
    else:
        # A new model is only activated after it has been evaluated (dashboard) or on request (CLI).
        say(
            f"the training examples changed since {active[0].version} was trained; "
            "retrain from the dashboard or with `oncobot train`"
        )
    return active[0]


def eval_items(content: ContentSet, name: str = "dev") -> list[EvalItem]:
    """The held-out questions of one evaluation set (content/eval/NAME.tsv)."""
    from nlp.evaluation import EvalItem

    return [EvalItem(row.text, row.label, row.cancer) for row in content.eval_sets.get(name, [])]


def safety_items(content: ContentSet, name: str = "safety-dev") -> list[SafetyItem]:
    """The held-out urgency messages of one safety set (content/eval/NAME.tsv)."""
    from nlp.evaluation import SafetyItem

    return [SafetyItem(row.text, row.level, row.category) for row in content.safety_sets.get(name, [])]


def _dev_report(model: TopicModel, content: ContentSet, show_progress: bool) -> dict[str, Any]:
    from nlp.evaluation import evaluate, evaluate_safety

    understander = Understander(model)
    report = evaluate(understander, eval_items(content), show_progress=show_progress)
    safety = safety_items(content)
    if safety:
        figures = evaluate_safety(understander, safety, show_progress=show_progress)
        for name in ("emergency_recall", "crisis_recall", "today_recall"):
            report[f"safety_{name}"] = figures[name]
        report["safety_false_alarms"] = figures["hard_negative_false_alarms"]
    return report


async def evaluate_on_dev(
    model: TopicModel, content: ContentSet, *, show_progress: bool = False
) -> dict[str, Any]:
    """Headline figures of a model on the development sets (dev and safety-dev), off the event loop."""
    return await asyncio.to_thread(_dev_report, model, content, show_progress)


async def store_dev_metrics(sessions: SessionFactory, model_id: int, report: dict[str, Any]) -> None:
    """Keep a model's development-set figures beside it, so that versions can be compared later."""
    async with sessions() as session, session.begin():
        stored = await model_store.get_model(session, model_id)
        if stored is not None:
            stored.metrics = {**stored.metrics, "dev": report}


async def activate(sessions: SessionFactory, model_id: int) -> LoadedModel:
    """Make a stored model the active one and load it (the caller swaps it in)."""
    async with sessions() as session, session.begin():
        stored = await model_store.get_model(session, model_id)
        if stored is None:
            raise LookupError(f"no model m{model_id}")
        artifact = stored.artifact
        model = await asyncio.to_thread(serving.loads, artifact)
        await model_store.activate_model(session, model_id)
    return LoadedModel(model, model_id)
