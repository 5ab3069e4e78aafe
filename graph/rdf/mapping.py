"""Records to triples: the mapping of sources, claims, spans, predictions, people and entities.

Every node gets a stable IRI derived from its record id (see ``terms.iri``),
including the annotation and selector nodes, so that two exports of the same
records are the same graph and can be compared with
``rdflib.compare.isomorphic`` without blank-node matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal

from rdflib import OWL, RDF, XSD, Dataset, Graph, Literal, URIRef

from graph.errors import RdfError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Resolution,
    Source,
    organisation_id,
)
from graph.rdf.terms import (
    CG,
    DEFAULT_BASE,
    ENTITY_TYPES,
    GENERATOR_VERSION,
    IRI_UNSAFE,
    NP,
    OA,
    PROV,
    QUOTE_CONTEXT,
    SCHEMA,
    Quad,
    Triple,
    iri,
    new_dataset,
    new_graph,
    wikidata_iri,
)

# ---- records -> triples --------------------------------------------------------


@dataclass(frozen=True)
class Nanopub:
    """The IRIs of one source's nanopublication and its four graphs."""

    np: URIRef
    head: URIRef
    assertion: URIRef
    provenance: URIRef
    pubinfo: URIRef

    @classmethod
    def of(cls, source_id: str, base: str = DEFAULT_BASE) -> Nanopub:
        """Return the nanopublication IRIs of a source: its IRI + ``/np``, ``/assertion``, ..."""
        node = iri(source_id, base)
        return cls(*(URIRef(f"{node}/{part}") for part in ("np", "head", "assertion", "provenance", "pubinfo")))


def triples(extraction: Extraction, base: str = DEFAULT_BASE) -> Iterator[Triple]:
    """Yield the triples of a source and its claims (the assertion of its nanopublication).

    People, organisations and entities are not included: they are shared by
    sources (see ``Directory``).

    Raises ``RdfError`` when a claim's offsets do not point at its text in its
    source: the annotation would send readers to the wrong words.
    """
    yield from _source(extraction.source, base)
    for claim in extraction.claims:
        yield from _claim(claim, extraction.source, base)
    for resolution in extraction.resolutions:
        yield from _resolution(resolution, base)


class Directory:
    """People, organisations and entities gathered from extractions, each once."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self.entities: dict[str, Entity] = {}

    def add(self, extraction: Extraction) -> None:
        """Remember the people, organisations and entities of ``extraction`` (first one wins)."""
        for person in extraction.people:
            self.people.setdefault(person.id, person)
        for organisation in extraction.organisations:
            self.organisations.setdefault(organisation.id, organisation)
        for entity in extraction.entities:
            self.entities.setdefault(entity.id, entity)

    def triples(self, base: str = DEFAULT_BASE) -> Iterator[Triple]:
        """Yield the triples of every person, organisation and entity.

        A person's affiliation links to the organisation's IRI; an organisation
        named only as an affiliation gets a node with its type, name and id,
        so that no IRI in the graph is left untyped.
        """
        for person in self.people.values():
            yield from _person(person, base)
        for organisation in self.organisations.values():
            yield from _organisation(organisation, base)
        affiliations: dict[str, str] = {}
        for person in self.people.values():
            if person.affiliation:
                affiliations.setdefault(organisation_id(person.affiliation), person.affiliation)
        for org_id, name in affiliations.items():
            if org_id not in self.organisations:
                yield from _organisation(Organisation(id=org_id, name=name), base)
        for entity in self.entities.values():
            yield from _entity(entity, base)


def provenance_quads(
    source: Source, base: str, generated_at: datetime, version: str = GENERATOR_VERSION
) -> Iterator[Quad]:
    """Yield the head, provenance and publication-info quads of a source's nanopublication.

    The assertion graph was derived from the article by an extraction
    activity of claimgraph ``version`` that ended at ``generated_at``, when
    the nanopublication was generated: the time its claims were extracted
    and stored (``Source.extracted_at``, see ``provenance_time``), not the
    time the file is written, so exporting again gives the same graph.
    """
    ids = Nanopub.of(source.id, base)
    article = iri(source.id, base)
    agent = iri(f"agent:claimgraph-{version}", base)
    activity = URIRef(f"{article}/extraction")
    when = Literal(generated_at.isoformat(), datatype=XSD.dateTime)
    head: list[Triple] = [
        (ids.np, RDF.type, NP.Nanopublication),
        (ids.np, NP.hasAssertion, ids.assertion),
        (ids.np, NP.hasProvenance, ids.provenance),
        (ids.np, NP.hasPublicationInfo, ids.pubinfo),
    ]
    provenance: list[Triple] = [
        (ids.assertion, PROV.wasDerivedFrom, article),
        (ids.assertion, PROV.wasGeneratedBy, activity),
        (activity, RDF.type, PROV.Activity),
        (activity, PROV.used, article),
        (activity, PROV.wasAssociatedWith, agent),
        (activity, PROV.endedAtTime, when),
    ]
    pubinfo: list[Triple] = [
        (ids.np, PROV.generatedAtTime, when),
        (ids.np, PROV.wasAttributedTo, agent),
        (agent, RDF.type, PROV.SoftwareAgent),
        (agent, SCHEMA.name, Literal("claimgraph")),
        (agent, SCHEMA.softwareVersion, Literal(version)),
    ]
    for graph, statements in ((ids.head, head), (ids.provenance, provenance), (ids.pubinfo, pubinfo)):
        for s, p, o in statements:
            yield s, p, o, graph


def select(
    extractions: Iterable[Extraction], speaker_ids: Iterable[str] | None, directory: Directory
) -> Iterator[Extraction]:
    """Yield ``extractions`` keeping only claims by ``speaker_ids`` (all when None).

    Every extraction's people, organisations and entities go to ``directory``
    first, so the directory of an export stays whole; sources left without
    claims are dropped.
    """
    wanted = None if speaker_ids is None else set(speaker_ids)
    for extraction in extractions:
        directory.add(extraction)
        if wanted is None:
            yield extraction
            continue
        claims = tuple(c for c in extraction.claims if c.speaker_id in wanted)
        if claims:
            kept = {p.id for c in claims for p in c.predictions}
            resolutions = tuple(r for r in extraction.resolutions if r.prediction_id in kept)
            yield replace(extraction, claims=claims, resolutions=resolutions)


def build_graph(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of ``extractions``: sources, claims, speakers, entities.

    The same record appearing in several extractions adds the same triples,
    so duplicates merge.

    Raises ``RdfError`` when a claim's offsets do not match its source.
    """
    directory = Directory()
    return graph_of(select(extractions, None, directory), directory, base)


def graph_of(extractions: Iterable[Extraction], directory: Directory, base: str) -> Graph:
    g = new_graph()
    for extraction in extractions:
        for t in triples(extraction, base):
            g.add(t)
    for t in directory.triples(base):
        g.add(t)
    return g


def build_dataset(
    extractions: Iterable[Extraction],
    base: str = DEFAULT_BASE,
    generated_at: datetime | None = None,
    version: str = GENERATOR_VERSION,
) -> Dataset:
    """Return the dataset of ``extractions``: one nanopublication per source.

    Each source's article and claims are its assertion graph, with head,
    provenance and publication-info graphs beside it; people, organisations
    and entities are in the default graph. ``generated_at`` replaces each
    source's own provenance time (see ``provenance_time``).

    Raises ``RdfError`` when a claim's offsets do not match its source.
    """
    directory = Directory()
    return _dataset(select(extractions, None, directory), directory, base, generated_at, version)


def _dataset(
    extractions: Iterable[Extraction], directory: Directory, base: str, when: datetime | None, version: str
) -> Dataset:
    ds = new_dataset()
    for extraction in extractions:
        # rdflib types addN's contexts as Graphs; given an IRI it calls get_context itself.
        ds.addN((s, p, o, ds.get_context(g)) for s, p, o, g in nanopub_quads(extraction, base, when, version))
    default = ds.default_graph
    for t in directory.triples(base):
        default.add(t)
    return ds


def provenance_time(generated_at: datetime | None, source: Source | None = None) -> datetime:
    """Return the provenance time of a source's nanopublication, in whole seconds UTC.

    ``generated_at`` when given (``export --generated-at``), else the time the
    source's claims were extracted and stored (``Source.extracted_at``), else
    now (records that never went through a store).
    """
    # Whole seconds in UTC: the same instant always gets the same literal.
    when = generated_at or (source.extracted_at if source else None) or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)


def nanopub_quads(extraction: Extraction, base: str, when: datetime | None, version: str) -> Iterator[Quad]:
    """Yield the quads of a source's nanopublication; ``when`` overrides its provenance time."""
    graph = Nanopub.of(extraction.source.id, base).assertion
    for s, p, o in triples(extraction, base):
        yield s, p, o, graph
    yield from provenance_quads(extraction.source, base, provenance_time(when, extraction.source), version)


# ---- the mapping of each record ------------------------------------------------


def _source(source: Source, base: str) -> Iterator[Triple]:
    node = iri(source.id, base)
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, SCHEMA.identifier, Literal(source.id)
    yield from _optional(node, SCHEMA.headline, source.title)
    if source.url:
        url = "".join(IRI_UNSAFE.get(c, c) for c in source.url)
        yield node, SCHEMA.url, URIRef(url)
    # Only the publisher's name is known; an organisation node can come later.
    yield from _optional(node, SCHEMA.publisher, source.publisher)
    if source.published:
        yield node, SCHEMA.datePublished, Literal(source.published, datatype=XSD.date)
    yield node, SCHEMA.inLanguage, Literal(source.language)
    yield node, SCHEMA.text, Literal(source.text)
    yield node, CG.textHash, Literal(source.text_hash)


def _claim(claim: Claim, source: Source, base: str) -> Iterator[Triple]:
    node = iri(claim.id, base)
    speaker = iri(claim.speaker_id, base)
    appearance = iri(claim.source_id, base)
    yield node, RDF.type, SCHEMA.Claim
    yield node, SCHEMA.identifier, Literal(claim.id)
    yield node, SCHEMA.text, Literal(claim.text)
    yield node, SCHEMA.author, speaker
    yield node, SCHEMA.appearance, appearance
    yield node, PROV.wasAttributedTo, speaker
    # A direct quotation is the speaker's own words; reported speech is the
    # journalist's rendering of them, hence the weaker PROV relation.
    yield node, PROV.wasQuotedFrom if claim.direct else PROV.wasDerivedFrom, appearance
    yield from _optional(node, CG.cue, claim.cue)
    yield node, CG.direct, Literal(claim.direct)
    yield node, CG.confidence, _decimal(claim.confidence)
    for entity_id in claim.about:
        yield node, SCHEMA.about, iri(entity_id, base)
    yield from _annotation(claim, source, node, appearance)
    for prediction in claim.predictions:
        yield from _prediction(prediction, node, base)


def _annotation(claim: Claim, source: Source, node: URIRef, appearance: URIRef) -> Iterator[Triple]:
    # The offsets are only meaningful against the text they were taken from.
    if claim.source_id != source.id or source.text[claim.start : claim.end] != claim.text:
        raise RdfError(
            f"{claim.id}: span {claim.start}-{claim.end} does not match its text in source {source.id}"
        )
    annotation = URIRef(node + "/annotation")
    target = URIRef(node + "/target")
    position = URIRef(node + "/position")
    quote = URIRef(node + "/quote")
    yield annotation, RDF.type, OA.Annotation
    yield annotation, OA.hasBody, node
    yield annotation, OA.hasTarget, target
    yield target, RDF.type, OA.SpecificResource
    yield target, OA.hasSource, appearance
    yield target, OA.hasSelector, position
    yield target, OA.hasSelector, quote
    # Web Annotation types oa:start/oa:end as xsd:nonNegativeInteger.
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(claim.start, datatype=XSD.nonNegativeInteger)
    yield position, OA.end, Literal(claim.end, datatype=XSD.nonNegativeInteger)
    # The quote selector survives edits that shift offsets; prefix and suffix
    # tell apart repeated occurrences of the same words.
    yield quote, RDF.type, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(claim.text)
    yield from _optional(quote, OA.prefix, source.text[max(0, claim.start - QUOTE_CONTEXT) : claim.start])
    yield from _optional(quote, OA.suffix, source.text[claim.end : claim.end + QUOTE_CONTEXT])
    for role, predicate in AUDIT_SPANS.items():
        yield from _audit_span(claim, source, node, appearance, role, predicate)


#: The audit spans of a claim (see Claim) and the property linking each to its annotation.
AUDIT_SPANS = {"cue": CG.cueSpan, "mention": CG.speakerMention, "antecedent": CG.antecedentMention, "via": CG.relayMention}


def _audit_span(
    claim: Claim, source: Source, claim_node: URIRef, appearance: URIRef, role: str, predicate: URIRef
) -> Iterator[Triple]:
    # Each span is one more oa:SpecificResource of the article with the same
    # two selectors as the claim's target, at <claim>/<role>, linked from
    # the claim's annotation.
    annotation = URIRef(claim_node + "/annotation")
    start, end = getattr(claim, f"{role}_start"), getattr(claim, f"{role}_end")
    if start is None or end is None:
        return
    words = getattr(claim, role, None) if role != "cue" else None
    if not 0 <= start < end <= len(source.text) or (words is not None and source.text[start:end] != words):
        raise RdfError(f"{claim.id}: {role} span {start}-{end} does not match its words in source {source.id}")
    node = URIRef(f"{claim_node}/{role}")
    position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
    yield annotation, predicate, node
    yield node, RDF.type, OA.SpecificResource
    yield node, OA.hasSource, appearance
    yield node, OA.hasSelector, position
    yield node, OA.hasSelector, quote
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)
    yield position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)
    yield quote, RDF.type, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(source.text[start:end])
    yield from _optional(quote, OA.prefix, source.text[max(0, start - QUOTE_CONTEXT) : start])
    yield from _optional(quote, OA.suffix, source.text[end : end + QUOTE_CONTEXT])


def _prediction(prediction: Prediction, claim: URIRef, base: str) -> Iterator[Triple]:
    node = iri(prediction.id, base)
    yield node, RDF.type, CG.Prediction
    yield node, SCHEMA.identifier, Literal(prediction.id)
    yield node, CG.predictionOf, claim
    yield node, CG.predicts, Literal(prediction.event)
    yield from _optional(node, CG.horizon, prediction.horizon)
    if prediction.window_start:
        yield node, CG.windowStart, Literal(prediction.window_start, datatype=XSD.date)
    if prediction.window_end:
        yield node, CG.windowEnd, Literal(prediction.window_end, datatype=XSD.date)
    if prediction.probability is not None:
        yield node, CG.probability, _decimal(prediction.probability)
    yield from _optional(node, CG.probabilityWords, prediction.probability_words)
    yield node, CG.negated, Literal(prediction.negated)
    yield node, CG.status, Literal(prediction.status)
    yield node, CG.predictionKind, Literal(prediction.kind)
    yield from _optional(node, CG.condition, prediction.condition)


def _resolution(resolution: Resolution, base: str) -> Iterator[Triple]:
    node = iri(resolution.id, base)
    yield node, RDF.type, CG.Resolution
    yield node, SCHEMA.identifier, Literal(resolution.id)
    # The prediction's IRI even when re-ingesting removed the prediction: a
    # resolution is history and still says which prediction it judged.
    yield iri(resolution.prediction_id, base), CG.resolvedAs, node
    yield node, CG.outcome, Literal(resolution.outcome)
    yield node, CG.resolvedOn, Literal(resolution.resolved_on, datatype=XSD.date)
    for url in resolution.evidence:
        yield node, SCHEMA.citation, URIRef("".join(IRI_UNSAFE.get(c, c) for c in url))
    yield from _optional(node, SCHEMA.description, resolution.note)
    yield from _optional(node, CG.resolvedBy, resolution.resolved_by)
    yield from _optional(node, CG.origin, resolution.origin)
    if resolution.recorded_at:
        yield node, PROV.generatedAtTime, Literal(_utc(resolution.recorded_at).isoformat(), datatype=XSD.dateTime)
    yield node, CG.superseded, Literal(resolution.superseded)


def _utc(when: datetime) -> datetime:
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def _person(person: Person, base: str) -> Iterator[Triple]:
    node = iri(person.id, base)
    yield node, RDF.type, SCHEMA.Person
    if person.kind == "unnamed":
        yield node, RDF.type, CG.UnnamedSource
    yield from _names(node, person.id, person.name, person.aliases, person.wikidata)
    yield from _optional(node, SCHEMA.jobTitle, person.role)
    if person.affiliation_id:
        yield node, SCHEMA.affiliation, iri(person.affiliation_id, base)


def _organisation(organisation: Organisation, base: str) -> Iterator[Triple]:
    node = iri(organisation.id, base)
    yield node, RDF.type, SCHEMA.Organization
    yield from _names(node, organisation.id, organisation.name, organisation.aliases, organisation.wikidata)


def _entity(entity: Entity, base: str) -> Iterator[Triple]:
    node = iri(entity.id, base)
    for type_ in ENTITY_TYPES.get(entity.kind, (SCHEMA.Thing,)):
        yield node, RDF.type, type_
    yield from _names(node, entity.id, entity.name, entity.aliases, entity.wikidata)


def _names(
    node: URIRef, record_id: str, name: str, aliases: Iterable[str], wikidata: str | None
) -> Iterator[Triple]:
    # The id is written out so that an import needs no knowledge of the base.
    yield node, SCHEMA.identifier, Literal(record_id)
    yield node, SCHEMA.name, Literal(name)
    for alias in aliases:
        yield node, SCHEMA.alternateName, Literal(alias)
    if wikidata:
        yield node, OWL.sameAs, wikidata_iri(wikidata)


def _optional(node: URIRef, predicate: URIRef, value: str | None) -> Iterator[Triple]:
    # Missing values are left out rather than written as empty strings, which
    # SPARQL would treat as known-and-empty.
    if value:
        yield node, predicate, Literal(value)


def _decimal(value: float) -> Literal:
    # Through str() so 0.7 is written "0.7", not its binary expansion.
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


