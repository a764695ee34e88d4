from db.content import loads
from db.session import SessionFactory


async def test_the_last_recorded_digest_is_the_one_compared(sessions: SessionFactory) -> None:
    async with sessions() as session:
        assert await loads.last_digest(session) is None
    for digest in ("a" * 64, "b" * 64):
        async with sessions() as session, session.begin():
            await loads.record(session, digest)
    async with sessions() as session:
        assert await loads.last_digest(session) == "b" * 64
