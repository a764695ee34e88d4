"""Splitting a formatted reply into Telegram HTML messages that are each valid and short.

A reply is a list of sections; a section a list of paragraphs; a paragraph a list of styled runs
of plain text.
Text is escaped only after it is cut, so a cut never falls inside a tag or an entity, and every message opens
and closes its own tags. Cuts prefer section, then paragraph, then sentence, then word boundaries; a single
over-long word is cut between characters, never inside a surrogate pair or before a combining mark.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from bot.settings import TELEGRAM_MAX_MESSAGE


@dataclass(frozen=True)
class Run:
    """Plain text with one style; the text is escaped when rendered."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


Paragraph = tuple[Run, ...]
Section = tuple[Paragraph, ...]

SECTION_BREAK = "\n\n"
PARAGRAPH_BREAK = "\n"
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])[ \t]+|\n+")
_SPACE = re.compile(r"\s+")


def size(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram counts in."""
    return len(text.encode("utf-16-le")) // 2


def render_run(run: Run) -> str:
    """One run as Telegram HTML, escaping its text and link."""
    out = html.escape(run.text, quote=False)
    if run.url:
        out = f'<a href="{html.escape(run.url, quote=True)}">{out}</a>'
    if run.italic:
        out = f"<i>{out}</i>"
    if run.bold:
        out = f"<b>{out}</b>"
    return out


def render_paragraph(paragraph: Paragraph) -> str:
    """A paragraph's runs as HTML."""
    return "".join(render_run(run) for run in paragraph if run.text)


def render_section(section: Section) -> str:
    """A section's paragraphs as HTML, one paragraph a line."""
    return PARAGRAPH_BREAK.join(filter(None, (render_paragraph(p) for p in section)))


def plain_text(paragraph: Paragraph) -> str:
    """The text a person reads, without markup."""
    return "".join(run.text for run in paragraph)


@dataclass(frozen=True)
class _Atom:
    html: str
    separator: str


def _cut(paragraph: Paragraph, boundary: re.Pattern[str]) -> list[tuple[str, Paragraph]]:
    """Split a paragraph's runs at every boundary match; each piece keeps the whitespace it followed."""
    pieces: list[tuple[str, Paragraph]] = []
    current: list[Run] = []
    separator = ""
    for run in paragraph:
        position = 0
        for match in boundary.finditer(run.text):
            if match.start() > position:
                current.append(replace(run, text=run.text[position : match.start()]))
            if current:
                pieces.append((separator, tuple(current)))
                current = []
                separator = match.group(0)
            position = match.end()
        if position < len(run.text):
            current.append(replace(run, text=run.text[position:]))
    if current:
        pieces.append((separator, tuple(current)))
    return pieces


def _clusters(text: str) -> Iterator[str]:
    """Characters with their combining marks and joiners, so that a cut never separates them."""
    cluster = ""
    for char in text:
        joins = cluster and (
            unicodedata.combining(char)
            or unicodedata.category(char) in {"Mn", "Me", "Cf"}
            or cluster[-1] == "\u200d"
            or 0xFE00 <= ord(char) <= 0xFE0F
            or 0x1F3FB <= ord(char) <= 0x1F3FF
        )
        if cluster and not joins:
            yield cluster
            cluster = ""
        cluster += char
    if cluster:
        yield cluster


def _fit_run(run: Run, limit: int) -> Run:
    """Drop a run's link, then its styles, when its markup alone leaves no room for text."""
    probe = replace(run, text="&" * 2)
    if size(render_run(probe)) <= limit:
        return run
    if run.url and size(render_run(replace(probe, url=None))) <= limit:
        return replace(run, url=None)
    return Run(run.text)


def _cut_run(run: Run, limit: int) -> Iterator[str]:
    """Cut one run between characters into rendered pieces that each fit."""
    run = _fit_run(run, limit)
    text = ""
    for whole in _clusters(run.text):
        # A cluster that cannot fit on its own (a chain of joiners, Zalgo text) is cut between code points.
        fits = size(render_run(replace(run, text=whole))) <= limit
        for cluster in (whole,) if fits else tuple(whole):
            if text and size(render_run(replace(run, text=text + cluster))) > limit:
                yield render_run(replace(run, text=text))
                text = ""
            text += cluster
    if text:
        yield render_run(replace(run, text=text))


def _atoms(section: Section, limit: int, separator: str) -> Iterator[_Atom]:
    """Pieces of a section that each fit, from the coarsest boundary that works."""
    whole = render_section(section)
    if size(whole) <= limit:
        yield _Atom(whole, separator)
        return
    for index, paragraph in enumerate(section):
        yield from _paragraph_atoms(paragraph, limit, separator if index == 0 else PARAGRAPH_BREAK)


def _paragraph_atoms(paragraph: Paragraph, limit: int, separator: str) -> Iterator[_Atom]:
    whole = render_paragraph(paragraph)
    if not plain_text(paragraph).strip():
        return
    if size(whole) <= limit:
        yield _Atom(whole, separator)
        return
    for index, (gap, sentence) in enumerate(_cut(paragraph, _SENTENCE_END)):
        sentence_separator = separator if index == 0 else gap
        rendered = render_paragraph(sentence)
        if size(rendered) <= limit:
            yield _Atom(rendered, sentence_separator)
            continue
        for word_index, (space, word) in enumerate(_cut(sentence, _SPACE)):
            word_separator = sentence_separator if word_index == 0 else space
            rendered = render_paragraph(word)
            if size(rendered) <= limit:
                yield _Atom(rendered, word_separator)
                continue
            first = True
            for run in word:
                for piece in _cut_run(run, limit):
                    yield _Atom(piece, word_separator if first else "")
                    first = False


def chunk(sections: Sequence[Section], limit: int = 700) -> list[str]:
    """Pack sections into as few messages as fit, each at most limit UTF-16 units of valid HTML."""
    if not 16 <= limit <= TELEGRAM_MAX_MESSAGE:
        raise ValueError(f"limit must be between 16 and {TELEGRAM_MAX_MESSAGE}")
    messages: list[str] = []
    current = ""
    for index, section in enumerate(sections):
        if current and size(render_section(section)) > limit:
            messages.append(current)  # a section that must be split starts a message of its own
            current = ""
        for atom in _atoms(section, limit, SECTION_BREAK if index else ""):
            if not current:
                current = atom.html
            elif size(current) + size(atom.separator) + size(atom.html) <= limit:
                current += atom.separator + atom.html
            else:
                messages.append(current)
                current = atom.html
    if current:
        messages.append(current)
    return [message.strip() for message in messages if visible_text(message).strip()]


_TAG = re.compile(r"<[^>]*>")


def visible_text(message: str) -> str:
    """What Telegram shows for an HTML message: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", message))


def text_sections(text: str) -> list[Section]:
    """Plain text (for example a user's own words) as sections: blank lines separate them."""
    return [
        tuple((Run(line),) for line in block.split("\n"))
        for block in re.split(r"\n\s*\n", text)
        if block.strip()
    ]
