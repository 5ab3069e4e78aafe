"""Namespaces, formats and IRIs: the terms every part of the RDF view shares."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from rdflib import OWL, RDFS, XSD, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from graph.errors import RdfError

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

#: Other names people give the formats (file suffixes without the dot, media
#: type short names, rdflib's names), and the format each means.
ALIASES: dict[str, str] = {
    "ttl": "turtle",
    "json-ld": "jsonld",
    "json": "jsonld",
    "n-triples": "nt",
    "ntriples": "nt",
    "nq": "nquads",
    "n-quads": "nquads",
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
IRI_UNSAFE = {c: f"%{ord(c):02X}" for c in '<>" {}|\\^`'}

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
    if not base.startswith(("http://", "https://")) or any(c in IRI_UNSAFE for c in base):
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




def format_name(name: str) -> str:
    """Return the format ``name`` means (a name of ``FORMATS`` or an alias, any case).

    Raises ``RdfError`` for a name that is neither.
    """
    key = name.strip().lower()
    if key in FORMATS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    raise RdfError(f"--format {name}: unknown RDF format; choose one of {', '.join(FORMATS)} (or ttl, json-ld, n-triples, nq)")


def output_format(path: Path | None, format: str | None) -> str:
    """Return the format to write ``path`` in: ``format`` if given, else the one its suffix names.

    Without either (writing to stdout), Turtle.

    Raises ``RdfError`` for an unknown format, a suffix that names no format
    when ``format`` is not given, or a format that contradicts the suffix.
    """
    named = format_name(format) if format is not None else None
    implied = SUFFIXES.get(path.suffix.lower()) if path is not None else None
    if named is not None and implied is not None and named != implied:
        raise RdfError(f"--format {format}: contradicts -o {path}, whose suffix means {implied}; drop one or make them agree")
    if named is not None:
        return named
    if implied is not None:
        return implied
    if path is not None:
        raise RdfError(
            f"-o {path}: cannot tell the RDF format from the suffix {path.suffix or '(none)'}; "
            f"use {', '.join(dict.fromkeys(SUFFIXES))} or give --format"
        )
    return "turtle"
