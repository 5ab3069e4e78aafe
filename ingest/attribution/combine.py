"""Claims the hand rules missed, proposed from the model's spans.

The rules (``ingest.extract``) are precise but find a third of PolNeAR's
contents; the model finds more. :func:`propose_claims` keeps the model's
relations that the rules do not already hold: a CONTENT span with a CUE and a
SOURCE in the same paragraph, overlapping no rule claim. The SOURCE's text is
kept so that the extractor can resolve it to a person or organisation as it
does its own speakers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.attribution.convert import paragraphs
from ingest.attribution.model import AttributionSpan, group


@dataclass(frozen=True)
class ProposedClaim:
    """A model relation the rules missed: its content, cue and source spans (offsets into the text)."""

    content: AttributionSpan
    cue: AttributionSpan
    source: AttributionSpan | None

    @property
    def start(self) -> int:
        return self.content.start

    @property
    def end(self) -> int:
        return self.content.end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when *a* and *b* share at least half of the shorter one (the evaluation's rule for a match)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def propose_claims(spans: Sequence[AttributionSpan], claimed: Iterable[tuple[int, int]],
                   need_source: bool = True) -> list[ProposedClaim]:
    """Return the relations of *spans* (one paragraph's) with a cue and a source whose content no *claimed* range overlaps.

    *claimed* holds the (start, end) of the rules' claims, in the same offsets
    as *spans*. With ``need_source=False`` a content with a cue but no source
    is proposed too (its speaker is then left to the rules' coreference).
    """
    claimed = list(claimed)
    proposed = []
    for relation in group(spans):
        if relation.cue is None or (need_source and relation.source is None):
            continue
        content = (relation.content.start, relation.content.end)
        if any(overlaps(content, c) for c in claimed):
            continue
        proposed.append(ProposedClaim(relation.content, relation.cue, relation.source))
    return proposed


def propose_for_text(text: str, spans: Sequence[AttributionSpan], claimed: Iterable[tuple[int, int]],
                     need_source: bool = True) -> list[ProposedClaim]:
    """Return :func:`propose_claims` over each paragraph of *text*, given the article's *spans* and claims."""
    claimed = list(claimed)
    proposed = []
    for lo, hi in paragraphs(text):
        mine = [s for s in spans if lo <= s.start < hi]
        proposed += propose_claims(mine, claimed, need_source)
    return proposed
