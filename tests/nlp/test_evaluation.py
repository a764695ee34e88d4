from nlp.evaluation import FollowUpItem, SafetyItem, evaluate_follow_ups, evaluate_safety
from nlp.model import TopicModel
from nlp.understanding import Understander


def test_follow_up_misses_say_what_was_expected_and_what_the_bot_chose(model: TopicModel) -> None:
    understander = Understander(model)
    right = FollowUpItem(
        "How does CAR-T cell therapy work for liver cancer?", "side effects?", "side-effects", "liver"
    )
    wrong = FollowUpItem("what is chemotherapy", "side effects?", "fertility", "breast")
    report = evaluate_follow_ups(understander, [right, wrong], show_progress=False)
    assert (report["pairs"], report["follow_up_subject"], report["follow_up_cancer"]) == (2, 0.5, 0.5)
    assert report["misses"] == [
        {
            "expected": "fertility/breast",
            "got": "side-effects/general",
            "previous": "what is chemotherapy",
            "text": "side effects?",
        }
    ]


def test_safety_report_counts_named_kinds_of_poisoning_and_leaves_absent_levels_unscored(
    model: TopicModel,
) -> None:
    understander = Understander(model)
    items = [
        SafetyItem(
            "my 2 year old bit into a dishwasher pod and is drooling", "emergency", "poisoning-dishwasher"
        ),
        SafetyItem(
            "dad took the whole bottle of his sleeping pills an hour ago", "emergency", "overdose-sedatives"
        ),
        SafetyItem("my son drank some of the bleach from under the sink", "emergency", "poison"),
        SafetyItem("what is neutropenic fever?", "none", "none-info"),
    ]
    report = evaluate_safety(understander, items, show_progress=False)
    assert report["poison_line_named"] == 1.0
    assert report["poisonings"] == 3
    assert (report["emergency_recall"], report["hard_negative_false_alarms"]) == (1.0, 0.0)
    assert report["crisis_recall"] is None and report["today_recall"] is None
