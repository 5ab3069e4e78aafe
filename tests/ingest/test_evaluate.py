from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from graph.model import Claim, Extraction, Person, Prediction, Source, source_id, text_hash
from ingest.directory import Directory
from ingest.evaluate import PRF, Gold, GoldClaim, check_gold, gold_from_curated, load_gold, score, score_one
from ingest.extract import extract_many
from ingest.read import read_source

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "tsn-2022-12-20-putin-minsk.yaml"
TEXT = "A said one thing. Then a second thing. B said more."


def _extraction(spans: list[tuple[int, int, str, bool]]) -> Extraction:
    src = Source(source_id(None, TEXT), TEXT)
    people = tuple(Person(f"person:{n.lower()}", n) for n in {s[2] for s in spans})
    claims = tuple(
        Claim(f"c{i}", src.id, f"person:{n.lower()}", TEXT[a:b], a, b, True,
              prediction=Prediction("p", f"c{i}", "e") if p else None)
        for i, (a, b, n, p) in enumerate(spans)
    )
    return Extraction(src, claims, people)


def _gold(claims: list[GoldClaim]) -> Gold:
    return Gold(Path("x"), text_hash(TEXT), None, None, tuple(claims))


def test_splitting_a_quote_is_not_punished_and_a_wrong_speaker_is() -> None:
    gold = _gold([GoldClaim(0, 38, ("A",), True), GoldClaim(39, 51, ("B",))])
    split = score_one(_extraction([(0, 17, "A", True), (18, 38, "A", False), (39, 51, "A", False)]), gold)
    assert (split.attribution.correct_found, split.attribution.found) == (2, 3)
    assert (split.attribution.gold_found, split.attribution.gold) == (1, 2)
    assert split.prediction == PRF(1, 1, 1, 1)


def test_prf_edge_cases() -> None:
    assert PRF().precision == 1.0 and PRF(0, 2, 0, 2).f1 == 0.0
    assert PRF(1, 2, 1, 1).f1 == pytest.approx(2 / 3)


def test_gold_is_paired_by_text_hash() -> None:
    other = Gold(Path("y"), "0" * 64, None, None, (GoldClaim(0, 5, ("A",)),))
    assert score([_extraction([(0, 17, "A", False)])], [other]).attribution.found == 0


def test_reference_article_meets_the_targets(seed_path: Path, nlp: Language, directory: Directory) -> None:
    gold = load_gold(GOLD)
    source = read_source(seed_path, published=gold.published, publisher=gold.publisher)
    assert gold.source == seed_path.resolve()
    assert check_gold(gold, source.text) == []
    extraction = next(extract_many([source], directory, nlp))
    scores = score([extraction], [gold])
    print(scores.summary())
    assert scores.attribution.precision >= 0.90 and scores.attribution.recall >= 0.90, scores.misses
    assert scores.prediction.precision >= 0.85 and scores.prediction.recall >= 0.85, scores.misses
    assert scores.windows_right == scores.windows
    for claim in extraction.claims:
        assert source.text[claim.start : claim.end] == claim.text
    experts = {p.name: (p.role, p.affiliation) for p in extraction.people}
    assert experts["Yevhen Magda"][1] == "Institute of World Politics"
    assert "ambassador of ukraine to belarus" in (experts["Roman Bezsmertnyi"][0] or "").lower()
    assert experts["Alexandru Musteata"][1] == "Information and Security Service of Moldova"
    assert {o.name for o in extraction.organisations} == {"Institute for the Study of War", "Center of National Resistance"}


def test_reference_article_speakers_from_the_text_alone(seed_path: Path, nlp: Language, no_directory: Directory) -> None:
    """Without data/people.yaml, unknown speakers still come out with role and affiliation."""
    source = read_source(seed_path, published=date(2022, 12, 20), publisher="TSN.ua")
    extraction = next(extract_many([source], no_directory, nlp))
    people = {p.name: (p.role, p.affiliation) for p in extraction.people}
    assert people["Yevhen Magda"] == ("director", "Institute of World Politics")
    assert people["Alexandru Mustiatse"] == ("head", "Information and Security Service of Moldova")
    assert people["Roman Bezsmertny"] == ("former ambassador of Ukraine to Belarus", None)
    assert "American Institute for the Study of War" in {o.name for o in extraction.organisations}


CURATED = sorted((REPO / "data" / "claims").glob("*.yaml"))


@pytest.mark.skipif(not CURATED, reason="no curated sample claims in data/claims")
def test_sample_articles_meet_the_targets(nlp: Language, directory: Directory) -> None:
    golds = [gold_from_curated(path) for path in CURATED]
    assert all(not g.missing for g in golds), [g.missing for g in golds]
    extractions = extract_many([read_source(g.source) for g in golds], directory, nlp)
    scores = score(extractions, golds)
    print(scores.summary())
    assert scores.attribution.precision >= 0.90 and scores.attribution.recall >= 0.90, scores.misses
    assert scores.prediction.precision >= 0.85 and scores.prediction.recall >= 0.85, scores.misses
