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
    cue: AttributionSpan | None
    source: AttributionSpan | None
    part: bool = False
    """The content is the :func:`remainder` of a longer one a claim overlaps."""

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


#: What is stripped from the ends of a content's remainder (spaces, punctuation, quote marks).
_EDGES = " \t\n,.;:!?-–—\"'“”‘’«»()"


def remainder(content: AttributionSpan, claimed: Iterable[tuple[int, int]], share: float = 0.4) -> AttributionSpan | None:
    """Return the longest part of *content* that no *claimed* range touches, or None when it is under *share* of it.

    The model often runs two statements into one content ("...' the rules' quote. Critics
    of the plan ..."): the rules hold one, the rest is the model's own find.
    """
    pieces = [(content.start, content.end)]
    for lo, hi in claimed:
        pieces = [p for a, b in pieces for p in ((a, min(b, lo)), (max(a, hi), b)) if p[1] > p[0]]
    best: AttributionSpan | None = None
    for a, b in pieces:
        text = content.text[a - content.start:b - content.start]
        stripped = text.strip(_EDGES)
        if not stripped:
            continue
        a += len(text) - len(text.lstrip(_EDGES))
        if best is None or len(stripped) > len(best.text):
            best = AttributionSpan(content.label, a, a + len(stripped), stripped)
    if best is None or len(best.text) < share * (content.end - content.start):
        return None
    return best


def propose_claims(spans: Sequence[AttributionSpan], claimed: Iterable[tuple[int, int]],
                   need_source: bool = True, remainders: bool = False, need_cue: bool = True) -> list[ProposedClaim]:
    """Return the relations of *spans* (one paragraph's) with a cue and a source whose content no *claimed* range overlaps.

    *claimed* holds the (start, end) of the rules' claims, in the same offsets
    as *spans*. With ``need_source=False`` a content with a cue but no source
    is proposed too (its speaker is then left to the rules' coreference).
    With ``remainders`` a content a claim overlaps gives its :func:`remainder`;
    with ``need_cue=False`` a content with no cue in its paragraph is proposed too.
    """
    claimed = list(claimed)
    proposed = []
    for relation in group(spans):
        if (need_cue and relation.cue is None) or (need_source and relation.source is None):
            continue
        content: AttributionSpan | None = relation.content
        assert content is not None
        part = False
        if any(c[0] < content.start < c[1] for c in claimed):
            continue  # a content that starts inside a claim is a piece of it run on past its end ("<A>, without giving a reason")
        if any(overlaps((content.start, content.end), c) for c in claimed):
            touching = [c for c in claimed if c[0] < content.end and content.start < c[1]]
            content = remainder(content, touching) if remainders else None
            if content is None or any(overlaps((content.start, content.end), c) for c in claimed):
                continue
            part = True
        proposed.append(ProposedClaim(content, relation.cue, relation.source, part))
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
