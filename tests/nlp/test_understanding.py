import pytest

from nlp.model import TopicModel
from nlp.understanding import Context, Thresholds, Understander


@pytest.fixture(scope="module")
def understander(model: TopicModel) -> Understander:
    return Understander(model)


def test_car_t_liver_question_is_answered_with_subject_and_cancer(
    understander: Understander,
) -> None:
    result = understander.understand("How does CAR-T cell therapy work for liver cancer?")
    assert (result.kind, result.subject, result.cancer) == ("answer", "car-t", "liver")
    assert result.confidence >= Thresholds().confidence


@pytest.mark.parametrize(
    "text",
    [
        "what's the weather in Paris",
        "what are the symptoms of diabetes",
        "write me a python function to sort a list",
        "best pizza near me",
    ],
)
def test_off_topic_questions_get_no_cancer_answer(understander: Understander, text: str) -> None:
    assert understander.understand(text).kind == "out-of-scope"


def test_emergency_and_crisis_win_over_everything(understander: Understander) -> None:
    assert understander.understand("I'm on chemo and my temperature is 38.6").kind == "emergency"
    assert understander.understand("I want to end it all").kind == "crisis"


def test_empty_text_asks_for_a_question(understander: Understander) -> None:
    result = understander.understand(" \u200b ")
    assert result.kind == "clarify" and result.alternatives == ()


def test_unsure_model_offers_up_to_three_choices(model: TopicModel) -> None:
    strict = Understander(model, thresholds=Thresholds(confidence=0.999))
    result = strict.understand("chemo for lung cancer")
    assert result.kind == "clarify"
    assert 1 <= len(result.alternatives) <= 3
    assert all(subject != "out-of-scope" for subject, _ in result.alternatives)


@pytest.mark.parametrize(
    ("previous", "text", "subject"),
    [
        (
            "my wife starts FOLFOX for her bowel cancer on monday",
            "will her fingers go tingly",
            "side-effects",
        ),
    ],
)
def test_a_follow_up_is_read_together_with_the_question_before_it(
    understander: Understander, previous: str, text: str, subject: str
) -> None:
    before = understander.understand(previous)
    context = Context(previous=previous, subject=before.subject, cancer=before.cancer)
    verdict = understander.understand(text, context)
    assert verdict.kind == "answer" and verdict.subject == subject and verdict.cancer == before.cancer
