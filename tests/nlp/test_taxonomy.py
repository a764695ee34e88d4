from pathlib import Path

import pytest

from nlp.taxonomy import Taxonomy, TaxonomyError
from tests.conftest import CONTENT_DIR


def test_project_taxonomy_has_the_shared_ids_and_its_own() -> None:
    taxonomy = Taxonomy.load(CONTENT_DIR / "taxonomy.tsv")
    assert len(taxonomy.subjects) == 26  # the shared file has 26 subjects (the issues say 27)
    assert len(taxonomy.cancers) == 23  # the shared 21 cancer types, keratinocyte skin cancers, "general"
    assert "skin" in taxonomy.cancers and "melanoma" in taxonomy.cancers
    assert taxonomy.specials == ("out-of-scope", "emergency", "crisis", "today")
    assert "car-t" in taxonomy.subjects and "liver" in taxonomy.cancers


def test_malformed_taxonomy_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.tsv"
    path.write_text("subject\toverview\tbasics\nsubject\toverview\tagain\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"taxonomy.tsv:2: duplicate id 'overview'"):
        Taxonomy.load(path)
