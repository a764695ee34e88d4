"""Builds the optional embedding view (EMBEDDINGS=true) from Settings and the stored training examples."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.settings import Settings
from db.learning import training
from db.session import SessionFactory
from nlp.model import Example
from nlp.understanding import SecondView

Say = Callable[[str], None]

#: The converted encoder's folder under EMBEDDINGS_DIR.
ENCODER_FOLDER = "all-MiniLM-L6-v2"


def classifier_path(settings: Settings, training_hash: str) -> Path:
    """Where the embedding classifier for one set of training examples is cached."""
    return settings.embeddings_dir / f"classifier-{training_hash[:16]}.npz"


async def build_embedding_view(settings: Settings, sessions: SessionFactory, say: Say) -> SecondView | None:
    """The second view when EMBEDDINGS is on: convert the encoder once, fit a classifier per training set."""
    if not settings.embeddings:
        return None
    # Imported only when switched on: the default install never loads any of it.
    from nlp.embeddings import (
        EmbeddingClassifier,
        EmbeddingView,
        SentenceEncoder,
        export_encoder,
        fit_classifier,
    )

    directory = settings.embeddings_dir / ENCODER_FOLDER
    await asyncio.to_thread(export_encoder, directory, say)
    encoder = await asyncio.to_thread(SentenceEncoder, directory)
    async with sessions() as session:
        questions = await training.all_examples(session)
    path = classifier_path(settings, training.examples_hash(questions))
    if path.is_file():
        classifier = EmbeddingClassifier.load(path)
    else:
        say(f"embeddings: fitting the embedding classifier on {len(questions)} examples (once)")
        examples = [Example(q.text, q.label, q.teaches_safety) for q in questions]
        classifier = await asyncio.to_thread(fit_classifier, encoder, examples)
        classifier.save(path)
    say(f"embeddings: on, blend weight {settings.embeddings_weight}")
    return EmbeddingView(encoder, classifier, settings.embeddings_weight)
