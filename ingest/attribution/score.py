"""PolNeAR's overlap scoring of attribution spans, on character offsets.

A gold span is found when the predicted spans of its label cover at least
half of its characters; a predicted span is correct when at least half of its
characters lie in gold spans of its label (the corpus README's definition for
contents, applied to sources and cues alike).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.overlap import covered, enough

#: Character ranges: (start, end) pairs; one gold span may have several fragments.
Ranges = Sequence[tuple[int, int]]


@dataclass(frozen=True)
class Overlap:
    """Counts of one label: gold spans found of all gold, predicted spans correct of all predicted."""

    found: int = 0
    gold: int = 0
    correct: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Overlap) -> Overlap:
        return Overlap(self.found + other.found, self.gold + other.gold,
                       self.correct + other.correct, self.predicted + other.predicted)

    def summary(self) -> str:
        return f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} (gold {self.gold}, predicted {self.predicted})"


def overlap(predicted: Iterable[tuple[int, int]], gold: Iterable[Ranges]) -> Overlap:
    """Score the *predicted* ranges of one label against *gold* spans (each a tuple of fragments)."""
    predicted = list(predicted)
    gold = [tuple(g) for g in gold]
    in_gold = [r for g in gold for r in g]
    found = sum(enough(covered(span, predicted), sum(b - a for a, b in span)) for span in gold)
    correct = sum(enough(covered([(start, end)], in_gold), end - start) for start, end in predicted)
    return Overlap(found, len(gold), correct, len(predicted))
