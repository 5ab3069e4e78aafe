from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from graph.errors import InputError
from ingest.predictions import detect_prediction
from ingest.probability import find_likelihood, load_scale, probability_of, use_scale


@pytest.mark.parametrize(
    "words, expected",
    [("almost no chance", 0.03), ("very unlikely", 0.125), ("unlikely", 0.325), ("roughly even chance", 0.5), ("likely", 0.675),
     ("very likely", 0.875), ("almost certainly", 0.97), ("very high", 0.875), ("may", 0.5), ("did not rule out", 0.325),
     ("Don't rule out", 0.325), ("perchance", None)],
)
def test_probability_of(words: str, expected: float | None) -> None:
    assert probability_of(words) == expected


@pytest.mark.parametrize(
    "text, words",
    [("the probability is currently very high", "very high"), ("I do not rule out the south", "do not rule out"),
     ("an attack is very unlikely", "very unlikely"), ("Russia is likely to attack", "likely"), ("nothing here", None)],
)
def test_find_likelihood(text: str, words: str | None) -> None:
    found = find_likelihood(text)
    assert (found.words if found else None) == words


def test_the_packaged_scale_is_icd_203_with_defaults() -> None:
    scale = load_scale()
    assert scale.name == "ICD 203" and scale.path.endswith("probability.yaml")
    assert scale.default("will") is not None and scale.default("will").probability == 0.875  # type: ignore[union-attr]
    assert scale.lookup("expect") == 0.675 and scale.lookup("intention") == 0.675 and scale.lookup("likely") == 0.675


MY_SCALE = """
name: Two bands
bands:
  low: {low: 0.0, high: 0.4}
  high: {low: 0.6, high: 1.0}
terms:
  likely: high
  may: low
defaults:
  will: high
"""


def test_a_users_own_scale_overrides_the_packaged_one(tmp_path: Path) -> None:
    path = tmp_path / "scale.yaml"
    path.write_text(MY_SCALE, encoding="utf-8")
    scale = load_scale(path)
    assert scale.describe() == f"Two bands ({path})"
    assert probability_of("likely", scale) == 0.8 and scale.lookup("will") == 0.8
    assert probability_of("likely") == 0.675  # the packaged scale is untouched
    with use_scale(scale):
        assert probability_of("likely") == 0.8 and probability_of("very likely") is None
    assert probability_of("likely") == 0.675


def test_the_scale_in_use_sets_the_default_of_a_bare_will(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "scale.yaml"
    path.write_text(MY_SCALE, encoding="utf-8")
    text = "The river will flood the valley."
    with use_scale(load_scale(path)):
        found = detect_prediction(text, None, span=nlp(text)[:])
    assert found is not None and (found.probability_words, found.probability) == ("will", 0.8)


def test_a_users_own_phrases_are_found_in_the_text(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "scale.yaml"
    mine = MY_SCALE.replace("  may: low\n", "  may: low\n  a fair bet: high\n  not a fair bet: low\n") + "in_context_only: [may]\n"
    path.write_text(mine, encoding="utf-8")
    text = "The river will flood the valley, which is a fair bet."
    with use_scale(load_scale(path)):
        found = detect_prediction(text, None, span=nlp(text)[:])
        hedged = detect_prediction("The river will flood the valley, which is not a fair bet.", None)
    assert found is not None and (found.probability_words, found.probability) == ("a fair bet", 0.8)
    assert hedged is not None and (hedged.probability_words, hedged.probability) == ("not a fair bet", 0.2)
    assert load_scale(path).searched == (("a fair bet", "likely"), ("not a fair bet",))  # longest first; "may" read in context


def test_terms_read_in_context_are_not_searched() -> None:
    plain, negated = load_scale().searched
    assert "likely" in plain and "do not rule out" in negated and "do not rule out" not in plain
    assert not {"may", "could", "high", "possible"} & {*plain, *negated}


@pytest.mark.parametrize(
    "body, problem",
    [
        ("bands: {}\n", "needs 'bands' and 'terms'"),
        ("bands: {x: {low: 0.1, high: 0.2}}\nterms: {}\nin_context_only: may\n", "'in_context_only' must be a list"),
        ("bands: {x: {low: 0.5}}\nterms: {}\n", "'low' and 'high'"),
        ("bands: {x: {low: 0.7, high: 0.2}}\nterms: {}\n", "0 <= low <= high <= 1"),
        ("bands: {x: {low: 0.1, high: 0.2}}\nterms: {maybe: y}\n", "unknown band(s): y"),
        ("bands: [\n", "cannot read"),
    ],
)
def test_a_bad_scale_file_is_one_clear_error(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "scale.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)):
        load_scale(path)
