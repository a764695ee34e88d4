import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.content.files import ContentSet, content_digest, read_content
from bot.content.sync import labelled_questions
from nlp.taxonomy import Taxonomy
from tests.conftest import CONTENT_DIR


def test_project_content_passes_the_check(content: ContentSet) -> None:
    assert content.errors == []


def test_every_subject_has_a_general_answer_and_car_t_liver_exists(content: ContentSet) -> None:
    ids = {topic.id for topic in content.topics}
    taxonomy = Taxonomy.load(CONTENT_DIR / "taxonomy.tsv")
    assert {f"general.{subject}" for subject in taxonomy.subjects} <= ids
    assert "liver.car-t" in ids


def test_every_answer_names_sources_and_awaits_clinical_review(content: ContentSet) -> None:
    for topic in content.topics:
        assert topic.sources and all(s.url.startswith("https://") for s in topic.sources)
        if topic.review_level == "editorial":
            assert topic.reviewer is None, topic.id


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def _edit(path: Path, **changes: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_errors_name_the_file_and_the_field(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "liver" / "car-t.yaml"
    _edit(
        path,
        subject="car-tt",
        sources=[{"title": "x", "publisher": "y", "url": "http://insecure", "edition": "1"}],
    )
    errors = read_content(broken_copy).errors
    assert any(e.startswith("topics/liver/car-t.yaml: subject: 'car-tt' is not a subject id") for e in errors)
    assert any(
        e.startswith("topics/liver/car-t.yaml: sources[0].url: must be an https:// link") for e in errors
    )


def test_an_invented_reviewer_on_an_editorial_answer_is_refused(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "general" / "car-t.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["review"]["reviewer"] = "Dr. Nobody"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert any("review.reviewer: must be null" in e for e in read_content(broken_copy).errors)


def test_too_few_examples_and_duplicates_across_topics_are_reported(broken_copy: Path) -> None:
    liver = broken_copy / "topics" / "liver" / "car-t.yaml"
    general = yaml.safe_load((broken_copy / "topics" / "general" / "car-t.yaml").read_text(encoding="utf-8"))
    _edit(liver, examples=[general["examples"][0]])
    errors = read_content(broken_copy).errors
    assert any("topics/liver/car-t.yaml: examples: has 1; needs at least 20" in e for e in errors)
    assert any("is also in general.car-t" in e for e in errors)


def test_broken_yaml_is_reported_not_raised(broken_copy: Path) -> None:
    (broken_copy / "topics" / "general" / "car-t.yaml").write_text("id: [unclosed", encoding="utf-8")
    errors = read_content(broken_copy).errors
    assert any(e.startswith("topics/general/car-t.yaml: yaml:") for e in errors)


def test_held_out_sets_must_never_be_trained_on(broken_copy: Path) -> None:
    training = (broken_copy / "training" / "emergency.txt").read_text(encoding="utf-8").splitlines()[0]
    with (broken_copy / "eval" / "safety.tsv").open("a", encoding="utf-8") as handle:
        handle.write(f"{training}\temergency\tchemo-fever\n")
    with (broken_copy / "training" / "extra.tsv").open("w", encoding="utf-8") as handle:
        handle.write("a line with a made-up label\tnot-a-label\tgeneral\n")
    errors = read_content(broken_copy).errors
    assert any(e.startswith("eval/safety.tsv:") and "is also a training example" in e for e in errors)
    assert any(e.startswith("training/extra.tsv: line 1:") and "not-a-label" in e for e in errors)


def test_subject_only_lines_are_read_apart_and_may_not_teach_urgency(broken_copy: Path) -> None:
    folder = broken_copy / "training" / "subject"
    folder.mkdir(exist_ok=True)
    taught = (broken_copy / "training" / "out-of-scope.txt").read_text(encoding="utf-8").splitlines()[-1]
    (folder / "extra.tsv").write_text(
        "# calm lines for the subject model\n"
        "my sister's hair is coming out in clumps since the taxol, what helps\tside-effects\tgeneral\n"
        "my cat will not eat her biscuits\tout-of-scope\tgeneral\n"
        "my dad is on the floor and not answering me\temergency\tgeneral\n"
        f"{taught}\tout-of-scope\tgeneral\n",
        encoding="utf-8",
    )
    content = read_content(broken_copy)
    texts = {row.text for row in content.subject_only_lines}
    assert {
        "my sister's hair is coming out in clumps since the taxol, what helps",
        "my cat will not eat her biscuits",
    } <= texts
    assert not any("hair is coming out in clumps" in row.text for row in content.labelled_lines)
    assert any(
        e.startswith("training/subject/extra.tsv: line 4:") and "safety label" in e for e in content.errors
    )
    assert any(
        e.startswith("training/subject:") and "is also a training example" in e for e in content.errors
    )
    questions = {q.text: q for q in labelled_questions(content)}
    assert not questions["my cat will not eat her biscuits"].teaches_safety
    assert questions[content.labelled_lines[0].text].teaches_safety


def test_the_safety_sets_have_every_level_and_the_written_apart_sizes(content: ContentSet) -> None:
    test = content.safety_sets["safety"]
    levels = [row.level for row in test]
    assert len(test) >= 600
    assert (levels.count("emergency"), levels.count("crisis")) >= (250, 150)
    assert levels.count("today") >= 100 and levels.count("none") >= 150
    assert {row.level for row in content.safety_sets["safety-dev"]} == {
        "emergency",
        "crisis",
        "today",
        "none",
    }


def _source(url: str, **extra: object) -> dict[str, object]:
    return {"title": "A page", "publisher": "Someone", "url": url, "accessed": "2026-11-26", **extra}


def test_trade_press_api_links_stale_nccn_books_and_hard_summaries_are_caught(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "liver" / "car-t.yaml"
    _edit(
        path,
        summary=(
            "Chimeric antigen receptor T-cell immunotherapy, an individualized autologous cellular treatment, "
            "remains investigational for hepatocellular carcinoma, notwithstanding considerable preliminary "
            "enthusiasm regarding glypican-3-directed constructs."
        ),
        sources=[
            _source("https://www.onclive.com/view/fda-approves-a-drug"),
            _source("https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22x%22"),
            _source(
                "https://www.nccn.org/patientresources/patient-resources/guidelines-for-patients",
                edition="2021",
            ),
            _source("https://www.cancer.gov/types/liver"),
        ],
    )
    content = read_content(broken_copy, today=date(2026, 12, 4))
    mine = [e for e in content.errors if e.startswith("topics/liver/car-t.yaml")]
    assert any("sources[0].url: www.onclive.com is not a primary source" in e for e in mine)
    assert any("sources[1].url:" in e and "API or JSON endpoint" in e for e in mine)
    assert any(e.startswith("topics/liver/car-t.yaml: summary: reads at grade") for e in mine)
    assert not any("sources[3]" in e for e in mine)
    assert any("sources[2].edition: NCCN book edition 2021" in w for w in content.warnings)


def test_a_stated_reason_admits_a_source_but_every_source_needs_an_accessed_date(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "liver" / "car-t.yaml"
    undated = _source("https://www.cancer.gov/types/liver")
    del undated["accessed"]
    _edit(
        path,
        sources=[_source("https://988lifeline.org/", reason="the line's own page"), undated],
    )
    errors = [e for e in read_content(broken_copy).errors if e.startswith("topics/liver/car-t.yaml")]
    assert not any("sources[0]" in e for e in errors)
    assert (
        "topics/liver/car-t.yaml: sources[1].accessed: is missing: the date (YYYY-MM-DD) an editor last"
        in errors[0]
    )


def test_a_trial_cited_as_open_must_have_been_checked_within_90_days(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "liver" / "car-t.yaml"
    trial = _source("https://clinicaltrials.gov/study/NCT05003895", recruiting=True, accessed="2026-08-01")
    _edit(path, sources=[trial])
    assert read_content(broken_copy, today=date(2026, 10, 1)).dated == []
    late = read_content(broken_copy, today=date(2026, 12, 4))
    assert not any(e.startswith("topics/liver/car-t.yaml: sources") for e in late.errors)
    assert any("cited as open but was last checked on 2026-08-01" in e for e in late.dated)


def test_drug_answers_are_due_for_review_within_six_months(broken_copy: Path) -> None:
    path = broken_copy / "topics" / "liver" / "car-t.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["review"]["next_review_on"] = data["review"]["reviewed_on"].replace(
        year=data["review"]["reviewed_on"].year + 1
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    errors = read_content(broken_copy).errors
    assert any(
        e.startswith("topics/liver/car-t.yaml: review.next_review_on: drug and approval") for e in errors
    )


def test_a_running_bot_keeps_what_it_serves_and_the_development_sets_only(content: ContentSet) -> None:
    serving = content.for_serving()
    assert serving.topics == content.topics and serving.cancers == content.cancers
    assert serving.services == content.services
    assert serving.eval_rows == content.eval_rows and serving.eval_rows
    assert list(serving.safety_sets) == ["safety-dev"]
    assert not serving.labelled_lines and not serving.special_examples and not serving.follow_up_sets
    assert content.labelled_lines  # the set read from disk is left whole


def test_the_digest_changes_with_any_file_and_only_then(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    first = content_digest(root)
    assert content_digest(root) == first
    with (root / "training" / "out-of-scope.txt").open("a", encoding="utf-8") as lines:
        lines.write("what time does the garden centre open on sundays\n")
    assert content_digest(root) != first


def test_a_server_reads_the_same_served_content_as_a_full_read_keeps(content: ContentSet) -> None:
    served = read_content(CONTENT_DIR, serving=True)
    kept = content.for_serving()
    assert served.errors == []
    assert served.topics == kept.topics
    assert served.cancers == kept.cancers
    assert served.services == kept.services
    assert served.eval_sets == kept.eval_sets and served.eval_rows
    assert served.safety_sets == kept.safety_sets and served.safety_sets["safety-dev"]
    assert served.labelled_lines == [] and served.special_examples == {}
