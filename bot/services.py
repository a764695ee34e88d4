"""The composition root: builds every long-lived part from one Settings object."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.answering import compose
from bot.answering.embedding_view import build_embedding_view
from bot.answering.library import Answer, Library
from bot.answering.pipeline import Responder
from bot.content.files import ContentSet, content_digest, read_content
from bot.content.help_directory import HelpDirectory
from bot.content.sync import load_content
from bot.operations import migrate
from bot.operations.training_jobs import LoadedModel, ensure_model, load_active
from bot.settings import Settings
from db.content import answers, support_services, versions
from db.content import loads as content_loads
from db.session import SessionFactory, create_engine, is_memory, session_factory
from nlp.understanding import SecondView, Understander

Say = Callable[[str], None]


class ContentError(RuntimeError):
    """The content files have problems; each line of the message names a file and a field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def stderr_progress(message: str) -> None:
    """Progress lines go to stderr, so that stdout stays clean for replies and JSON."""
    print(f"oncobot: {message}", file=sys.stderr, flush=True)


def voice(settings: Settings) -> compose.Voice:
    """The deployment's wording settings for replies."""
    return compose.Voice(
        settings.emergency_number,
        settings.crisis_line,
        settings.max_message_chars,
        settings.poison_line,
        settings.danger_line,
    )


def checked_content(settings: Settings, *, serving: bool = False) -> ContentSet:
    """Read content/ (with `serving`, only what a running bot keeps); refuse to go on if anything is wrong."""
    content = read_content(settings.content_dir, serving=serving)
    if content.errors:
        raise ContentError(content.errors)
    for problem in content.dated:
        stderr_progress(f"content needs a new check: {problem}")
    return content


async def synced_content(
    settings: Settings, sessions: SessionFactory, say: Say, *, serving: bool, show_progress: bool
) -> ContentSet:
    """content/ checked and loaded into the database. A server whose files are unchanged since the last load
    reads only what it serves: reading and syncing every training line again would only leave its memory
    fragmented for the rest of its life."""
    digest = await asyncio.to_thread(content_digest, settings.content_dir)
    async with sessions() as session:
        unchanged = await content_loads.last_digest(session) == digest
    if serving and unchanged:
        content = checked_content(settings, serving=True)
        say("      unchanged since it was last loaded: reading only the answers and the development sets")
        return content
    content = checked_content(settings)
    report = await load_content(sessions, content, show_progress=show_progress)
    say(f"      {report}")
    if not unchanged:
        async with sessions() as session, session.begin():
            await content_loads.record(session, digest)
    return content.for_serving() if serving else content


async def load_library(sessions: SessionFactory, settings: Settings, content: ContentSet) -> Library:
    """The servable answers from SQL, plus the cancer reference data."""
    async with sessions() as session:
        versions = await answers.servable_answers(session, clinical_only=settings.serve_clinical_only)
        topics = {topic.id: topic for topic in await answers.list_topics(session)}
        support = HelpDirectory.build(
            support_services.Service.from_row(row) for row in await support_services.listed(session)
        )
    return Library.build(
        (Answer.from_version(v, topics[v.topic_id].subject, topics[v.topic_id].cancer) for v in versions),
        content.cancers,
        support,
    )


async def served_marker(session: AsyncSession, settings: Settings) -> str:
    """What the library was built from: the servable answer versions and the help services' last edits."""
    served = await versions.answers_marker(session, clinical_only=settings.serve_clinical_only)
    return f"{served}:{await support_services.marker(session)}"


@dataclass
class Services:
    """Everything a front end (CLI, bot, dashboard) needs; close() releases it."""

    settings: Settings
    engine: AsyncEngine
    sessions: SessionFactory
    #: a few connections of their own for the work every reply waits on (taking updates in, the send journal,
    #: urgent replies), so that it never queues for a connection behind a burst's handlers
    express_engine: AsyncEngine
    express: SessionFactory
    content: ContentSet
    model: LoadedModel
    responder: Responder
    #: digest of the servable answer versions the responder was built from ("" before the first check)
    answers_marker: str = ""
    #: the embedding classifier blended into subject predictions (EMBEDDINGS=true), else None
    second_view: SecondView | None = None

    async def close(self) -> None:
        """Release database connections."""
        await self.engine.dispose()
        if self.express_engine is not self.engine:
            await self.express_engine.dispose()

    def use_model(self, model: LoadedModel) -> None:
        """Answer with another model from the next question on, keeping the loaded answers."""
        self.model = model
        self.responder = build_responder(self.settings, model, self.responder.library, self.second_view)

    async def reload(self) -> None:
        """Pick up newly approved answers without a restart."""
        async with self.sessions() as session:
            marker = await served_marker(session, self.settings)
        library = await load_library(self.sessions, self.settings, self.content)
        self.responder = build_responder(self.settings, self.model, library, self.second_view)
        self.answers_marker = marker

    async def refresh(self) -> bool:
        """Catch up with the database: load a newly activated model and newly approved answers; True if any.

        Every replica calls this periodically, and the dashboard after activating or approving, so that all
        processes serve what the database says without a restart. Cheap when nothing changed (two small
        queries); database errors propagate to the caller.
        """
        async with self.sessions() as session:
            model_id = await versions.active_model_id(session)
            marker = await served_marker(session, self.settings)
        changed = False
        if model_id is not None and model_id != self.model.version_id:
            loaded = await load_active(self.sessions)
            if loaded is not None and loaded[0].version_id != self.model.version_id:
                self.use_model(loaded[0])
                changed = True
        if marker != self.answers_marker:
            await self.reload()
            changed = True
        return changed


def build_responder(
    settings: Settings, model: LoadedModel, library: Library, second_view: SecondView | None = None
) -> Responder:
    """The answering pipeline for one model and one library snapshot (and the optional embedding view)."""
    understander = Understander(model.model, second_view=second_view)
    return Responder(understander, library, voice(settings), model_version=model.version)


async def prepare(
    settings: Settings, say: Say = stderr_progress, *, show_progress: bool = True, serving: bool = False
) -> Services:
    """First run and every run: migrate, load content, train if needed, load answers. A server (`serving`)
    keeps only the content it serves."""
    engine = create_engine(settings.database_url)
    try:
        sessions = session_factory(engine)
        say(f"[1/4] database: applying migrations ({engine.dialect.name})")
        await migrate.upgrade(engine)
        say(f"[2/4] content: reading {settings.content_dir}")
        content = await synced_content(settings, sessions, say, serving=serving, show_progress=show_progress)
        say("[3/4] model: checking the active model")
        model = await ensure_model(sessions, say, show_progress=show_progress)
        second_view = await build_embedding_view(settings, sessions, say)
        say("[4/4] answers: loading the approved answers")
        async with sessions() as session:
            marker = await served_marker(session, settings)
        library = await load_library(sessions, settings, content)
        say(f"      {len(library.answers)} answers ready")
        if settings.serve_clinical_only and not library.answers:
            say("      SERVE_CLINICAL_ONLY is on and no answer is clinically approved yet")
    except BaseException:
        await engine.dispose()
        raise
    responder = build_responder(settings, model, library, second_view)
    express_engine = engine  # connections are opened only when first used
    if not is_memory(settings.database_url):
        express_engine = create_engine(settings.database_url, pool_size=2, max_overflow=2)
    return Services(
        settings,
        engine,
        sessions,
        express_engine,
        session_factory(express_engine),
        content,
        model,
        responder,
        answers_marker=marker,
        second_view=second_view,
    )
