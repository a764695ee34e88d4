"""The words of every reply, as sections that the chunker turns into Telegram messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering.chunking import Paragraph, Run, Section, chunk
from bot.answering.library import Answer
from bot.content.files import CancerInfo
from bot.content.help_directory import HelpDirectory
from db.content.support_services import Service

DISCLAIMER = (
    "General information from curated sources, not medical advice. Your care team knows your situation best."
)
REFERRAL = (
    "Please talk with your own care team (your doctor, nurse or nurse navigator) before you make any "
    "decision about your care. They know your health history and can tell you what fits you."
)
BULLET = "• "
HELP_HEADING = "Where to get help next"
#: The one line a group gets instead of the list: the links come in a private chat.
SUPPORT_POINTER = "Where to get help next: /support"
SUPPORT_BY_CANCER = "For groups for one cancer type, send /support and its name, for example /support lung."
SUPPORT_MORE = "/support: all of these as buttons, with live chat"
NO_SUPPORT = "Please ask your care team or a cancer center near you where to get help."


@dataclass(frozen=True)
class Voice:
    """Deployment-specific words: where to send people in an emergency or a crisis, and message size."""

    emergency_number: str
    crisis_line: str
    max_chars: int
    poison_line: str = "Poison Help: 1-800-222-1222"
    danger_line: str = "the National Domestic Violence Hotline: call 1-800-799-7233 or text START to 88788"


def _body_paragraphs(body: str) -> list[Paragraph]:
    """Blank lines separate paragraphs; '- ' starts a bullet, and indented lines continue it."""
    paragraphs: list[Paragraph] = []
    for block in body.strip().split("\n\n"):
        items: list[tuple[bool, list[str]]] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("- "):
                items.append((True, [line[2:].strip()]))
            elif items:
                items[-1][1].append(line)
            else:
                items.append((False, [line]))
        paragraphs.extend((Run((BULLET if bullet else "") + " ".join(parts)),) for bullet, parts in items)
    return paragraphs


def _heading(text: str) -> Paragraph:
    return (Run(text, bold=True),)


def review_line(answer: Answer) -> str:
    """How the answer was checked, in words a reader can trust and verify."""
    if answer.review_level == "clinical" and answer.reviewer:
        when = f" on {answer.reviewed_on:%d %B %Y}" if answer.reviewed_on else ""
        return f"Clinically reviewed by {answer.reviewer}{when}."
    when = f" ({answer.reviewed_on:%B %Y})" if answer.reviewed_on else ""
    return f"Checked against its sources by our editors{when}; awaiting review by a clinician."


def _opening(answer: Answer, pointer: CancerInfo | None) -> Section:
    paragraphs: list[Paragraph] = [(Run(DISCLAIMER, italic=True),), _heading(answer.title)]
    if pointer is not None:
        paragraphs.append(
            (
                Run(
                    f"This is our general answer: we do not have one written just for "
                    f"{pointer.name} on this yet. "
                ),
                *_guideline_runs(pointer),
            )
        )
    return tuple(paragraphs)


def _guideline_runs(cancer: CancerInfo) -> tuple[Run, ...]:
    runs: list[Run] = [Run(f"For {cancer.name}, see ")]
    for index, (title, url) in enumerate(cancer.guidelines):
        if index:
            runs.append(Run(" and "))
        runs.append(Run(title, url=url))
    runs.append(Run("."))
    return tuple(runs)


def _sources(answer: Answer, cancer: CancerInfo | None) -> Section:
    paragraphs: list[Paragraph] = [_heading("Sources")]
    listed = " ".join(source.get("title", "") for source in answer.sources)
    for source in answer.sources:
        accessed = f"checked {source['accessed']}" if source.get("accessed") else ""
        detail = ", ".join(filter(None, (source.get("publisher"), source.get("edition"), accessed)))
        paragraphs.append(
            (
                Run(BULLET),
                Run(source.get("title", "source"), url=source.get("url")),
                Run(f" ({detail})" if detail else ""),
            )
        )
    if cancer is not None and answer.cancer == cancer.id:
        for title, url in cancer.guidelines:
            if title not in listed:
                paragraphs.append((Run(BULLET), Run(title, url=url), Run(" (NCCN, for patients)")))
    paragraphs.append((Run(review_line(answer), italic=True),))
    return tuple(paragraphs)


def _pointer(answer: Answer, cancer: CancerInfo | None) -> CancerInfo | None:
    """The cancer to point to when a general answer serves a question about one cancer."""
    return cancer if cancer is not None and answer.cancer != cancer.id else None


def answer_messages(
    answer: Answer,
    voice: Voice,
    cancer: CancerInfo | None = None,
    *,
    group: bool = False,
    support: HelpDirectory | None = None,
) -> list[str]:
    """The full answer: disclaimer, sections, questions for the care team, sources, referral.

    cancer is the cancer the question is about: its NCCN book is named in the sources, or, when only a general
    answer exists, pointed to at the top. In a group (group=True) the private_only sections are left out.
    """
    sections: list[Section] = [_opening(answer, _pointer(answer, cancer))]
    for heading, body in answer.shown_sections(group=group):
        sections.append((_heading(heading), *_body_paragraphs(body)))
    if answer.questions:
        sections.append(
            (
                _heading("Questions to ask your care team"),
                *((Run(BULLET + question),) for question in answer.questions),
            )
        )
    sections.append(_sources(answer, cancer))
    sections.append((_heading("Your care team"), (Run(REFERRAL),)))
    if support:
        sections.append(help_section(support, cancer))
    return chunk(sections, voice.max_chars)


def _linked(services: list[Service]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for index, service in enumerate(services):
        if index:
            runs.append(Run(", "))
        runs.append(Run(service.name, url=service.url))
    return tuple(runs)


def help_section(support: HelpDirectory, cancer: CancerInfo | None) -> Section:
    """The short last part of a private answer: helplines, trial searches, organisations, help with costs."""
    paragraphs: list[Paragraph] = [_heading(HELP_HEADING)]
    for line in support.helplines:  # the number is what matters in a message; /support has the links
        paragraphs.append(
            (Run(f"{BULLET}{line.name}: {line.phone}"),) if line.phone else (Run(BULLET), *_linked([line]))
        )
    organisations = support.organisations(cancer.id if cancer is not None else None)
    for label, services in (
        ("Trials: ", support.trials),
        (f"For {cancer.name}: " if cancer is not None else "", organisations),
        ("Help with costs: ", support.financial[:1]),
    ):
        if services:
            paragraphs.append((Run(BULLET + label), *_linked(services)))
    paragraphs.append((Run(SUPPORT_MORE, italic=True),))
    return tuple(paragraphs)


def support_messages(support: HelpDirectory, cancer: CancerInfo | None, voice: Voice) -> list[str]:
    """The /support reply in a private chat: each service with what it offers (the links come as buttons)."""
    if not support:
        return chunk([((Run(NO_SUPPORT),),)], voice.max_chars)
    section: list[Paragraph] = [_heading(HELP_HEADING)]
    for line in support.helplines:
        phone = f": {line.phone}" if line.phone else ""
        section.append((Run(BULLET), Run(line.name + phone, bold=True), Run(f". {line.offer}")))
    organisations = support.organisations(cancer.id if cancer is not None else None)
    groups = (
        ("Clinical trials", support.trials),
        (f"For {cancer.name}" if cancer is not None else "", organisations),
        ("Help with costs", support.financial),
    )
    sections: list[Section] = [tuple(section)]
    for heading, services in groups:
        if services:
            lines = [(Run(BULLET), Run(s.name, bold=True), Run(f": {s.offer}")) for s in services]
            sections.append((_heading(heading), *lines))
    if cancer is None:
        sections.append(((Run(SUPPORT_BY_CANCER, italic=True),),))
    return chunk(sections, voice.max_chars)


def short_answer_messages(answer: Answer, voice: Voice, cancer: CancerInfo | None = None) -> list[str]:
    """At most two messages for a group chat: the core of the answer, then sources and referral.

    No section is shown, so private_only ones (survival figures) never reach a group.
    """
    core: Section = (
        _heading(answer.title),
        (Run(answer.summary),),
        (Run("General information, not medical advice.", italic=True),),
    )
    sources = ", ".join(source.get("title", "") for source in answer.sources[:2])
    tail: list[Paragraph] = [(Run(f"Sources: {sources}."),)]
    if cancer is not None:
        tail.append(_guideline_runs(cancer))
    tail.append((Run("Ask your own care team what fits your situation."),))
    tail.append((Run(SUPPORT_POINTER),))
    first = chunk([core], voice.max_chars)[:1]
    second = chunk([tuple(tail)], voice.max_chars)[:1]
    return first + second


def emergency_messages(voice: Voice, *, poison: bool = False, pregnancy: bool = False) -> list[str]:
    """The fixed urgent reply to a possible emergency; the poison line and maternity unit when they apply."""
    paragraphs: list[Paragraph] = [
        _heading("This may be an emergency. Please get help now."),
        (
            Run(
                f"Call {voice.emergency_number} now or go to the nearest emergency department. "
                "If you are not the person in danger, stay with them."
            ),
        ),
    ]
    if poison:
        paragraphs.append(
            (
                Run(
                    "If someone swallowed something harmful or took too much of a medicine, also call "
                    f"{voice.poison_line} right away, even if they seem fine. Keep the container or "
                    "pill bottle with you."
                ),
            )
        )
    if pregnancy:
        # NHS, your baby's movements: call the maternity unit straight away, even in the night
        paragraphs.append(
            (
                Run(
                    "If you are pregnant, also call your maternity unit or labour ward now, even at night. "
                    "Do not wait for a scan or an appointment."
                ),
            )
        )
    paragraphs += [
        (
            Run(
                "During cancer treatment, a fever of 38 °C (100.4 °F) or higher also needs care straight "
                "away: call your care team's urgent number."
            ),
        ),
        (Run("Please do not wait for an answer from this chat.", italic=True),),
    ]
    return chunk([tuple(paragraphs)], voice.max_chars)


#: Where the advice to call the care team about treatment problems comes from.
TODAY_SOURCE = (
    "NCI: Side Effects of Cancer Treatment",
    "https://www.cancer.gov/about-cancer/treatment/side-effects",
)


def today_messages(voice: Voice) -> list[str]:
    """The fixed note that comes before any answer when the care team should hear about a problem today."""
    title, url = TODAY_SOURCE
    section: Section = (
        _heading("Please call your care team today."),
        (
            Run(
                "What you describe is something your cancer care team wants to hear about today, not at "
                "the next visit. Call their number; after hours, use the on-call or after-hours line."
            ),
        ),
        (
            Run(
                f"If it gets worse, or there is trouble breathing, chest pain, fainting or a fever of "
                f"38 °C (100.4 °F) or higher, call {voice.emergency_number} or your care team's urgent "
                "number now."
            ),
        ),
        (Run("Source: "), Run(title, url=url)),
    )
    return chunk([section], voice.max_chars)


def crisis_messages(voice: Voice, *, at_home: bool = False) -> list[str]:
    """The fixed, warm reply to suicide, self-harm or wanting to die, or to someone hurt at home."""
    if at_home:
        return _danger_at_home_messages(voice)
    section: Section = (
        (
            Run(
                "I'm really sorry you're feeling this way. You matter, "
                "and you don't have to carry this alone."
            ),
        ),
        (
            Run(f"Please reach out now to {voice.crisis_line}. "),
            Run("They are there to listen, any time of day or night.", bold=True),
        ),
        (
            Run(
                f"If you might act on these thoughts or are in danger right now, call "
                f"{voice.emergency_number} or go to the nearest emergency department."
            ),
        ),
        (Run("Telling someone you trust, or your care team, can help too."),),
    )
    return chunk([section], voice.max_chars)


def _danger_at_home_messages(voice: Voice) -> list[str]:
    """Someone hurt, threatened or left without care at home: safety now, then people who help plan next."""
    section: Section = (
        (
            Run(
                "I'm so sorry. What you describe sounds frightening. Nobody should be hurt, threatened "
                "or left without care at home, and it is not their fault."
            ),
        ),
        (Run(f"If anyone is in danger right now, call {voice.emergency_number}.", bold=True),),
        (
            Run(
                f"To talk it through and make a plan to stay safe, reach out to {voice.danger_line}. "
                "They help the person being hurt and worried family and friends too."
            ),
        ),
        (
            Run(
                "The care team can help as well: their social worker or nurse can be told in private. "
                "If thoughts of ending your own life are part of this, please reach out to "
                f"{voice.crisis_line}."
            ),
        ),
    )
    return chunk([section], voice.max_chars)


def assumed_cancer_messages(cancer_name: str, source: str, voice: Voice) -> list[str]:
    """Say which cancer a follow-up was taken to be about, and how to change it."""
    where = "as in your last question" if source == "previous" else "the cancer you asked me to remember"
    section: Section = (
        (
            Run(
                f"I took this to be about {cancer_name}, {where}. To ask about another cancer, name it; "
                "/new starts a new conversation.",
                italic=True,
            ),
        ),
    )
    return chunk([section], voice.max_chars)


def clarify_messages(titles: Sequence[str], voice: Voice) -> list[str]:
    """Ask which of a few topics the person means."""
    if not titles:
        return chunk(
            [
                (
                    (
                        Run(
                            "Please type your question in a sentence, for example: "
                            "“What are the side effects of chemotherapy?”"
                        ),
                    ),
                )
            ],
            voice.max_chars,
        )
    section: Section = (
        (Run("I want to get this right. Which of these is closest to your question?"),),
        *((Run(f"{number}. {title}"),) for number, title in enumerate(titles, start=1)),
    )
    return chunk([section], voice.max_chars)


def out_of_scope_messages(voice: Voice) -> list[str]:
    """Say kindly what the bot can help with."""
    section: Section = (
        (Run("Sorry, I can only help with questions about cancer and cancer care."),),
        (
            Run(
                "You can ask me about a type of cancer, its symptoms, tests and stages, treatments such "
                "as chemotherapy, immunotherapy or CAR-T, side effects, clinical trials, eating well, "
                "coping, caregiving or costs. For example: “How does CAR-T cell therapy work for liver "
                "cancer?”"
            ),
        ),
    )
    return chunk([section], voice.max_chars)
