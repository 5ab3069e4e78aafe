"""Probability words -> numbers, on the ICD 203 scale (``data/lexicon/probability.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.lexicon import load_lexicon


@dataclass(frozen=True)
class Likelihood:
    """A probability phrase found in a text and the number it stands for."""

    words: str
    probability: float
    band: str
    start: int = -1
    end: int = -1


@cache
def _scale() -> tuple[dict[str, tuple[float, float]], list[tuple[str, str]]]:
    data = load_lexicon("probability")
    bands = {name: (float(b["low"]), float(b["high"])) for name, b in data["bands"].items()}
    terms = sorted(((str(t), str(b)) for t, b in data["terms"].items()), key=lambda tb: len(tb[0]), reverse=True)
    return bands, terms


def probability_of(words: str) -> float | None:
    """Return the number for a probability phrase ("very likely" -> 0.875), or None if unknown.

    The number is the midpoint of the phrase's ICD 203 band.
    """
    bands, terms = _scale()
    key = re.sub(r"\s+", " ", words.strip().lower()).replace("n't", " not").replace("  ", " ")
    for term, band in terms:
        if key == term:
            low, high = bands[band]
            return round((low + high) / 2, 3)
    return None


def _term_pattern(term: str) -> str:
    """Return a regex for ``term`` that also matches contractions ("don't rule out")."""
    words = term.split()
    parts: list[str] = []
    for word in words:
        if word == "not" and parts:
            parts[-1] += r"(?:\s+not|n't)"
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def find_likelihood(text: str, terms: tuple[str, ...] | None = None) -> Likelihood | None:
    """Return the first (longest at a position) probability phrase in ``text``, or None.

    ``terms`` restricts the search to some phrases (default: all of them).
    """
    bands, all_terms = _scale()
    best: Likelihood | None = None
    normalised = text.replace("’", "'")
    for term, band in all_terms:
        if terms is not None and term not in terms:
            continue
        pattern = r"(?<![\w-])" + _term_pattern(term) + r"(?![\w-])"
        match = re.search(pattern, normalised, re.IGNORECASE)
        if match and (best is None or match.start() < best.start or (match.start() == best.start and len(match.group(0)) > len(best.words))):
            low, high = bands[band]
            best = Likelihood(text[match.start() : match.end()], round((low + high) / 2, 3), band, match.start(), match.end())
    return best
