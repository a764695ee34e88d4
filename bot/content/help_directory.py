"""Where to get help next, in memory: the general services and each cancer type's patient organisations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.content.help_check import MAX_ORGANISATIONS
from db.content.support_services import FINANCIAL, HELPLINE, ORGANISATION, TRIALS, Service


@dataclass(frozen=True)
class HelpDirectory:
    """The services, in the order editors listed them."""

    services: tuple[Service, ...] = field(default=())

    @classmethod
    def build(cls, services: Iterable[Service]) -> HelpDirectory:
        """Keep them in file order within each group."""
        return cls(tuple(sorted(services, key=lambda s: (s.cancer or "", s.position))))

    def of_kind(self, kind: str) -> list[Service]:
        """The general services of one kind (helplines, trial searches, help with costs)."""
        return [s for s in self.services if s.kind == kind and s.cancer is None]

    @property
    def helplines(self) -> list[Service]:
        """The national helplines (phone and chat)."""
        return self.of_kind(HELPLINE)

    @property
    def trials(self) -> list[Service]:
        """Where to search for clinical trials."""
        return self.of_kind(TRIALS)

    @property
    def financial(self) -> list[Service]:
        """Where to read about help with costs."""
        return self.of_kind(FINANCIAL)

    def organisations(self, cancer: str | None) -> list[Service]:
        """The patient organisations for one cancer type (none without a cancer)."""
        if not cancer:
            return []
        return [s for s in self.services if s.kind == ORGANISATION and s.cancer == cancer][:MAX_ORGANISATIONS]

    def __bool__(self) -> bool:
        return bool(self.services)
