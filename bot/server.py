"""One aiohttp server: the Telegram bot (polling or webhook), /healthz and /metrics."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from typing import Any

from aiohttp import web
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application

from bot.metrics import Metrics
from bot.services import Services, prepare, stderr_progress
from bot.settings import Settings
from bot.telegram.app import ALLOWED_UPDATES, COMMANDS, build_application
from bot.telegram.state import STATE_KEY, BotState

logger = logging.getLogger(__name__)

#: Largest webhook body accepted; Telegram's updates are far smaller.
MAX_WEBHOOK_BODY = 1024 * 1024

TELEGRAM = web.AppKey("telegram", Application)
SERVICES = web.AppKey("services", Services)
METRICS = web.AppKey("metrics", Metrics)


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
    body = {
        "status": "ok" if database == "ok" else "degraded",
        "database": database,
        "model": services.model.version,
        "answers": len(services.responder.library.answers),
    }
    return web.json_response(body, status=200 if database == "ok" else 503)


async def metrics_view(request: web.Request) -> web.Response:
    """Prometheus text exposition."""
    return web.Response(body=request.app[METRICS].render(), content_type="text/plain", charset="utf-8")


async def telegram_webhook(request: web.Request) -> web.Response:
    """Accept an update from Telegram: secret checked in constant time, size and JSON checked."""
    settings = request.app[SERVICES].settings
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
        update = _parse_update(data, application)
    except (TypeError, KeyError, ValueError) as error:
        # Telegram retries anything but 2xx; an update we can never parse is acknowledged and logged.
        metrics.errors.inc()
        logger.warning("ignored a malformed update: %s", error)
        return web.json_response({"ok": True, "ignored": True})
    metrics.updates.labels(type=_update_type(data)).inc()
    await application.update_queue.put(update)
    return web.json_response({"ok": True})


def _parse_update(data: object, application: Application[Any, Any, Any, Any, Any, Any]) -> Update:
    if not isinstance(data, dict):
        raise TypeError("an update must be a JSON object")
    return Update.de_json(data, application.bot)


def _update_type(data: dict[str, Any]) -> str:
    return next((key for key in data if key != "update_id"), "unknown")


async def _start_telegram(app: web.Application) -> None:
    application = app[TELEGRAM]
    settings = app[SERVICES].settings
    await application.initialize()
    bot_state_of(application).sender.outbox.start()
    await application.bot.set_my_commands(COMMANDS)
    await application.start()
    if application.updater is not None:
        await application.updater.start_polling(
            timeout=settings.polling_timeout, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
        )
        logger.info("polling for updates")
    else:
        await application.bot.set_webhook(
            url=settings.webhook_url,
            secret_token=settings.webhook_secret.value,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=40,
        )
        logger.info("webhook registered")


async def _stop_telegram(app: web.Application) -> None:
    application = app[TELEGRAM]
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    state = bot_state_of(application)
    await state.sender.outbox.stop()
    await state.drain(seconds=10)
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
    application = build_application(services, metrics, polling=not settings.webhook_url)
    if application.updater is not None:
        _count_polled_updates(application, metrics)
    app = web.Application(client_max_size=MAX_WEBHOOK_BODY)
    app[TELEGRAM] = application
    app[SERVICES] = services
    app[METRICS] = metrics
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_view)
    if settings.webhook_url:
        app.router.add_post(settings.webhook_path, telegram_webhook)
    app.on_startup.append(_start_telegram)
    app.on_cleanup.append(_stop_telegram)
    return app


def _count_polled_updates(application: Application[Any, Any, Any, Any, Any, Any], metrics: Metrics) -> None:
    from telegram.ext import TypeHandler

    async def count(update: Update, _context: Any) -> None:
        kind = next((k for k in update.to_dict() if k != "update_id"), "unknown")
        metrics.updates.labels(type=kind).inc()

    application.add_handler(TypeHandler(Update, count), group=-1)


async def serve(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT, then stop taking updates and shut down cleanly."""
    settings.check_for_telegram()
    services = await prepare(settings)
    runner = web.AppRunner(build_web_app(services), handle_signals=False)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await runner.setup()
        site = web.TCPSite(runner, settings.host, settings.port)
        await site.start()
        mode = f"webhook at {settings.webhook_url}" if settings.webhook_url else "long polling"
        stderr_progress(f"serving on http://{settings.host}:{settings.port} ({mode})")
        await stop.wait()
        stderr_progress("stopping")
    finally:
        await runner.cleanup()
        await services.close()
    return 0
