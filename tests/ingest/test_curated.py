"""Curated YAML: validated with the file and line of the first problem."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from graph.errors import InputError
from ingest.curated import read_curated

ARTICLE = (
    "Kyiv, 20 December. The commander-in-chief said a new offensive could begin in February. "
    "\u201cWe are ready,\u201d he added. Analysts of the Institute for the Study of War believe "
    "Russia is preparing a new stage of the war."
)

GOOD = """\
source:
  text: "{article}"
  url: https://example.org/sample
  publisher: claimgraph samples
  published: 2022-12-20
claims:
  - speaker:
      name: Valery Zaluzhny
      kind: person
      role: Commander-in-Chief of the Armed Forces of Ukraine
      affiliation: Armed Forces of Ukraine
    text: a new offensive could begin in February
    direct: false
    cue: said
    about: [Ukraine, Kiev]
    prediction:
      event: Russia launches a new offensive
      horizon: in February
      window_start: 2023-02-01
      window_end: 2023-02-28
      probability: 0.4
      probability_words: could
  - speaker:
      name: ISW
      kind: organisation
    text: Russia is preparing a new stage of the war
    direct: false
    cue: believe
"""


def write(tmp_path: Path, body: str, name: str = "claims.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body.replace("{article}", ARTICLE.replace('"', '\\"')), encoding="utf-8")
    return path


def test_a_good_file_gives_claims_with_exact_offsets(tmp_path: Path) -> None:
    extraction = read_curated(write(tmp_path, GOOD))
    assert extraction.source.published == date(2022, 12, 20)
    assert len(extraction.claims) == 2
    for claim in extraction.claims:
        assert extraction.source.text[claim.start : claim.end] == claim.text
    first = extraction.claims[0]
    assert first.prediction is not None
    assert first.prediction.window_end == date(2023, 2, 28)


def test_speakers_and_entities_are_canonicalised_through_the_directory(tmp_path: Path) -> None:
    extraction = read_curated(write(tmp_path, GOOD))
    assert [p.name for p in extraction.people] == ["Valerii Zaluzhnyi"]
    assert extraction.claims[0].speaker_id == "person:valerii-zaluzhnyi"
    assert extraction.claims[1].speaker_id == "org:institute-for-the-study-of-war"
    assert "entity:kyiv" in extraction.claims[0].about
    assert "Armed Forces of Ukraine" in {o.name for o in extraction.organisations}


def test_ids_are_stable(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert read_curated(path) == read_curated(path)


@pytest.mark.parametrize(
    "change, line, message",
    [
        (("      kind: person\n", "      kind: human\n"), 9, "claims[0].speaker.kind: Input should be 'person' or 'organisation'"),
        (("    direct: false\n    cue: said\n", "    cue: said\n"), 7, "claims[0].direct: Field required"),
        (("      window_start: 2023-02-01", "      window_start: 2023-03-01"), 16, "claims[0].prediction: window_start is after window_end"),
        (("    cue: believe\n", "    cue: believe\n    mood: sure\n"), 29, "claims[1].mood: Extra inputs are not permitted"),
        (("      probability: 0.4", "      probability: 4"), 21, "claims[0].prediction.probability: Input should be less than or equal to 1"),
        (("    text: a new offensive could begin in February", "    text: a new offensive could begin in May"), 12, "claims[0].text: not found in the article"),
        (("  published: 2022-12-20", "  published: 2022-13-20"), 5, "source.published: Input should be a valid date"),
    ],
)
def test_bad_files_name_the_file_line_and_problem(tmp_path: Path, change: tuple[str, str], line: int, message: str) -> None:
    assert change[0] in GOOD
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(InputError) as caught:
        read_curated(path)
    assert str(caught.value).startswith(f"{path}:{line}: {message}")


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "source:\n  text: [unclosed\nclaims: []\n")
    with pytest.raises(InputError, match=rf"^{path}:\d+: invalid YAML"):
        read_curated(path)


def test_a_missing_article_file_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "source:\n  article: nowhere.txt\nclaims: []\n")
    with pytest.raises(InputError) as caught:
        read_curated(path)
    assert str(caught.value) == f"{path}:2: source.article: no such file nowhere.txt"


# A curated cue (and the speaker's name) found once on the claim's lines gives
# the claim its audit offsets; not found, or found twice, gives none.
@pytest.mark.parametrize(
    "article, claim, cue, expected_cue, expected_mention",
    [
        ("Mirela Dobos said that prices will fall.", "prices will fall", "said that", "said that", "Mirela Dobos"),
        ("According to Dobos, prices will fall.", "prices will fall", "according to", "According to", "Dobos"),
        ("Dobos said it, and Dobos said that prices will fall.", "prices will fall", "said", None, None),
        ("Mirela Dobos told reporters that prices will fall.", "prices will fall", "told ... that", None, "Mirela Dobos"),
        ("Mirela Dobos said so.\nPrices will fall, she said.", "Prices will fall", "said", "said", None),
    ],
)
def test_curated_cue_and_speaker_are_located_near_the_claim(
    tmp_path: Path, article: str, claim: str, cue: str, expected_cue: str | None, expected_mention: str | None
) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(dedent(f"""\
        source:
          text: {json.dumps(article)}
        claims:
          - speaker: {{name: Mirela Dobos, kind: person}}
            text: {claim}
            direct: false
            cue: {cue}
        """), encoding="utf-8")
    record = read_curated(path).claims[0]
    found = None if record.cue_start is None else article[record.cue_start : record.cue_end]
    assert found == expected_cue
    assert record.mention == expected_mention
    if expected_mention:
        assert article[record.mention_start : record.mention_end] == expected_mention  # type: ignore[misc]


def test_a_curated_prediction_keeps_its_kind_and_condition(tmp_path: Path) -> None:
    body = GOOD.replace("      probability_words: could\n",
                        "      probability_words: could\n      kind: intention\n      condition: if the ground freezes\n")
    prediction = read_curated(write(tmp_path, body)).claims[0].prediction
    assert prediction is not None and (prediction.kind, prediction.condition) == ("intention", "if the ground freezes")
    default = read_curated(write(tmp_path, GOOD, "plain.yaml")).claims[0].prediction
    assert default is not None and (default.kind, default.condition) == ("forecast", None)
    with pytest.raises(InputError, match=r"claims\[0\]\.prediction\.kind"):
        read_curated(write(tmp_path, body.replace("kind: intention", "kind: hope"), "bad.yaml"))


def test_a_curated_claim_may_make_several_predictions_in_order(tmp_path: Path) -> None:
    several = GOOD.replace(
        "    prediction:\n      event: Russia launches a new offensive\n",
        "    predictions:\n      - event: Russia launches a new offensive\n",
    ).replace(
        "      probability_words: could\n",
        "        probability_words: could\n      - event: Belarus joins the offensive\n        negated: true\n",
    )
    for field in ("horizon", "window_start", "window_end", "probability"):
        several = several.replace(f"\n      {field}:", f"\n        {field}:")
    claim = read_curated(write(tmp_path, several)).claims[0]
    assert [(p.event, p.negated) for p in claim.predictions] == [
        ("Russia launches a new offensive", False), ("Belarus joins the offensive", True)]
    assert claim.predictions[1].id == claim.predictions[0].id + "-2"
    both = GOOD.replace("    prediction:\n", "    predictions: [{event: Belarus joins the offensive}]\n    prediction:\n")
    with pytest.raises(InputError, match="either prediction or predictions"):
        read_curated(write(tmp_path, both, "both.yaml"))
