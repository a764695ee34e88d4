"""Answer versions edited in the dashboard: the edit form, checks, diffs and export to content/."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.content.files import ContentSet, TopicFile, topic_from_data
from bot.content.sync import answer_fields, fields_hash
from db.content import answers
from db.models import AnswerVersion, Topic
from db.session import SessionFactory

_SECTION_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t]*$", re.MULTILINE)
#: Ends a section's heading line in the edit form when the section is private_only (left out in groups).
PRIVATE_MARK = " [private only]"
#: The columns of a source line in the edit form.
SOURCE_COLUMNS = ("title", "publisher", "url", "edition", "accessed", "reason")


@dataclass(frozen=True)
class EditForm:
    """The edit form's fields, as typed: sections as '## Heading' blocks, one question or source per line."""

    title: str
    summary: str
    sections: str
    questions: str
    sources: str


def form_from_version(version: AnswerVersion) -> EditForm:
    """Prefill the edit form from a stored version."""
    sections = "\n\n".join(
        f"## {s['heading']}{PRIVATE_MARK if s.get('private_only') else ''}\n{str(s['body']).strip()}"
        for s in version.sections
    )
    sources = "\n".join(
        " | ".join(str(s.get(key) or "") for key in SOURCE_COLUMNS).rstrip(" |") for s in version.sources
    )
    return EditForm(version.title, version.summary, sections, "\n".join(version.questions), sources)


def parse_sections(text: str) -> list[dict[str, Any]]:
    """'## Heading' lines start sections ('[private only]' ends a flagged one's); text before is kept."""
    text = text.replace("\r\n", "\n")
    parts = _SECTION_HEADING.split(text)
    sections: list[dict[str, Any]] = []
    if parts[0].strip():
        sections.append({"heading": "", "body": parts[0].strip() + "\n"})
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        section: dict[str, Any] = {"heading": heading.strip(), "body": body.strip() + "\n"}
        if section["heading"].endswith(PRIVATE_MARK.strip()):
            section["heading"] = section["heading"].removesuffix(PRIVATE_MARK.strip()).strip()
            section["private_only"] = True
        sections.append(section)
    return sections


def parse_sources(text: str) -> tuple[list[dict[str, str]], list[str]]:
    """One source per line: title | publisher | url | edition | accessed, plus a reason if not primary."""
    sources, problems = [], []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) not in (5, 6):
            problems.append(
                f"sources line {number}: needs title | publisher | url | edition (may be empty) | "
                "accessed (YYYY-MM-DD), and a reason if the source is not a primary one"
            )
            continue
        source = dict(zip(SOURCE_COLUMNS, parts, strict=False))
        sources.append({key: value for key, value in source.items() if value or key == "accessed"})
    return sources, problems


def topic_data(topic: Topic, form: EditForm, examples: tuple[str, ...]) -> tuple[dict[str, Any], list[str]]:
    """The topic file an edit describes; a new version is editorial until a clinician approves it."""
    sources, problems = parse_sources(form.sources)
    data: dict[str, Any] = {
        "id": topic.id,
        "subject": topic.subject,
        "cancer": topic.cancer,
        "title": form.title.strip(),
        "summary": " ".join(form.summary.split()),
        "sections": parse_sections(form.sections),
        "questions_for_care_team": [q.strip() for q in form.questions.splitlines() if q.strip()],
        "sources": sources,
        "review": {"level": "editorial", "reviewer": None, "reviewed_on": None, "next_review_on": None},
        "examples": list(examples),
    }
    return data, problems


def check_edit(
    content: ContentSet, root: Path, topic: Topic, form: EditForm
) -> tuple[answers.AnswerFields | None, str, list[str]]:
    """Check an edit with the same rules as content/ files: the fields and digest, or the problems."""
    existing = next((t for t in content.topics if t.id == topic.id), None)
    examples = existing.examples if existing is not None else ()
    data, problems = topic_data(topic, form, examples)
    errors: list[str] = []
    checked = topic_from_data(
        data, root / "topics" / topic.cancer / f"{topic.subject}.yaml", root, content.taxonomy, errors
    )
    # Example questions live in the files, not in the form: their rule is not the editor's to meet.
    problems += [e.split(": ", 1)[1] for e in errors if not e.split(": ", 1)[1].startswith("examples")]
    if problems:
        return None, "", problems
    fields = answer_fields(checked)
    return fields, fields_hash(fields), []


def clinical_review(
    version: AnswerVersion, reviewer: str, today: date, valid_days: int
) -> answers.ClinicalReview:
    """A clinician's approval of a version, with the digest its fields will have once it is recorded."""
    fields = answers.AnswerFields(
        title=version.title,
        summary=version.summary,
        sections=list(version.sections),
        questions=list(version.questions),
        sources=list(version.sources),
        review_level=answers.CLINICAL,
        reviewer=reviewer,
        reviewed_on=today,
        next_review_on=today + timedelta(days=valid_days),
    )
    return answers.ClinicalReview(reviewer, today, today + timedelta(days=valid_days), fields_hash(fields))


def version_text(version: AnswerVersion) -> list[str]:
    """A version as plain lines, for diffs."""
    lines = [f"Title: {version.title}", f"Summary: {version.summary}", ""]
    for section in version.sections:
        mark = PRIVATE_MARK if section.get("private_only") else ""
        lines += [f"## {section['heading']}{mark}", *str(section["body"]).rstrip().split("\n"), ""]
    lines += ["Questions for the care team:", *(f"- {q}" for q in version.questions), ""]
    lines += [
        "Sources:",
        *(
            "- " + " | ".join(str(s.get(key) or "") for key in SOURCE_COLUMNS).rstrip(" |")
            for s in version.sources
        ),
    ]
    lines += ["", f"Review: {version.review_level}, reviewer {version.reviewer or 'none'}"]
    return lines


def diff(old: AnswerVersion, new: AnswerVersion) -> list[tuple[str, str]]:
    """A unified diff as (kind, line) pairs: kind is add, remove, hunk or same."""
    rows = []
    for line in difflib.unified_diff(
        version_text(old), version_text(new), f"v{old.version}", f"v{new.version}", lineterm="", n=2
    ):
        if line.startswith(("+++", "---")):
            continue
        kind = {"+": "add", "-": "remove", "@": "hunk"}.get(line[:1], "same")
        rows.append((kind, line))
    return rows


class _BlockDumper(yaml.SafeDumper):
    """Multi-line strings as '|' blocks, so that exported files read like hand-written ones."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_BlockDumper.add_representer(str, _represent_str)


def version_file(version: AnswerVersion, topic: Topic, existing: TopicFile | None) -> str:
    """The YAML text of a topic file holding this version (examples kept from the existing file)."""
    data: dict[str, Any] = {
        "id": topic.id,
        "subject": topic.subject,
        "cancer": topic.cancer,
        "title": version.title,
        "summary": version.summary,
        "sections": [
            {"heading": s["heading"], "body": str(s["body"]).rstrip() + "\n"}
            | ({"private_only": True} if s.get("private_only") else {})
            for s in version.sections
        ],
        "questions_for_care_team": list(version.questions),
        "sources": [dict(s) for s in version.sources],
        "review": {
            "level": version.review_level,
            "reviewer": version.reviewer,
            "reviewed_on": _iso(version.reviewed_on),
            "next_review_on": _iso(version.next_review_on),
        },
        "examples": list(existing.examples) if existing is not None else [],
    }
    return yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=110)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


async def export_approved(sessions: SessionFactory, content: ContentSet, root: Path) -> list[Path]:
    """Write every served answer that was made in the dashboard to its content/ file; returns the paths."""
    async with sessions() as session:
        pairs = await answers.approved_from_dashboard(session)
    existing = {topic.id: topic for topic in content.topics}
    written = []
    for topic, version in pairs:
        path = root / "topics" / topic.cancer / f"{topic.subject}.yaml"
        text = version_file(version, topic, existing.get(topic.id))
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".yaml.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        written.append(path)
    return written
