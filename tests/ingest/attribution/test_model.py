"""The shipped attribution model: it loads, matches its config, tags sentences, keeps the rules' annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.util import load_config

from graph.errors import ModelMissing
from ingest.attribution.model import (
    SHIPPED,
    AttributionSpan,
    group,
    load_attribution,
    score_folders,
    spans_of,
    tag_texts,
)

REPO = Path(__file__).resolve().parents[3]
CONFIG = REPO / "tools" / "attribution" / "configs" / "own_tok2vec.cfg"
POLNEAR_DEV = REPO.parent / "shared" / "corpus" / "polnear" / "dev"


@pytest.fixture(scope="module")
def attribution() -> Language:
    return load_attribution()


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="no trained attribution model"):
        load_attribution(tmp_path)


@pytest.mark.parametrize("section", ["training", "components.attribution", "system"])
def test_shipped_model_was_trained_with_the_tools_config(attribution: Language, section: str) -> None:
    tools = load_config(CONFIG, interpolate=True)
    shipped = attribution.config.interpolate()
    for key in section.split("."):
        tools, shipped = tools[key], shipped[key]
    assert _written(tools, shipped) == tools  # every value the tools' config sets; spaCy fills in the rest


def _written(tools: object, shipped: object) -> object:
    if isinstance(tools, dict) and isinstance(shipped, dict):
        return {key: _written(value, shipped.get(key)) for key, value in tools.items()}
    return shipped


def test_shipped_pipeline_is_en_core_web_sm_plus_attribution(attribution: Language, nlp: Language) -> None:
    assert [name for name in attribution.pipe_names if name != "attribution"] == nlp.pipe_names
    assert "attribution" in attribution.pipe_names


#: A content before its cue is missed in a paragraph this short: the tagger reads left to right and its
#: own token vectors see four tokens either side, so at "Inflation" nothing says a cue is coming.
_BEFORE_CUE = pytest.mark.xfail(strict=True, reason="content before its cue, no longer context: known limit")

SENTENCES = [
    pytest.param("Inflation will drop to 2% next year, the economist said.",
                 "Inflation will drop to 2% next year", "said", "the economist", marks=_BEFORE_CUE),
    ("The economist said that inflation will drop to 2% next year.",
     "inflation will drop to 2% next year", "said", "The economist"),
    ("The company said that it would close two factories in the spring.",
     "it would close two factories in the spring", "said", "The company"),
    ("\u201cWe will not raise taxes,\u201d the senator told reporters on Monday.",
     "We will not raise taxes", "told", "the senator"),
    pytest.param("According to the ministry, the new bridge will open in March.",
                 "the new bridge will open in March", "According to", "the ministry", marks=_BEFORE_CUE),
]


def _covers(spans: list[AttributionSpan], label: str, text: str, phrase: str) -> bool:
    start = text.index(phrase)
    chars = {i for s in spans if s.label == label for i in range(s.start, s.end)}
    return 2 * len(chars & set(range(start, start + len(phrase)))) >= len(phrase)


@pytest.mark.parametrize("text, content, cue, source", SENTENCES)
def test_model_tags_content_cue_and_source(attribution: Language, text: str, content: str, cue: str,
                                           source: str) -> None:
    spans = next(tag_texts([text], attribution))
    assert _covers(spans, "CONTENT", text, content)
    assert _covers(spans, "CUE", text, cue)
    assert _covers(spans, "SOURCE", text, source)
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_relations_pair_a_content_with_its_cue_and_source(attribution: Language) -> None:
    text = "The economist said that inflation will drop to 2% next year."
    (relation,) = group(next(tag_texts([text], attribution)))
    assert (relation.cue and relation.cue.text, relation.source and relation.source.text) == ("said", "The economist")


def test_group_takes_the_nearest_cue_and_its_source() -> None:
    spans = [AttributionSpan("SOURCE", 0, 3, "Ann"), AttributionSpan("CUE", 4, 8, "said"),
             AttributionSpan("CONTENT", 9, 20, "x"), AttributionSpan("SOURCE", 40, 43, "Bob"),
             AttributionSpan("CUE", 44, 50, "argued"), AttributionSpan("CONTENT", 51, 60, "y")]
    relations = group(spans)
    assert [(r.content.text, r.cue and r.cue.text, r.source and r.source.text) for r in relations] == [
        ("x", "said", "Ann"), ("y", "argued", "Bob")]


@pytest.mark.parametrize("text", [
    "The minister said on Friday in Berlin that the talks with Google would resume.",
    "Prices rose by 3% in May, according to the statistics office in Ottawa.",
])
def test_the_rules_see_the_same_tags_parse_and_entities(attribution: Language, nlp: Language, text: str) -> None:
    ours, theirs = attribution(text), nlp(text)
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in ours] == [
        (t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in theirs]
    assert spans_of(ours)  # and the attribution spans come on top


@pytest.mark.parametrize("text", [
    "The analyst Marta Holm expects the front line to stabilise by mid-2025.",
    "The defence ministry wants to mobilise more troops and to organise new brigades.",
])
def test_british_spellings_are_normalised_as_en_core_web_sm_does(attribution: Language, nlp: Language, text: str) -> None:
    # The sourced components read NORM through en_core_web_sm's lexeme_norm table ("stabilise" -> "stabilize");
    # without it the shipped pipeline tagged "stabilise" a noun and lost the rules' claim.
    assert attribution.vocab["stabilise"].norm_ == nlp.vocab["stabilise"].norm_ == "stabilize"
    ours, theirs = attribution(text), nlp(text)
    assert [(t.tag_, t.dep_, t.head.i) for t in ours] == [(t.tag_, t.dep_, t.head.i) for t in theirs]


def test_polnear_dev_content_f1_floor(attribution: Language) -> None:
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"PolNeAR dev not found at {POLNEAR_DEV} (the shared/ folder is not beside the repo)")
    scores = score_folders([POLNEAR_DEV], attribution)
    assert scores["CONTENT"].f1 >= 0.73, scores["CONTENT"].summary()  # measured 0.758 when shipped


def test_shipped_model_is_inside_the_package() -> None:
    assert SHIPPED.parent.name == "attribution" and (SHIPPED / "config.cfg").is_file()
