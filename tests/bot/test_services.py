"""The composition root: a server start whose content is unchanged since its last load reads only what it
serves, and any change to content/ is loaded again."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.services import prepare
from bot.settings import Settings
from tests.conftest import CONTENT_DIR

UNCHANGED = "unchanged since it was last loaded"


async def _start(settings: Settings) -> tuple[list[str], int, int]:
    """Prepare a server once: what it said, how many training lines it kept, how many dev questions."""
    said: list[str] = []
    services = await prepare(settings, said.append, show_progress=False, serving=True)
    try:
        reply = services.responder.respond("how does car-t cell therapy work for liver cancer")
        assert reply.kind == "answer"
        return said, len(services.content.labelled_lines), len(services.content.eval_rows)
    finally:
        await services.close()


async def test_a_server_skips_the_content_load_only_while_content_is_unchanged(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'oncobot.db'}", content_dir=root)

    said, kept_lines, dev_rows = await _start(settings)
    assert not any(UNCHANGED in line for line in said)
    assert kept_lines == 0 and dev_rows > 0  # the training lines are in the database, not in memory

    said, kept_lines, dev_rows = await _start(settings)
    assert any(UNCHANGED in line for line in said)
    assert kept_lines == 0 and dev_rows > 0

    with (root / "training" / "out-of-scope.txt").open("a", encoding="utf-8") as lines:
        lines.write("which bus goes to the garden centre on a sunday morning\n")
    said, _, _ = await _start(settings)
    assert any("1 examples added" in line for line in said)
    assert any("training examples changed" in line for line in said)

    said, _, _ = await _start(settings)
    assert any(UNCHANGED in line for line in said)
