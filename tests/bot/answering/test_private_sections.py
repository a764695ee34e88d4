"""Sections marked private_only (survival figures) reach private chats and never groups."""

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import yaml

from bot.answering import compose
from bot.answering.chunking import visible_text
from bot.answering.library import Answer
from bot.content.edits import form_from_version, parse_sections
from bot.content.files import read_content
from bot.content.sync import answer_fields
from db.models import AnswerVersion
from tests.conftest import ROOT

VOICE = compose.Voice(emergency_number="911", crisis_line="988", max_chars=700)
FIGURES = "About 9 in 10 people in this made-up group lived 5 years."


def _version(sections: list[dict[str, Any]]) -> AnswerVersion:
    """A stored answer version as the library reads it (only the fields it copies)."""
    row = SimpleNamespace(
        topic_id="colorectal.prognosis",
        version=3,
        title="Outlook for colorectal cancer",
        summary="The outlook depends on the stage and on how the cancer responds to treatment.",
        sections=sections,
        questions=["What stage is my cancer?"],
        sources=[{"title": "SEER", "publisher": "NCI", "url": "https://seer.cancer.gov/", "accessed": "x"}],
        review_level="editorial",
        reviewer=None,
        reviewed_on=None,
        next_review_on=None,
    )
    return cast(AnswerVersion, row)


def _answer() -> Answer:
    sections: list[dict[str, Any]] = [
        {"heading": "What affects the outlook", "body": "Stage matters most.\n"},
        {"heading": "Survival numbers", "body": FIGURES + "\n", "private_only": True},
    ]
    return Answer.from_version(_version(sections), "prognosis", "colorectal")


def _text(messages: list[str]) -> str:
    return "\n".join(visible_text(m) for m in messages)


def test_a_private_only_section_is_in_the_private_answer_and_not_in_the_group_one() -> None:
    answer = _answer()
    assert answer.private_sections == frozenset({1})
    private = _text(compose.answer_messages(answer, VOICE))
    assert "Survival numbers" in private and FIGURES in private
    assert "Stage matters most." in private
    group = _text(compose.short_answer_messages(answer, VOICE))
    assert "Survival numbers" not in group and FIGURES not in group
    full_in_group = _text(compose.answer_messages(answer, VOICE, group=True))
    assert FIGURES not in full_in_group and "Stage matters most." in full_in_group


def test_content_check_accepts_the_flag_and_stores_it_only_when_set(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "content", root)
    path = root / "topics" / "liver" / "car-t.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sections"][-1]["private_only"] = True
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    content = read_content(root)
    assert content.errors == []
    topic = next(t for t in content.topics if t.id == "liver.car-t")
    stored = answer_fields(topic).sections
    assert stored[-1]["private_only"] is True
    assert all("private_only" not in s for s in stored[:-1])
    env = {**os.environ, "CONTENT_DIR": str(root), "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'db'}"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "content", "check"],
        capture_output=True,
        text=True,
        env={**env, "TELEGRAM_BOT_TOKEN": ""},
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "content check: OK: " in result.stdout


def test_content_check_refuses_a_flag_that_is_not_true_or_false(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "content", root)
    path = root / "topics" / "liver" / "car-t.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sections"][0]["private_only"] = "yes please"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    errors = read_content(root).errors
    assert any(
        e.startswith("topics/liver/car-t.yaml: sections[0].private_only: must be true or false")
        for e in errors
    )


def test_the_dashboard_edit_form_keeps_the_flag() -> None:
    sections: list[dict[str, Any]] = [
        {"heading": "What affects the outlook", "body": "Stage matters most.\n"},
        {"heading": "Survival numbers", "body": FIGURES + "\n", "private_only": True},
    ]
    form = form_from_version(_version(sections))
    assert "## Survival numbers [private only]" in form.sections
    assert parse_sections(form.sections) == sections
