"""Reading and checking the curated content files (content/), with errors that name the file and field."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bot.content.help_check import read_services
from bot.content.readability import flesch_kincaid_grade
from db.content.support_services import Service
from nlp.taxonomy import CRISIS, EMERGENCY, GENERAL, OUT_OF_SCOPE, TODAY, Taxonomy

MIN_WORDS, MAX_WORDS = 120, 350
MIN_EXAMPLES = 20
MAX_SUMMARY = 400
TRAINING_FILES = {
    OUT_OF_SCOPE: "out-of-scope.txt",
    EMERGENCY: "emergency.txt",
    CRISIS: "crisis.txt",
}
#: Labelled lines in the users' voice (message, label, cancer), every training/*.tsv file.
LABELLED_GLOB = "*.tsv"
#: Labelled lines that teach the subject model only (training/subject/*.tsv): calm messages the safety model
#: never reads, so that off-topic health complaints or bare follow-ups cannot teach it to stay quiet.
SUBJECT_ONLY_DIR = "subject"
#: The held-out sets of questions (message, label, cancer): dev tunes thresholds and consumer-dev the cancer
#: names people use; consumer and consumer-fresh only report.
EVAL_SETS = ("dev", "consumer-dev", "consumer-dev-2", "consumer", "consumer-fresh", "consumer-fresh-2")
#: The development sets a running bot keeps for its model evaluations (retraining from the dashboard).
DEV_SET = "dev"
SAFETY_DEV_SET = "safety-dev"
#: The held-out urgency sets (message, level, category): safety-dev tunes rules, safety only reports.
SAFETY_SETS = (
    "safety-dev",
    "safety",
    "safety-fresh",
    "safety-fresh-2",
    "safety-fresh-3",
    "safety-fresh-4",
    "safety-fresh-5",
    "safety-fresh-6",
    "safety-fresh-7",
    "safety-fresh-8",
    "safety-fresh-9",
    "safety-fresh-10",
    "safety-fresh-11",
    "safety-fresh-12",
    "safety-fresh-13",
    "safety-fresh-14",
    "safety-fresh-15",
    "safety-fresh-16",
    "safety-fresh-17",
    "safety-fresh-18",
    "safety-fresh-19",
    "safety-fresh-20",
    "safety-fresh-21",
    "safety-fresh-22",
    "safety-fresh-23",
    "safety-fresh-24",
    "safety-fresh-25",
    "safety-fresh-26",
    "safety-fresh-27",
    "safety-fresh-28",
    "safety-fresh-29",
    "safety-fresh-30",
    "safety-fresh-31",
    "safety-fresh-32",
    "safety-fresh-33",
    "safety-fresh-34",
    "safety-fresh-35",
    "safety-fresh-36",
    "safety-fresh-37",
    "safety-fresh-38",
    "safety-fresh-39",
    "safety-fresh-40",
    "safety-fresh-41",
    "safety-fresh-42",
    "safety-fresh-43",
    "safety-fresh-44",
    "safety-fresh-45",
    "safety-fresh-46",
    "safety-fresh-47",
    "safety-fresh-48",
    "safety-fresh-49",
    "safety-fresh-50",
    "safety-fresh-51",
    "safety-fresh-52",
    "safety-fresh-53",
    "safety-fresh-54",
    "safety-fresh-55",
    "safety-fresh-56",
    "safety-fresh-57",
    "safety-fresh-58",
    "safety-fresh-59",
    "safety-fresh-60",
    "safety-fresh-61",
    "safety-fresh-62",
    "safety-fresh-63",
    "safety-fresh-64",
    "safety-fresh-65",
    "safety-fresh-66",
    "safety-fresh-67",
    "safety-fresh-68",
    "safety-fresh-69",
    "safety-fresh-70",
    "safety-fresh-71",
    "safety-fresh-72",
    "safety-fresh-73",
    "safety-fresh-74",
    "safety-fresh-75",
    "safety-fresh-76",
    "safety-fresh-77",
    "safety-fresh-78",
    "safety-fresh-79",
    "safety-fresh-80",
    "safety-fresh-81",
    "safety-fresh-82",
    "safety-fresh-83",
    "safety-fresh-84",
    "safety-fresh-85",
    "safety-fresh-86",
    "safety-fresh-87",
    "safety-fresh-88",
    "safety-fresh-89",
    "safety-fresh-90",
    "safety-fresh-91",
    "safety-fresh-92",
    "safety-fresh-93",
    "safety-fresh-94",
    "safety-fresh-95",
    "safety-fresh-96",
    "safety-fresh-97",
    "safety-fresh-98",
    "safety-fresh-99",
    "safety-fresh-100",
    "safety-fresh-101",
    "safety-fresh-102",
    "safety-fresh-103",
    "safety-fresh-104",
    "safety-fresh-105",
    "safety-fresh-106",
    "safety-fresh-107",
    "safety-fresh-108",
    "safety-fresh-109",
    "safety-fresh-110",
    "safety-fresh-111",
    "safety-fresh-112",
    "safety-fresh-113",
    "safety-fresh-114",
    "safety-fresh-115",
    "safety-fresh-116",
    "safety-fresh-117",
    "safety-fresh-118",
    "safety-fresh-119",
    "safety-fresh-120",
    "safety-fresh-121",
    "safety-fresh-122",
    "safety-fresh-123",
    "safety-fresh-124",
    "safety-fresh-125",
    "safety-fresh-126",
    "safety-fresh-127",
    "safety-fresh-128",
    "safety-fresh-129",
    "safety-fresh-130",
)
SAFETY_LEVELS = (EMERGENCY, CRISIS, TODAY, "none")
#: The held-out follow-up pairs: followups-dev tunes the follow-up logic; the others only report.
FOLLOW_UP_SETS = ("followups-dev", "followups", "followups-fresh", "followups-fresh-2")
FOLLOW_UP_TUNING_SET = FOLLOW_UP_SETS[0]
REVIEW_LEVELS = ("editorial", "clinical")
#: Where a source may come from without a stated reason: FDA (and DailyMed), NCI, NCCN, ACS,
#: ClinicalTrials.gov, CDC, USPSTF and NIH/NLM (MedlinePlus). A subdomain counts as its domain.
PRIMARY_DOMAINS = (
    "fda.gov",
    "cancer.gov",
    "nccn.org",
    "cancer.org",
    "clinicaltrials.gov",
    "cdc.gov",
    "uspreventiveservicestaskforce.org",
    "nih.gov",
    "medlineplus.gov",
)
#: Labels and approval notices: the sources whose age `oncobot content freshness` reports.
APPROVAL_DOMAINS = ("fda.gov", "dailymed.nlm.nih.gov")
#: Subjects whose answers are mostly drugs and approvals, which change fastest.
DRUG_SUBJECTS = (
    "immunotherapy",
    "targeted-therapy",
    "hormone-therapy",
    "car-t",
    "chemotherapy",
    "stem-cell-transplant",
)
DRUG_REVIEW_DAYS = 183
NCCN_EDITION_YEARS = 2
TRIAL_CHECK_DAYS = 90
#: Reading grades (bot/content/readability.py) of a summary or an answer: above the first a warning, above the
#: second an error.
GRADE_WARNING, GRADE_ERROR = 10.0, 12.0
_WORD = re.compile(r"[\w'’-]+")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass(frozen=True)
class Section:
    """A heading and its body (paragraphs separated by blank lines; '- ' starts a bullet).

    private_only sections (for example survival figures) stay out of replies in group chats.
    """

    heading: str
    body: str
    private_only: bool = False


@dataclass(frozen=True)
class Source:
    """Where the facts of an answer come from, and when an editor last checked it."""

    title: str
    publisher: str
    url: str
    edition: str
    accessed: date | None
    reason: str = ""
    recruiting: bool = False

    @property
    def host(self) -> str:
        """The URL's host name, lower case."""
        return (urlsplit(self.url).hostname or "").lower()

    def is_from(self, domains: tuple[str, ...]) -> bool:
        """Whether the link is on one of the domains or a subdomain of one."""
        return any(self.host == d or self.host.endswith(f".{d}") for d in domains)

    @property
    def is_endpoint(self) -> bool:
        """An API or JSON link: data for programs, which a patient who taps it cannot read."""
        parts = urlsplit(self.url)
        path = parts.path.lower()
        return (
            self.host.split(".")[0] == "api"
            or "/api/" in f"{path}/"
            or path.endswith((".json", ".xml"))
            or "format=json" in parts.query.lower()
        )

    def to_dict(self) -> dict[str, Any]:
        """The stored form (JSON-safe), leaving out empty optional fields."""
        data: dict[str, Any] = {"title": self.title, "publisher": self.publisher, "url": self.url}
        if self.edition:
            data["edition"] = self.edition
        data["accessed"] = self.accessed.isoformat() if self.accessed else None
        if self.reason:
            data["reason"] = self.reason
        if self.recruiting:
            data["recruiting"] = True
        return data


@dataclass(frozen=True)
class TopicFile:
    """One curated answer with its example questions, as written in content/topics/."""

    path: Path
    id: str
    subject: str
    cancer: str
    title: str
    summary: str
    sections: tuple[Section, ...]
    questions: tuple[str, ...]
    sources: tuple[Source, ...]
    review_level: str
    reviewer: str | None
    reviewed_on: date | None
    next_review_on: date | None
    examples: tuple[str, ...]

    @property
    def reading_grade(self) -> float:
        """Approximate Flesch-Kincaid grade of the answer's sections."""
        return flesch_kincaid_grade("\n\n".join(section.body for section in self.sections))

    @property
    def summary_grade(self) -> float:
        """Approximate Flesch-Kincaid grade of the summary, the part a support group sees."""
        return flesch_kincaid_grade(self.summary)

    @property
    def oldest_approval_check(self) -> date | None:
        """When the least recently checked label or approval notice was checked (None without one)."""
        dates = [s.accessed for s in self.sources if s.is_from(APPROVAL_DOMAINS) and s.accessed]
        return min(dates, default=None)

    @property
    def oldest_check(self) -> date | None:
        """When the least recently checked source of any kind was checked."""
        return min((s.accessed for s in self.sources if s.accessed), default=None)

    @property
    def word_count(self) -> int:
        """Words in the answer's sections, the figure the length rule is about."""
        return sum(len(_WORD.findall(section.body)) for section in self.sections)


@dataclass(frozen=True)
class CancerInfo:
    """How to name a cancer type and where its patient guidelines are."""

    id: str
    name: str
    nci_url: str
    guidelines: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EvalRow:
    """A held-out question: text, expected subject or special label, expected cancer type."""

    text: str
    label: str
    cancer: str


@dataclass(frozen=True)
class SafetyRow:
    """A held-out message with the urgency level it should get (none for a hard negative) and its kind."""

    text: str
    level: str
    category: str


@dataclass(frozen=True)
class FollowUp:
    """A held-out follow-up: the question before it, the follow-up, and the topic the pair is about."""

    previous: str
    text: str
    label: str
    cancer: str


@dataclass
class ContentSet:
    """Everything in content/, plus the problems found while reading it."""

    taxonomy: Taxonomy
    topics: list[TopicFile] = field(default_factory=list)
    cancers: dict[str, CancerInfo] = field(default_factory=dict)
    special_examples: dict[str, list[str]] = field(default_factory=dict)
    labelled_lines: list[EvalRow] = field(default_factory=list)
    subject_only_lines: list[EvalRow] = field(default_factory=list)
    eval_sets: dict[str, list[EvalRow]] = field(default_factory=dict)
    safety_sets: dict[str, list[SafetyRow]] = field(default_factory=dict)
    follow_up_sets: dict[str, list[FollowUp]] = field(default_factory=dict)
    #: where to get help next (content/services.yaml)
    services: list[Service] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: Worth fixing, but nothing wrong to serve: an old NCCN edition, an answer reading above grade 10.
    warnings: list[str] = field(default_factory=list)
    #: Made wrong by time alone (a trial cited as open, checked too long ago): `content check` fails on these,
    #: while a running bot logs them rather than refusing to start.
    dated: list[str] = field(default_factory=list)

    def for_serving(self) -> ContentSet:
        """What a running bot or dashboard keeps: the answers' files, the cancers, the help services and the
        development sets its model evaluations use; training lines (already in the database) and the other
        held-out sets stay on disk for the CLI."""
        return replace(
            self,
            special_examples={},
            labelled_lines=[],
            subject_only_lines=[],
            eval_sets={name: rows for name, rows in self.eval_sets.items() if name == DEV_SET},
            safety_sets={name: rows for name, rows in self.safety_sets.items() if name == SAFETY_DEV_SET},
            follow_up_sets={},
        )

    @property
    def eval_rows(self) -> list[EvalRow]:
        """The development set: the one that thresholds are tuned on."""
        return self.eval_sets.get(DEV_SET, [])


@dataclass
class Findings:
    """Where a check puts what it finds: errors, warnings, and errors that time alone caused."""

    errors: list[str]
    warnings: list[str] = field(default_factory=list)
    dated: list[str] = field(default_factory=list)
    today: date = field(default_factory=lambda: datetime.now(UTC).date())


class _Problems:
    """Collects errors for one file so that a check reports all of them at once."""

    def __init__(self, path: Path, root: Path, sink: list[str], findings: Findings | None = None) -> None:
        self.name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        self.sink = sink
        self.prefix = ""
        self.findings = findings if findings is not None else Findings(sink)

    def _where(self, where: str) -> str:
        return f"{self.name}: {self.prefix}.{where}" if self.prefix else f"{self.name}: {where}"

    def add(self, where: str, message: str) -> None:
        self.sink.append(f"{self._where(where)}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.findings.warnings.append(f"{self._where(where)}: {message}")

    def add_dated(self, where: str, message: str) -> None:
        self.findings.dated.append(f"{self._where(where)}: {message}")


def _text(data: dict[str, Any], key: str, problems: _Problems, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add(key, "is missing or empty")
        return ""
    if not isinstance(value, str | int | float):
        problems.add(key, "must be text")
        return ""
    return str(value).strip()


def _date(value: Any, where: str, problems: _Problems) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.add(where, f"must be a date like 2026-11-26, not {value!r}")
        return None


def _list(data: dict[str, Any], key: str, problems: _Problems) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        problems.add(key, "must be a list")
        return []
    return value


def _sections(data: dict[str, Any], problems: _Problems) -> tuple[Section, ...]:
    sections = []
    for index, raw in enumerate(_list(data, "sections", problems)):
        where = f"sections[{index}]"
        if not isinstance(raw, dict):
            problems.add(where, "must have a heading and a body")
            continue
        heading = _text(raw, "heading", _Sub(problems, where))
        body = _text(raw, "body", _Sub(problems, where))
        private_only = raw.get("private_only", False)
        if not isinstance(private_only, bool):
            problems.add(f"{where}.private_only", f"must be true or false, not {private_only!r}")
            private_only = False
        if heading and body:
            sections.append(Section(heading, body, private_only))
    if not sections:
        problems.add("sections", "needs at least one section with a heading and a body")
    return tuple(sections)


def _sources(data: dict[str, Any], problems: _Problems) -> tuple[Source, ...]:
    sources = []
    for index, raw in enumerate(_list(data, "sources", problems)):
        where = f"sources[{index}]"
        if not isinstance(raw, dict):
            problems.add(where, "must have title, publisher, url and accessed")
            continue
        sub = _Sub(problems, where)
        accessed = _date(raw.get("accessed"), f"{where}.accessed", problems)
        if "accessed" not in raw or raw.get("accessed") is None:
            problems.add(
                f"{where}.accessed", "is missing: the date (YYYY-MM-DD) an editor last checked the page"
            )
        recruiting = raw.get("recruiting", False)
        if not isinstance(recruiting, bool):
            problems.add(f"{where}.recruiting", "must be true or false")
        source = Source(
            _text(raw, "title", sub),
            _text(raw, "publisher", sub),
            _text(raw, "url", sub),
            _text(raw, "edition", sub, required=False),
            accessed,
            _text(raw, "reason", sub, required=False),
            recruiting is True,
        )
        _check_source(source, where, problems)
        sources.append(source)
    if not sources:
        problems.add("sources", "needs at least one source")
    return tuple(sources)


def _check_source(source: Source, where: str, problems: _Problems) -> None:
    """Primary sources only, readable pages only, dated checks, current NCCN books and trials."""
    today = problems.findings.today
    if source.url and not re.fullmatch(r"https://[^\s<>\"]+", source.url):
        problems.add(f"{where}.url", f"must be an https:// link, not {source.url!r}")
        return
    if source.is_endpoint:
        problems.add(
            f"{where}.url",
            f"{source.url} is an API or JSON endpoint; link the page a person can read "
            "(DailyMed, the FDA notice)",
        )
    elif source.url and not source.is_from(PRIMARY_DOMAINS) and not source.reason:
        problems.add(
            f"{where}.url",
            f"{source.host} is not a primary source (FDA, NCI, NCCN, ACS, ClinicalTrials.gov, CDC, USPSTF, "
            "NIH/NLM): replace it with one, or give the reason it is needed in 'reason'",
        )
    if source.accessed and source.accessed > today:
        problems.add(f"{where}.accessed", f"{source.accessed} is in the future")
    year = _YEAR.search(source.edition)
    if source.is_from(("nccn.org",)) and year and today.year - int(year.group()) > NCCN_EDITION_YEARS:
        problems.warn(
            f"{where}.edition",
            f"NCCN book edition {year.group()} is more than {NCCN_EDITION_YEARS} years old: "
            "check for a newer one",
        )
    if source.recruiting and source.accessed and (today - source.accessed).days > TRIAL_CHECK_DAYS:
        problems.add_dated(
            f"{where}.accessed",
            f"the trial is cited as open but was last checked on {source.accessed}, more than "
            f"{TRIAL_CHECK_DAYS} days ago: check it again, or point to the trial search instead",
        )


class _Sub(_Problems):
    """Problems inside a nested item, reported with the item's path."""

    def __init__(self, parent: _Problems, prefix: str) -> None:
        self.name, self.sink, self.prefix, self.findings = parent.name, parent.sink, prefix, parent.findings


def read_topic(path: Path, root: Path, taxonomy: Taxonomy, findings: Findings) -> TopicFile | None:
    """Parse and check one topic file; problems go to findings."""
    problems = _Problems(path, root, findings.errors, findings)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        problems.add("yaml", str(error).replace("\n", " "))
        return None
    if not isinstance(data, dict):
        problems.add("file", "must be a YAML mapping")
        return None
    return topic_from_data(data, path, root, taxonomy, findings.errors, findings)


def topic_from_data(
    data: dict[str, Any],
    path: Path,
    root: Path,
    taxonomy: Taxonomy,
    errors: list[str],
    findings: Findings | None = None,
) -> TopicFile:
    """Check one topic's fields (from a file or a dashboard edit); problems go to errors (and findings)."""
    problems = _Problems(path, root, errors, findings)
    topic_id, subject, cancer = (_text(data, key, problems) for key in ("id", "subject", "cancer"))
    if subject and subject not in taxonomy.subjects:
        problems.add("subject", f"{subject!r} is not a subject id of taxonomy.tsv")
    if cancer and cancer not in taxonomy.cancers:
        problems.add("cancer", f"{cancer!r} is not a cancer id of taxonomy.tsv")
    if topic_id and topic_id != f"{cancer}.{subject}":
        problems.add("id", f"must be {cancer}.{subject} (cancer.subject)")
    if path.parent.name != cancer or path.stem != subject:
        problems.add("file", f"must be at topics/{cancer}/{subject}.yaml")
    raw_review = data.get("review")
    review: dict[str, Any] = raw_review if isinstance(raw_review, dict) else {}
    if not review:
        problems.add("review", "is missing")
    sub = _Sub(problems, "review")
    level = _text(review, "level", sub)
    reviewer = _text(review, "reviewer", sub, required=False) or None
    reviewed_on = _date(review.get("reviewed_on"), "review.reviewed_on", problems)
    next_review_on = _date(review.get("next_review_on"), "review.next_review_on", problems)
    if level and level not in REVIEW_LEVELS:
        problems.add("review.level", f"must be one of {', '.join(REVIEW_LEVELS)}")
    if level == "clinical" and not reviewer:
        problems.add("review.reviewer", "a clinical review needs the clinician's name")
    if level == "editorial" and reviewer:
        problems.add("review.reviewer", "must be null until a clinician approves the answer")
    if reviewed_on and next_review_on and next_review_on <= reviewed_on:
        problems.add("review.next_review_on", "must come after reviewed_on")
    if (
        subject in DRUG_SUBJECTS
        and reviewed_on
        and next_review_on
        and next_review_on > reviewed_on + timedelta(days=DRUG_REVIEW_DAYS)
    ):
        problems.add(
            "review.next_review_on",
            f"drug and approval answers are reviewed within six months: at the latest "
            f"{reviewed_on + timedelta(days=DRUG_REVIEW_DAYS)}",
        )
    topic = TopicFile(
        path=path,
        id=topic_id,
        subject=subject,
        cancer=cancer,
        title=_text(data, "title", problems),
        summary=_text(data, "summary", problems),
        sections=_sections(data, problems),
        questions=tuple(str(q).strip() for q in _list(data, "questions_for_care_team", problems)),
        sources=_sources(data, problems),
        review_level=level,
        reviewer=reviewer,
        reviewed_on=reviewed_on,
        next_review_on=next_review_on,
        examples=tuple(str(e).strip() for e in _list(data, "examples", problems) if str(e).strip()),
    )
    if len(topic.summary) > MAX_SUMMARY:
        problems.add("summary", f"has {len(topic.summary)} characters; at most {MAX_SUMMARY}")
    if not 3 <= len(topic.questions) <= 6:
        problems.add("questions_for_care_team", f"has {len(topic.questions)}; needs 3 to 6")
    if topic.sections and not MIN_WORDS <= topic.word_count <= MAX_WORDS:
        problems.add("sections", f"have {topic.word_count} words; need {MIN_WORDS}-{MAX_WORDS}")
    if len(topic.examples) < MIN_EXAMPLES:
        problems.add("examples", f"has {len(topic.examples)}; needs at least {MIN_EXAMPLES}")
    for where, grade in (("summary", topic.summary_grade), ("sections", topic.reading_grade)):
        if topic.summary and topic.sections and grade > GRADE_ERROR:
            problems.add(
                where, f"reads at grade {grade:.1f}; at most {GRADE_ERROR:g} (aim for {GRADE_WARNING:g})"
            )
        elif topic.summary and topic.sections and grade > GRADE_WARNING:
            problems.warn(where, f"reads at grade {grade:.1f}; aim for {GRADE_WARNING:g} or below")
    return topic


def _read_cancers(path: Path, root: Path, taxonomy: Taxonomy, errors: list[str]) -> dict[str, CancerInfo]:
    problems = _Problems(path, root, errors)
    if not path.exists():
        problems.add("file", "is missing")
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cancers: dict[str, CancerInfo] = {}
    for cancer in taxonomy.cancers:
        if cancer == GENERAL:
            continue
        raw = data.get(cancer)
        if not isinstance(raw, dict):
            problems.add(cancer, "is missing")
            continue
        sub = _Sub(problems, cancer)
        guidelines = tuple(
            (str(g.get("title", "")).strip(), str(g.get("url", "")).strip())
            for g in raw.get("guidelines") or []
            if isinstance(g, dict)
        )
        if not guidelines or not all(title and url.startswith("https://") for title, url in guidelines):
            sub.add("guidelines", "needs at least one NCCN book with a title and an https:// url")
        cancers[cancer] = CancerInfo(cancer, _text(raw, "name", sub), _text(raw, "nci_url", sub), guidelines)
    for extra in set(data) - set(taxonomy.cancers):
        problems.add(str(extra), "is not a cancer id of taxonomy.tsv")
    return cancers


def _lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.strip()


def _table(
    path: Path, root: Path, errors: list[str], columns: str
) -> Iterator[tuple[int, list[str], _Problems]]:
    """Rows of a tab-separated file with the given number of columns; '#' lines are comments."""
    if not path.exists():
        return
    problems = _Problems(path, root, errors)
    width = columns.count("<TAB>") + 1
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != width or not all(parts):
            problems.add(f"line {number}", f"must be {columns}")
            continue
        yield number, parts, problems


def _read_labelled(
    path: Path, root: Path, taxonomy: Taxonomy, errors: list[str], *, subject_only: bool = False
) -> list[EvalRow]:
    rows = []
    labels = set(taxonomy.subjects) | ({OUT_OF_SCOPE} if subject_only else set(taxonomy.specials))
    for number, (text, label, cancer), problems in _table(path, root, errors, "text<TAB>label<TAB>cancer"):
        if subject_only and label in taxonomy.specials and label != OUT_OF_SCOPE:
            problems.add(f"line {number}", f"a subject-only line cannot teach the safety label {label!r}")
            continue
        if label not in labels or cancer not in taxonomy.cancers:
            problems.add(f"line {number}", f"unknown label {label!r} or cancer {cancer!r}")
            continue
        rows.append(EvalRow(text, label, cancer))
    return rows


def _read_safety(path: Path, root: Path, errors: list[str]) -> list[SafetyRow]:
    rows = []
    for number, (text, level, category), problems in _table(
        path, root, errors, "text<TAB>level<TAB>category"
    ):
        if level not in SAFETY_LEVELS:
            problems.add(f"line {number}", f"level must be one of {', '.join(SAFETY_LEVELS)}, not {level!r}")
            continue
        rows.append(SafetyRow(text, level, category))
    return rows


def _read_follow_ups(path: Path, root: Path, taxonomy: Taxonomy, errors: list[str]) -> list[FollowUp]:
    rows = []
    columns = "previous<TAB>follow-up<TAB>label<TAB>cancer"
    for number, (previous, text, label, cancer), problems in _table(path, root, errors, columns):
        if label not in taxonomy.subjects or cancer not in taxonomy.cancers:
            problems.add(f"line {number}", f"unknown subject {label!r} or cancer {cancer!r}")
            continue
        rows.append(FollowUp(previous, text, label, cancer))
    return rows


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _check_overlaps(content: ContentSet, root: Path) -> None:
    seen: dict[str, str] = {}
    for topic in content.topics:
        for example in topic.examples:
            key = _key(example)
            if key in seen and seen[key] != topic.id:
                content.errors.append(
                    f"{topic.path.relative_to(root)}: examples: {example!r} is also in {seen[key]}"
                )
            seen[key] = topic.id
    for label, lines in content.special_examples.items():
        for line in lines:
            seen.setdefault(_key(line), label)
    for row in content.labelled_lines:
        seen.setdefault(_key(row.text), row.label)
    for row in content.subject_only_lines:
        # The same line taught to every model and to the subject model only would be taught only once.
        if (taught := seen.get(_key(row.text))) is not None:
            where = f"training/{SUBJECT_ONLY_DIR}"
            content.errors.append(f"{where}: {row.text!r} is also a training example ({taught})")
        seen.setdefault(_key(row.text), row.label)
    held_out: list[tuple[str, str]] = [
        (f"eval/{name}.tsv", row.text) for name, rows in content.eval_sets.items() for row in rows
    ]
    held_out += [(f"eval/{name}.tsv", row.text) for name, rows in content.safety_sets.items() for row in rows]
    held_out += [
        (f"eval/{name}.tsv", row.text)
        for name, rows in content.follow_up_sets.items()
        for row in rows
        if len(row.text) > 40  # a short follow-up ("side effects?") may well be a training line too
    ]
    for where, text in held_out:
        if _key(text) in seen:
            content.errors.append(f"{where}: {text!r} is also a training example ({seen[_key(text)]})")


def read_content(root: Path, *, today: date | None = None, serving: bool = False) -> ContentSet:
    """Read and check everything under content/ as of today; the result lists every problem found.

    With `serving`, only what a running bot keeps (see `ContentSet.for_serving`), for a start whose content
    was loaded into the database unchanged."""
    taxonomy = Taxonomy.load(root / "taxonomy.tsv")
    content = ContentSet(taxonomy=taxonomy)
    findings = Findings(content.errors, content.warnings, content.dated, today or datetime.now(UTC).date())
    for path in sorted((root / "topics").glob("*/*.yaml")):
        topic = read_topic(path, root, taxonomy, findings)
        if topic is not None:
            content.topics.append(topic)
    ids = [topic.id for topic in content.topics]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        content.errors.append(f"topics: id {duplicate} is used by more than one file")
    general = {topic.subject for topic in content.topics if topic.cancer == GENERAL}
    for subject in taxonomy.subjects:
        if subject not in general:
            content.errors.append(f"topics/general/{subject}.yaml: is missing (every subject needs one)")
    content.cancers = _read_cancers(root / "cancers.yaml", root, taxonomy, content.errors)
    content.services = read_services(root, taxonomy, content.errors, today=findings.today)
    if serving:
        # The training lines are in the database already, and the held-out sets but the dev ones stay on disk.
        path = root / "eval" / f"{DEV_SET}.tsv"
        content.eval_sets[DEV_SET] = _read_labelled(path, root, taxonomy, content.errors)
        path = root / "eval" / f"{SAFETY_DEV_SET}.tsv"
        content.safety_sets[SAFETY_DEV_SET] = _read_safety(path, root, content.errors)
        return content
    for label, name in TRAINING_FILES.items():
        path = root / "training" / name
        if not path.exists():
            content.errors.append(f"training/{name}: is missing")
            continue
        content.special_examples[label] = list(_lines(path))
    for path in sorted((root / "training").glob(LABELLED_GLOB)):
        content.labelled_lines += _read_labelled(path, root, taxonomy, content.errors)
    for path in sorted((root / "training" / SUBJECT_ONLY_DIR).glob(LABELLED_GLOB)):
        content.subject_only_lines += _read_labelled(path, root, taxonomy, content.errors, subject_only=True)
    for name in EVAL_SETS:
        content.eval_sets[name] = _read_labelled(
            root / "eval" / f"{name}.tsv", root, taxonomy, content.errors
        )
    for name in SAFETY_SETS:
        content.safety_sets[name] = _read_safety(root / "eval" / f"{name}.tsv", root, content.errors)
    for name in FOLLOW_UP_SETS:
        path = root / "eval" / f"{name}.tsv"
        content.follow_up_sets[name] = _read_follow_ups(path, root, taxonomy, content.errors)
    _check_overlaps(content, root)
    return content


#: Bumped when what a load of content/ writes to the database changes, so that every database loads it again.
LOADER_VERSION = "2"


def content_digest(root: Path) -> str:
    """SHA-256 of every file under content/ (its path and bytes) and of the loader's version: equal digests
    mean a load would change nothing."""
    digest = hashlib.sha256(f"oncobot content loader {LOADER_VERSION}".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(b"\0" + path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
