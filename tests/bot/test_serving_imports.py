"""`oncobot run`, `ask` and `chat` serve the compiled model: scikit-learn, scipy and skops are never imported,
and a database already at the newest schema does not load Alembic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.services import prepare
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_SERVING = ("sklearn", "scipy", "skops", "alembic")

RUN = """
import asyncio, json, sys
from bot.server import build_web_app
from bot.services import prepare
from bot.settings import Settings

async def main() -> None:
    services = await prepare(Settings.from_env(), lambda _m: None, show_progress=False)
    build_web_app(services)
    reply = services.responder.respond("what are the side effects of chemo")
    await services.close()
    print(json.dumps({"kind": reply.kind, "subject": reply.subject,
                      "loaded": [m for m in %r if m in sys.modules]}))

asyncio.run(main())
"""

CLI = """
import json, sys
from bot.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def trained_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A database whose active model was trained (here, with scikit-learn) and stored with its arrays."""
    path = tmp_path_factory.mktemp("serving") / "oncobot.db"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{path}",
        "TELEGRAM_BOT_TOKEN": "123:serving-test",
        "PSEUDONYM_SECRET": "serving-test-pseudonym-secret-0123",
    }
    import asyncio

    async def train_once() -> None:
        services = await prepare(Settings.from_env(env), lambda _m: None, show_progress=False)
        await services.close()

    asyncio.run(train_once())
    return env


def _python(code: str, env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_the_bot_answers_without_importing_scikit_learn(trained_env: dict[str, str]) -> None:
    result = json.loads(_python(RUN % (NOT_AT_SERVING,), trained_env).stdout.strip().splitlines()[-1])
    assert result["kind"] == "answer"
    assert result["subject"] == "side-effects"
    assert result["loaded"] == []


def test_ask_and_chat_answer_without_importing_scikit_learn(trained_env: dict[str, str]) -> None:
    asked = _python(CLI % (NOT_AT_SERVING,), trained_env, "ask", "--json", "what is immunotherapy")
    assert json.loads(asked.stdout)["subject"] == "immunotherapy"
    assert json.loads(asked.stderr.strip().splitlines()[-1]) == {"code": 0, "loaded": []}
    chatted = _python(CLI % (NOT_AT_SERVING,), trained_env, "chat", stdin="what is a biopsy\n")
    assert "biopsy" in chatted.stdout.lower()
    assert json.loads(chatted.stderr.strip().splitlines()[-1]) == {"code": 0, "loaded": []}
