from nlp.evaluation import FollowUpItem, evaluate_follow_ups
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
