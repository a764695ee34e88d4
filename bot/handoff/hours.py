"""Staffed hours (HANDOFF_HOURS): whether a person is on duty now, and when someone is next back.

The format is one or more day ranges with their times, then an IANA time zone, for example
``Mon-Fri 09:00-17:00 America/New_York`` or ``Mon-Fri 09:00-17:00, Sat 10:00-13:00 Europe/Berlin``.
Times are wall-clock times in that zone, so that daylight saving time moves with the team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(
    r"^(?P<first>[a-z]{3})(?:-(?P<last>[a-z]{3}))?\s+(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})$"
)


class HoursError(ValueError):
    """HANDOFF_HOURS is not in the expected form."""


@dataclass(frozen=True)
class Span:
    """One weekly stretch of staffed time: on these weekdays (0 is Monday), from start until end."""

    weekdays: frozenset[int]
    start: time
    end: time


@dataclass(frozen=True)
class OpeningHours:
    """When nurse navigators read and answer handoffs."""

    spans: tuple[Span, ...]
    zone: str
    text: str

    @classmethod
    def parse(cls, text: str) -> OpeningHours:
        """Read ``Mon-Fri 09:00-17:00 America/New_York``; a mistake raises HoursError saying what is wrong."""
        cleaned = " ".join(text.split())
        head, _, zone = cleaned.rpartition(" ")
        if not head:
            raise HoursError(
                f"expected days, times and a time zone, e.g. 'Mon-Fri 09:00-17:00 UTC', not {text!r}"
            )
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise HoursError(f"unknown time zone {zone!r}") from None
        spans = tuple(_span(part.strip().lower()) for part in head.split(","))
        return cls(spans, zone, cleaned)

    @property
    def tz(self) -> ZoneInfo:
        """The team's time zone."""
        return ZoneInfo(self.zone)

    def is_open(self, now: datetime | None = None) -> bool:
        """Whether now is within staffed hours."""
        local = (now or datetime.now(UTC)).astimezone(self.tz)
        return any(
            local.weekday() in span.weekdays and span.start <= local.time().replace(tzinfo=None) < span.end
            for span in self.spans
        )

    def next_open(self, now: datetime | None = None) -> datetime:
        """When staffed hours next begin (now, if they are on), as an aware datetime in the team's zone."""
        moment = now or datetime.now(UTC)
        if self.is_open(moment):
            return moment.astimezone(self.tz)
        local = moment.astimezone(self.tz)
        starts = [
            datetime.combine(local.date() + timedelta(days=offset), span.start, tzinfo=self.tz)
            for offset in range(8)
            for span in self.spans
            if (local.date() + timedelta(days=offset)).weekday() in span.weekdays
        ]
        return min(start for start in starts if start > local)

    def describe_next(self, now: datetime | None = None) -> str:
        """The next opening in words a person can read: "Monday at 09:00 (America/New_York)"."""
        back = self.next_open(now)
        local = (now or datetime.now(UTC)).astimezone(self.tz)
        if back.date() == local.date():
            day = "today"
        elif back.date() == local.date() + timedelta(days=1):
            day = "tomorrow"
        else:
            day = back.strftime("%A")
        return f"{day} at {back.strftime('%H:%M')} ({self.zone})"


def _span(part: str) -> Span:
    match = _SPAN.match(part)
    if match is None:
        raise HoursError(f"expected days and times such as 'Mon-Fri 09:00-17:00', not {part!r}")
    first, last = match["first"], match["last"] or match["first"]
    if first not in DAYS or last not in DAYS:
        raise HoursError(f"days are Mon, Tue, Wed, Thu, Fri, Sat and Sun, not {part!r}")
    a, b = DAYS.index(first), DAYS.index(last)
    weekdays = frozenset(range(a, b + 1)) if a <= b else frozenset([*range(a, 7), *range(b + 1)])
    start, end = _time(match["start"]), _time(match["end"])
    if end <= start:
        raise HoursError(f"the end time must come after the start time in {part!r}")
    return Span(weekdays, start, end)


def _time(raw: str) -> time:
    hours, minutes = (int(piece) for piece in raw.split(":"))
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise HoursError(f"{raw!r} is not a time of day")
    return time(hours, minutes)
