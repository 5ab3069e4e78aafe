"""Character cover of spans: the one rule every score in claimgraph counts by.

A gold span is *found* when predicted spans cover at least half of its
characters, and a predicted span is *correct* when at least half of it lies
in gold spans (PolNeAR's and the news corpus's definition). Spans are
``(start, end)`` character offsets; a span may come in several fragments.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The share of a span's characters that must be covered.
COVER = 0.5


def covered(spans: Iterable[tuple[int, int]], by: Iterable[tuple[int, int]]) -> int:
    """Return how many characters of ``spans`` lie in the union of ``by``."""
    merged: list[list[int]] = []
    for a, b in sorted(by):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        elif b > a:
            merged.append([a, b])
    total = 0
    for a, b in spans:
        for lo, hi in merged:
            total += max(0, min(b, hi) - max(a, lo))
    return total


def enough(part: int, whole: int) -> bool:
    """Return True when ``part`` characters are at least ``COVER`` of a span of ``whole`` (never for an empty span)."""
    return whole > 0 and part >= COVER * whole
