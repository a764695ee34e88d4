import pytest

from bot.answering.chunking import size, visible_text
from bot.answering.pipeline import Responder
from tests.support.telegram_html import parse

CAR_T_LIVER = "How does CAR-T cell therapy work for liver cancer?"


def test_car_t_liver_gets_the_curated_answer_in_short_messages(responder: Responder) -> None:
    reply = responder.respond(CAR_T_LIVER)
    assert (reply.kind, reply.subject, reply.cancer, reply.topic) == (
        "answer",
        "car-t",
        "liver",
        "liver.car-t",
    )
    assert reply.detected_cancer == "liver"
    assert len(reply.messages) >= 4
    for message in reply.messages:
        assert size(message) <= 700
        parse(message)
    text = [visible_text(m) for m in reply.messages]
    assert "not medical advice" in text[0]
    assert "Questions to ask your care team" in "".join(text)
    sources_at = next(i for i, m in enumerate(reply.messages) if "<b>Sources</b>" in m)
    assert sources_at >= len(reply.messages) - 5
    assert "NCCN Guidelines for Patients: Liver Cancer" in "".join(text[sources_at:])
    assert "(National Cancer Institute, checked 20" in "".join(text[sources_at:])
    assert "Please talk with your own care team" in text[-2]
    assert text[-1].startswith("Where to get help next") and "For liver cancer: Blue Faery" in text[-1]
    assert reply.answer_version == 1 and reply.model_version


def test_general_answer_points_to_the_cancer_guideline_when_no_specific_answer(
    responder: Responder,
) -> None:
    reply = responder.respond("how do I find a clinical trial for my sarcoma")
    assert reply.kind == "answer" and reply.subject == "clinical-trials"
    assert reply.topic == "general.clinical-trials" and reply.detected_cancer == "sarcoma"
    assert "NCCN Guidelines for Patients" in visible_text(reply.messages[0])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what's the weather in Paris", "out-of-scope"),
        ("I'm on chemo and my temperature is 38.6", "emergency"),
        ("I want to end it all", "crisis"),
    ],
)
def test_special_kinds(responder: Responder, text: str, kind: str) -> None:
    reply = responder.respond(text)
    assert reply.kind == kind and reply.topic is None
    assert reply.messages


def test_emergency_reply_says_to_call_now(responder: Responder) -> None:
    text = visible_text(responder.respond("my dad is coughing up blood after chemo").messages[0])
    assert "911" in text and "now" in text


def test_crisis_reply_gives_the_crisis_line(responder: Responder) -> None:
    text = " ".join(visible_text(m) for m in responder.respond("I've been saving my pills").messages)
    assert "988" in text


def test_someone_hurt_at_home_gets_the_danger_line_and_the_emergency_number(responder: Responder) -> None:
    reply = responder.respond("my stepdad hits my mum when she's too tired from chemo, I'm scared for her")
    text = " ".join(visible_text(m) for m in reply.messages)
    assert reply.kind == "crisis" and "danger-at-home" in reply.flags
    assert "1-800-799-7233" in text and "911" in text and "988" in text
    assert "feeling this way" not in text


def test_a_pregnancy_emergency_also_names_the_maternity_unit(responder: Responder) -> None:
    reply = responder.respond(
        "I'm 30 weeks and the baby's movements have slowed right down since this morning"
    )
    text = " ".join(visible_text(m) for m in reply.messages)
    assert reply.kind == "emergency" and "maternity" in reply.flags
    assert "maternity unit" in text and "911" in text
    other = " ".join(
        visible_text(m) for m in responder.respond("my dad is coughing up blood after chemo").messages
    )
    assert "maternity unit" not in other


def test_group_replies_are_at_most_two_messages(responder: Responder) -> None:
    reply = responder.respond(CAR_T_LIVER, audience="group")
    assert reply.kind == "answer" and 1 <= len(reply.messages) <= 2


def test_a_tapped_choice_answers_that_topic(responder: Responder) -> None:
    reply = responder.respond_topic("general.nutrition")
    assert reply is not None and reply.topic == "general.nutrition" and reply.kind == "answer"
    assert responder.respond_topic("no.such-topic") is None


def test_html_in_the_question_never_reaches_the_reply_unescaped(responder: Responder) -> None:
    reply = responder.respond("<b>what is</b> chemo & how <i>does</i> it work?")
    for message in reply.messages:
        parse(message)


def test_reply_serialises_with_the_documented_fields(responder: Responder) -> None:
    data = responder.respond(CAR_T_LIVER).to_dict()
    assert {
        "kind",
        "topic",
        "subject",
        "cancer",
        "detected_cancer",
        "confidence",
        "alternatives",
        "messages",
    } <= set(data)
    assert len(data["alternatives"]) <= 3


def test_every_cancer_answer_names_that_cancers_nccn_book(responder: Responder) -> None:
    for topic_id, answer in responder.library.answers.items():
        if answer.cancer == "general":
            continue
        reply = responder.respond_topic(topic_id)
        assert reply is not None
        sources_at = next(i for i, m in enumerate(reply.messages) if "<b>Sources</b>" in m)
        books = responder.library.cancers[answer.cancer].guidelines
        tail = "".join(reply.messages[sources_at:])
        assert any(title in tail for title, _ in books), topic_id


def test_multi_line_bullets_in_the_content_become_bullets_not_dashes(responder: Responder) -> None:
    """A bullet whose text wraps onto indented lines in the YAML is still one bullet in the message."""
    checked = 0
    for answer in responder.library.topics():
        reply = responder.respond_topic(answer.topic_id)
        assert reply is not None
        for message in reply.messages:
            assert ". - " not in message and "\n- " not in message, (answer.topic_id, message[:200])
        checked += 1
    assert checked >= 190
    radiation = responder.respond_topic("general.radiation")
    assert radiation is not None
    text = "\n".join(radiation.messages)
    assert "• External beam radiation" in text and "• Internal radiation" in text


def test_a_swallowed_substance_gets_the_emergency_reply_with_the_poison_line(responder: Responder) -> None:
    reply = responder.respond("my toddler bit into a dishwasher pod, what should I do")
    text = " ".join(visible_text(message) for message in reply.messages)
    assert reply.kind == "emergency" and "poison-line" in reply.flags
    assert "911" in text and "Poison Help: 1-800-222-1222" in text


def test_an_emergency_that_is_not_a_poisoning_does_not_name_the_poison_line(responder: Responder) -> None:
    reply = responder.respond("my husband has crushing chest pain right now")
    assert reply.kind == "emergency" and "Poison Help" not in " ".join(reply.messages)


@pytest.mark.parametrize(
    "text",
    [
        "i took the whole bottle of tylenol an hour ago",
        "I tried to end it last year and tonight feels the same",
    ],
)
def test_overdoses_and_past_attempts_with_present_distress_are_urgent(
    responder: Responder, text: str
) -> None:
    reply = responder.respond(text)
    assert reply.kind == ("emergency" if "tylenol" in text else "crisis")


def test_call_the_care_team_today_comes_first_then_the_answer(responder: Responder) -> None:
    reply = responder.respond("on chemo, diarrhea 7 times today")
    assert reply.kind == "today" and reply.subject == "side-effects" and reply.topic is not None
    first = visible_text(reply.messages[0])
    assert "Please call your care team today" in first and "911" in first
    assert "NCI: Side Effects of Cancer Treatment" in first
    assert any("not medical advice" in visible_text(message) for message in reply.messages[1:])


@pytest.mark.parametrize(
    "text", ["can immunotherapy cause a rash?", "what is neutropenic fever?", "this chemo is killing me"]
)
def test_information_questions_with_alarming_words_are_answered(responder: Responder, text: str) -> None:
    assert responder.respond(text).kind in ("answer", "clarify")


def test_a_follow_up_leans_on_the_previous_question(responder: Responder) -> None:
    first = responder.respond(CAR_T_LIVER)
    context = first.context(CAR_T_LIVER)
    assert context is not None and context.cancer == "liver"
    reply = responder.respond("what about side effects?", context=context)
    assert reply.kind == "answer" and reply.subject == "side-effects"
    assert "assumed-cancer" in reply.flags and "liver cancer" in visible_text(reply.messages[0])


@pytest.mark.parametrize(
    "text", ["side effects?", "how long is the recovery from it", "how much does it cost"]
)
def test_a_short_follow_up_without_a_word_pointing_back_is_not_refused(
    responder: Responder, text: str
) -> None:
    context = responder.respond(CAR_T_LIVER).context(CAR_T_LIVER)
    reply = responder.respond(text, context=context)
    assert reply.kind in ("answer", "clarify") and reply.detected_cancer == "liver"


def test_a_new_unrelated_message_is_not_taken_as_a_follow_up(responder: Responder) -> None:
    context = responder.respond(CAR_T_LIVER).context(CAR_T_LIVER)
    reply = responder.respond("what's the best recipe for banana bread with walnuts", context=context)
    assert reply.kind == "out-of-scope"
