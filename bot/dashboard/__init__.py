"""The staff dashboard, served under /staff/ by the bot's own aiohttp server."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import jinja2
from aiohttp import web
from telegram.ext import Application

from bot.dashboard.access import admin, login
from bot.dashboard.access.sessions import LoginLimiter
from bot.dashboard.core import DASHBOARD, STATIC, TEMPLATES, Dashboard, staff_pages
from bot.dashboard.curation import content, model_versions
from bot.dashboard.curation.jobs import TrainingJobs
from bot.dashboard.review import handoffs_page, review, stats
from bot.dashboard.review.telegram_preview import telegram_html
from bot.services import Services


def templates() -> jinja2.Environment:
    """Jinja2 with autoescaping everywhere: text people wrote is always shown escaped."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        enable_async=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["telegram"] = telegram_html
    return environment


def setup(
    app: web.Application,
    services: Services,
    telegram: Application[Any, Any, Any, Any, Any, Any] | None = None,
) -> Dashboard:
    """Mount every dashboard route on an aiohttp application; `telegram` is the running bot, which relays
    the handoff replies written on the dashboard (None: `oncobot dashboard`, no replies)."""
    context = Dashboard(
        services=services,
        templates=templates(),
        limiter=LoginLimiter(),
        jobs=TrainingJobs(),
        idle=timedelta(minutes=services.settings.staff_idle_minutes),
    )
    app[DASHBOARD] = context
    app.middlewares.append(staff_pages)
    for module in (login, review, content, model_versions, stats, admin):
        module.register(app, context)
    handoffs_page.register(app, context, telegram)
    app.router.add_static("/staff/static/", STATIC, append_version=False)

    async def stop_jobs(_app: web.Application) -> None:
        await context.jobs.close()

    app.on_cleanup.append(stop_jobs)
    return context
