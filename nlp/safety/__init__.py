"""Urgency detection, run on every message before anything else: recall first, then precision.

Three levels: an emergency now (call the emergency number; poison help for swallowed substances and overdoses),
a crisis (suicide, self-harm, wanting to die), and a problem to call the care team about today. The rules read the
message sentence by sentence, so that one alarming sentence in a long story is found, and they look at each
sentence's context: an information question, a long-past event or a negation makes a rule "weak" (it then needs
the classifier's agreement), and idioms ("this chemo is killing me") are removed before matching.

The rules of each level live in their own module (emergency, poison, fever, crisis, home, today, supply), the
pairs of emergency signs told apart in signs, what weakens them in context, and the reading of a message into one
verdict in rules.
"""

from nlp.safety.emergency import mentions_pregnancy
from nlp.safety.fever import FEVER_CELSIUS, FEVER_FAHRENHEIT, fever_reading
from nlp.safety.home import tells_of_danger_at_home
from nlp.safety.poison import mentions_swallowing
from nlp.safety.rules import (
    SafetyKind,
    SafetyVerdict,
    Strength,
    figure_of_speech,
    is_urgent_now,
    match_rules,
    negated_kinds,
    told_context,
)
from nlp.safety.text import MAX_SAFETY_CHARS

__all__ = [
    "FEVER_CELSIUS",
    "FEVER_FAHRENHEIT",
    "MAX_SAFETY_CHARS",
    "SafetyKind",
    "SafetyVerdict",
    "Strength",
    "fever_reading",
    "figure_of_speech",
    "is_urgent_now",
    "match_rules",
    "mentions_pregnancy",
    "mentions_swallowing",
    "negated_kinds",
    "tells_of_danger_at_home",
    "told_context",
]
