import pytest

from nlp.model import TopicModel
from nlp.safety import fever_reading, match_rules


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm on chemo and my temperature is 38.6", 38.6),
        ("temp 101 since this morning", 101.0),
        ("fever of 38,3 after my infusion", 38.3),
        ("it says 39.2°C", 39.2),
        ("running a 100.4 fever", 100.4),
    ],
)
def test_fever_readings_are_found_in_celsius_and_fahrenheit(text: str, value: float) -> None:
    assert fever_reading(text) == value


@pytest.mark.parametrize(
    "text",
    ["my temperature is 37.2", "I am 38 years old", "stage 4 for 38 months", "took 100 mg"],
)
def test_normal_temperatures_ages_and_doses_are_not_fevers(text: str) -> None:
    assert fever_reading(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I want to end it all",
        "I've been saving my pills",
        "everyone would be better off without me",
        "what's the lethal dose of my morphine",
        "i just want to sleep and never wake up",
        "I cut myself again last night",
        "thinking about suicide",
    ],
)
def test_crisis_language_is_caught_by_rules(text: str) -> None:
    verdict = match_rules(text)
    assert verdict is not None and verdict.kind == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "I'm on chemo and my temperature is 38.6",
        "my mom can't breathe properly and she's on chemo",
        "I have crushing chest pain right now",
        "he's coughing up blood",
        "she is suddenly very confused and can't talk",
        "my husband passed out after his infusion",
    ],
)
def test_emergencies_are_caught(model: TopicModel, text: str) -> None:
    verdict = model.check_safety(text)
    assert verdict is not None and verdict.kind == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "How does CAR-T cell therapy work for liver cancer?",
        "what foods help with nausea during chemo",
        "how long does radiation for breast cancer take",
        "what stage is my dad's colon cancer",
    ],
)
def test_ordinary_questions_raise_no_alarm(model: TopicModel, text: str) -> None:
    assert model.check_safety(text) is None
