"""The RDF view of claimgraph's records: a plain mapping, no database needed.

``triples`` turns one ``Extraction`` into RDF triples, ``build_graph`` collects
them into an ``rdflib.Graph`` and ``export`` writes them in one of five
formats. Standard vocabularies come first (schema.org for people,
organisations, articles and claims; PROV-O for attribution; the W3C Web
Annotation vocabulary for the quoted span); the few terms they lack live in
the ``cg:`` ontology, ``graph/ontology.ttl``. ``graph/shapes.ttl`` holds the
SHACL shapes every export conforms to (``validate``), ``graph/context.jsonld``
the JSON-LD context of the JSON-LD export. The README has the mapping table.

Every node gets a stable IRI derived from its record id (see ``iri``),
including the annotation and selector nodes, so that two exports of the same
records are the same graph and can be compared with
``rdflib.compare.isomorphic`` without blank-node matching.

In TriG and N-Quads each source is a nanopublication: its article and claims
are the *assertion* graph, and three small graphs (head, provenance,
publication info) say which software made it, when, and from which article.
People, organisations and entities, shared by every source, are in the
default graph. Every format is written source by source, so memory use
does not grow with the number of sources: N-Triples, N-Quads, Turtle and
TriG by claimgraph's own writers (rdflib's Turtle serialiser also slows down
quadratically with the number of distinct IRI folders, one per claim here),
JSON-LD by rdflib compacting one source's graph at a time.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from importlib import metadata, resources
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from graph.errors import ClaimGraphError, InputError
from graph.errors import RdfError as RdfError  # re-exported: graph.rdf.RdfError is public
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
NP = Namespace("http://www.nanopub.org/nschema#")
SH = Namespace("http://www.w3.org/ns/shacl#")
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
    "np": str(NP),
    "wd": str(WIKIDATA),
}

#: Export format names (as the CLI takes them) and rdflib's parser/serialiser names.
FORMATS: dict[str, str] = {
    "turtle": "turtle",
    "jsonld": "json-ld",
    "nt": "nt",
    "trig": "trig",
    "nquads": "nquads",
}
#: Formats that hold named graphs: one nanopublication per source.
QUAD_FORMATS = frozenset({"trig", "nquads"})
#: Formats written source by source, without building the graph in memory.
STREAMED_FORMATS = frozenset({"nt", "nquads", "turtle", "trig", "jsonld"})
#: File suffixes and the format they mean, for reading files.
SUFFIXES: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
}

#: How many characters of context a TextQuoteSelector keeps on each side.
QUOTE_CONTEXT = 32

#: Files shipped next to this module (package data).
ONTOLOGY_FILE = "ontology.ttl"
SHAPES_FILE = "shapes.ttl"
CONTEXT_FILE = "context.jsonld"
#: The IRI the JSON-LD context is published under. A document that names it
#: as its @context gets the shipped file instead: it is never fetched.
CONTEXT_IRI = "https://claimgraph.example/context.jsonld"

# Countries get schema:Place as well as schema:Country: consumers rarely run
# RDFS inference, and a query for places should still find them.
ENTITY_TYPES: dict[str, tuple[URIRef, ...]] = {
    "country": (SCHEMA.Country, SCHEMA.Place),
    "place": (SCHEMA.Place,),
    "organisation": (SCHEMA.Organization,),
    "person": (SCHEMA.Person,),
    "other": (SCHEMA.Thing,),
}

# Characters rdflib refuses in an IRI; a scraped URL may contain them.
_IRI_UNSAFE = {c: f"%{ord(c):02X}" for c in '<>" {}|\\^`'}

Triple = tuple[Node, Node, Node]
#: A triple and the IRI of the named graph it belongs to.
Quad = tuple[Node, Node, Node, URIRef]


def _version() -> str:
    try:
        return metadata.version("claimgraph")
    except metadata.PackageNotFoundError:  # a source tree that is not installed
        return "0.0.0"


#: The software named as the generator in nanopublication provenance.
GENERATOR_VERSION = _version()


def iri(record_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """Return the IRI of a record: ``base`` + its id with the first ':' as '/'.

    ``person:valerii-zaluzhnyi`` becomes ``<base>person/valerii-zaluzhnyi``:
    the id prefix becomes a path segment, so each kind of record has its own
    folder under the base. A ``base`` ending in neither '/' nor '#' gets a '/'.
    """
    if not base.endswith(("/", "#")):
        base += "/"
    return URIRef(base + record_id.replace(":", "/", 1))


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI fit to prefix ids.

    Raises ``RdfError`` otherwise: every IRI of the export would be broken.
    """
    if not base.startswith(("http://", "https://")) or any(c in _IRI_UNSAFE for c in base):
        raise RdfError(f"--base {base}: not an absolute http(s) IRI without spaces or <>\"{{}}|\\^`")
    return base


def wikidata_iri(wikidata: str) -> URIRef:
    """Return the Wikidata entity IRI for a Q-id (``Q123``) or a full IRI."""
    if wikidata.startswith(("http://", "https://")):
        return URIRef(wikidata)
    return WIKIDATA[wikidata.strip()]


def _bind(manager: NamespaceManager) -> None:
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)


def new_graph() -> Graph:
    """Return an empty graph with claimgraph's prefixes bound."""
    # "core" keeps rdflib from binding its two dozen other vocabularies,
    # which JSON-LD would otherwise list in every @context.
    g = Graph(bind_namespaces="core")
    _bind(g.namespace_manager)
    return g


def new_dataset() -> Dataset:
    """Return an empty dataset (queries see the union of its graphs), prefixes bound."""
    ds = Dataset(default_union=True)
    ds.namespace_manager = NamespaceManager(ds, bind_namespaces="core")
    _bind(ds.namespace_manager)
    return ds


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
    activity of claimgraph ``version``; the nanopublication was generated at
    ``generated_at`` (given by the caller, so that exports can be repeated
    exactly).
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
            yield replace(extraction, claims=claims)


def build_graph(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of ``extractions``: sources, claims, speakers, entities.

    The same record appearing in several extractions adds the same triples,
    so duplicates merge.

    Raises ``RdfError`` when a claim's offsets do not match its source.
    """
    directory = Directory()
    return _graph(select(extractions, None, directory), directory, base)


def _graph(extractions: Iterable[Extraction], directory: Directory, base: str) -> Graph:
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
    and entities are in the default graph. ``generated_at`` defaults to now.

    Raises ``RdfError`` when a claim's offsets do not match its source.
    """
    directory = Directory()
    return _dataset(select(extractions, None, directory), directory, base, _when(generated_at), version)


def _dataset(
    extractions: Iterable[Extraction], directory: Directory, base: str, when: datetime, version: str
) -> Dataset:
    ds = new_dataset()
    for extraction in extractions:
        # rdflib types addN's contexts as Graphs; given an IRI it calls get_context itself.
        ds.addN((s, p, o, ds.get_context(g)) for s, p, o, g in _nanopub_quads(extraction, base, when, version))
    default = ds.default_context
    for t in directory.triples(base):
        default.add(t)
    return ds


def export(
    extractions: Iterable[Extraction],
    format: str,
    out: BinaryIO | None = None,
    base: str = DEFAULT_BASE,
    *,
    speaker_ids: Iterable[str] | None = None,
    generated_at: datetime | None = None,
    version: str = GENERATOR_VERSION,
) -> bytes | None:
    """Serialise the graph of ``extractions`` as UTF-8 in ``format``.

    ``format`` is one of ``FORMATS``. ``speaker_ids`` keeps only the claims of
    those speakers. ``generated_at`` is the time written in the provenance of
    TriG and N-Quads (default: now); pass it to make an export repeatable.
    N-Triples and N-Quads are written to ``out`` source by source.

    Returns the bytes, or writes them to ``out`` and returns None when
    ``out`` is given.

    Raises ``RdfError`` for an unknown format or a bad base (before any work
    is done) or a claim whose offsets do not match its source.
    """
    if format not in FORMATS:
        raise RdfError(f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
    check_base(base)
    target = BytesIO() if out is None else out
    directory = Directory()
    chosen = select(extractions, speaker_ids, directory)
    when = _when(generated_at)
    if format == "nt":
        _write_nt(chosen, directory, target, base)
    elif format == "nquads":
        _write_nquads(chosen, directory, target, base, when, version)
    elif format == "trig":
        _write_trig(chosen, directory, target, base, when, version)
    elif format == "turtle":
        _write_turtle(chosen, directory, target, base)
    else:
        _write_jsonld(chosen, directory, target, base)
    return target.getvalue() if isinstance(target, BytesIO) and out is None else None


def _when(generated_at: datetime | None) -> datetime:
    # Whole seconds in UTC: the same instant always gets the same literal.
    when = generated_at or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)


def _nanopub_quads(extraction: Extraction, base: str, when: datetime, version: str) -> Iterator[Quad]:
    graph = Nanopub.of(extraction.source.id, base).assertion
    for s, p, o in triples(extraction, base):
        yield s, p, o, graph
    yield from provenance_quads(extraction.source, base, when, version)


# ---- streaming N-Triples and N-Quads ---------------------------------------------


def _nt_term(term: Node) -> str:
    # The same escaping as rdflib's N-Triples serialiser: backslash, quote,
    # line feed and carriage return; everything else is written as UTF-8.
    if isinstance(term, Literal):
        text = '"' + term.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return f"<{term}>"


def _write_nt(extractions: Iterable[Extraction], directory: Directory, out: BinaryIO, base: str) -> None:
    for extraction in extractions:
        lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in triples(extraction, base)]
        out.write("".join(lines).encode("utf-8"))
    lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in directory.triples(base)]
    out.write("".join(lines).encode("utf-8"))


def _write_jsonld(extractions: Iterable[Extraction], directory: Directory, out: BinaryIO, base: str) -> None:
    """Write one JSON-LD document, compacted with the shipped context (inline,
    so it reads anywhere without fetching anything), source by source: rdflib
    compacts each source's small graph and its node objects go into one
    ``@graph``. A node several sources share (a speaker, an entity) appears
    once per source; JSON-LD merges node objects with the same ``@id``.
    """
    ctx = context()["@context"]
    out.write(b'{\n  "@context": ' + _indented(ctx) + b',\n  "@graph": [')
    first = True

    def write(g: Graph) -> None:
        nonlocal first
        if not len(g):
            return
        data = json.loads(g.serialize(format="json-ld", context=ctx))
        # Empty the graph now: rdflib's graph and store hold each other, so
        # only the cycle collector would free what they hold, long after.
        g.remove((None, None, None))
        nodes = data["@graph"] if "@graph" in data else [{k: v for k, v in data.items() if k != "@context"}]
        for node in nodes:
            out.write((b"\n    " if first else b",\n    ") + _indented(node, 4))
            first = False

    for extraction in extractions:
        write(_graph([extraction], Directory(), base))
    write(_graph([], directory, base))
    out.write(b"\n  ]\n}\n")


def _indented(value: Any, by: int = 2) -> bytes:
    """Return ``value`` as indented JSON (UTF-8) whose lines after the first are shifted ``by`` spaces."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + " " * by).encode("utf-8")


def _write_nquads(
    extractions: Iterable[Extraction],
    directory: Directory,
    out: BinaryIO,
    base: str,
    when: datetime,
    version: str,
) -> None:
    for extraction in extractions:
        quads = _nanopub_quads(extraction, base, when, version)
        lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} {_nt_term(g)} .\n" for s, p, o, g in quads]
        out.write("".join(lines).encode("utf-8"))
    # The default graph: plain triples.
    lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)} .\n" for s, p, o in directory.triples(base)]
    out.write("".join(lines).encode("utf-8"))


_TURTLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_TURTLE_PREFIXES = sorted(((ns, prefix) for prefix, ns in {**PREFIXES, "rdf": str(RDF)}.items()), key=lambda x: -len(x[0]))


def _ttl_term(term: Node) -> str:
    # Prefixed names for the vocabularies, full IRIs for records: the local
    # part of a record IRI holds '/', which Turtle would need escaped.
    if isinstance(term, Literal):
        if term.datatype and term.datatype != XSD.string and not term.language:
            text = _nt_term(Literal(str(term)))
            return f"{text}^^{_ttl_term(term.datatype)}"
        return _nt_term(term)
    text = str(term)
    for namespace, prefix in _TURTLE_PREFIXES:
        if text.startswith(namespace) and _TURTLE_LOCAL.match(text[len(namespace) :]):
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text}>"


def _turtle_block(statements: Iterable[Triple], indent: str = "") -> str:
    """Return Turtle for ``statements``, one subject per paragraph, predicates joined by ';'."""
    by_subject: dict[Node, list[tuple[Node, Node]]] = {}
    for s, p, o in statements:
        by_subject.setdefault(s, []).append((p, o))
    paragraphs = []
    for subject, pairs in by_subject.items():
        lines = [
            f"{'a' if p == RDF.type else _ttl_term(p)} {_ttl_term(o)}" for p, o in pairs
        ]
        paragraphs.append(f"{indent}{_ttl_term(subject)} " + f" ;\n{indent}    ".join(lines) + " .\n")
    return "\n".join(paragraphs)


def _prefix_lines() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for ns, prefix in sorted(_TURTLE_PREFIXES, key=lambda x: x[1])) + "\n"


def _write_turtle(extractions: Iterable[Extraction], directory: Directory, out: BinaryIO, base: str) -> None:
    out.write(_prefix_lines().encode("utf-8"))
    for extraction in extractions:
        out.write((_turtle_block(triples(extraction, base)) + "\n").encode("utf-8"))
    out.write(_turtle_block(directory.triples(base)).encode("utf-8"))


def _write_trig(
    extractions: Iterable[Extraction],
    directory: Directory,
    out: BinaryIO,
    base: str,
    when: datetime,
    version: str,
) -> None:
    out.write(_prefix_lines().encode("utf-8"))
    for extraction in extractions:
        by_graph: dict[Node, list[Triple]] = {}
        for s, p, o, g in _nanopub_quads(extraction, base, when, version):
            by_graph.setdefault(g, []).append((s, p, o))
        text = "".join(
            f"{_ttl_term(g)} {{\n{_turtle_block(statements, '    ')}}}\n\n" for g, statements in by_graph.items()
        )
        out.write(text.encode("utf-8"))
    out.write(f"{{\n{_turtle_block(directory.triples(base), '    ')}}}\n".encode("utf-8"))


# ---- the mapping of each record ------------------------------------------------


def _source(source: Source, base: str) -> Iterator[Triple]:
    node = iri(source.id, base)
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, SCHEMA.identifier, Literal(source.id)
    yield from _optional(node, SCHEMA.headline, source.title)
    if source.url:
        url = "".join(_IRI_UNSAFE.get(c, c) for c in source.url)
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
    if claim.prediction:
        yield from _prediction(claim.prediction, node, base)


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


def _person(person: Person, base: str) -> Iterator[Triple]:
    node = iri(person.id, base)
    yield node, RDF.type, SCHEMA.Person
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


# ---- shipped files -------------------------------------------------------------


def _shipped(name: str) -> str:
    try:
        return resources.files("graph").joinpath(name).read_text("utf-8")
    except OSError as e:
        raise RdfError(f"{name}: cannot be read: {e}") from e


def _shipped_graph(name: str) -> Graph:
    g = new_graph()
    try:
        g.parse(data=_shipped(name), format="turtle")
    except Exception as e:  # rdflib raises several unrelated parser errors
        raise RdfError(f"{name}: cannot be read: {e}") from e
    return g


def ontology() -> Graph:
    """Return the ``cg:`` ontology parsed from ``graph/ontology.ttl``.

    Raises ``RdfError`` if the shipped file is missing or malformed.
    """
    return _shipped_graph(ONTOLOGY_FILE)


def shapes() -> Graph:
    """Return the SHACL shapes parsed from ``graph/shapes.ttl``.

    Raises ``RdfError`` if the shipped file is missing or malformed.
    """
    return _shipped_graph(SHAPES_FILE)


def context() -> dict[str, Any]:
    """Return the JSON-LD context document ``graph/context.jsonld`` ({"@context": ...}).

    Raises ``RdfError`` if the shipped file is missing or not JSON.
    """
    try:
        data = json.loads(_shipped(CONTEXT_FILE))
    except json.JSONDecodeError as e:
        raise RdfError(f"{CONTEXT_FILE}: not JSON: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("@context"), dict):
        raise RdfError(f"{CONTEXT_FILE}: expected an object with an @context object")
    return data


# ---- reading RDF safely ----------------------------------------------------------

# Parsing runs with the network off for this thread: an audit hook refuses
# every socket connection and URL request while the flag is set. This guards
# against what the JSON-LD check below might miss (rdflib fetches remote
# contexts through urllib). Audit hooks cannot be removed, so one hook is
# installed once and does nothing unless the flag is set.
_offline = threading.local()
_hook_installed = False
_hook_lock = threading.Lock()
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "urllib.Request"})


class NetworkRefused(ClaimGraphError):
    """Parsing RDF tried to reach the network; claimgraph never fetches while parsing."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _NETWORK_EVENTS and getattr(_offline, "on", False):
        raise NetworkRefused(f"refused to reach the network while parsing RDF ({event} {args[:2]!r})")


@contextmanager
def offline() -> Iterator[None]:
    """Run the body with socket connections and URL requests refused in this thread.

    Raises ``NetworkRefused`` (inside the body) on any attempt to connect.
    """
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    previous = getattr(_offline, "on", False)
    _offline.on = True
    try:
        yield
    finally:
        _offline.on = previous


def format_of(path: Path, format: str | None = None) -> str:
    """Return the RDF format of ``path``: ``format`` if given, else from its suffix.

    Raises ``InputError`` for an unknown format or suffix.
    """
    if format is not None:
        if format not in FORMATS:
            raise InputError(path, f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
        return format
    try:
        return SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise InputError(
            path, f"cannot tell the RDF format from the suffix {path.suffix!r}; give --format"
        ) from None


def _local_jsonld(data: bytes, name: str | Path) -> str:
    """Return the JSON-LD document with its contexts made local, as text.

    Our published context IRI is replaced by the shipped file; any other
    context given by reference (a remote document, an @import) is refused,
    since resolving it would mean fetching it.
    """
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        raise InputError(name, f"not JSON: {e}") from e
    local = context()["@context"]

    def resolve(ctx: Any) -> Any:
        if isinstance(ctx, str):
            if ctx == CONTEXT_IRI:
                return local
            raise InputError(name, f"remote JSON-LD context {ctx!r} refused: claimgraph never fetches contexts")
        if isinstance(ctx, list):
            return [resolve(c) for c in ctx]
        if isinstance(ctx, dict):
            if "@import" in ctx:
                raise InputError(name, f"JSON-LD @import {ctx['@import']!r} refused: claimgraph never fetches contexts")
            return {k: walk(v) for k, v in ctx.items()}
        return ctx

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if isinstance(node, dict):
            # Scoped contexts sit inside term definitions, hence the walk.
            return {k: resolve(v) if k == "@context" else walk(v) for k, v in node.items()}
        return node

    return json.dumps(walk(doc))


def parse(data: bytes, format: str, name: str | Path = "<data>") -> Dataset:
    """Return the dataset in ``data`` (``format`` as in ``FORMATS``), parsed offline.

    Triples of Turtle, N-Triples and JSON-LD land in the default graph. No
    network access happens: remote JSON-LD contexts are refused, owl:imports
    are never followed, and any connection attempt fails.

    Raises ``InputError`` naming ``name`` when the data cannot be parsed or
    refers to a remote context.
    """
    if format not in FORMATS:
        raise InputError(name, f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
    text = _local_jsonld(data, name) if format == "jsonld" else data.decode("utf-8", errors="strict")
    ds = new_dataset()
    try:
        with offline():
            ds.parse(data=text, format=FORMATS[format], publicID=DEFAULT_BASE)
    except NetworkRefused as e:
        raise InputError(name, str(e)) from e
    except Exception as e:  # rdflib's parsers raise many unrelated exception types
        message = " ".join(str(e).split()) or type(e).__name__
        raise InputError(name, f"not valid {format}: {message}") from e
    return ds


def read(path: Path, format: str | None = None) -> Dataset:
    """Return the dataset in the RDF file ``path``, parsed offline (see ``parse``).

    Raises ``InputError`` when the file cannot be read or parsed.
    """
    fmt = format_of(path, format)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise InputError(path, "not UTF-8 text") from e
    try:
        return parse(data, fmt, path)
    except UnicodeDecodeError as e:
        raise InputError(path, "not UTF-8 text") from e


def union(ds: Graph) -> Graph:
    """Return one graph holding every triple of every graph of ``ds``."""
    g = new_graph()
    for t in ds.triples((None, None, None)):
        g.add(t)
    return g


# ---- SHACL -----------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path and what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        """Return the violation as one readable line: ``focus path: message``."""
        return f"{self.focus} {self.path or '-'}: {self.message}"


@dataclass(frozen=True)
class Report:
    """A SHACL validation report: conforms, and the violations found."""

    conforms: bool
    violations: tuple[Violation, ...]


def validate(data: Graph) -> Report:
    """Return the SHACL report of ``data`` (a graph or dataset) against ``graph/shapes.ttl``.

    The union of all graphs of a dataset is validated, since claims in a
    source's graph point at people in the default graph. No inference, no
    owl:imports, no network.

    Raises ``RdfError`` if the shapes cannot be read.
    """
    from pyshacl import validate as shacl_validate

    g = union(data) if isinstance(data, Dataset) else data
    with offline():
        conforms, results, _ = shacl_validate(
            g,
            shacl_graph=shapes(),
            inference="none",
            do_owl_imports=False,
            allow_infos=True,
            allow_warnings=True,
        )
    return Report(bool(conforms), tuple(_violations(results, g.namespace_manager)))


def validate_file(path: Path, format: str | None = None) -> Report:
    """Return the SHACL report of the RDF file ``path`` (see ``validate``).

    Raises ``InputError`` when the file cannot be read or parsed.
    """
    return validate(read(path, format))


def _violations(results: Graph, names: NamespaceManager) -> Iterator[Violation]:
    def show(node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return node.n3(names)
        if isinstance(node, Literal):
            return str(node)
        # A blank node: a path expression or a blank focus node.
        return str(node.n3())

    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=show(results.value(result, SH.focusNode)),
                path=show(results.value(result, SH.resultPath)),
                message=" ".join(str(results.value(result, SH.resultMessage) or "").split()),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    yield from sorted(found, key=lambda v: (v.focus, v.path, v.message))

