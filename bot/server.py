"""One aiohttp server: the Telegram bot (polling or webhook), /healthz and /metrics."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application

from bot.operations.first_run import with_pseudonym_secret
from bot.operations.memory import release_freed_memory, tune_allocator
from bot.operations.metrics import Metrics
from bot.privacy.retention import retention_context
from bot.services import Services, prepare, stderr_progress
from bot.settings import Settings
from bot.telegram import handoff
from bot.telegram.app import ALLOWED_UPDATES, COMMANDS, build_application
from bot.telegram.delivery.inbox import Poller, UpdateInbox
from bot.telegram.state import STATE_KEY, BotState

logger = logging.getLogger(__name__)

#: Largest webhook body accepted; Telegram's updates are far smaller.
MAX_WEBHOOK_BODY = 1024 * 1024

TELEGRAM = web.AppKey("telegram", Application)
SERVICES = web.AppKey("services", Services)
METRICS = web.AppKey("metrics", Metrics)


@dataclass
class Intake:
    """How updates come in (the durable inbox, and the poller in polling mode) and the reload task."""

    inbox: UpdateInbox
    poller: Poller | None
    refresher: asyncio.Task[None] | None = None
    stopped: bool = field(default=False)


INTAKE = web.AppKey("intake", Intake)


async def healthz(request: web.Request) -> web.Response:
    """Database and model status; 503 when the database does not answer."""
    services = request.app[SERVICES]
    database = "ok"
    try:
        async with asyncio.timeout(2):
            async with services.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure means "not healthy", and says why
        database = f"error: {type(error).__name__}"
    buffer = bot_state_of(request.app[TELEGRAM]).log_buffer
    body = {
        "status": "ok" if database == "ok" and not len(buffer) else "degraded",
        "database": database,
        "model": services.model.version,
        "answers": len(services.responder.library.answers),
        # log records kept in memory while the database is (or was just) unreachable, and those dropped
        "buffered": len(buffer),
        "dropped": buffer.dropped,
    }
    return web.json_response(body, status=200 if database == "ok" else 503)


async def metrics_view(request: web.Request) -> web.Response:
    """Prometheus text exposition."""
    return web.Response(body=request.app[METRICS].render(), content_type="text/plain", charset="utf-8")


async def telegram_webhook(request: web.Request) -> web.Response:
    """Accept an update from Telegram: secret, size and JSON checked; stored in the inbox before the 200."""
    settings = request.app[SERVICES].settings
    intake = request.app[INTAKE]
    if not intake.inbox.accepting:
        # Shutting down: Telegram retries a non-2xx later, by then on this or another replica.
        return web.json_response({"error": "shutting down"}, status=503)
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
    if not hmac.compare_digest(given, settings.webhook_secret.value.encode()):
        return web.json_response({"error": "forbidden"}, status=403)
    if request.content_length is not None and request.content_length > MAX_WEBHOOK_BODY:
        return web.json_response({"error": "too large"}, status=413)
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return web.json_response({"error": "too large"}, status=413)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return web.json_response({"error": "not json"}, status=400)
    application = request.app[TELEGRAM]
    metrics = request.app[METRICS]
    try:
        _parse_update(data, application)
    except Exception as error:  # de_json can fail in many ways on garbage; any of them means "malformed"
        # Telegram retries anything but 2xx; an update we can never parse is acknowledged and logged.
        metrics.errors.inc()
        logger.warning("ignored a malformed update: %s", error)
        return web.json_response({"ok": True, "ignored": True})
    await intake.inbox.receive([data])
    return web.json_response({"ok": True})


def _parse_update(data: object, application: Application[Any, Any, Any, Any, Any, Any]) -> Update:
    if not isinstance(data, dict):
        raise TypeError("an update must be a JSON object")
    if not isinstance(data.get("update_id"), int) or isinstance(data["update_id"], bool):
        raise TypeError("an update needs a whole-number update_id")
    return Update.de_json(data, application.bot)


async def _start_telegram(app: web.Application) -> None:
    application = app[TELEGRAM]
    settings = app[SERVICES].settings
    await application.initialize()
    bot_state_of(application).sender.outbox.start()
    await application.bot.set_my_commands(COMMANDS)
    await application.start()
    handoff.start_sweeper(application)
    intake = app[INTAKE]
    await intake.inbox.start()
    if settings.reload_interval > 0:
        intake.refresher = asyncio.get_running_loop().create_task(
            _keep_current(app[SERVICES], settings.reload_interval), name="refresher"
        )
    if intake.poller is not None:
        await intake.poller.start(ALLOWED_UPDATES)
        logger.info("polling for updates")
    else:
        await application.bot.set_webhook(
            url=settings.webhook_url,
            secret_token=settings.webhook_secret.value,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=40,
        )
        logger.info("webhook registered")


async def _keep_current(services: Services, interval: float) -> None:
    """Periodically load a model activated or answers approved elsewhere (another replica, the dashboard)."""
    while True:
        await asyncio.sleep(interval)
        try:
            if await services.refresh():
                logger.info("now serving model %s with the newest approved answers", services.model.version)
        except Exception as error:  # a failed check is retried at the next one
            logger.warning("could not check for a new model or answers: %s", error)


async def stop_taking_updates(app: web.Application) -> None:
    """Stop polling (or answer the webhook with 503) and let in-flight updates finish, up to the timeout."""
    intake = app[INTAKE]
    if intake.stopped:
        return
    intake.stopped = True
    intake.inbox.accepting = False
    if intake.poller is not None:
        await intake.poller.stop()
    if intake.refresher is not None:
        intake.refresher.cancel()
        await asyncio.gather(intake.refresher, return_exceptions=True)
    await intake.inbox.stop(grace=app[SERVICES].settings.shutdown_timeout)


async def _stop_telegram(app: web.Application) -> None:
    application = app[TELEGRAM]
    await stop_taking_updates(app)
    if application.running:
        await application.stop()
    state = bot_state_of(application)
    await state.sender.outbox.stop()
    await state.drain(seconds=10)
    # Only now, with nothing left sending, are unfinished updates given back for another replica.
    await app[INTAKE].inbox.close()
    await application.shutdown()


def bot_state_of(application: Application[Any, Any, Any, Any, Any, Any]) -> BotState:
    """The shared state the handlers use (the outbox lives there)."""
    state: BotState = application.bot_data[STATE_KEY]
    return state


def build_web_app(services: Services) -> web.Application:
    """The aiohttp application; python-telegram-bot starts and stops with it."""
    settings = services.settings
    settings.check_for_telegram()
    metrics = Metrics()
    application = build_application(services, metrics)
    app = web.Application(client_max_size=MAX_WEBHOOK_BODY)
    app[TELEGRAM] = application
    inbox = UpdateInbox(application, bot_state_of(application), metrics)
    app[INTAKE] = Intake(inbox, None if settings.webhook_url else Poller(application, inbox, settings))
    app[SERVICES] = services
    app[METRICS] = metrics
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_view)
    from bot import dashboard  # Jinja2 and the staff pages load with the web app, not with every command

    dashboard.setup(app, services, application)  # the bot relays the dashboard's handoff replies
    app.cleanup_ctx.append(retention_context(services.sessions, settings.retention_days))
    if settings.webhook_url:
        app.router.add_post(settings.webhook_path, telegram_webhook)
    app.on_startup.append(_start_telegram)
    app.on_cleanup.append(_stop_telegram)
    return app


async def _serve_until_signal(
    app: web.Application,
    settings: Settings,
    banner: str,
    on_stop: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Listen on HOST:PORT until SIGTERM or SIGINT, then run on_stop while the server still answers."""
    runner = web.AppRunner(app, handle_signals=False)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await runner.setup()
        site = web.TCPSite(runner, settings.host, settings.port)
        await site.start()
        stderr_progress(f"serving on http://{settings.host}:{settings.port} ({banner})")
        await stop.wait()
        stderr_progress("stopping: finishing the work in hand")
        if on_stop is not None:
            await on_stop()
    finally:
        await runner.cleanup()


async def serve(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT, then stop taking updates and shut down cleanly."""
    tune_allocator()
    settings = with_pseudonym_secret(settings, stderr_progress)
    settings.check_for_telegram()
    services = await prepare(settings, serving=True)
    release_freed_memory()  # the peak of loading the content and the model is not kept for the bot's lifetime
    try:
        app = build_web_app(services)
        mode = f"webhook at {settings.webhook_url}" if settings.webhook_url else "long polling"
        # The server still answers /healthz, and the webhook with 503, while the updates in hand finish.
        await _serve_until_signal(
            app, settings, f"{mode}; dashboard at /staff/", lambda: stop_taking_updates(app)
        )
    finally:
        await services.close()
    return 0


async def serve_dashboard(settings: Settings) -> int:
    """Only the staff dashboard (no Telegram), e.g. for editors working on content locally."""
    from bot import dashboard

    services = await prepare(settings, serving=True)
    try:
        app = web.Application()
        dashboard.setup(app, services)
        await _serve_until_signal(app, settings, "staff dashboard only, at /staff/")
    finally:
        await services.close()
    return 0
