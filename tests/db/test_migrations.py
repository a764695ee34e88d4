from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.operations import migrate

TABLES = {
    "topics",
    "answer_versions",
    "training_examples",
    "model_versions",
    "conversation_messages",
    "processed_updates",
}


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    return set(names) - {"alembic_version"}


async def test_upgrade_creates_every_table_and_downgrade_removes_them(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)
    assert await _tables(engine) >= TABLES
    assert await migrate.current_revision(engine) is not None
    await migrate.downgrade(engine, "base")
    assert await _tables(engine) == set()
    assert await migrate.current_revision(engine) is None


async def test_upgrade_twice_is_harmless(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)
    await migrate.upgrade(engine)
    assert await _tables(engine) >= TABLES


async def test_constraints_follow_the_naming_convention(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)
    async with engine.connect() as connection:
        unique = await connection.run_sync(
            lambda sync: inspect(sync).get_unique_constraints("answer_versions")
        )
    assert {c["name"] for c in unique} == {"uq_answer_versions_topic_id"}
