"""Reads a message sentence by sentence and weighs each rule's hit against its context into one verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from nlp.safety.context import (
    AGAIN_NOW,
    ASKED_AHEAD,
    CARE_WISH,
    DAYS_AGO,
    DEFINITION,
    DISTRESS_AGAIN,
    EXPECTED_NEAR_END,
    EXPLAIN,
    HYPOTHETICAL,
    IDIOMS,
    ILLNESS_WORRY,
    IN_CARE_NOW,
    JOKE,
    LONG_PAST,
    MEDICINES_RETURNED,
    NOTHING_WRONG,
    SIGNS_ASKED,
    TOLD_AS_JOKE,
    WELL_NOW,
    long_past,
    match_context,
    told_as_over,
)
from nlp.safety.crisis import (
    ATTEMPT_TOLD,
    CRISIS_RULES,
    CRISIS_TOGETHER,
    DREAD,
    NOT_IN_CRISIS,
    SWALLOWED_JUST_NOW,
    WARNING_SIGNS,
)
from nlp.safety.emergency import EMERGENCY_RULES
from nlp.safety.fever import TEMPERATURE, below_fever, borderline_reading, fever_reading, settled_after
from nlp.safety.home import DANGER_AT_HOME
from nlp.safety.poison import CARE_GIVEN, INGEST, OVERDOSE_RULES, POISON_RULES, mentions_swallowing
from nlp.safety.signs import CHEMO, HEAD_KNOCK_WITH_BLEEDING_RISK, POISON_SIGNS, SIGNS_TOGETHER
from nlp.safety.text import rule_text
from nlp.safety.today import (
    BLISTER_SITE,
    HAND_FOOT_PEELING,
    IMMUNE_PROBLEM,
    MILD_BREATH,
    NUMB_FINGERS,
    TODAY_RULES,
    TODAY_SIGNS_TOGETHER,
)
from nlp.sentences import split_sentences

SafetyKind = Literal["emergency", "crisis", "today"]
Strength = Literal["strong", "weak"]


@dataclass(frozen=True)
class SafetyVerdict:
    """Why a message needs an urgent reply, and how sure the rules are of it."""

    kind: SafetyKind
    reason: str
    strength: Strength = "strong"
    #: A swallowed substance or an overdose: the reply names the poison line too.
    poison: bool = False
    #: For a weak verdict, what weakened it: "general", "hypothetical", "past" or "resolved".
    weakened_by: str | None = None
    #: A crisis of someone hurt, threatened or neglected by another person: the reply names the danger line.
    at_home: bool = False


@dataclass(frozen=True)
class _Hit:
    kind: SafetyKind
    reason: str
    weakened_by: str | None
    poison: bool = False
    #: a crisis rule's words that also tell of dread ("I feel like I'm going to die")
    dread: bool = False
    #: someone hurt, threatened or neglected by another person
    at_home: bool = False

    @property
    def strength(self) -> Strength:
        return "weak" if self.weakened_by else "strong"

    def weakened(self, why: str) -> _Hit:
        return replace(self, weakened_by=self.weakened_by or why)


_BORDERLINE_WORSE = re.compile(
    r"\b(?:creeping|going|climbing|rising|keeps? rising|edging|inching) up\b|\bgoing higher\b|\bachy\b|\baching all over\b"
    r"|\bshiver\w*|\bshak(?:y|ing)\b|\bchills\b|\brigou?rs\b|\b(?:stem cell|bone marrow) transplant\b|\bcar[- ]?t\b"
    r"|\bneutropeni\w*|\b(?:feel|feels|feeling|looks?) (?:really |very |so )?(?:awful|terrible|rough|unwell|ill|poorly)\b"
)


#: A reading just under the fever line told without a word for temperature ("4am, 37.7, chemo was 5 days ago").
_BARE_BORDERLINE = re.compile(r"(?<![\d.,])(?:37[.,][5-9]|99[.,][5-9])(?!\d)(?! ?%)")


_THRESHOLD = re.compile(r"\b(?:says?|said|above|over|under|below|than|threshold|limit|cut-?off|is it)\W*$")


def _borderline(text: str, temperature: re.Match[str] | None) -> tuple[float, re.Match[str]] | None:
    """A reading of 37.5-37.9, with where it was told, unless a normal reading told after it has replaced it."""
    bare = _BARE_BORDERLINE.search(text)
    if bare and settled_after(text, bare.end()):
        return None
    if temperature and (low := borderline_reading(text)):
        return low, temperature
    if bare is None or _THRESHOLD.search(text[max(0, bare.start() - 20) : bare.start()]):
        return None  # "my leaflet says 38 but my friend's says 37.5": a threshold quoted, not a reading
    return float(bare.group(0).replace(",", ".")), bare


_CHEMO_OVER = re.compile(
    r"\b(?:finished|completed|ended|done with|stopped)\b[^.!?]{0,40}\b(?:in (?:19|20)\d\d|(?:\d+|two|three|four|five|many|a few) "
    r"(?:months|years) ago|last year|years ago)\b"
)


def _on_chemotherapy(message: str) -> bool:
    """Whether the message says the person is on chemotherapy (not "no chemo", not "finished chemo in 2021")."""
    return any(
        match_context(sentence, match) not in ("negated", "past")
        and not _CHEMO_OVER.search(sentence[max(0, match.start() - 25) : match.end() + 30])
        for sentence in split_sentences(message)
        for match in re.finditer(CHEMO, sentence)
    )


#: A household told to be off treatment ("nobody in our house is on chemo"): a fever there is not a fever on chemo.
_NO_ONE_ON_TREATMENT = re.compile(
    r"\b(?:nobody|no one|no-one|none of us)\b[^.!?]{0,30}\bon (?:chemo\w*|treatment|immunotherapy)\b"
)


def _sentence_hits(sentence: str, message: str) -> list[_Hit]:
    hits: list[_Hit] = []
    text = IDIOMS.sub(" ", sentence)
    temperature = TEMPERATURE.search(text)
    reading = fever_reading(text) if temperature else None
    if temperature and reading:
        context = match_context(text, temperature)
        if context is None and _NO_ONE_ON_TREATMENT.search(message):
            context = "general"  # a child's cold "with nobody here on chemo": the classifier decides
        if context != "negated":
            hits.append(_Hit("emergency", f"fever reading {reading:g}", context))
    elif (borderline := _borderline(text, temperature)) and _on_chemotherapy(message):
        low, where = borderline
        context = match_context(text, where)
        # climbing, with aches or shivers, or soon after a transplant: treated as a fever, not left until a call
        worse = any(match_context(message, sign) != "negated" for sign in _BORDERLINE_WORSE.finditer(message))
        kind: SafetyKind = "emergency" if worse else "today"
        if context != "negated":
            label = "rising or with aches" if kind == "emergency" else "care team today"
            hits.append(_Hit(kind, f"{label}: {low:g} during chemotherapy", context))
    # The first crisis words not denied: "not suicidal or anything, I just want to sleep and not wake up" is a crisis.
    # A past attempt told in the past tense is still a crisis (the distress may be now), and so is a "general"
    # question about means, and so is a fear of what one might do: only a denial or a joke makes a crisis rule weak.
    told = (match for match in CRISIS_RULES.finditer(text) if match_context(text, match) != "negated")
    crisis = next(told, None)
    if crisis:
        weakened = "hypothetical" if JOKE.search(text) else None
        found = crisis.group(0)
        hits.append(_Hit("crisis", f"pattern: {found!r}", weakened, dread=DREAD.search(found) is not None))
    elif danger := next(
        (match for match in DANGER_AT_HOME.finditer(text) if match_context(text, match) != "negated"), None
    ):
        weakened = "hypothetical" if TOLD_AS_JOKE.search(text) else None
        hits.append(_Hit("crisis", f"danger at home: {danger.group(0)!r}", weakened, at_home=True))
    swallowed = _swallowed(text, message)
    if swallowed is not None:
        hits.append(swallowed)
    rules: tuple[tuple[re.Pattern[str], SafetyKind, str], ...] = (
        (EMERGENCY_RULES, "emergency", "pattern"),
        (TODAY_RULES, "today", "care team today"),
    )
    for pattern, kind, label in rules:
        # a temperature word next to chemotherapy is no fever when the number told is under the line
        match = next(
            (
                m
                for m in pattern.finditer(text)
                if not (kind == "emergency" and _only_a_reading(m, text))
                and not (kind == "today" and _A_PET_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
            ),
            None,
        )
        if match:
            found = match.group(0)
            if kind == "emergency" and (
                ("breath" in found and MILD_BREATH.search(text))
                or ("blister" in found and BLISTER_SITE.search(text))
                or ("dropping" in found and NUMB_FINGERS.search(message))
                or ("peeling" in found and HAND_FOOT_PEELING.search(message))
            ):
                # a little winded on the stairs, blisters or peeling from hand-foot, dropping things with numb fingers:
                # call today
                kind = "today"
            context = match_context(text, match)
            if context != "negated":
                hits.append(_Hit(kind, f"{label}: {match.group(0)!r}", context))
    return hits


def _swallowed(text: str, message: str) -> _Hit | None:
    """The overdose or poisoning a sentence tells, one told as happening now before one told as past ("I overdosed
    last year ... but tonight I took 20 of my tablets")."""
    for pattern, label in ((OVERDOSE_RULES, "overdose"), (POISON_RULES, "poisoning")):
        told: list[tuple[re.Match[str], str | None]] = []
        for match in pattern.finditer(text):
            if label == "poisoning" and _named_not_taken(text, match, message):
                continue  # bought, hidden or used as meant, nothing swallowed
            if _A_PET_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) and _VET.search(
                message
            ):
                continue  # the dog ate the tablets and the vet is called: not the poison line for a person
            if _NONE_TAKEN_YET.search(message):
                continue  # the wrong tablets supplied and none taken yet, or a double dose found not taken
            if _NOT_SWALLOWED.search(text[max(0, match.start() - 45) : match.end()]) and CRISIS_RULES.search(
                message
            ):
                continue  # pills held, or swallowing them thought of, by someone in crisis: the means, not yet taken
            context = match_context(text, match)
            if context is None and DAYS_AGO.search(text):
                context = "past"  # swallowed days ago: no longer a poisoning to call about now
            told.append((match, context))
        if told:
            match, context = next(
                (found for found in told if found[1] is None),
                next((found for found in told if found[1] != "negated"), told[0]),
            )
            return (
                None
                if context == "negated"
                else _Hit("emergency", f"{label}: {match.group(0)!r}", context, poison=True)
            )
    return None


_FEVER_WORDS = re.compile(r"\b(?:fever\w*|chills|rigou?rs|shiver\w*|burning up|running hot|hot)\b")
_TEMPERATURE_WORDS = re.compile(r"\b(?:temp|temps|temperature|temperatures)\b")


def _only_a_reading(match: re.Match[str], text: str) -> bool:
    """A rule hit on the word 'temperature' alone, in a sentence whose numbers are all under the fever line."""
    found = match.group(0)
    return bool(_TEMPERATURE_WORDS.search(found)) and not _FEVER_WORDS.search(found) and below_fever(text)


def _only_joked(hit: _Hit) -> bool:
    """A crisis rule weakened only because its sentence calls it a joke."""
    return hit.kind == "crisis" and hit.weakened_by == "hypothetical"


def _read_in_context(
    sentences: list[str], firsts: list[tuple[int, int, int, str | None]], index: int, match: re.Match[str]
) -> str | None:
    """A second sign inside the first sign's own words ("haven't been for a poo") is read as the first is; one after
    it is read without them, so that the first's "hasn't" does not deny it ("hasn't smiled since the baby came")."""
    sentence = sentences[index]
    for where, start, end, context in firsts:
        if where == index and start <= match.start() and match.end() <= end:
            return context
    for where, start, end, _context in firsts:
        if where == index and end <= match.start():
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return match_context(sentence, match)


def _signs_together(sentences: list[str]) -> list[_Hit]:
    """Two signs that make an emergency (or a call to the care team today) together, told anywhere in the message,
    neither denied; weak when either is only feared, past or over, or the second is only asked about (crisis signs
    only when joked about)."""
    hits = []
    levels: list[tuple[tuple[re.Pattern[str], re.Pattern[str], str], SafetyKind]] = [
        *((pair, "emergency") for pair in SIGNS_TOGETHER),
        *((pair, "today") for pair in TODAY_SIGNS_TOGETHER),
        *((pair, "crisis") for pair in CRISIS_TOGETHER),
    ]
    for (first_sign, second_sign, name), level in levels:
        contexts: list[str | None] = []
        firsts: list[tuple[int, int, int, str | None]] = []
        for pattern in (first_sign, second_sign):
            found = [
                (index, match)
                for index, sentence in enumerate(sentences)
                for match in pattern.finditer(sentence)
            ]
            read = [
                (index, match, _read_in_context(sentences, firsts, index, match)) for index, match in found
            ]
            firsts = [(index, match.start(), match.end(), context) for index, match, context in read]
            # "what counts as a fever?": a sign only asked to be defined
            told = [
                "defined" if c == "general" and DEFINITION.match(sentences[i]) else c
                for i, _match, c in read
                if c != "negated"
            ]
            if not told:
                break
            contexts.append(None if None in told else told[0])
        else:
            # "Might be pregnant, not sure" opens like a question; a sign feared, past or over weakens as always,
            # except an immunotherapy given weeks ago: its side effects can start months later (NCI).
            past_treatment = contexts[0] == "past" and name == IMMUNE_PROBLEM
            first = (
                contexts[0]
                if contexts[0] in ("hypothetical", "past", "resolved", "defined") and not past_treatment
                else None
            )
            label = {"emergency": "signs together", "crisis": "crisis signs together"}.get(
                level, "care team today"
            )
            weakened = contexts[1] or first
            if level == "crisis" and weakened != "hypothetical":
                # as for the crisis rules, only a joke weakens: "it's all sorted now" after a pet given away is the
                # warning itself, not a story that is over
                weakened = None
            hits.append(_Hit(level, f"{label}: {name}", weakened, poison=name in POISON_SIGNS))
    return hits


_ORDER: dict[tuple[SafetyKind, Strength], int] = {
    ("emergency", "strong"): 0,
    ("crisis", "strong"): 1,
    ("today", "strong"): 2,
    ("emergency", "weak"): 3,
    ("crisis", "weak"): 4,
    ("today", "weak"): 5,
}


def negated_kinds(text: str) -> set[SafetyKind]:
    """The levels whose alarming words a message only mentions to deny them ("no chest pain")."""
    denied: set[SafetyKind] = set()
    rules: tuple[tuple[re.Pattern[str], SafetyKind], ...] = (
        (CRISIS_RULES, "crisis"),
        (DANGER_AT_HOME, "crisis"),
        (POISON_RULES, "emergency"),
        (POISON_RULES, "crisis"),
        (OVERDOSE_RULES, "emergency"),
        (EMERGENCY_RULES, "emergency"),
        (TODAY_RULES, "today"),
    )
    normalized = rule_text(text)
    for sentence in split_sentences(normalized):
        for pattern, kind in rules:
            for match in pattern.finditer(sentence):
                if match_context(sentence, match) == "negated":
                    denied.add(kind)
    if NOT_IN_CRISIS.search(normalized):
        denied.add("crisis")
    if NOTHING_WRONG.search(normalized):
        denied.add("emergency")
    return denied


def match_rules(text: str) -> SafetyVerdict | None:
    """The rule-based half of the check; a 'weak' verdict needs the classifier's agreement."""
    normalized = rule_text(text)
    hits: list[_Hit] = []
    sentences = split_sentences(normalized)
    for sentence in sentences:
        hits.extend(_sentence_hits(sentence, normalized))
    hits.extend(_signs_together(sentences))
    if not hits:
        return None
    if told_as_over(normalized):
        # A story that ends well ("they sent him home, he's fine now") is told, not happening: weak at most. Not a
        # call-today note (people who should call today usually feel alright), and not an overdose that only feels
        # fine: paracetamol harms the liver a day or more later, so without care given it stays an emergency; nor a
        # knock to the head on low platelets or a blood thinner, where a bleed can show hours later.
        hits = [
            hit.weakened("resolved")
            if hit.kind == "emergency"
            and (not hit.poison or CARE_GIVEN.search(normalized))
            and not hit.reason.endswith(HEAD_KNOCK_WITH_BLEEDING_RISK)
            else hit
            for hit in hits
        ]
    if EXPECTED_NEAR_END.search(normalized):
        # "Mottled knees ... the district nurse said this happens in the last days": a change the family was told to
        # expect near the end of life, not an emergency to call 999 for (unless something was swallowed).
        hits = [
            hit.weakened("resolved") if hit.kind == "emergency" and not hit.poison else hit for hit in hits
        ]
    if IN_CARE_NOW.search(normalized):
        # "He's in PICU right now with sepsis and the team are with him": the emergency is already in hands.
        hits = [hit.weakened("resolved") if hit.kind == "emergency" else hit for hit in hits]
    if WELL_NOW.search(normalized):
        # "I attempted when I was 19; I'm 54 now and in a good place", "last year I took an overdose ... genuinely in
        # a good place": told from the far side, weak.
        hits = [
            hit.weakened("resolved")
            if (hit.kind == "crisis" or (hit.poison and not SWALLOWED_JUST_NOW.search(normalized)))
            and hit.weakened_by is None
            and LONG_PAST.search(normalized)
            else hit
            for hit in hits
        ]
    if JOKE.search(normalized) and WARNING_SIGNS.search(normalized):
        # "He keeps joking about walking into the sea, and he's been writing notes": a joke about a way to die told
        # beside notes written or things given away is a warning, not a joke.
        hits = [replace(hit, weakened_by=None) if _only_joked(hit) else hit for hit in hits]
    elif JOKE.search(normalized):
        # A joke anywhere in the message ("I'm writing a paper", "haha") weakens a crisis rule too; laughter alone
        # does not weaken a danger at home ("lol he locks the door from outside. funny, right?").
        joked = TOLD_AS_JOKE.search(normalized) is not None
        hits = [
            hit.weakened("hypothetical") if hit.kind == "crisis" and (joked or not hit.at_home) else hit
            for hit in hits
        ]
    if (
        any(hit.poison for hit in hits)
        and ATTEMPT_TOLD.search(normalized)
        and not SWALLOWED_JUST_NOW.search(normalized)
    ):
        # "I overdosed after my surgery. It wasn't an accident. I feel hopeless again": a past attempt, a crisis now.
        hits = [hit.weakened("past") if hit.poison else hit for hit in hits]
        hits.append(_Hit("crisis", "past attempt told with distress now", None))
    if any(hit.poison and hit.weakened_by == "past" for hit in hits) and (
        DISTRESS_AGAIN.search(normalized) or WARNING_SIGNS.search(normalized)
    ):
        # "I swallowed a bottle of pills when I was 19 ... and I feel the same again", or "... and her blister packs
        # are full": a past attempt, a crisis now.
        hits.append(_Hit("crisis", "past overdose with distress now", None))
    if any(hit.kind == "emergency" and hit.strength == "strong" for hit in hits):
        # "I feel like I'm going to die", told with cold clammy skin and no urine, is dread, a sign of the
        # emergency, not a wish to die: the emergency reply (the crisis reply still names the emergency number).
        hits = [hit for hit in hits if not hit.dread]
    crisis = [hit for hit in hits if hit.kind == "crisis" and hit.strength == "strong"]
    poisoned = [hit for hit in hits if hit.poison and hit.strength == "strong"]
    # Someone in crisis who also names a symptom gets the crisis reply, which names the emergency number too;
    # someone who has swallowed too much gets the emergency reply, with the poison line.
    best = (
        crisis[0] if crisis and not poisoned else min(hits, key=lambda hit: _ORDER[(hit.kind, hit.strength)])
    )
    # An emergency sign ("he won't wake") in a message that tells of a medicine or a substance taken is the
    # classifier's rule too: the poison line is named.
    poison = best.kind == "emergency" and (
        any(hit.poison for hit in hits if hit.kind == "emergency") or mentions_swallowing(text)
    )
    return SafetyVerdict(best.kind, best.reason, best.strength, poison, best.weakened_by, best.at_home)


#: Pills only held or looked at, or swallowing them only thought of ("I've been holding a packet of pills for an
#: hour", "every day I think about swallowing all my pills").
_NOT_SWALLOWED = re.compile(
    r"\b(?:holding|staring at|clutching|sitting with|turning over|think(?:ing)? (?:about|of)|thought (?:about|of)|"
    r"dream(?:ing)? (?:about|of)|fantasi[sz]\w* about|if (?:i|he|she|they|we|you))\b"
)
#: A pet named just before the words of a sign ("the dog's eaten a strip of my ibuprofen", "my cat keeps being sick").
_A_PET_BEFORE = re.compile(
    r"(?<!\band )\b(?:the|our|my|his|her|their|a) (?:\w+ )?(?:dog|puppy|pup|cat|kitten|rabbit|hamster|guinea pig|parrot|budgie|"
    r"ferret|horse|pony|goat)(?:'s| has| had| just|'s just| has just)?\s*$"
)
_VET = re.compile(r"\bvet(?:s|'s|erinary|erinarian)?\b")
#: Nothing of what was supplied taken yet ("the pharmacy gave me 10mg instead of 5mg, I haven't taken any yet").
_NONE_TAKEN_YET = re.compile(
    r"\b(?:i|he|she|they|we|mum|mom|dad)(?: have| has|'ve|'s)? ?(?:haven'?t|hasn'?t|have not|has not|not) (?:taken|had|given|"
    r"swallowed|used) (?:any|it|them|one)(?: of (?:them|it))? yet\b"
    # a double dose feared, then the pack counted: "I counted the pack and I hadn't", "it was just the once"
    r"|\b(?:counted|checked) (?:the |my |his |her )?(?:pack|packet|blister|dosette|pill ?box|box)\b[^.!?]{0,30}\b(?:i|he|she) "
    r"(?:hadn'?t|had not|didn'?t)\b|\bit was (?:just|only) (?:the )?once\b"
    r"|\b(?:counted|checked)\b[^.!?]{0,40}\b(?:nothing|none) (?:was |were |is )?missing\b"
)
#: Words that say a poison was bought or hidden ("I don buy rat poison"), just before its name.
_OBTAINED = re.compile(
    r"\b(?:buy|buying|bought|don buy|done buy|purchased|ordered|stash\w*|hid|hidden|hiding|keeps|kept|stores|stored)\s+"
    r"(?:some\s+|the\s+|a\s+\w+\s+of\s+)?$"
)
#: ... or as a place someone sits by ("sitting by the slurry pit with the cover off saying it'd be quick").
_BESIDE = re.compile(r"\b(?:by|near|next to|beside|over|into|at the edge of) (?:the |a |our |his |her )?$")
#: ... or just after it ("I know where the rat poison is kept").
_KEPT = re.compile(r"\s*(?:is|are) (?:kept|stored|hidden)\b|\s*(?:lives|sits|stays)\b")
_INGESTED = re.compile(rf"\b{INGEST}\b")


#: Words that say a product is used as meant ("put slug pellets down", "spreading rat bait").
_USED = re.compile(
    r"\b(?:put|putting|puts|lay|laying|lays|use|using|uses|spread|spreading|set|setting|scatter\w*|store|storing|we'?ve got|"
    r"we have|i'?ve got|we keep|i keep|keeping|leave|leaving|left)\s+"
    r"(?:down\s+|out\s+)?(?:some\s+|the\s+|a few\s+|any\s+|more\s+|a bit of\s+)?$"
)
#: Something in a mouth, told without a swallowing verb ("now he has some in his mouth").
_IN_A_MOUTH = re.compile(r"\b(?:mouth|lips|swallow\w*|ate|eaten|eating|chew\w*|lick\w*)\b")


def _named_not_taken(text: str, match: re.Match[str], message: str) -> bool:
    """A poison named as bought or hidden by someone who speaks of suicide (the means of a crisis), or as used as
    meant ("is it safe to put slug pellets down"), in a message that says nothing was swallowed."""
    before = text[max(0, match.start() - 30) : match.start()]
    if _INGESTED.search(message) is not None:
        return False
    if (
        _OBTAINED.search(before) is not None
        or _BESIDE.search(before) is not None
        or _KEPT.match(text, match.end()) is not None
    ):
        return CRISIS_RULES.search(message) is not None
    return _USED.search(before) is not None and _IN_A_MOUTH.search(message) is None


#: Means named beside a wish about dying ("a DNR so nobody brings me round after I take the pills"): not care planning.
_MEANS = re.compile(r"\b(?:pills|tablets|overdose|this time)\b")
#: "What's the point" opens like a question about a word, and is hopelessness.
_NO_POINT = re.compile(r"\b(?:point|use|reason|hope|sense)\b")


def told_context(text: str) -> str | None:
    """Whether a whole message tells of something over, long past, feared or joked about: 'resolved', 'past',
    'worry' (about the illness, or where to die), 'question' (what a term means), 'hypothetical' or 'idiom'; then the classifier alone needs to be near certain
    before it raises the alarm."""
    normalized = rule_text(text)
    if (
        told_as_over(normalized)
        or (WELL_NOW.search(normalized) and LONG_PAST.search(normalized))
        or IN_CARE_NOW.search(normalized)
        or EXPECTED_NEAR_END.search(normalized)
    ):
        return "resolved"
    if ILLNESS_WORRY.search(normalized) or (CARE_WISH.search(normalized) and not _MEANS.search(normalized)):
        return "worry"
    opening = next(iter(split_sentences(normalized)), "")
    if (
        EXPLAIN.match(opening)
        or SIGNS_ASKED.match(opening)
        or (DEFINITION.match(opening) and not _NO_POINT.search(opening))
        or (ASKED_AHEAD.search(normalized) and HYPOTHETICAL.search(normalized))
        or MEDICINES_RETURNED.search(normalized)
    ):
        return "question"
    if HYPOTHETICAL.search(normalized):
        return "hypothetical"
    if IDIOMS.search(normalized):
        return "idiom"
    if JOKE.search(normalized):
        return "hypothetical"
    if long_past(normalized) and not AGAIN_NOW.search(normalized):
        return "past"
    return None


def figure_of_speech(text: str) -> str | None:
    """The message without its figures of speech and routine questions about alarming words, if it has any
    ("why does the nurse ask if I have thoughts of harming myself"): what the classifier reads to confirm a crisis."""
    normalized = rule_text(text)
    stripped = IDIOMS.sub(" ", normalized)
    return None if stripped == normalized else stripped


def is_urgent_now(text: str) -> bool:
    """A sure emergency or crisis by the rules alone: cheap enough to run on every update as it arrives."""
    verdict = match_rules(text)
    return verdict is not None and verdict.strength == "strong" and verdict.kind != "today"
