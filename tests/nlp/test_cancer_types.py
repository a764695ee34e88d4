import pytest

from nlp.cancer_types import CancerGazetteer, mentions_cancer_domain

gazetteer = CancerGazetteer()


@pytest.mark.parametrize(
    ("text", "cancer"),
    [
        ("How does CAR-T cell therapy work for liver cancer?", "liver"),
        ("my dad was just diagnosed with HCC", "liver"),
        ("what is cholangiocarcinoma", "liver"),
        ("Is NSCLC curable?", "lung"),
        ("my PSA went up again", "prostate"),
        ("prostrate cancer treatment", "prostate"),
        ("my wife has triple negative", "breast"),
        ("her pathology says IDC, grade 2", "breast"),
        ("he has gastric adenocarcinoma and they gave trastuzumab, the breast cancer drug", "stomach"),
        ("a lymph node cancer in his tummy, what happens next", "lymphoma"),
        ("the urologist said TCC, what is that", "bladder"),
        ("side effects of Gleevec", "leukemia"),
        ("mom has CLL, what now", "leukemia"),
        ("He has B-ALL and starts chemo", "leukemia"),
        ("what is a glioblastoma", "brain"),
        ("throat cancer from HPV", "head-and-neck"),
        ("my M-spike is rising", "myeloma"),
        ("non hodgkins lymphoma stages", "lymphoma"),
        ("is pancreatic cancer hereditary", "pancreatic"),
        ("leukaemia in children", "leukemia"),
        ("what does a lymphomma look like on a scan", "lymphoma"),  # typo
        ("ovarain cancer symptoms", "ovarian"),  # typo
        ("colon cancer that spread to the liver", "colorectal"),
        ("breast cancer with liver mets", "breast"),
        ("a mole that changed colour", "melanoma"),
        ("osteosarcoma in teens", "sarcoma"),
        ("the scan found a tumour at the back of her tongue", "head-and-neck"),
        ("felt a small hard lump near my right breast this morning", "breast"),
        ("his MRI came back PI-RADS 5, what happens now", "prostate"),
        ("how often should a woman my age have a pap", "cervical"),
        # A drug used for one cancer only implies it: a name in the same message wins, wherever it stands.
        ("why would they use anastrozole for an ovarian tumour", "ovarian"),
        ("imatinib for years now for his GIST", "sarcoma"),
        # A name outranks an organ word that happens to stand near a word for a tumour.
        ("a lump at the front of her neck, could it be her thyroid", "thyroid"),
        ("bone pain from his prostate cancer, does radiation help", "prostate"),
        # run-together words, results and tests named the way letters and clinics name them
        ("my aunt was just told she has pancreascancer, what now", "pancreatic"),
        ("the PET after two cycles came back Deauville 3, is that good?", "lymphoma"),
        ("the needle test on her nodule was Bethesda 5", "thyroid"),
        ("his prostate treatment stopped working, they now call it castrate resistant", "prostate"),
        ("my mum's is high grade serous and they talk about a PARP pill", "ovarian"),
        ("she is ER positive and they offered goserelin to switch off her ovaries", "breast"),
        ("what does a recurrence score of 22 mean for chemo", "breast"),
        ("he had a right hemicolectomy in March and the surgeon wants scans every 6 months", "colorectal"),
        ("the surgeon plans to remove the upper lobe on his left side, how long is recovery", "lung"),
        ("the haematologist said it might be mylo ma, is that a blood cancer", "myeloma"),
    ],
)
def test_detects_the_cancer_a_question_is_about(text: str, cancer: str) -> None:
    mention = gazetteer.detect(text)
    assert mention is not None
    assert mention.cancer == cancer


@pytest.mark.parametrize(
    "text",
    [
        "how do I cope with brain fog after chemo",
        "mouth sores during treatment",
        "I ALL OF A SUDDEN FEEL TIRED",
        "what is the best diet during treatment",
        "I can't catch my breath when I walk",
        "how much does treatment cost",
        # an organ named for how it works, not for a tumour in it
        "his kidney function dropped after the last cycle, can they still give it",
        "my thyroid is underactive since the immunotherapy, will it recover",
        "she has lost bladder control since the operation",
        "he had a kidney transplant in 2015, will the anti-rejection pills matter for his chemo",
        "the team keeps up the momentum with weekly calls",
    ],
)
def test_names_no_cancer_where_there_is_none(text: str) -> None:
    assert gazetteer.detect(text) is None


def test_the_place_a_cancer_spread_to_is_not_its_type() -> None:
    assert gazetteer.detect("the cancer has now spread to his bones and lungs") is None
    assert gazetteer.detect("what if the cancer spreads to her bones") is None


def test_typo_tolerance_is_marked() -> None:
    mention = gazetteer.detect("my aunt has ovarain cancer")
    assert mention is not None and mention.fuzzy


def test_domain_words_are_recognised() -> None:
    assert mentions_cancer_domain("side effects of chemo", gazetteer)
    assert not mentions_cancer_domain("what's the weather in Paris", gazetteer)
