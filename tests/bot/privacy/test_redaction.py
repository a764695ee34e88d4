"""Redaction keeps contact details and identifying numbers out of the log, and the medical figures in it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy.redaction import redact

# Independent definitions of what must never be stored, written without looking at the module's patterns.
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
PHONE_LIKE = (
    re.compile(r"\+\d(?:[ .()-]?\d){7,}"),  # international: + and eight or more digits
    re.compile(r"(?<!\d)\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)"),  # North American, with an area code
    re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),  # social security number
    re.compile(r"\d{8,}"),  # record, card and account numbers
)


def leaks(text: str) -> list[str]:
    """Every email-like or phone-like run left in a text."""
    found = [match.group(0) for match in EMAIL_LIKE.finditer(text)]
    for pattern in PHONE_LIKE:
        found += [match.group(0) for match in pattern.finditer(text)]
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on +1 (555) 123-4567 please", "call me on [phone] please"),
        ("my cell is 555-123-4567", "my cell is [phone]"),
        ("555.123.4567", "[phone]"),
        ("(555) 123 4567", "[phone]"),
        ("1-800-555-0199", "[phone]"),
        ("+44 20 7946 0958", "[phone]"),
        ("+33 6 12 34 56 78", "[phone]"),
        ("+4930123456789", "[phone]"),
        ("0049 30 1234567", "[phone]"),
        ("020 7946 0958", "[phone]"),
        ("06 12 34 56 78", "[phone]"),
        ("write to jane.doe+onc@example.co.uk", "write to [email]"),
        ("J_Smith99@mail.example.org, thanks", "[email], thanks"),
        ("MRN 12345678", "MRN [number]"),
        ("member id 9876543210123", "member id [number]"),
        ("SSN 123-45-6789", "SSN [number]"),
        ("card 4111 1111 1111 1111", "card [number]"),
        ("card 4111-1111-1111-1111", "card [number]"),
        ("amex 3782 822463 10005", "amex [number]"),
        (
            "I'm Ann, 555-123-4567, ann@example.com, MRN 00123456: fever 38.5 after chemo",
            "I'm Ann, [phone], [email], MRN [number]: fever 38.5 after chemo",
        ),
    ],
)
def test_contact_details_and_identifying_numbers_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my temperature is 38.5",
        "fever of 101.3 F since last night",
        "38.5 38.9 39.1 over three days",
        "temps 38 39 40 38 37",
        "I take 500 mg of metformin",
        "500-1000 mg of acetaminophen",
        "0.5 mg lorazepam",
        "I'm 54 and my mother is 81",
        "diagnosed in 2024",
        "treated 2019-2024",
        "stage IIIB, T2N1M0, grade 3",
        "Ki-67 30%, ER 95% positive",
        "next scan on 12/03",
        "surgery on 12/03/2024",
        "started 2024-05-03",
        "seen on 12.03.2024 at 10:30",
        "BP 120/80, pulse 88",
        "ANC 1500, platelets 150,000, WBC 1,500,000",
        "PSA 4.5 ng/ml",
        "ICD C50.911",
        "cycle 3 of 6, every 21 days",
        "zip 90210",
        "tumour 2.3 x 1.5 cm",
        "https://www.cancer.gov/types/liver",
        "",
        "   ",
    ],
)
def test_medical_figures_are_kept(text: str) -> None:
    assert redact(text) == text


phones = st.one_of(
    st.from_regex(r"\+[1-9]\d{0,2} \d{2,4} \d{3,4} \d{4}", fullmatch=True),
    st.from_regex(r"\+1 \(\d{3}\) \d{3}-\d{4}", fullmatch=True),
    st.from_regex(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}", fullmatch=True),
    st.from_regex(r"1-\d{3}-\d{3}-\d{4}", fullmatch=True),
    st.from_regex(r"\+\d{8,15}", fullmatch=True),
    st.from_regex(r"\d{3}-\d{2}-\d{4}", fullmatch=True),
    st.from_regex(r"\d{8,20}", fullmatch=True),
)
emails = st.from_regex(
    r"[a-z][a-z0-9._+-]{0,15}@[a-z0-9-]{1,10}(\.[a-z0-9-]{1,8}){0,2}\.[a-z]{2,6}", fullmatch=True
)
# Digits, separators and the characters emails and phones are made of, so that near-misses come up often.
noisy_text = st.text(alphabet=st.sampled_from("0123456789 .-()+@_/:,%abcxyzé\n٣"), max_size=80) | st.text(
    max_size=80
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(noisy_text, phones | emails), min_size=1, max_size=4), noisy_text)
def test_planted_phones_and_emails_never_survive(pieces: list[tuple[str, str]], tail: str) -> None:
    text = "".join(f"{before} {secret} " for before, secret in pieces) + tail
    redacted = redact(text)
    assert not leaks(redacted), (text, redacted)
    for _, secret in pieces:
        assert secret not in redacted


@settings(max_examples=300, deadline=None)
@given(noisy_text)
def test_no_email_or_phone_like_run_is_ever_left(text: str) -> None:
    redacted = redact(text)
    assert not leaks(redacted), (text, redacted)
    assert redact(redacted) == redacted
