from __future__ import annotations

import pytest

from ingest.probability import find_likelihood, probability_of


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
