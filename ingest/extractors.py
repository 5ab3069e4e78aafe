"""The extractors ``claimgraph evaluate --extractor NAME`` can compare, by name.

An extractor is a callable ``Source -> Extraction``. Register one with one
line in :data:`EXTRACTORS`; give it a batched form in :data:`BATCHED` when it
can parse many sources at once (spaCy's ``nlp.pipe``), else it is called
source by source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from graph.errors import ClaimGraphError
from graph.model import Extraction, Source
from ingest.extract import extract, extract_many

#: Turns one source into its claims.
Extractor = Callable[[Source], Extraction]
#: Turns many sources into their claims, in order, parsing them in batches.
BatchExtractor = Callable[[Iterable[Source]], Iterator[Extraction]]


class UnknownExtractor(ClaimGraphError):
    """No extractor of that name is registered."""


#: Extractors by the name ``--extractor`` takes.
EXTRACTORS: dict[str, Extractor] = {
    "rules": extract,  # the rules over spaCy in ingest/extract.py
}

#: Batched forms of registered extractors (optional: an extractor without one runs source by source).
BATCHED: dict[Extractor, BatchExtractor] = {
    extract: lambda sources: extract_many(sources),
}


def get_extractor(name: str) -> Extractor:
    """Return the extractor registered as ``name``; raises UnknownExtractor."""
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise UnknownExtractor(f"{name}: no such extractor (known: {', '.join(sorted(EXTRACTORS))})") from None


def extract_all(extractor: Extractor, sources: Iterable[Source]) -> Iterator[Extraction]:
    """Yield ``extractor``'s extraction of each source, in order, batched when it can be."""
    batch = BATCHED.get(extractor)
    if batch is not None:
        return batch(sources)
    return map(extractor, sources)
