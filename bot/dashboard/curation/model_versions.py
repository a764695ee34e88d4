"""Retraining: train on content plus staff labels, compare on the dev set, activate or roll back."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from bot.dashboard.core import Dashboard, dashboard, path_number, redirect, render, signed_in
from bot.dashboard.curation.jobs import Say
from bot.operations import training_jobs
from bot.services import Services
from db.accounts import staff
from db.dialogue import review
from db.learning import model_store
from nlp import serving
from nlp.evaluation import HEADLINE, worse_figures


async def _dev_figures(services: Services, model_id: int) -> dict[str, Any]:
    """A model's dev-set figures, computed and stored the first time they are asked for."""
    async with services.sessions() as session:
        stored = await model_store.get_model(session, model_id)
        if stored is None:
            return {}
        dev = stored.metrics.get("dev")
        artifact = stored.artifact
    if dev:
        return dict(dev)
    model = await asyncio.to_thread(serving.loads, artifact)
    report = await training_jobs.evaluate_on_dev(model, services.content)
    await training_jobs.store_dev_metrics(services.sessions, model_id, report)
    return report


async def show_models(request: web.Request) -> web.Response:
    """Every model version with its figures; the active one marked."""
    context = dashboard(request)
    async with context.services.sessions() as session:
        versions = await model_store.model_summaries(session)
        staff_labels = await review.staff_example_count(session)
    return await render(
        request,
        "models.html",
        versions=versions,
        headline=list(HEADLINE),
        running=context.jobs.running(),
        staff_labels=staff_labels,
        loaded=context.services.model.version_id,
    )


async def retrain(request: web.Request) -> web.StreamResponse:
    """Start training a new version in the background (it is not activated)."""
    person = signed_in(request)
    context = dashboard(request)
    services = context.services

    async def work(say: Say) -> int:
        say("training on the content examples and the staff labels")
        loaded = await training_jobs.train_and_store(
            services.sessions, say, folds=0, activate=False, show_progress=False, created_by=person.name
        )
        say(f"evaluating m{loaded.version_id} on {len(services.content.eval_rows)} development questions")
        report = await training_jobs.evaluate_on_dev(loaded.model, services.content)
        await training_jobs.store_dev_metrics(services.sessions, loaded.version_id, report)
        say(f"subject accuracy {report['subject_accuracy']:.3f}; evaluating the active model for comparison")
        await _dev_figures(services, services.model.version_id)
        return loaded.version_id

    job = context.jobs.start(person.name, work)
    async with services.sessions() as session, session.begin():
        await staff.audit(session, person.name, "retrain", f"job {job.id}")
    raise redirect(f"/models/jobs/{job.id}")


async def show_job(request: web.Request) -> web.Response:
    """A job's progress; the page refreshes itself until the job ends."""
    job = dashboard(request).jobs.get(path_number(request, "job_id"))
    if job is None:
        raise web.HTTPNotFound(text="No such job on this server (jobs are kept in memory until a restart).")
    return await render(request, "job.html", job=job)


async def compare(request: web.Request) -> web.Response:
    """A model's figures beside the active model's, and what activating it would take."""
    context = dashboard(request)
    model_id = path_number(request, "model_id")
    async with context.services.sessions() as session:
        active = await model_store.active_model(session)
        candidate = await model_store.get_model(session, model_id)
        if candidate is None:
            raise web.HTTPNotFound(text="No such model version.")
        candidate_meta = (candidate.id, candidate.created_at, candidate.created_by, candidate.meta)
    new = await _dev_figures(context.services, model_id)
    old = await _dev_figures(context.services, active.id) if active is not None else {}
    return await render(
        request,
        "compare.html",
        candidate=candidate_meta,
        active_id=active.id if active else None,
        new=new,
        old=old,
        headline=HEADLINE,
        worse=worse_figures(new, old) if old else [],
        rollback=active is not None and model_id < active.id,
    )


async def activate(request: web.Request) -> web.StreamResponse:
    """Activate a version (or roll back to an earlier one); worse figures need an explicit override."""
    person = signed_in(request)
    context = dashboard(request)
    model_id = path_number(request, "model_id")
    form = await request.post()
    async with context.services.sessions() as session:
        active = await model_store.active_model(session)
        if await model_store.get_model(session, model_id) is None:
            raise web.HTTPNotFound(text="No such model version.")
    new = await _dev_figures(context.services, model_id)
    old = await _dev_figures(context.services, active.id) if active is not None else {}
    worse = worse_figures(new, old) if old else []
    override = form.get("override") == "yes"
    # Going back to a version that served before is the way out of a bad activation: one click.
    rollback = active is not None and model_id < active.id
    if worse and not override and not rollback:
        return await render(
            request,
            "denied.html",
            status=409,
            reason=f"m{model_id} is worse on {', '.join(worse)}: tick the override box to activate it.",
        )
    loaded = await training_jobs.activate(context.services.sessions, model_id)
    context.services.use_model(loaded)
    async with context.services.sessions() as session, session.begin():
        await staff.audit(
            session,
            person.name,
            "activate model",
            f"m{model_id}",
            previous=f"m{active.id}" if active else None,
            override=bool(worse) and not rollback,
            rollback=rollback,
            worse=worse,
        )
    raise redirect("/models", "activated")


def register(app: web.Application, context: Dashboard) -> None:
    """Model routes (admins only)."""
    context.add(app, "GET", "/models", show_models, staff.ADMIN)
    context.add(app, "POST", "/models/retrain", retrain, staff.ADMIN)
    context.add(app, "GET", "/models/jobs/{job_id}", show_job, staff.ADMIN)
    context.add(app, "GET", "/models/{model_id}", compare, staff.ADMIN)
    context.add(app, "POST", "/models/{model_id}/activate", activate, staff.ADMIN)
