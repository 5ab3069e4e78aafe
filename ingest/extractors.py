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
from ingest.attribution.merge import Options, add_proposals, model_claims
from ingest.extract import Stage, extract, extract_many
from ingest.nlp import load_nlp

#: Turns one source into its claims.
Extractor = Callable[[Source], Extraction]
#: Turns many sources into their claims, in order, parsing them in batches.
BatchExtractor = Callable[[Iterable[Source]], Iterator[Extraction]]


def _staged(stage: Stage) -> tuple[Extractor, BatchExtractor]:
    """The rules' parse by the attribution pipeline, then *stage* on each article (one ``nlp.pipe`` pass)."""

    def many(sources: Iterable[Source]) -> Iterator[Extraction]:
        from ingest.attribution.model import load_attribution

        return extract_many(sources, nlp=load_attribution(), stage=stage)

    def one(source: Source) -> Extraction:
        return next(many([source]))

    return one, many


def _with(stage: Callable[..., Extraction], options: Options) -> Stage:
    return lambda extraction, docs, directory: stage(extraction, docs, directory, options)


_model, _model_many = _staged(model_claims)
_combined, _combined_many = _staged(add_proposals)
#: Variants measured for the README's table (not defaults).
_VARIANTS = {
    "combined-source": Options(need_source=True),
    "combined-loose": Options(min_words=1, need_verb=False),
    "combined-anyhead": Options(person_heads=False),
    "combined-noverb": Options(need_verb=False),
}


def _rules(source: Source) -> Extraction:
    return extract(source, nlp=load_nlp())


class UnknownExtractor(ClaimGraphError):
    """No extractor of that name is registered."""


#: Extractors by the name ``--extractor`` takes.
EXTRACTORS: dict[str, Extractor] = {
    "rules": _rules,  # the rules alone over en_core_web_sm (ingest/extract.py)
    "model": _model,  # the trained attribution stage alone (ingest/attribution/merge.py model_claims)
    "combined": _combined,  # the rules + the trained stage's relations they miss (merge.add_proposals); the default
    "default": extract,  # what ``claimgraph extract``/``ingest`` run (today: combined)
}

#: Batched forms of registered extractors (optional: an extractor without one runs source by source).
BATCHED: dict[Extractor, BatchExtractor] = {
    _rules: lambda sources: extract_many(sources, nlp=load_nlp()),
    extract: lambda sources: extract_many(sources),
    _model: _model_many,
    _combined: _combined_many,
}
for _name, _options in _VARIANTS.items():
    EXTRACTORS[_name], BATCHED[EXTRACTORS[_name]] = _staged(_with(add_proposals, _options))


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
