"""Linked data: the RDF view of claimgraph's records, no database needed.

Standard vocabularies come first (schema.org for people, organisations,
articles and claims; PROV-O for attribution; the W3C Web Annotation
vocabulary for the quoted span); the few terms they lack live in the ``cg:``
ontology, ``ontology.ttl`` beside this file. ``shapes.ttl`` holds the SHACL
shapes every export conforms to, ``context.jsonld`` the JSON-LD context.
In TriG and N-Quads each source is a nanopublication; people, organisations
and entities, shared by every source, are in the default graph.

The modules, each one job:

- ``terms``: namespaces, format names, IRIs of records;
- ``mapping``: records to triples and nanopublication quads;
- ``export``: writing the five formats, source by source;
- ``parse``: reading RDF safely (local JSON-LD contexts only, the network off);
- ``shipped``: the ontology, shapes and context files;
- ``validate``: SHACL validation;
- ``importer``: RDF back into records and the store;
- ``sparql``: named SPARQL queries over the store's export or a file.

The names below are the package's public API (``from graph.rdf import export``).
"""

from graph.errors import RdfError
from graph.rdf.export import export
from graph.rdf.mapping import Directory, Nanopub, build_dataset, build_graph, provenance_quads, select, triples
from graph.rdf.parse import NetworkRefused, format_of, offline, parse, read, union
from graph.rdf.shipped import context, ontology, shapes
from graph.rdf.terms import (
    ALIASES,
    CG,
    CONTEXT_IRI,
    DEFAULT_BASE,
    ENTITY_TYPES,
    FORMATS,
    NP,
    OA,
    PREFIXES,
    PROV,
    QUAD_FORMATS,
    SCHEMA,
    SH,
    STREAMED_FORMATS,
    SUFFIXES,
    WIKIDATA,
    check_base,
    format_name,
    iri,
    new_dataset,
    new_graph,
    output_format,
    wikidata_iri,
)
from graph.rdf.validate import Report, Violation, validate, validate_file

__all__ = [
    "ALIASES", "CG", "CONTEXT_IRI", "DEFAULT_BASE", "ENTITY_TYPES", "FORMATS", "NP", "OA", "PREFIXES", "PROV",
    "QUAD_FORMATS", "SCHEMA", "SH", "STREAMED_FORMATS", "SUFFIXES", "WIKIDATA", "Directory", "Nanopub",
    "NetworkRefused", "RdfError", "Report", "Violation", "build_dataset", "build_graph", "check_base",
    "context", "export", "format_name", "format_of", "iri", "new_dataset", "new_graph", "offline", "ontology", "parse",
    "output_format", "provenance_quads", "read", "select", "shapes", "triples", "union", "validate", "validate_file",
    "wikidata_iri",
]
