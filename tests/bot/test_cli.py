import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import ROOT

ONCOBOT = [sys.executable, "-m", "bot.cli"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    path = tmp_path_factory.mktemp("cli") / "oncobot.db"
    return {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{path}", "TELEGRAM_BOT_TOKEN": ""}


def oncobot(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ONCOBOT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_first_run_prepares_everything_and_answers_as_json(env: dict[str, str]) -> None:
    result = oncobot(env, "ask", "--json", "How does CAR-T cell therapy work for liver cancer?")
    assert result.returncode == 0, result.stderr
    for step in ("[1/4] database", "[2/4] content", "[3/4] model", "[4/4] answers"):
        assert step in result.stderr
    reply = json.loads(result.stdout)
    assert (reply["kind"], reply["subject"], reply["cancer"]) == ("answer", "car-t", "liver")
    assert all(len(m) <= 700 for m in reply["messages"])
    messages = reply["messages"]
    sources_at = next(i for i, m in enumerate(messages) if "<b>Sources</b>" in m)
    assert sources_at >= len(messages) - 5
    assert all("<a href=" in m or "care team" in m for m in messages[sources_at:])
    assert "Your care team" in messages[-2] and "Where to get help next" in messages[-1]


def test_second_run_reuses_the_stored_model(env: dict[str, str]) -> None:
    result = oncobot(env, "ask", "what is chemo")
    assert result.returncode == 0, result.stderr
    assert "is up to date" in result.stderr
    assert "── message 1/" in result.stdout


def test_stdin_mode_writes_one_json_object_per_question(env: dict[str, str]) -> None:
    questions = (
        "what's the weather in Paris\nI'm on chemo and my temperature is 38.6\n\nI want to end it all\n"
    )
    result = oncobot(env, "ask", "--json", "-", stdin=questions)
    assert result.returncode == 0, result.stderr
    kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
    assert kinds == ["out-of-scope", "emergency", "crisis"]


def test_console_chat_answers_and_follows_a_numbered_choice(env: dict[str, str]) -> None:
    result = oncobot(env, "chat", stdin="tell me about treatment\n1\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("── message 1/") >= 1


def test_console_chat_follows_up_on_the_last_question_until_new(env: dict[str, str]) -> None:
    questions = "How does CAR-T cell therapy work for liver cancer?\nwhat about side effects?\n/new\n"
    result = oncobot(env, "chat", stdin=questions + "what about side effects?\n/quit\n")
    assert result.returncode == 0, result.stderr
    after_new = result.stdout.split("New conversation")
    assert "I took this to be about liver cancer" in after_new[0]
    assert "I took this to be about" not in after_new[1]


def test_the_issue_examples_get_their_urgency(env: dict[str, str]) -> None:
    questions = [
        "my toddler bit into a dishwasher pod, what should I do",
        "i took the whole bottle of tylenol an hour ago",
        "I tried to end it last year and tonight feels the same",
        "can immunotherapy cause a rash?",
        "on chemo, diarrhea 7 times today",
    ]
    result = oncobot(env, "ask", "--json", "-", stdin="\n".join(questions))
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in replies] == ["emergency", "emergency", "crisis", "answer", "today"]
    assert "Poison Help" in " ".join(replies[0]["messages"]) and replies[4]["subject"] == "side-effects"


def test_topics_lists_the_answers(env: dict[str, str]) -> None:
    result = oncobot(env, "topics", "--json")
    assert result.returncode == 0, result.stderr
    topics = {row["topic"] for row in json.loads(result.stdout)}
    assert {"liver.car-t", "general.car-t"} <= topics


def test_user_mistakes_get_a_message_not_a_traceback(env: dict[str, str]) -> None:
    result = oncobot(env, "ask", "-")
    assert result.returncode == 2
    assert "needs --json" in result.stderr and "Traceback" not in result.stderr
    bad = oncobot({**env, "MAX_MESSAGE_CHARS": "9"}, "ask", "hi")
    assert bad.returncode == 2 and "MAX_MESSAGE_CHARS" in bad.stderr and "Traceback" not in bad.stderr


def test_content_check_passes_and_reports_counts(env: dict[str, str]) -> None:
    result = oncobot(env, "content", "check")
    assert result.returncode == 0, result.stderr
    assert "content check: OK: " in result.stdout
    assert "readability of summaries (approximate Flesch-Kincaid grade): median" in result.stdout
    assert "readability of answer bodies (approximate Flesch-Kincaid grade): median" in result.stdout


def test_content_check_fails_on_a_trade_press_source_and_an_api_link(
    env: dict[str, str], tmp_path: Path
) -> None:
    import shutil

    import yaml

    root = tmp_path / "content"
    shutil.copytree(ROOT / "content", root)
    path = root / "topics" / "liver" / "car-t.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sources"][0]["url"] = "https://www.onclive.com/view/fda-approves-something"
    data["sources"][1]["url"] = "https://api.fda.gov/drug/label.json?search=x"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = oncobot({**env, "CONTENT_DIR": str(root)}, "content", "check")
    assert result.returncode == 1
    assert "topics/liver/car-t.yaml: sources[0].url: www.onclive.com is not a primary source" in result.stderr
    assert "topics/liver/car-t.yaml: sources[1].url: https://api.fda.gov/" in result.stderr


def test_freshness_lists_topics_by_next_review_then_oldest_approval_check(env: dict[str, str]) -> None:
    result = oncobot(env, "content", "freshness", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    keys = [
        (row["next_review_on"] or "9999", row["oldest_approval_source_accessed"] or "9999") for row in rows
    ]
    assert keys == sorted(keys)
    drug_rows = [row for row in rows if row["drug_topic"]]
    within_six_months = (date.today() + timedelta(days=184)).isoformat()
    assert drug_rows and all(row["next_review_on"] <= within_six_months for row in drug_rows)
    text = oncobot(env, "content", "freshness").stdout
    assert text.splitlines()[0].split() == ["next", "review", "approval", "src", "any", "source", "topic"]
    assert f"content freshness: {len(rows)} topics" in text


def test_broken_content_fails_with_file_and_field(env: dict[str, str], tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "content"
    shutil.copytree(ROOT / "content", root)
    (root / "topics" / "general" / "car-t.yaml").write_text("id: x\n", encoding="utf-8")
    result = oncobot({**env, "CONTENT_DIR": str(root)}, "content", "check")
    assert result.returncode == 1
    assert "topics/general/car-t.yaml: subject: is missing or empty" in result.stderr


def test_db_downgrade_and_upgrade(env: dict[str, str], tmp_path: Path) -> None:
    fresh = {**env, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite'}"}
    up = oncobot(fresh, "db", "upgrade")
    newest = max(path.name.split("_")[0] for path in (ROOT / "migrations" / "versions").glob("[0-9]*.py"))
    assert up.returncode == 0 and f"database at revision {newest}" in up.stdout
    down = oncobot(fresh, "db", "downgrade", "base")
    assert down.returncode == 0 and "database at revision base" in down.stdout
