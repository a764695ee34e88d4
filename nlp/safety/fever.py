"""Temperature readings: a fever on treatment is an emergency, just under the line a call today."""

from __future__ import annotations

import re

from nlp.safety.text import rule_text

TEMPERATURE = re.compile(
    r"(?:\b(?:fever\w*|temp|temperature|thermometer|running|spiked?|spiking|degrees?|reading|read|(?:i'?m|i am|is|feels?) hot)\b"
    r"[^0-9]{0,25}"
    r"(?P<a>\d{2,3}(?:[.,]\d)?)|(?P<b>\d{2,3}(?:[.,]\d)?)\s*(?:°|º|degrees?\b|deg\b|[cf]\b|rectal\b|orally\b|oral\b"
    r"|under (?:the|his|her) arm|forehead\b|axillary\b|ear\b|fever\b|temp\b|temperature\b|on the therm\w*))"
    r"|\b(?:at|hit|hitting|reached|reads?|of|now|it'?s|it was|i'?m|he'?s|she'?s|then|up to|rose to|climbed to|went to|meant)\s+(?P<c>(?:3[89]|4[01])[.,]\d|10[0-5][.,]\d|99[.,][5-9])\b(?! ?%)"
    # a bare reading told with the treatment day ("a tomato, 39.4 on day 8 of chemo") or with the time ("38.3 tonight")
    r"|(?<![\d.,£$€])(?P<d>(?:3[89]|4[01])[.,]\d|10[0-5][.,]\d)(?=,? (?:on|during|after) (?:day \d+ (?:of|into) )?(?:(?:his|her|my|the) )?"
    r"(?:\w+ )?(?:chemo\w*|cycle|treatment|immuno\w*|car-?t)\b| (?:tonight|today|this (?:morning|evening|afternoon)|last night|and "
    r"(?:rising|climbing|freezing|shivering|shaking|shivery|burning up|sweating))\b)"
)

#: A temperature at or above these values is a fever that needs a call to the care team now.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


#: Just under the fever line: during chemotherapy the care team wants a call about 37.5 °C (99.5 °F) or more (NHS,
#: chemotherapy side effects: https://www.nhs.uk/conditions/chemotherapy/side-effects/).
BORDERLINE_CELSIUS = 37.5
BORDERLINE_FAHRENHEIT = 99.5


def _readings(text: str) -> list[float]:
    return [
        float(
            (match.group("a") or match.group("b") or match.group("c") or match.group("d")).replace(",", ".")
        )
        for match in TEMPERATURE.finditer(rule_text(text))
    ]


def fever_reading(text: str) -> float | None:
    """The highest temperature reading in the text that is a fever, in its own unit, if any."""
    fevers = [v for v in _readings(text) if FEVER_CELSIUS <= v <= 44.0 or FEVER_FAHRENHEIT <= v <= 112.0]
    return max(fevers, default=None)


def below_fever(text: str) -> bool:
    """Temperatures told as numbers, none of them a fever ("temperature 37,6, I am in chemotherapy")."""
    return bool(_readings(text)) and fever_reading(text) is None


def borderline_reading(text: str) -> float | None:
    """The highest reading just under the fever line (37.5-37.9 °C, 99.5-100.3 °F), if any."""
    readings = [
        v
        for v in _readings(text)
        if BORDERLINE_CELSIUS <= v < FEVER_CELSIUS or BORDERLINE_FAHRENHEIT <= v < FEVER_FAHRENHEIT
    ]
    return max(readings, default=None)


#: A normal reading told after it ("37.5 last night but it was 36.8 this morning"): the latest reading counts, unless
#: a medicine that brings a temperature down was taken, which can hide a fever (NHS, chemotherapy side effects).
_SETTLED_AFTER = re.compile(
    r"\b(?:but|now|then|down to|back to|this morning|today)\b[^.!?\d]{0,25}(?<![\d.,])(?:3[56][.,]\d|37(?:[.,][0-4])?)(?![\d.,]*\d)"
)
_FEVER_MEDICINE = re.compile(
    r"\b(?:paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|nurofen|advil|motrin|aspirin|co-?codamol)\b"
)


def settled_after(text: str, position: int) -> bool:
    """Whether a normal reading is told after the position, with no fever medicine taken that could hide a fever."""
    return _SETTLED_AFTER.search(text, position) is not None and _FEVER_MEDICINE.search(text) is None
