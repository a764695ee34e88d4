"""The text the rules read and the way their patterns are joined, shared by every rule module."""

from __future__ import annotations

import re

from nlp.normalize import clean

#: The longest text the rules read: Telegram's own limit, so that the last sentence of a long story counts.
MAX_SAFETY_CHARS = 4096


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern that matches where any of the given ones does."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


#: How far along a pregnancy is ("I'm 31 weeks", "at 29 weeks", a sentence opening "34 weeks and ..."), not how long
#: something has lasted ("for about 2 weeks"), for the rules of both levels that read a pregnancy.
GESTATION = (
    r"(?:\b(?:i'?m|im|i am|she'?s|she is|at|now|only|nearly|almost|just|currently) (?:only |nearly |almost |just )?"
    r"(?:[4-9]|[1-3]\d)(?:\+\d)? weeks\b|^(?:[4-9]|[1-3]\d) weeks\b|\b(?:[4-9]|[1-3]\d) weeks (?:pregnant|gone|along)\b|\bpregnan\w*)"
)

#: Blood thinners by name, for the rules that read a bleeding risk, a supply running out or a medicine stopped.
BLOOD_THINNERS = (
    r"warfarin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|clexane|enoxaparin|fragmin|dalteparin|"
    r"tinzaparin|innohep|heparin"
)

#: No urine passed, told as a denial ("hasn't peed", "didn't pass water"), for the rules that read dehydration.
NOT_PASSED_URINE = (
    r"\b(?:haven'?t|hasn'?t|not|didn'?t) (?:weed|peed|wee'?d|pee'?d|urinated|passed (?:water|urine))\b"
)

#: What voice typing makes of a reading, of a number said in words and of medical words: "37 point 8", "thirty eight
#: point five", "a hundred and two", "key mo", "more fean", "cath eater"; and words spelled as they sound.
_DIGITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TENS = {"thirty": 30, "forty": 40, "ninety": 90}
_SPOKEN_TENS = re.compile(r"\b(thirty|forty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)\b")
_SPOKEN_HUNDRED = re.compile(r"\b(?:a|one) hundred(?: (?:and )?(one|two|three|four|five|six))?\b")
_SPOKEN_DECIMAL = re.compile(
    r"\b(\d{2,3}) (?:point|dot) (\d|zero|one|two|three|four|five|six|seven|eight|nine)\b"
)
_MISHEARD = (
    (re.compile(r"\b(?:key|kee|ki) ?mo\b|\bkeemo\b|\bkimo\b"), "chemo"),
    (re.compile(r"\bmore ?fean\b|\bmorfeen\b|\bmor fee?n\b"), "morphine"),
    (re.compile(r"\bnew ?tropenic\b|\bneutro penic\b"), "neutropenic"),
    (re.compile(r"\bcath ?eater\b"), "catheter"),
    (re.compile(r"\bsep sis\b"), "sepsis"),
    (re.compile(r"\boxy codone\b"), "oxycodone"),
    (re.compile(r"\bor a morph\b|\bora morph\b"), "oramorph"),
    (re.compile(r"\bhick man\b"), "hickman"),
    (re.compile(r"\btemper ?chur\b"), "temperature"),
    # "I want to die my hair pink": dye, not die
    (re.compile(r"\bdie (?=(?:my|her|his|your|our|their) (?:hair|beard|eyebrows|roots|wig)\b)"), "dye "),
    (re.compile(r"\bpara ?set ?a ?m[ao]ll?\b|\bparra ?set ?amol\b"), "paracetamol"),
    # spelled as they sound ("coffing up blood", "vomitting", "methotrexait", "mouth ulsers", "took to many")
    (re.compile(r"\bcof(?:f|ph)?(ing|ed|s)\b"), r"cough\1"),
    (re.compile(r"\bvom+it+ing\b"), "vomiting"),
    (re.compile(r"\bmethotrex(?:ait|ate|ite|at)\b"), "methotrexate"),
    (re.compile(r"\bmorfine\b|\bmorphene\b"), "morphine"),
    (re.compile(r"\bul(?:s|c)ers\b"), "ulcers"),
    (re.compile(r"\btook to (many|much)\b"), r"took too \1"),
    # old words for breath ("short of wind since lunch")
    (re.compile(r"\bshort of (?:wind|puff)\b"), "short of breath"),
    # euphemisms for passing water ("hasn't spent a penny since yesterday")
    (re.compile(r"\bspent a penny\b"), "peed"),
    (re.compile(r"\bspend a penny\b"), "pee"),
    # Scots negatives ("the wean hasnae had a wee since yesterday", "cannae wake him")
    (re.compile(r"\b(has|have|is|was|can|did|does|do|could|would|should|were)nae\b"), r"\1n't"),
    (re.compile(r"\bwullnae\b|\bwinnae\b"), "won't"),
    (re.compile(r"\bdinnae\b"), "don't"),
    # the key word in a family's other language: blood (Polish, Spanish, Hindi/Urdu, Tagalog), fever (Spanish,
    # Hindi/Urdu, Tagalog, Polish), burning (Polish "piecze": it burns)
    (re.compile(r"\b(?:krew|krwi|sangre|khoon|khun|dugo)\b"), "blood"),
    (re.compile(r"\b(?:fiebre|calentura|bukhar|bukhaar|lagnat|gor[aą]czk[aię])\b"), "fever"),
    (re.compile(r"\bpiecze\b"), "burns"),
)


def _spoken_numbers(text: str) -> str:
    """Numbers said in words, as voice typing writes them, in digits."""
    text = _SPOKEN_TENS.sub(lambda m: str(_TENS[m.group(1)] + _DIGITS[m.group(2)]), text)
    text = _SPOKEN_HUNDRED.sub(lambda m: str(100 + _DIGITS.get(m.group(1) or "zero", 0)), text)
    return _SPOKEN_DECIMAL.sub(lambda m: f"{m.group(1)}.{_DIGITS.get(m.group(2), m.group(2))}", text)


def rule_text(text: str) -> str:
    """The text the rules read: cleaned, cut to the longest text they read, lower case, as if typed."""
    text = _spoken_numbers(clean(text)[:MAX_SAFETY_CHARS].lower())
    for misheard, word in _MISHEARD:
        text = misheard.sub(word, text)
    return text
