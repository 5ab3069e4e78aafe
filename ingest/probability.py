"""Probability words -> numbers, on a scale kept in one data file.

The packaged scale is ICD 203 (``data/lexicon/probability.yaml``): seven
bands, the words that name them, and the defaults for a prediction whose
only future word has no probability of its own ("will", "expects",
"plans"). A user's own scale is a YAML file of the same shape, loaded with
``load_scale(path)`` and made the current one with ``use_scale`` (what
``claimgraph ingest --scale FILE`` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from ingest.lexicon import lexicon_path, load_lexicon

#: Verbs whose "to" infinitive is not done: "declined to rule out" is "did not rule out".
REFUSING = ("decline", "refuse", "fail")
#: A negation in words: a scale term with one is a hedge ("do not rule out"), read after the plain phrases;
#: a cue with one turns its attitude round ("does not doubt", "didn't exclude", "declined to rule out").
NEGATION = re.compile(r"\b(?:not|cannot|never)\b|n't|\b(?:" + "|".join(v.rstrip("e") for v in REFUSING)
                      + r")(?:e|es|ed|ing|s)?\s+to\b")


@dataclass(frozen=True)
class Likelihood:
    """A probability phrase found in a text and the number it stands for."""

    words: str
    probability: float
    band: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Scale:
    """A probability scale: bands (low, high), the words naming them, defaults by trigger."""

    name: str
    path: str
    bands: dict[str, tuple[float, float]] = field(hash=False)
    terms: tuple[tuple[str, str], ...] = ()
    """(phrase, band) pairs, longest phrase first."""
    defaults: dict[str, str] = field(default_factory=dict, hash=False)
    """Trigger ("will", "would", "expect", "intention", "risk") -> band."""
    in_context: frozenset[str] = frozenset()
    """Terms read only where the grammar puts them (modals, "high"), never searched for in a text."""

    @cached_property
    def searched(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The terms searched for in a claim's text: plain phrases, then negated hedges ("do not rule out")."""
        free = [t for t, _ in self.terms if t not in self.in_context]
        negated = tuple(t for t in free if NEGATION.search(t))
        return tuple(t for t in free if t not in negated), negated

    def band_probability(self, band: str) -> float:
        """Return the midpoint of ``band``."""
        low, high = self.bands[band]
        return round((low + high) / 2, 3)

    def default(self, trigger: str) -> Likelihood | None:
        """Return the default likelihood for a trigger word, or None when the scale has none."""
        band = self.defaults.get(trigger)
        if band is None or band not in self.bands:
            return None
        return Likelihood(trigger, self.band_probability(band), band)

    def lookup(self, words: str) -> float | None:
        """Return the number for stored probability words: a phrase of the scale or a default's name."""
        found = probability_of(words, self)
        if found is not None:
            return found
        default = self.default(words.strip().lower())
        return default.probability if default else None

    def describe(self) -> str:
        """Return a one-line name of the scale for reports ("ICD 203 (…/probability.yaml)")."""
        return f"{self.name} ({self.path})"


def _scale_from(data: Any, path: Path) -> Scale:
    if not isinstance(data, dict) or not isinstance(data.get("bands"), dict) or not isinstance(data.get("terms"), dict):
        raise InputError(path, "a probability scale needs 'bands' and 'terms' mappings")
    try:
        bands = {str(name): (float(b["low"]), float(b["high"])) for name, b in data["bands"].items()}
    except (TypeError, KeyError, ValueError) as e:
        raise InputError(path, f"every band needs numbers 'low' and 'high': {e}") from e
    if any(not 0.0 <= low <= high <= 1.0 for low, high in bands.values()):
        raise InputError(path, "band limits must satisfy 0 <= low <= high <= 1")
    terms = {str(t).lower(): str(b) for t, b in data["terms"].items()}
    defaults = {str(t): str(b) for t, b in (data.get("defaults") or {}).items()}
    unknown = sorted({b for b in [*terms.values(), *defaults.values()] if b not in bands})
    if unknown:
        raise InputError(path, f"unknown band(s): {', '.join(unknown)}")
    ordered = tuple(sorted(terms.items(), key=lambda tb: len(tb[0]), reverse=True))
    in_context = data.get("in_context_only") or []
    if not isinstance(in_context, list):
        raise InputError(path, "'in_context_only' must be a list of terms")
    return Scale(str(data.get("name") or path.stem), str(path), bands, ordered, defaults,
                 frozenset(str(t).lower() for t in in_context))


@cache
def _packaged() -> Scale:
    return _scale_from(load_lexicon("probability"), lexicon_path("probability"))


def load_scale(path: str | Path | None = None) -> Scale:
    """Return the scale in ``path``, or the packaged ICD 203 scale when None.

    Raises:
        InputError: the file cannot be read, or is not a scale.
    """
    if path is None:
        return _packaged()
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise InputError(path, f"cannot read the probability scale: {e}") from e
    return _scale_from(data, path)


_current: ContextVar[Scale | None] = ContextVar("probability_scale", default=None)


def current_scale() -> Scale:
    """Return the scale in use: the one set by ``use_scale``, else the packaged one."""
    return _current.get() or _packaged()


@contextmanager
def use_scale(scale: Scale | None) -> Iterator[Scale]:
    """Make ``scale`` the current scale inside the ``with`` block (None keeps the packaged one)."""
    token = _current.set(scale)
    try:
        yield current_scale()
    finally:
        _current.reset(token)


def _key(words: str) -> str:
    return re.sub(r"\s+", " ", words.strip().lower().replace("’", "'")).replace("n't", " not").replace("  ", " ")


def probability_of(words: str, scale: Scale | None = None) -> float | None:
    """Return the number for a probability phrase ("very likely" -> 0.875), or None if unknown.

    The number is the midpoint of the phrase's band on ``scale`` (default:
    the current scale).
    """
    scale = scale or current_scale()
    key = _key(words)
    for term, band in scale.terms:
        if key == term:
            return scale.band_probability(band)
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


@cache
def _literal_words(term: str) -> tuple[str, ...]:
    """The words of ``term`` that any match of it holds as they stand, lower-cased (all but a "not" that may be
    contracted)."""
    words = term.lower().split()
    return tuple(w for i, w in enumerate(words) if not (w == "not" and i > 0))


@cache
def _compiled(term: str) -> re.Pattern[str]:
    """The regex of ``term`` as a whole phrase (``_term_pattern``), compiled once."""
    return re.compile(r"(?<![\w-])" + _term_pattern(term) + r"(?![\w-])", re.IGNORECASE)


def find_likelihood(text: str, terms: tuple[str, ...] | None = None, scale: Scale | None = None) -> Likelihood | None:
    """Return the first (longest at a position) probability phrase in ``text``, or None.

    ``terms`` restricts the search to some phrases (default: all of them).
    """
    scale = scale or current_scale()
    best: Likelihood | None = None
    normalised = text.replace("’", "'")
    lowered = normalised.lower()
    for term, band in scale.terms:
        if terms is not None and term not in terms:
            continue
        if not all(word in lowered for word in _literal_words(term)):
            continue  # (a substring test first: most phrases are absent, and the regex costs far more)
        match = _compiled(term).search(normalised)
        if match and (best is None or match.start() < best.start or (match.start() == best.start and len(match.group(0)) > len(best.words))):
            best = Likelihood(text[match.start() : match.end()], scale.band_probability(band), band, match.start(), match.end())
    return best
