"""Charts drawn on the server as SVG: no script and no CDN, so they work offline and under a strict CSP."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH, ROW, BAR_AREA = 640, 22, 200
COLOURS = ("#2b6cb0", "#38a169", "#d69e2e", "#c53030", "#6b46c1", "#718096")


def _svg(height: int, body: str, title: str) -> Markup:
    return Markup(  # noqa: S704 - every text inside is escaped below
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" aria-label="{escape(title)}"><title>{escape(title)}</title>{body}</svg>'
    )


def columns(points: Sequence[tuple[str, float]], title: str, unit: str = "") -> Markup:
    """Vertical bars over time (questions per day), labelled at the ends and at the highest bar."""
    if not points:
        return _svg(40, '<text x="10" y="25">No data in this period.</text>', title)
    height, top, bottom = 220, 20, 30
    peak = max(value for _, value in points) or 1
    step = (WIDTH - 40) / len(points)
    bars = []
    for index, (label, value) in enumerate(points):
        bar = (height - top - bottom) * value / peak
        x = 30 + index * step
        bars.append(
            f'<rect x="{x:.1f}" y="{height - bottom - bar:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{bar:.1f}" fill="{COLOURS[0]}">'
            f"<title>{escape(label)}: {value:g}{escape(unit)}</title></rect>"
        )
    first, last = points[0][0], points[-1][0]
    bars.append(f'<text x="30" y="{height - 10}" font-size="12">{escape(first)}</text>')
    bars.append(
        f'<text x="{WIDTH - 10}" y="{height - 10}" font-size="12" text-anchor="end">{escape(last)}</text>'
    )
    bars.append(f'<text x="30" y="14" font-size="12">max {peak:g}{escape(unit)}</text>')
    return _svg(height, "".join(bars), title)


def bars(rows: Sequence[tuple[str, float]], title: str, *, percent: bool = False) -> Markup:
    """Horizontal bars with their labels and values (shares of kinds, top topics)."""
    if not rows:
        return _svg(40, '<text x="10" y="25">No data in this period.</text>', title)
    peak = max(value for _, value in rows) or 1
    parts = []
    for index, (label, value) in enumerate(rows):
        y = 6 + index * ROW
        length = (WIDTH - BAR_AREA - 70) * value / peak
        shown = f"{value:.0%}" if percent else f"{value:g}"
        parts.append(
            f'<text x="{BAR_AREA - 6}" y="{y + 14}" font-size="12" text-anchor="end">'
            f"{escape(label[:32])}</text>"
            f'<rect x="{BAR_AREA}" y="{y + 2}" width="{length:.1f}" height="{ROW - 6}" '
            f'fill="{COLOURS[index % len(COLOURS)]}"></rect>'
            f'<text x="{BAR_AREA + length + 6:.1f}" y="{y + 14}" font-size="12">{shown}</text>'
        )
    return _svg(12 + len(rows) * ROW, "".join(parts), title)


def line(points: Sequence[tuple[str, float | None]], title: str, unit: str = "") -> Markup:
    """A line over time (median reply latency per day); days without data leave a gap."""
    known = [value for _, value in points if value is not None]
    if not known:
        return _svg(40, '<text x="10" y="25">No data in this period.</text>', title)
    height, top, bottom = 200, 20, 30
    peak = max(known) or 1
    step = (WIDTH - 60) / max(len(points) - 1, 1)
    segments: list[list[str]] = [[]]
    for index, (_, value) in enumerate(points):
        if value is None:
            segments.append([])
            continue
        x = 30 + index * step
        y = height - bottom - (height - top - bottom) * value / peak
        segments[-1].append(f"{x:.1f},{y:.1f}")
    paths = "".join(
        f'<polyline fill="none" stroke="{COLOURS[3]}" stroke-width="2" points="{" ".join(seg)}"></polyline>'
        for seg in segments
        if seg
    )
    # A dot on every day with data, so that a single day still shows.
    paths += "".join(
        f'<circle cx="{x}" cy="{y}" r="3" fill="{COLOURS[3]}"></circle>'
        for seg in segments
        for x, y in (point.split(",") for point in seg)
    )
    labels = (
        f'<text x="30" y="{height - 10}" font-size="12">{escape(points[0][0])}</text>'
        f'<text x="{WIDTH - 10}" y="{height - 10}" font-size="12" text-anchor="end">'
        f"{escape(points[-1][0])}</text>"
        f'<text x="30" y="14" font-size="12">max {peak:.0f}{escape(unit)}</text>'
    )
    return _svg(height, paths + labels, title)
