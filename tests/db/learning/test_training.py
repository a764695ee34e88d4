from db.learning import model_store, training
from db.session import SessionFactory


async def test_sync_adds_new_examples_and_removes_stale_ones(sessions: SessionFactory) -> None:
    first = [
        training.LabelledQuestion("what is car-t", "car-t", "general", "general.car-t"),
        training.LabelledQuestion("weather?", "out-of-scope"),
    ]
    async with sessions() as session, session.begin():
        assert await training.sync_examples(session, first) == (2, 0)
    async with sessions() as session, session.begin():
        assert await training.sync_examples(session, first) == (0, 0)
    second = [first[0], training.LabelledQuestion("hi there", "out-of-scope")]
    async with sessions() as session, session.begin():
        assert await training.sync_examples(session, second) == (1, 1)
    async with sessions() as session:
        stored = await training.all_examples(session)
    assert sorted(q.text for q in stored) == ["hi there", "what is car-t"]
    assert training.examples_hash(stored) == training.examples_hash(second)
    async with sessions() as session:
        assert await training.stored_examples_hash(session) == training.examples_hash(second)
        assert await training.stored_examples_hash(session) != training.examples_hash(first)


async def test_a_line_moved_to_the_subject_only_files_keeps_its_row_and_changes_the_hash(
    sessions: SessionFactory,
) -> None:
    everywhere = [training.LabelledQuestion("my dog has fleas", "out-of-scope")]
    subject_only = [training.LabelledQuestion("my dog has fleas", "out-of-scope", teaches_safety=False)]
    async with sessions() as session, session.begin():
        await training.sync_examples(session, everywhere)
    async with sessions() as session, session.begin():
        assert await training.sync_examples(session, subject_only) == (0, 0)
    async with sessions() as session:
        stored = await training.all_examples(session)
        assert [q.teaches_safety for q in stored] == [False]
        assert await training.stored_examples_hash(session) == training.examples_hash(subject_only)
    assert training.examples_hash(subject_only) != training.examples_hash(everywhere)


async def test_staff_examples_survive_a_content_sync(sessions: SessionFactory) -> None:
    staff = [training.LabelledQuestion("chemo brain?", "side-effects")]
    async with sessions() as session, session.begin():
        await training.sync_examples(session, staff, origin=training.STAFF)
        await training.sync_examples(session, [], origin=training.CONTENT)
    async with sessions() as session:
        assert [q.text for q in await training.all_examples(session)] == ["chemo brain?"]


async def test_only_one_model_is_active(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        one = await model_store.save_model(
            session, b"1", training_hash="a", metrics={}, meta={}, activate=True
        )
        two = await model_store.save_model(
            session, b"2", training_hash="b", metrics={}, meta={}, activate=True
        )
    async with sessions() as session:
        active = await model_store.active_model(session)
        assert active is not None and active.id == two.id
    async with sessions() as session, session.begin():
        await model_store.activate_model(session, one.id)
    async with sessions() as session:
        active = await model_store.active_model(session)
        assert active is not None and active.artifact == b"1"
        assert len(await model_store.list_models(session)) == 2
