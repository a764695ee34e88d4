from datetime import date

from db.content import answers
from db.session import SessionFactory

FIELDS = answers.AnswerFields(
    title="CAR-T cell therapy and liver cancer",
    summary="CAR-T is not approved for liver cancer.",
    sections=[{"heading": "How it works", "body": "Cells are collected."}],
    questions=["Is there a trial for me?"],
    sources=[{"title": "NCI", "publisher": "NCI", "url": "https://www.cancer.gov", "edition": "2025"}],
    review_level="editorial",
    reviewer=None,
    reviewed_on=date(2026, 11, 26),
    next_review_on=date(2027, 11, 26),
)


async def test_new_approved_version_retires_the_old_one_and_keeps_it(
    sessions: SessionFactory,
) -> None:
    async with sessions() as session, session.begin():
        await answers.upsert_topic(session, "liver.car-t", "car-t", "liver", "CAR-T")
        first = await answers.add_version(
            session, "liver.car-t", FIELDS, "h1", status="approved", origin="content"
        )
        second = await answers.add_version(
            session, "liver.car-t", FIELDS, "h2", status="approved", origin="content"
        )
    assert (first.version, second.version) == (1, 2)
    async with sessions() as session:
        served = await answers.servable_answers(session)
        latest = await answers.latest_version(session, "liver.car-t")
    assert [(v.topic_id, v.version) for v in served] == [("liver.car-t", 2)]
    assert latest is not None and latest.content_hash == "h2"
    assert served[0].sources[0]["url"] == "https://www.cancer.gov"
    assert served[0].reviewed_on == date(2026, 11, 26)


async def test_drafts_are_not_served(sessions: SessionFactory) -> None:
    async with sessions() as session, session.begin():
        await answers.upsert_topic(session, "general.car-t", "car-t", "general", "CAR-T")
        await answers.add_version(session, "general.car-t", FIELDS, "h", status="approved", origin="content")
        await answers.add_version(session, "general.car-t", FIELDS, "d", status="draft", origin="dashboard")
    async with sessions() as session:
        served = await answers.servable_answers(session)
    assert [v.content_hash for v in served] == ["h"]


async def test_clinical_only_serves_only_clinically_reviewed_answers(
    sessions: SessionFactory,
) -> None:
    clinical = answers.AnswerFields(
        **{**FIELDS.__dict__, "review_level": "clinical", "reviewer": "A. Nurse, RN"}
    )
    async with sessions() as session, session.begin():
        await answers.upsert_topic(session, "general.car-t", "car-t", "general", "CAR-T")
        await answers.upsert_topic(session, "liver.car-t", "car-t", "liver", "CAR-T liver")
        await answers.add_version(
            session, "general.car-t", clinical, "c", status="approved", origin="content"
        )
        await answers.add_version(session, "liver.car-t", FIELDS, "e", status="approved", origin="content")
    async with sessions() as session:
        served = await answers.servable_answers(session, clinical_only=True)
    assert [v.topic_id for v in served] == ["general.car-t"]
