"""A fake Telegram Bot API server on 127.0.0.1: the real python-telegram-bot HTTP stack talks to it in tests.

It answers the methods oncobot uses with Telegram's validation (length, HTML, threads, button data), supports
long polling with offsets and webhook delivery with the secret header, records every call, and can be armed to
fail (429 with retry_after, 5xx, stalls) so that retries are tested for real.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from tests.support.telegram_html import TelegramHtmlError, parse, utf16_length

TOKEN = "123456:TEST-token-for-the-fake-server"
BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "Oncobot",
    "username": "oncobot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Update ids grow across every fake server of a test run, as they do for one real bot.
_update_ids = itertools.count(int(time.time()) % 100_000 * 1000)
_JSON_FIELDS = {
    "reply_markup",
    "reply_parameters",
    "allowed_updates",
    "commands",
    "entities",
    "link_preview_options",
    "scope",
}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "message_thread_id", "max_connections"}


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float


@dataclass
class Failure:
    """An armed error: the next `times` calls of a method answer with it."""

    status: int
    description: str
    times: int
    retry_after: int | None = None
    stall: float = 0.0


@dataclass
class FakeTelegram:
    """The fake server; start() returns its base URL for TELEGRAM_API_BASE_URL."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    deliveries: list[tuple[int, int]] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    webhook_target: str | None = None
    #: called with each request as it arrives; True drops it unanswered (e.g. the test killed the bot now)
    on_request: Callable[[Call], bool] | None = None
    #: called with each request Telegram accepted, just before the answer leaves (a kill here loses it)
    on_answered: Callable[[Call], None] | None = None

    def __post_init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._message_ids = itertools.count(5000)
        self._chats: dict[int, dict[str, Any]] = {}
        self._threads: defaultdict[int, set[int]] = defaultdict(set)
        #: forum topics the bot created: (chat id, thread id) -> {"name": ..., "closed": ...}
        self.topics: dict[tuple[int, int], dict[str, Any]] = {}
        #: private chats whose person blocked the bot: sends to them answer 403
        self.blocked: set[int] = set()
        self._failures: defaultdict[str, deque[Failure]] = defaultdict(deque)
        self._allowed: list[str] | None = None
        self._arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.base_url = ""

    # -- lifecycle -------------------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        self._session = aiohttp.ClientSession()
        return self.base_url

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- control API for tests -------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        status: int,
        description: str = "",
        *,
        times: int = 1,
        retry_after: int | None = None,
        stall: float = 0.0,
    ) -> None:
        """Make the next `times` calls of a method fail (or stall first)."""
        text = description or {
            429: f"Too Many Requests: retry after {retry_after}",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }.get(status, "Error")
        self._failures[method.lower()].append(Failure(status, text, times, retry_after, stall))

    def inject(self, payload: dict[str, Any]) -> int:
        """Add an update (everything but update_id); it is polled or delivered to the webhook."""
        update = {"update_id": next(_update_ids), **payload}
        for value in payload.values():
            if isinstance(value, dict):
                self._remember_chat(value)
        if self._allowed is not None and not any(key in self._allowed for key in payload):
            return update["update_id"]  # Telegram does not send types the bot did not ask for
        if self.webhook is not None:
            self._spawn(self._deliver(update))
        else:
            self._pending.append(update)
            self._arrived.set()
        return update["update_id"]

    def redeliver(self, update: dict[str, Any]) -> None:
        """Send an already delivered update again, as Telegram does after a failure."""
        self._pending.append(update)
        self._arrived.set()

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """sendMessage calls that succeeded, in order."""
        return [
            c.params
            for c in self.calls
            if c.method == "sendmessage"
            and c.params.get("_ok")
            and (chat_id is None or c.params["chat_id"] == chat_id)
        ]

    def add_chat(self, chat: dict[str, Any]) -> None:
        """Make a chat known before any update from it (a staff group, forum or not)."""
        self._chats[int(chat["id"])] = chat

    def sent_in(self, chat_id: int, thread: int | None) -> list[dict[str, Any]]:
        """Messages sent to one forum topic of a chat (thread None: outside any topic)."""
        return [m for m in self.sent(chat_id) if m.get("message_thread_id") == thread]

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method.lower()]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        """Wait until a condition on the recorded calls holds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                recent = [f"{c.method} {str(c.params)[:160]}" for c in self.calls if c.method != "getupdates"]
                raise AssertionError("timed out waiting for the bot; last calls:\n" + "\n".join(recent[-8:]))
            await asyncio.sleep(0.02)

    async def settle(
        self, chat_id: int, minimum: int = 1, quiet: float = 0.5, timeout: float = 20.0
    ) -> list[dict[str, Any]]:
        """Wait for at least `minimum` messages to a chat, then until none has arrived for `quiet` seconds."""
        await self.wait_for(lambda: len(self.sent(chat_id)) >= minimum, timeout)
        count = -1
        while count != len(self.sent(chat_id)):
            count = len(self.sent(chat_id))
            await asyncio.sleep(quiet)
        return self.sent(chat_id)

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 15.0
    ) -> list[dict[str, Any]]:
        await self.wait_for(lambda: len(self.sent(chat_id)) >= count, timeout)
        return self.sent(chat_id)

    # -- request handling ------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params = await _params(request)
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        if self.on_request is not None and self.on_request(call):
            return _error(502, "Bad Gateway")
        armed = self._failures.get(method)
        if armed:
            failure = armed[0]
            failure.times -= 1
            if failure.times <= 0:
                armed.popleft()
            if failure.stall:
                await asyncio.sleep(failure.stall)
            if failure.status:
                extra = {"retry_after": failure.retry_after} if failure.retry_after is not None else None
                return _error(failure.status, failure.description, extra)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(params)
        except _ApiError as error:
            return _error(error.status, error.description)
        if method == "sendmessage":
            params["_ok"] = True
            params["_result"] = result
        if self.on_answered is not None:
            self.on_answered(call)
        return web.json_response({"ok": True, "result": result})

    async def _m_getme(self, _p: dict[str, Any]) -> Any:
        return BOT_USER

    async def _m_setmycommands(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_deletewebhook(self, _p: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _m_setwebhook(self, p: dict[str, Any]) -> Any:
        if not str(p.get("url", "")).startswith("https://"):
            raise _ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = p
        self._allowed = p.get("allowed_updates")
        return True

    async def _m_getwebhookinfo(self, _p: dict[str, Any]) -> Any:
        url = self.webhook["url"] if self.webhook else ""
        return {"url": url, "has_custom_certificate": False, "pending_update_count": len(self._pending)}

    async def _m_getupdates(self, p: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        if "allowed_updates" in p and p["allowed_updates"] is not None:
            self._allowed = p["allowed_updates"] or None
        offset = int(p.get("offset") or 0)
        if offset:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        timeout = float(p.get("timeout") or 0)
        if not self._pending and timeout > 0:
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), timeout)
        limit = int(p.get("limit") or 100)
        return self._pending[:limit]

    async def _m_sendmessage(self, p: dict[str, Any]) -> Any:
        text = str(p.get("text", ""))
        if not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if p.get("parse_mode") == "HTML":
            try:
                visible = parse(text)
            except TelegramHtmlError as error:
                raise _ApiError(400, f"Bad Request: {error}") from None
        else:
            visible = text
        if utf16_length(visible) > 4096:
            raise _ApiError(400, "Bad Request: message is too long")
        _check_buttons(p.get("reply_markup"))
        chat_id = int(p["chat_id"])
        if chat_id in self.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        thread = p.get("message_thread_id")
        if thread is not None and int(thread) not in self._threads[chat_id]:
            raise _ApiError(400, "Bad Request: message thread not found")
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chats.get(chat_id, {"id": chat_id, "type": "private"}),
            "from": BOT_USER,
            "text": visible,
        }
        if thread is not None:
            message["message_thread_id"] = int(thread)
            message["is_topic_message"] = True
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        return message

    async def _m_sendchataction(self, p: dict[str, Any]) -> Any:
        if int(p.get("chat_id") or 0) in self.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return True

    # -- forum topics ------------------------------------------------------------------------------------
    async def _m_createforumtopic(self, p: dict[str, Any]) -> Any:
        chat_id = int(p["chat_id"])
        chat = self._chats.get(chat_id, {})
        if chat.get("type") != "supergroup" or not chat.get("is_forum"):
            raise _ApiError(400, "Bad Request: the chat is not a forum")
        name = str(p.get("name", ""))
        if not 1 <= len(name) <= 128:
            raise _ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
        thread = next(self._message_ids)  # a topic's id is the id of its creation message
        self._threads[chat_id].add(thread)
        self.topics[(chat_id, thread)] = {"name": name, "closed": False}
        return {"message_thread_id": thread, "name": name, "icon_color": int(p.get("icon_color") or 7322096)}

    def _topic(self, p: dict[str, Any]) -> dict[str, Any]:
        key = (int(p["chat_id"]), int(p.get("message_thread_id") or 0))
        if key not in self.topics:
            raise _ApiError(400, "Bad Request: TOPIC_ID_INVALID")
        return self.topics[key]

    async def _m_editforumtopic(self, p: dict[str, Any]) -> Any:
        topic = self._topic(p)
        if p.get("name"):
            if len(str(p["name"])) > 128:
                raise _ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
            if topic["name"] == p["name"]:
                raise _ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
            topic["name"] = str(p["name"])
        return True

    async def _m_closeforumtopic(self, p: dict[str, Any]) -> Any:
        topic = self._topic(p)
        if topic["closed"]:
            raise _ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
        topic["closed"] = True
        return True

    async def _m_reopenforumtopic(self, p: dict[str, Any]) -> Any:
        self._topic(p)["closed"] = False
        return True

    async def _m_answercallbackquery(self, p: dict[str, Any]) -> Any:
        if len(str(p.get("text") or "")) > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _edited(self, p: dict[str, Any], text: str) -> dict[str, Any]:
        _check_buttons(p.get("reply_markup"))
        chat_id = int(p["chat_id"])
        chat = self._chats.get(chat_id, {"id": chat_id, "type": "private"})
        return {
            "message_id": int(p["message_id"]),
            "date": int(time.time()),
            "from": BOT_USER,
            "chat": chat,
            "text": text,
        }

    async def _m_editmessagereplymarkup(self, p: dict[str, Any]) -> Any:
        return self._edited(p, "…")

    async def _m_editmessagetext(self, p: dict[str, Any]) -> Any:
        return self._edited(p, str(p.get("text", "")))

    # -- webhook delivery ------------------------------------------------------------------------------
    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, update: dict[str, Any]) -> None:
        assert self.webhook is not None and self._session is not None
        url = self.webhook_target or self.webhook["url"]
        headers = {"X-Telegram-Bot-Api-Secret-Token": str(self.webhook.get("secret_token") or "")}
        for attempt in range(5):
            try:
                async with self._session.post(url, json=update, headers=headers) as response:
                    self.deliveries.append((update["update_id"], response.status))
                    if response.status < 300:
                        return
            except aiohttp.ClientError:
                self.deliveries.append((update["update_id"], 0))
            await asyncio.sleep(0.2 * (attempt + 1))

    def _remember_chat(self, payload: dict[str, Any]) -> None:
        chat = payload.get("chat") or (payload.get("message") or {}).get("chat")
        if isinstance(chat, dict) and "id" in chat:
            self._chats[int(chat["id"])] = chat
            if payload.get("is_topic_message") and payload.get("message_thread_id"):
                self._threads[int(chat["id"])].add(int(payload["message_thread_id"]))


class _ApiError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status, self.description = status, description


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _check_buttons(markup: Any) -> None:
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        raw: dict[str, Any] = await request.json() if request.can_read_body else {}
    else:
        form = await request.post()
        raw = {key: value for key, value in form.items() if isinstance(value, str)}
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _JSON_FIELDS and isinstance(value, str):
            value = json.loads(value)
        elif key in _INT_FIELDS and isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        params[key] = value
    return params


# -- update factories --------------------------------------------------------------------------------------
_ids = itertools.count(100)


def user(user_id: int, first_name: str = "Pat", *, is_bot: bool = False) -> dict[str, Any]:
    return {"id": user_id, "is_bot": is_bot, "first_name": first_name, "username": f"user{user_id}"}


def private_chat(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": "Pat"}


def group_chat(chat_id: int, *, forum: bool = False) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": "Support group"}
    if forum:
        chat["is_forum"] = True
    return chat


def entities_for(text: str) -> list[dict[str, Any]]:
    """Command and mention entities, as Telegram would attach them (offsets in UTF-16 units)."""
    found = []
    for token in text.split():
        if token.startswith(("/", "@")):
            start = text.index(token)
            kind = "bot_command" if token.startswith("/") and start == 0 else "mention"
            if kind == "mention" or start == 0:
                found.append(
                    {"type": kind, "offset": utf16_length(text[:start]), "length": utf16_length(token)}
                )
    return found


def message(
    chat: dict[str, Any], text: str | None, sender: dict[str, Any] | None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat}
    if sender is not None:
        body["from"] = sender
    if text is not None:
        body["text"] = text
        entities = entities_for(text)
        if entities:
            body["entities"] = entities
    body.update(extra)
    return body


def private_text(user_id: int, text: str) -> dict[str, Any]:
    return {"message": message(private_chat(user_id), text, user(user_id))}


def group_text(
    chat_id: int,
    user_id: int,
    text: str,
    *,
    thread: int | None = None,
    reply_to_bot: bool = False,
    sender: dict[str, Any] | None = None,
) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if thread is not None:
        extra.update(message_thread_id=thread, is_topic_message=True)
    if reply_to_bot:
        extra["reply_to_message"] = message(group_chat(chat_id), "earlier answer", BOT_USER)
    chat = group_chat(chat_id, forum=thread is not None)
    return {"message": message(chat, text, sender or user(user_id), **extra)}


def staff_text(
    chat_id: int,
    user_id: int,
    text: str | None,
    *,
    thread: int | None = None,
    reply_to: dict[str, Any] | None = None,
    first_name: str = "Rita",
    **extra: Any,
) -> dict[str, Any]:
    """A staff member's message in the staff group: in a forum topic, or replying to a bot message there
    (pass the sent message's result)."""
    if thread is not None:
        extra.update(message_thread_id=thread, is_topic_message=True)
    if reply_to is not None:
        extra["reply_to_message"] = {
            "message_id": reply_to["message_id"],
            "date": reply_to.get("date", int(time.time())),
            "chat": group_chat(chat_id, forum=thread is not None),
            "from": BOT_USER,
            "text": reply_to.get("text", ""),
        }
    chat = group_chat(chat_id, forum=thread is not None)
    return {"message": message(chat, text, user(user_id, first_name), **extra)}


def channel_post(chat_id: int, text: str) -> dict[str, Any]:
    chat = {"id": chat_id, "type": "channel", "title": "News channel"}
    return {"channel_post": message(chat, text, None, sender_chat=chat)}


def callback(user_id: int, data: str, on: dict[str, Any], *, in_topic: bool = False) -> dict[str, Any]:
    """A button tap on a message the bot sent (pass the sent message's params or result); in_topic keeps
    the message's forum topic."""
    chat_id = int(on["chat_id"]) if "chat_id" in on else on["chat"]["id"]
    chat = private_chat(chat_id) if chat_id > 0 else group_chat(chat_id, forum=in_topic)
    msg: dict[str, Any] = {
        "message_id": on.get("message_id", 1),
        "date": int(time.time()),
        "chat": chat,
        "from": BOT_USER,
        "text": "…",
    }
    if in_topic and on.get("message_thread_id"):
        msg.update(message_thread_id=int(on["message_thread_id"]), is_topic_message=True)
    return {
        "callback_query": {
            "id": str(next(_ids)),
            "from": user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": msg,
        }
    }


def photo(chat: dict[str, Any], sender: dict[str, Any], caption: str | None = None) -> dict[str, Any]:
    extra: dict[str, Any] = {"photo": [{"file_id": "f", "file_unique_id": "u", "width": 10, "height": 10}]}
    if caption:
        extra["caption"] = caption
    return {"message": message(chat, None, sender, **extra)}


def added_to_group(chat_id: int, by_user: int) -> dict[str, Any]:
    member = lambda status: {"status": status, "user": BOT_USER}  # noqa: E731
    return {
        "my_chat_member": {
            "chat": group_chat(chat_id),
            "from": user(by_user),
            "date": int(time.time()),
            "old_chat_member": member("left"),
            "new_chat_member": member("member"),
        }
    }
