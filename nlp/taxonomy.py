"""The label ids that topics, training data, tests and benchmarks share."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

OUT_OF_SCOPE = "out-of-scope"
EMERGENCY = "emergency"
CRISIS = "crisis"
TODAY = "today"
GENERAL = "general"


class TaxonomyError(ValueError):
    """The taxonomy file is malformed."""


@dataclass(frozen=True)
class Taxonomy:
    """Subjects, cancer types and special labels, in file order, with their meanings."""

    subjects: tuple[str, ...]
    cancers: tuple[str, ...]
    specials: tuple[str, ...]
    meanings: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Taxonomy:
        """Read the tab-separated taxonomy (kind, id, meaning); '#' starts a comment line."""
        kinds: dict[str, list[str]] = {"subject": [], "cancer": [], "special": []}
        meanings: dict[str, str] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
                if not row or row[0].startswith("#"):
                    continue
                if len(row) != 3 or row[0] not in kinds:
                    raise TaxonomyError(f"{path}:{number}: expected 'kind<TAB>id<TAB>meaning'")
                kind, label, meaning = row
                if label in meanings:
                    raise TaxonomyError(f"{path}:{number}: duplicate id {label!r}")
                kinds[kind].append(label)
                meanings[label] = meaning
        return cls(
            subjects=tuple(kinds["subject"]),
            cancers=tuple(kinds["cancer"]),
            specials=tuple(kinds["special"]),
            meanings=meanings,
        )
