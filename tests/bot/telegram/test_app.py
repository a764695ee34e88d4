"""Per-chat ordering of updates: one at a time within a chat, many chats at once, nothing kept afterwards."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update

from bot.telegram.app import PerChatProcessor


def _update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    return Update(update_id, message=Message(update_id, None, chat))  # type: ignore[arg-type]


async def test_updates_of_a_chat_run_in_order_and_no_lock_outlives_them() -> None:
    processor = PerChatProcessor(256)
    log: list[tuple[int, int, str]] = []

    async def work(chat_id: int, update_id: int) -> None:
        log.append((chat_id, update_id, "start"))
        await asyncio.sleep(0.01 if update_id % 2 else 0.001)
        log.append((chat_id, update_id, "end"))

    updates = [(chat_id, update_id) for update_id in range(4) for chat_id in range(100)]
    await asyncio.gather(*(processor.do_process_update(_update(u, c), work(c, u)) for c, u in updates))
    for chat_id in range(100):
        events = [(update_id, what) for chat, update_id, what in log if chat == chat_id]
        assert events == [(u, what) for u in range(4) for what in ("start", "end")]
    assert processor.chats_in_hand == 0
