"""Retraining from the dashboard: progress, comparison on the dev set, activation, override and rollback."""

from __future__ import annotations

import asyncio
import re

import pytest

from bot.dashboard.core import DASHBOARD
from db.learning import model_store
from tests.bot.dashboard.conftest import Staff, seed_question

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _finished_job(staff: Staff, job_path: str) -> str:
    for _ in range(600):
        page = await staff.get_text(job_path)
        if "job-running" not in page:
            return page
        assert 'http-equiv="refresh"' in page
        await asyncio.sleep(0.5)
    raise AssertionError("training did not finish")


async def test_retrain_compare_activate_override_and_roll_back(browser_client: Staff) -> None:
    services = browser_client.services
    first = services.model.version_id
    message_id = await seed_question(services, "can my dog get lymphoma from me", kind="answer")
    await browser_client.sign_in("rita")
    await browser_client.post(f"/staff/messages/{message_id}/label", {"label": "out-of-scope"})

    await browser_client.sign_in("ada")
    listing = await browser_client.get_text("/staff/models")
    assert "1 staff label" in listing or "staff labels" in listing
    started = await browser_client.post("/staff/models/retrain")
    assert started.status == 303
    job_path = started.headers["Location"]
    page = await _finished_job(browser_client, job_path)
    assert "job-done" in page and "evaluating" in page and "development questions" in page
    new_id = browser_client.client.app[DASHBOARD].jobs.get(int(job_path.rsplit("/", 1)[1])).model_id  # type: ignore[union-attr]
    assert new_id is not None and new_id != first
    assert services.model.version_id == first  # training never activates by itself

    compare = await browser_client.get_text(f"/staff/models/{new_id}")
    assert (
        "subject accuracy" in compare and "emergency recall" in compare and f"Activate m{new_id}" in compare
    )
    async with services.sessions() as session:
        stored = await model_store.get_model(session, new_id)
        assert stored is not None and stored.created_by == "ada"
        assert stored.metrics["dev"]["questions"] > 700

    # Make the new version look worse on one figure: activation then needs the override.
    async with services.sessions() as session, session.begin():
        stored = await model_store.get_model(session, new_id)
        assert stored is not None
        stored.metrics = {**stored.metrics, "dev": {**stored.metrics["dev"], "crisis_recall": 0.5}}
    compare = await browser_client.get_text(f"/staff/models/{new_id}")
    assert re.search(r"is worse on [^.]*\bcrisis_recall\b", compare) and "Activate it anyway" in compare
    refused = await browser_client.post(f"/staff/models/{new_id}/activate")
    assert refused.status == 409 and services.model.version_id == first
    forced = await browser_client.post(f"/staff/models/{new_id}/activate", {"override": "yes"})
    assert forced.status == 303 and "notice=activated" in forced.headers["Location"]
    assert services.model.version_id == new_id
    reply = services.responder.respond("How does CAR-T cell therapy work for liver cancer?")
    assert reply.model_version == f"m{new_id}"  # picked up without a restart

    assert "Roll back to m" in await browser_client.get_text(f"/staff/models/{first}")
    back = await browser_client.post(f"/staff/models/{first}/activate")
    assert back.status == 303 and services.model.version_id == first
    assert services.responder.respond("what is chemo").model_version == f"m{first}"
    audit = await browser_client.get_text("/staff/audit")
    assert (
        "activate model" in audit
        and "override=True" in audit
        and "rollback=True" in audit
        and "retrain" in audit
    )
