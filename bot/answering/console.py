"""Showing Telegram HTML messages in a terminal, as close as text allows to what a user sees."""

from __future__ import annotations

import html
import re

_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_STYLE = {"b": ("\033[1m", "\033[22m"), "i": ("\033[3m", "\033[23m")}


def to_terminal(message: str, *, color: bool) -> str:
    """Tags become terminal styles (or nothing), links show their address, entities are decoded."""

    def link(match: re.Match[str]) -> str:
        return f"{match.group(2)} ({html.unescape(match.group(1))})"

    text = _LINK.sub(link, message)
    for tag, (start, end) in _STYLE.items():
        text = text.replace(f"<{tag}>", start if color else "").replace(f"</{tag}>", end if color else "")
    return html.unescape(text)
