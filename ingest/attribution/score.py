"""PolNeAR's overlap scoring of attribution spans, on character offsets.

A gold span is found when the predicted spans of its label cover at least
half of its characters; a predicted span is correct when at least half of its
characters lie in gold spans of its label (the corpus README's definition for
contents, applied to sources and cues alike).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


def _chars(ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {i for start, end in ranges for i in range(start, end)}


def overlap(predicted: Iterable[tuple[int, int]], gold: Iterable[Ranges]) -> Overlap:
    """Score the *predicted* ranges of one label against *gold* spans (each a tuple of fragments)."""
    predicted = list(predicted)
    gold = [tuple(g) for g in gold]
    covered = _chars(predicted)
    in_gold = _chars(r for g in gold for r in g)
    found = 0
    for span in gold:
        chars = _chars(span)
        if chars and 2 * len(chars & covered) >= len(chars):
            found += 1
    correct = 0
    for start, end in predicted:
        chars = set(range(start, end))
        if chars and 2 * len(chars & in_gold) >= len(chars):
            correct += 1
    return Overlap(found, len(gold), correct, len(predicted))
