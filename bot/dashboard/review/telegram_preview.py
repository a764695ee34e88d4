"""Show Telegram HTML messages in a browser as Telegram would: only its tags, everything else escaped."""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

from markupsafe import Markup

_ALLOWED = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ins": "u",
    "s": "s",
    "strike": "s",
    "del": "s",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "a",
    "tg-spoiler": "span",
}


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _ALLOWED.get(tag)
        if name is None:
            self.out.append(escape(self.get_starttag_text() or ""))
            return
        if name == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("https://", "http://", "tg://")):
                self.out.append(f'<a href="{escape(href)}" rel="noopener noreferrer">')
            else:
                self.out.append("<a>")
        else:
            self.out.append(f"<{name}>")
        self.open.append(name)

    def handle_endtag(self, tag: str) -> None:
        name = _ALLOWED.get(tag)
        if name is None or name not in self.open:
            self.out.append(escape(f"</{tag}>"))
            return
        while self.open:
            last = self.open.pop()
            self.out.append(f"</{last}>")
            if last == name:
                break

    def handle_data(self, data: str) -> None:
        self.out.append(escape(data).replace("\n", "<br>\n"))


def telegram_html(message: str) -> Markup:
    """Safe HTML for one Telegram message; scripts, attributes and unknown tags never survive."""
    renderer = _Renderer()
    renderer.feed(message)
    renderer.close()
    closing = "".join(f"</{name}>" for name in reversed(renderer.open))
    return Markup("".join(renderer.out) + closing)  # noqa: S704 - built only from escaped text and known tags
