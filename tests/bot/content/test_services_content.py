"""content/services.yaml: the project's file passes the check; broken links, unknown cancers and repeats fail."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.files import ContentSet, read_content
from bot.content.help_check import parse_services
from bot.content.help_directory import HelpDirectory
from nlp.taxonomy import GENERAL, Taxonomy
from tests.conftest import CONTENT_DIR

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load(CONTENT_DIR / "taxonomy.tsv")


@pytest.fixture
def good() -> dict[str, Any]:
    """The project's own file, as data."""
    data: dict[str, Any] = yaml.safe_load((CONTENT_DIR / "services.yaml").read_text(encoding="utf-8"))
    return data


def test_the_project_file_passes_and_covers_every_cancer_type(content: ContentSet) -> None:
    assert not [e for e in content.errors if e.startswith("services.yaml")]
    support = HelpDirectory.build(content.services)
    assert [s.name for s in support.helplines] == [
        "NCI Cancer Information Service",
        "American Cancer Society helpline",
    ]
    assert support.helplines[0].phone == "1-800-4-CANCER (1-800-422-6237)"
    assert support.helplines[1].phone == "1-800-227-2345"
    assert {s.url for s in support.trials} == {
        "https://www.cancer.gov/research/participate/clinical-trials-search",
        "https://clinicaltrials.gov/",
    }
    assert support.financial
    for cancer in set(content.taxonomy.cancers) - {GENERAL}:
        assert 1 <= len(support.organisations(cancer)) <= 3, cancer
    assert all(s.url.startswith("https://") for s in content.services)


def test_the_good_file_passes_as_data(good: dict[str, Any], taxonomy: Taxonomy) -> None:
    errors: list[str] = []
    services = parse_services(good, taxonomy, errors, today=TODAY)
    assert errors == []
    assert len({s.key for s in services}) == len(services)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["helplines"][0].update(url="http://www.cancer.gov/contact"),
            "helplines[0].url: must be an https://",
        ),
        (lambda d: d["trials"][1].update(url="clinicaltrials.gov"), "trials[1].url: must be an https://"),
        (lambda d: d["helplines"][0].update(chat_url="javascript:alert(1)"), "helplines[0].chat_url"),
        (
            lambda d: d["organisations"].update(appendix=d["organisations"]["liver"]),
            "'appendix' is not a cancer id",
        ),
        (
            lambda d: d["organisations"]["breast"].append(dict(d["organisations"]["breast"][0])),
            "listed twice",
        ),
        (lambda d: d["financial"][0].pop("accessed"), "financial[0].accessed: is missing"),
        (lambda d: d["financial"][0].update(accessed="2027-01-01"), "is in the future"),
        (lambda d: d["trials"][0].update(ofer="typo"), "trials[0].ofer: is not a field"),
        (
            lambda d: d["organisations"]["liver"].extend(
                [{**d["organisations"][c][0]} for c in ("lung", "kidney", "brain")]
            ),
            "at most 3",
        ),
        (lambda d: d.pop("helplines"), "helplines: must be a list"),
        (lambda d: d["helplines"][1].update(phone="call <b>now</b>"), "helplines[1].phone"),
    ],
)
def test_a_bad_entry_fails_with_the_file_and_field(
    good: dict[str, Any], taxonomy: Taxonomy, change: Any, expected: str
) -> None:
    change(good)
    errors: list[str] = []
    parse_services(good, taxonomy, errors, today=TODAY)
    assert any(e.startswith("services.yaml: ") and expected in e for e in errors), errors


def test_the_content_check_fails_on_a_broken_services_file(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    path = root / "services.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["trials"][0]["url"] = "ftp://example.org/trials"
    data["organisations"]["pancreas"] = data["organisations"].pop("pancreatic")
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    errors = [e for e in read_content(root, today=TODAY).errors if e.startswith("services.yaml")]
    assert any("trials[0].url: must be an https:// link" in e for e in errors)
    assert any("organisations.pancreas: 'pancreas' is not a cancer id" in e for e in errors)
    path.unlink()
    assert "services.yaml: file: is missing" in read_content(root, today=TODAY).errors
