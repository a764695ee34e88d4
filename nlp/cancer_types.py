"""Cancer-type recognition: a gazetteer of names, abbreviations, tests and drugs, with typo tolerance."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nlp.normalize import clean, normalize, words

TERMS_FILE = Path(__file__).with_name("data") / "cancer_terms.tsv"

_TUMOUR_WORDS = frozenset(
    {
        "cancer",
        "cancers",
        "tumor",
        "tumors",
        "tumour",
        "tumours",
        "carcinoma",
        "carcinomas",
        "malignancy",
        "malignant",
        "mass",
        "lesion",
        "lesions",
        "adenocarcinoma",
        "ca",
        "lump",
        "lumps",
        "growth",
    }
)

_DOMAIN_WORDS = frozenset(
    {
        "cancer",
        "cancers",
        "cancerous",
        "tumor",
        "tumors",
        "tumour",
        "tumours",
        "oncology",
        "oncologist",
        "oncologists",
        "onc",
        "chemo",
        "chemotherapy",
        "radiation",
        "radiotherapy",
        "rads",
        "immunotherapy",
        "biopsy",
        "metastatic",
        "metastasis",
        "metastases",
        "mets",
        "malignant",
        "malignancy",
        "carcinoma",
        "remission",
        "relapse",
        "recurrence",
        "lymph",
        "car-t",
        "cart",
        "carts",
        "hospice",
        "palliative",
        "survivor",
        "survivors",
        "survivorship",
        "stage",
        "staging",
        "diagnosis",
        "diagnosed",
        "prognosis",
        "infusion",
        "port",
        "scan",
        "scans",
        "pet",
        "mri",
        "ct",
        "treatment",
        "treatments",
        "trial",
        "trials",
        "transplant",
        "neutropenia",
        "neutropenic",
        "febrile",
        "neuropathy",
        "nausea",
        "hair",
        "mastectomy",
        "surgeon",
        "targeted",
        "hormone",
        "screening",
        "caregiver",
        "caregiving",
        "oncologic",
        "benign",
        "nodule",
        "lump",
        "polyp",
        "marrow",
        "leukemia",
        "lymphoma",
        "sarcoma",
        "melanoma",
        "myeloma",
    }
)

# Treatment words that make an organ word name a cancer too ("breast radiation", "stomach surgery").
_TREATMENT_WORDS = frozenset(
    {
        "radiation",
        "radiotherapy",
        "surgery",
        "biopsy",
        "mets",
        "metastatic",
        "metastases",
        "resection",
        "reconstruction",
        "lumpectomy",
        "mastectomy",
        "lobectomy",
        "gastrectomy",
        "removed",
        "removal",
        "sbrt",
    }
)
# A mention that names a disease ("colon cancer", "lymphoma") outranks one that only implies it (a drug).
_DISEASE_ENDINGS = (
    "cancer",
    "cancers",
    "oma",
    "omas",
    "emia",
    "aemia",
    "tumor",
    "tumour",
    "tumors",
    "tumours",
)

_SECONDARY_BEFORE = (
    "spread to",
    "spreads to",
    "spreading to",
    "spread into",
    "spreads into",
    "metastasized to",
    "metastasised to",
    "mets to",
    "metastases to",
    "metastasis to",
    "moved to",
    "gone to",
    "went to",
)
_SECONDARY_AFTER = frozenset({"mets", "metastases", "metastasis", "metastatic", "met", "lesions"})

# An organ's work, not a tumour in it: "kidney function", "liver enzymes", "underactive thyroid".
_ORGANS = frozenset(
    {
        "kidney",
        "kidneys",
        "renal",
        "liver",
        "thyroid",
        "bladder",
        "bowel",
        "bowels",
        "pancreas",
        "lung",
        "lungs",
    }
)
_FUNCTION_AFTER = frozenset(
    {
        *("function", "functions", "enzymes", "enzyme", "levels", "level", "bloods", "damage", "failure"),
        *("infection", "infections", "stone", "stones", "control", "problems", "issues", "capacity"),
        *("hormone", "hormones", "meds", "medication", "tablets", "dose", "movements", "habits"),
    }
)
# "his thyroid is underactive", "her kidneys are not working"
_LINKING = frozenset({"is", "are", "was", "were", "has", "have"})
_STATE = frozenset(
    {"underactive", "overactive", "weak", "damaged", "struggling", "failing", "playing", "not", "working"}
)
_FUNCTION_BEFORE = frozenset({"underactive", "overactive", "weak", "failing", "fatty", "irritable"})


def _tells_of_function(tokens: list[str], start: int, width: int) -> bool:
    """Whether a one-word organ is named for how it works ("his kidney function is down")."""
    if width != 1 or tokens[start] not in _ORGANS:
        return False
    after = [*tokens[start + 1 : start + 3], "", ""]
    before = tokens[start - 1] if start > 0 else ""
    return (
        after[0] in _FUNCTION_AFTER
        or (tokens[start] in ("kidney", "kidneys") and after[0] in ("transplant", "transplants", "donor"))
        or (after[0] in _LINKING and after[1] in _STATE)
        or before in _FUNCTION_BEFORE
    )


# Everyday words a typo-tolerant match must never turn into a cancer type.
_NOT_TYPOS = frozenset(
    {
        "breath",
        "breathe",
        "breaths",
        "breads",
        "bread",
        "colony",
        "colons",
        "lover",
        "river",
        "lever",
        "living",
        "thyroids",
        "gastro",
        "rental",
        "rectal",
        "kidding",
        "molest",
        "bladders",
        "prostitute",
        "panama",
        "ovaltine",
        "cervical",
        "hodges",
        "leaked",
        "momentum",
    }
)

# Abbreviations that are everyday words in lower case ("all", "rai" in "Rai stage").
_CASE_SENSITIVE = {
    "leukemia": (re.compile(r"\bB?-?ALL\b"),),
    "thyroid": (re.compile(r"\bRAI\b"),),
}


#: How many words from an organ word a word for a tumour may stand ("a tumour on the side of his tongue").
ORGAN_WINDOW = 6


@dataclass(frozen=True)
class CancerMention:
    """One cancer type found in a text, with the words that named it."""

    cancer: str
    term: str
    fuzzy: bool
    #: How the words name it: "name", "organ" (next to a word for a tumour) or "drug" (a drug for it alone).
    kind: str = "name"


@dataclass(frozen=True)
class _Term:
    cancer: str
    tokens: tuple[str, ...]
    kind: str

    @property
    def needs_tumour_word(self) -> bool:
        return self.kind == "organ"


_GLUED = re.compile(r"^([a-z]{3,}?)(cancers?|tumou?rs?)$")


def _tokens(text: str) -> list[str]:
    """The words of a text; run-together names are parted ("coloncancer" is "colon cancer")."""
    tokens: list[str] = []
    for token in words(normalize(text).replace("-", " ")):
        glued = _GLUED.match(token)
        tokens.extend(glued.groups() if glued else (token,) if token else ())
    return tokens


def _term_tokens(term: str) -> tuple[str, ...]:
    return tuple(_tokens(term))


def _build_terms(path: Path = TERMS_FILE) -> list[_Term]:
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cancer, kind, term = line.split("\t")
        terms.append(_Term(cancer, _term_tokens(term), kind))
    # Longest terms first so that "small cell lung" wins over "lung".
    return sorted(terms, key=lambda term: -len(term.tokens))


def _within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _token_matches(token: str, expected: str) -> tuple[bool, bool]:
    """(matches, by typo tolerance) for one token against one gazetteer token."""
    if token == expected:
        return True, False
    if len(expected) >= 6 and token not in _NOT_TYPOS and _within_one_edit(token, expected):
        return True, True
    return False, False


def _one_deletion(word: str) -> set[str]:
    """The word and every word one deletion away: two words within one edit share one of these."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class CancerGazetteer:
    """Finds the cancer type a question is about; the primary cancer wins over a place it spread to."""

    def __init__(self) -> None:
        self._terms = _build_terms()
        self._known = frozenset(token for term in self._terms for token in term.tokens)
        # Terms by their first word: a message is checked against the few terms its words can start.
        self._by_first: dict[str, list[int]] = {}
        for index, term in enumerate(self._terms):
            if term.tokens:
                self._by_first.setdefault(term.tokens[0], []).append(index)
        # Typo candidates by shared deletion: a message token is compared with a few gazetteer words, not all.
        self._by_deletion: dict[str, set[str]] = {}
        for token in self._known:
            if len(token) >= 6:
                for variant in _one_deletion(token):
                    self._by_deletion.setdefault(variant, set()).add(token)

    def _matches(self, token: str) -> dict[str, bool]:
        """The gazetteer words one message token matches, each with whether only by typo tolerance."""
        matches = {token: False} if token in self._known else {}
        for variant in _one_deletion(token):
            for expected in self._by_deletion.get(variant, ()):
                if expected not in matches and _token_matches(token, expected)[0]:
                    matches[expected] = True
        return matches

    def mentions(self, text: str) -> list[tuple[int, CancerMention, bool]]:
        """Every mention as (token position, mention, is a place the cancer spread to)."""
        tokens = _tokens(text)
        table = [self._matches(token) for token in tokens]
        present = set().union(*table)
        taken = [False] * len(tokens)
        found: list[tuple[int, CancerMention, bool]] = []
        candidates = sorted({index for token in present for index in self._by_first.get(token, ())})
        for term in (self._terms[index] for index in candidates):
            if not present.issuperset(term.tokens):
                continue
            width = len(term.tokens)
            for start in range(len(tokens) - width + 1):
                if any(taken[start : start + width]):
                    continue
                fuzzy = False
                for offset, expected in enumerate(term.tokens):
                    by_typo = table[start + offset].get(expected)
                    if by_typo is None:
                        break
                    fuzzy = fuzzy or by_typo
                else:
                    if term.needs_tumour_word and not self._near_tumour_word(tokens, start, width):
                        continue
                    if _tells_of_function(tokens, start, width):
                        continue
                    for index in range(start, start + width):
                        taken[index] = True
                    mention = CancerMention(term.cancer, " ".join(term.tokens), fuzzy, term.kind)
                    found.append((start, mention, self._is_secondary(tokens, start, width)))
        for cancer, patterns in _CASE_SENSITIVE.items():
            original = clean(text)
            if original.isupper():
                continue
            for pattern in patterns:
                match = pattern.search(original)
                if match:
                    position = len(_tokens(original[: match.start()]))
                    found.append((position, CancerMention(cancer, match.group(0), False), False))
        return sorted(found, key=lambda item: item[0])

    def detect(self, text: str) -> CancerMention | None:
        """The cancer the text is about, or None when it names none: a disease named outright first, then a
        name or test, then an organ next to a word for a tumour, then a drug used for one cancer."""
        found = self.mentions(text)
        primary = [mention for _, mention, secondary in found if not secondary]
        if not primary:
            # Only where it spread: a name still says something ("liver mets"), an organ alone does not.
            primary = [mention for _, mention, _ in found if mention.kind != "organ"][:1]
        if not primary:
            return None
        named = [mention for mention in primary if mention.term.endswith(_DISEASE_ENDINGS)]
        for kind in ("name", "organ"):
            named = named or [mention for mention in primary if mention.kind == kind]
        return (named or primary)[0]

    @staticmethod
    def _near_tumour_word(tokens: list[str], start: int, width: int) -> bool:
        window = tokens[max(0, start - ORGAN_WINDOW) : start + width + ORGAN_WINDOW]
        return any(token in _TUMOUR_WORDS or token in _TREATMENT_WORDS for token in window)

    @staticmethod
    def _is_secondary(tokens: list[str], start: int, width: int) -> bool:
        before = " ".join(tokens[max(0, start - 4) : start])
        after = tokens[start + width : start + width + 2]
        return any(phrase in before for phrase in _SECONDARY_BEFORE) or any(
            token in _SECONDARY_AFTER for token in after
        )


def mentions_cancer_domain(text: str, gazetteer: CancerGazetteer) -> bool:
    """True when the text uses any word of cancer care, so an off-topic verdict needs more proof."""
    tokens = set(_tokens(text))
    return bool(tokens & _DOMAIN_WORDS) or bool(gazetteer.mentions(text))
