"""The RDF view of claimgraph's records: a plain mapping, no database needed.

``build_graph`` turns ``Extraction`` records into an ``rdflib.Graph`` and
``export`` serialises it. Standard vocabularies come first (schema.org for
people, organisations, articles and claims; PROV-O for attribution; the W3C
Web Annotation vocabulary for the quoted span); the few terms they lack live
in the ``cg:`` ontology, ``graph/ontology.ttl``.

Every node gets a stable IRI derived from its record id (see ``iri``),
including the annotation and selector nodes, so that two exports of the same
records are the same graph and can be compared with
``rdflib.compare.isomorphic`` without blank-node matching.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from importlib import resources
from typing import Any, BinaryIO

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from graph.errors import ClaimGraphError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    organisation_id,
)

DEFAULT_BASE = "https://claimgraph.example/id/"

# rdflib ships SDO and PROV too; they are spelled out here so that the exact
# IRIs (https for schema.org) are visible where the mapping is defined.
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
CG = Namespace("https://claimgraph.example/ontology#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: The prefixes every exported graph binds.
PREFIXES: dict[str, str] = {
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "oa": str(OA),
    "owl": str(OWL),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "cg": str(CG),
    "wd": str(WIKIDATA),
}

#: Export format names (as the CLI takes them) and rdflib's serialiser names.
FORMATS: dict[str, str] = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}

#: How many characters of context a TextQuoteSelector keeps on each side.
QUOTE_CONTEXT = 32

#: The ontology file shipped next to this module (package data).
ONTOLOGY_FILE = "ontology.ttl"

# Countries get schema:Place as well as schema:Country: consumers rarely run
# RDFS inference, and a query for places should still find them.
_ENTITY_TYPES: dict[str, tuple[URIRef, ...]] = {
    "country": (SCHEMA.Country, SCHEMA.Place),
    "place": (SCHEMA.Place,),
    "organisation": (SCHEMA.Organization,),
    "person": (SCHEMA.Person,),
    "other": (SCHEMA.Thing,),
}

# Characters rdflib refuses in an IRI; a scraped URL may contain them.
_IRI_UNSAFE = {c: f"%{ord(c):02X}" for c in '<>" {}|\\^`'}


def iri(record_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Return the IRI of a record: ``base`` + its id with the first ':' as '/'.

    ``person:valerii-zaluzhnyi`` becomes ``<base>person/valerii-zaluzhnyi``:
    the id prefix becomes a path segment, so each kind of record has its own
    folder under the base. A ``base`` ending in neither '/' nor '#' gets a '/'.
    """
    if not base.endswith(("/", "#")):
        base += "/"
    return URIRef(base + record_id.replace(":", "/", 1))


def wikidata_iri(wikidata: str) -> URIRef:
    """Return the Wikidata entity IRI for a Q-id (``Q123``) or a full IRI."""
    if wikidata.startswith(("http://", "https://")):
        return URIRef(wikidata)
    return WIKIDATA[wikidata.strip()]


def new_graph() -> Graph:
    """Return an empty graph with claimgraph's prefixes bound."""
    # "core" keeps rdflib from binding its two dozen other vocabularies,
    # which JSON-LD would otherwise list in every @context.
    g = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g


def build_graph(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of ``extractions``: sources, claims, speakers, entities.

    A person's affiliation links to the organisation's IRI; an organisation
    named only as an affiliation gets a node with its type and name, so that
    no IRI in the graph is left untyped. The same record appearing in several
    extractions adds the same triples, so duplicates merge.

    Raises ``ClaimGraphError`` when a claim's offsets do not point at its text
    in its source: the annotation would send readers to the wrong words.
    """
    g = new_graph()
    affiliations: dict[str, str] = {}
    organisations: set[str] = set()
    for extraction in extractions:
        _add_source(g, extraction.source, base)
        for claim in extraction.claims:
            _add_claim(g, claim, extraction.source, base)
        for person in extraction.people:
            _add_person(g, person, base)
            if person.affiliation:
                affiliations.setdefault(organisation_id(person.affiliation), person.affiliation)
        for organisation in extraction.organisations:
            _add_organisation(g, organisation, base)
            organisations.add(organisation.id)
        for entity in extraction.entities:
            _add_entity(g, entity, base)
    for org_id, name in affiliations.items():
        if org_id not in organisations:
            node = iri(org_id, base)
            g.add((node, RDF.type, SCHEMA.Organization))
            g.add((node, SCHEMA.name, Literal(name)))
    return g


def export(
    extractions: Iterable[Extraction],
    format: str,
    out: BinaryIO | None = None,
    base: str = DEFAULT_BASE,
) -> bytes | None:
    """Serialise the graph of ``extractions`` as UTF-8 in ``format``.

    ``format`` is one of ``FORMATS`` ("turtle", "nt", "jsonld"). Returns the
    bytes, or writes them to ``out`` and returns None when ``out`` is given.
    Raises ``ClaimGraphError`` for an unknown format (before any work is
    done) or a claim whose offsets do not match its source.
    """
    if format not in FORMATS:
        raise ClaimGraphError(
            f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}"
        )
    g = build_graph(extractions, base)
    # auto_compact makes JSON-LD use the bound prefixes instead of full IRIs.
    options: dict[str, Any] = {"auto_compact": True} if format == "jsonld" else {}
    data = g.serialize(format=FORMATS[format], encoding="utf-8", **options)
    if out is None:
        return data
    out.write(data)
    return None


def ontology() -> Graph:
    """Return the ``cg:`` ontology parsed from ``graph/ontology.ttl``.

    Raises ``ClaimGraphError`` if the shipped file is missing or malformed.
    """
    g = new_graph()
    try:
        text = resources.files("graph").joinpath(ONTOLOGY_FILE).read_text("utf-8")
        g.parse(data=text, format="turtle")
    except Exception as e:  # rdflib raises several unrelated parser errors
        raise ClaimGraphError(f"{ONTOLOGY_FILE}: cannot be read: {e}") from e
    return g


def _add_source(g: Graph, source: Source, base: str) -> None:
    node = iri(source.id, base)
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    _add_optional(g, node, SCHEMA.headline, source.title)
    if source.url:
        url = "".join(_IRI_UNSAFE.get(c, c) for c in source.url)
        g.add((node, SCHEMA.url, URIRef(url)))
    # Only the publisher's name is known; an organisation node can come later.
    _add_optional(g, node, SCHEMA.publisher, source.publisher)
    if source.published:
        g.add((node, SCHEMA.datePublished, Literal(source.published, datatype=XSD.date)))
    g.add((node, SCHEMA.inLanguage, Literal(source.language)))
    g.add((node, SCHEMA.text, Literal(source.text)))
    g.add((node, CG.textHash, Literal(source.text_hash)))


def _add_claim(g: Graph, claim: Claim, source: Source, base: str) -> None:
    node = iri(claim.id, base)
    speaker = iri(claim.speaker_id, base)
    appearance = iri(claim.source_id, base)
    g.add((node, RDF.type, SCHEMA.Claim))
    g.add((node, SCHEMA.text, Literal(claim.text)))
    g.add((node, SCHEMA.author, speaker))
    g.add((node, SCHEMA.appearance, appearance))
    g.add((node, PROV.wasAttributedTo, speaker))
    # A direct quotation is the speaker's own words; reported speech is the
    # journalist's rendering of them, hence the weaker PROV relation.
    derivation = PROV.wasQuotedFrom if claim.direct else PROV.wasDerivedFrom
    g.add((node, derivation, appearance))
    _add_optional(g, node, CG.cue, claim.cue)
    g.add((node, CG.direct, Literal(claim.direct)))
    g.add((node, CG.confidence, _decimal(claim.confidence)))
    for entity_id in claim.about:
        g.add((node, SCHEMA.about, iri(entity_id, base)))
    _add_annotation(g, claim, source, node, appearance)
    if claim.prediction:
        _add_prediction(g, claim.prediction, node, base)


def _add_annotation(
    g: Graph, claim: Claim, source: Source, node: URIRef, appearance: URIRef
) -> None:
    # The offsets are only meaningful against the text they were taken from.
    if claim.source_id != source.id or source.text[claim.start : claim.end] != claim.text:
        raise ClaimGraphError(
            f"{claim.id}: span {claim.start}-{claim.end} does not match "
            f"its text in source {source.id}"
        )
    annotation = URIRef(node + "/annotation")
    target = URIRef(node + "/target")
    position = URIRef(node + "/position")
    quote = URIRef(node + "/quote")
    g.add((annotation, RDF.type, OA.Annotation))
    g.add((annotation, OA.hasBody, node))
    g.add((annotation, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, appearance))
    g.add((target, OA.hasSelector, position))
    g.add((target, OA.hasSelector, quote))
    # Web Annotation types oa:start/oa:end as xsd:nonNegativeInteger.
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(claim.start, datatype=XSD.nonNegativeInteger)))
    g.add((position, OA.end, Literal(claim.end, datatype=XSD.nonNegativeInteger)))
    # The quote selector survives edits that shift offsets; prefix and suffix
    # tell apart repeated occurrences of the same words.
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(claim.text)))
    prefix = source.text[max(0, claim.start - QUOTE_CONTEXT) : claim.start]
    suffix = source.text[claim.end : claim.end + QUOTE_CONTEXT]
    _add_optional(g, quote, OA.prefix, prefix)
    _add_optional(g, quote, OA.suffix, suffix)


def _add_prediction(g: Graph, prediction: Prediction, claim: URIRef, base: str) -> None:
    node = iri(prediction.id, base)
    g.add((node, RDF.type, CG.Prediction))
    g.add((node, CG.predictionOf, claim))
    g.add((node, CG.predicts, Literal(prediction.event)))
    _add_optional(g, node, CG.horizon, prediction.horizon)
    if prediction.window_start:
        g.add((node, CG.windowStart, Literal(prediction.window_start, datatype=XSD.date)))
    if prediction.window_end:
        g.add((node, CG.windowEnd, Literal(prediction.window_end, datatype=XSD.date)))
    if prediction.probability is not None:
        g.add((node, CG.probability, _decimal(prediction.probability)))
    _add_optional(g, node, CG.probabilityWords, prediction.probability_words)
    g.add((node, CG.negated, Literal(prediction.negated)))
    g.add((node, CG.status, Literal(prediction.status)))


def _add_person(g: Graph, person: Person, base: str) -> None:
    node = iri(person.id, base)
    g.add((node, RDF.type, SCHEMA.Person))
    _add_names(g, node, person.name, person.aliases, person.wikidata)
    _add_optional(g, node, SCHEMA.jobTitle, person.role)
    if person.affiliation_id:
        g.add((node, SCHEMA.affiliation, iri(person.affiliation_id, base)))


def _add_organisation(g: Graph, organisation: Organisation, base: str) -> None:
    node = iri(organisation.id, base)
    g.add((node, RDF.type, SCHEMA.Organization))
    _add_names(g, node, organisation.name, organisation.aliases, organisation.wikidata)


def _add_entity(g: Graph, entity: Entity, base: str) -> None:
    node = iri(entity.id, base)
    for type_ in _ENTITY_TYPES.get(entity.kind, (SCHEMA.Thing,)):
        g.add((node, RDF.type, type_))
    _add_names(g, node, entity.name, entity.aliases, entity.wikidata)


def _add_names(
    g: Graph, node: URIRef, name: str, aliases: Iterable[str], wikidata: str | None
) -> None:
    g.add((node, SCHEMA.name, Literal(name)))
    for alias in aliases:
        g.add((node, SCHEMA.alternateName, Literal(alias)))
    if wikidata:
        g.add((node, OWL.sameAs, wikidata_iri(wikidata)))


def _add_optional(g: Graph, node: URIRef, predicate: URIRef, value: str | None) -> None:
    # Missing values are left out rather than written as empty strings, which
    # SPARQL would treat as known-and-empty.
    if value:
        g.add((node, predicate, Literal(value)))


def _decimal(value: float) -> Literal:
    # Through str() so 0.7 is written "0.7", not its binary expansion.
    return Literal(Decimal(str(value)), datatype=XSD.decimal)
