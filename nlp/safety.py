"""Emergency and crisis detection, run before anything else: recall first, then precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from nlp.normalize import normalize

SafetyKind = Literal["emergency", "crisis"]

# Crisis: direct and indirect language about suicide, self-harm or wanting to die.
_CRISIS = [
    r"\bsuicid\w*",
    r"\bkill(?:ing)? my ?self\b",
    r"\bend(?:ing)? (?:it all|my (?:own )?life|things|it (?:now|tonight|today|soon)|everything)\b",
    r"\b(?:take|taking|took) my (?:own )?life\b",
    r"\b(?:ways?|how) to end (?:it|my life|things)\b",
    r"\bend it (?:before|all|for good)\b",
    r"\b(?:disappear|be gone|go away) (?:for good|forever)\b",
    r"\b(?:pills|meds|medication|tablets) (?:saved|stashed|hidden)\b|\b(?:saved|stashed) (?:up )?enough\b",
    r"\bnobody (?:would|will) (?:miss|notice|care)\b",
    r"\bif i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)\b",
    r"\bquiero morir\w*|\bme quiero matar\b",
    r"\b(?:want|wanna|wanted|plan(?:ning)?|ready) to die\b",
    r"\bwish (?:i (?:was|were) dead|i could die|i wasn'?t (?:alive|here|born))\b",
    r"\bbetter off (?:dead|without me|if i (?:was|were) gone|if i wasn'?t here)\b",
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) my ?self\b",
    r"\bself[- ]?harm\w*",
    r"\b(?:saving|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |the )?(?:pills|meds|tablets|medication|morphine|oxy\w*)",
    r"\b(?:lethal|fatal|deadly) (?:dose|amount|overdose)\b",
    r"\bhow (?:much|many) .{0,40}(?:to|would) (?:kill|die|end it|not wake up)\b",
    r"\boverdos(?:e|ing) on purpose\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|be here|wake up|go on)(?: anymore| any more)?\b",
    r"\bno (?:point|reason) (?:in |to )?(?:living|going on|carrying on|being alive|to live)\b",
    r"\b(?:sleep|go to sleep) and never wake up\b",
    r"\bnot (?:be|being) (?:around|here) (?:much longer|anymore|any more|for long)\b.*\b(?:decided|plan|pills|goodbye)",
    r"\b(?:can'?t|cannot) (?:go on|do this) (?:anymore|any more)\b",
    r"\bgive up on (?:life|living)\b",
    r"\b(?:going|gonna|plans?|planning|threaten\w*) to (?:overdose|od|kill (?:him|her|them)self)\b",
    r"\b(?:wants?|wanted|wanting) to die\b",
    r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t) want to (?:go on|live|be alive|be here)\b",
    r"\brather be dead\b",
    r"\bgiv(?:e|es|ing|en) away (?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions)\b",
    r"\blook(?:ing|ed)? up ways to (?:die|kill|end)\b",
    r"\b(?:has|have|got|bought) a gun\b.*\b(?:go on|die|end|live)\b",
    r"\bno longer (?:want|wish) to (?:live|be alive)\b",
    r"\bjump (?:off|from) (?:a |the )?(?:bridge|roof|building)\b",
    r"\b(?:a )?burden (?:for good|forever|to everyone)\b",
    r"\bsay(?:ing)? (?:my )?goodbyes?\b.*\b(?:pills|for good|forever|tonight)\b",
]

# Emergency: signs the care team wants to hear about now.
_EMERGENCY = [
    r"\b(?:can'?t|cannot|cant|couldn'?t|unable to|struggling to|hard to|trouble|difficulty|problems?) (?:breath\w*|catch (?:my|his|her|their) breath)",
    r"\b(?:short(?:ness)? of|out of|gasping for) breath\b",
    r"\bchest (?:pain|pains|pressure|tightness|is tight|hurts|feels tight)\b",
    r"\b(?:pain|pressure|tightness) in (?:my|his|her|the) chest\b",
    r"\b(?:cough\w*|vomit\w*|throw\w* up|spit\w*|peeing|pooping) (?:up )?(?:a lot of |lots of |some )?(?:blood|bloody)\b",
    r"\b(?:not making (?:any )?sense|slurring)\b",
    r"\b(?:breathing (?:very |really )?fast|gasping)\b",
    r"\bworst headache\b",
    r"\bheart (?:is )?(?:racing|pounding|beating (?:super |really |very )?fast)\b",
    r"\b(?:going to|gonna|about to) (?:faint|pass out)\b",
    r"\bchest (?:got|is|feels|went) tight\b",
    r"\b(?:can'?t|cannot) feel (?:my|his|her) (?:legs|arms|feet)\b",
    r"\b(?:hasn'?t|haven'?t|has not|have not) (?:peed|urinated)\b",
    r"\b(?:vomiting|throwing up|bleeding) (?:nonstop|non-stop|for \d+ (?:hours|minutes))\b",
    r"\bhit (?:my|his|her) head\b",
    r"\b(?:heavy|severe|lots of|a lot of|uncontrolled|serious) bleeding\b",
    r"\bbleeding (?:heavily|a lot|badly|won'?t stop|will not stop|that won'?t stop|nonstop|non-stop)\b",
    r"\b(?:won'?t|will not|doesn'?t|does not|can'?t) stop bleeding\b",
    r"\bblack (?:tarry |sticky )?(?:stool|stools|poop|poo)\b",
    r"\bsudden(?:ly)? (?:very )?(?:confus\w*|weak\w*|numb\w*|can'?t (?:talk|speak|see|move|walk))",
    r"\b(?:very|really|so|extremely|is|got|getting|seems|acting) confused\b",
    r"\bconfused and\b",
    r"\b(?:can'?t|cannot|couldn'?t|won'?t) wake (?:him|her|them|my \w+) up\b",
    r"\bunresponsive\b",
    r"\b(?:having|had) (?:a )?seizures?\b|\bseizing\b",
    r"\bslurr\w* (?:speech|words|his words|her words)\b",
    r"\bface (?:is )?droop\w*",
    r"\b(?:fainted|passed out|blacked out|collapsed)\b",
    r"\b(?:throat|tongue|lips?|face) (?:is |are )?(?:swelling|swollen|closing)\b",
    r"\banaphyla\w*",
    r"\bneutropenic fever\b|\bfebrile neutropenia\b",
    r"\b(?:fever|temp|temperature|chills|rigors)\b.{0,60}\b(?:chemo\w*|treatment|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*)\b",
    r"\b(?:chemo\w*|treatment|infusion|immunotherapy|car[- ]?t|transplant|neutropeni\w*)\b.{0,60}\b(?:fever|feverish|temp|temperature|chills|rigors)\b",
    r"\b(?:call|calling|should i call) (?:911|999|112|an ambulance|the ambulance)\b",
    r"\bcan'?t (?:pee|urinate)\b",
    r"\b(?:can'?t|cannot) (?:keep|hold) (?:anything|any \w+|fluids|water) down\b",
]

_CRISIS_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _CRISIS))
_EMERGENCY_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _EMERGENCY))

_TEMPERATURE = re.compile(
    r"(?:\b(?:fever|temp|temperature|thermometer|running|spiked?|spiking|degrees?)\b[^0-9]{0,25}"
    r"(?P<a>\d{2,3}(?:[.,]\d)?)|(?P<b>\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees?\b|deg\b|[cf]\b))"
)

#: A temperature at or above these values is a fever that needs a call to the care team now.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


def fever_reading(text: str) -> float | None:
    """The highest temperature reading in the text that is a fever, in its own unit, if any."""
    highest: float | None = None
    for match in _TEMPERATURE.finditer(normalize(text)):
        value = float((match.group("a") or match.group("b")).replace(",", "."))
        is_fever = FEVER_CELSIUS <= value <= 44.0 or FEVER_FAHRENHEIT <= value <= 112.0
        if is_fever and (highest is None or value > highest):
            highest = value
    return highest


_GENERAL_QUESTION = re.compile(
    r"^(?:can|could|does|do|is|are|will|would|what|which|why|how|when|should|may|might)\b"
    r"(?!.*\b(?:right now|now|tonight|today|this morning|currently|at the moment)\b)"
)
_PERSONAL_NOW = re.compile(
    r"\b(?:i|i'm|im|i've|ive|my|me|he|she|he's|she's|his|her|they're|we)\b.{0,40}"
    r"\b(?:have|has|had|got|is|am|are|was|been|keeps?|started|getting|feel|feels|can'?t|cannot)\b"
    r"|\b(?:right now|tonight|this morning|since (?:this|last)|for the (?:last|past) \w+ hours?)\b"
)

Strength = Literal["strong", "weak"]


@dataclass(frozen=True)
class SafetyVerdict:
    """Why a message needs the urgent reply instead of an answer."""

    kind: SafetyKind
    reason: str
    strength: Strength = "strong"


def match_rules(text: str) -> SafetyVerdict | None:
    """The rule-based half of the check; a 'weak' verdict needs the classifier's agreement."""
    normalized = normalize(text)
    crisis = _CRISIS_RE.search(normalized)
    if crisis:
        return SafetyVerdict("crisis", f"pattern: {crisis.group(0)!r}")
    reading = fever_reading(normalized)
    if reading is not None:
        return SafetyVerdict("emergency", f"fever reading {reading:g}")
    emergency = _EMERGENCY_RE.search(normalized)
    if emergency:
        personal = _PERSONAL_NOW.search(normalized) and not _GENERAL_QUESTION.match(normalized)
        strength: Strength = "strong" if personal else "weak"
        return SafetyVerdict("emergency", f"pattern: {emergency.group(0)!r}", strength)
    return None
