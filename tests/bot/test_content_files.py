import shutil
from pathlib import Path

import pytest
import yaml

from bot.content_files import ContentSet, read_content
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
