"""Writing RDF in five formats, source by source.

N-Triples, N-Quads, Turtle and TriG by claimgraph's own writers (rdflib's
Turtle serialiser slows down quadratically with the number of distinct IRI
folders, one per claim here), JSON-LD by rdflib compacting one source's
graph at a time, so memory use does not grow with the number of sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from io import BytesIO
from typing import Any, BinaryIO

from rdflib import RDF, XSD, Graph, Literal
from rdflib.term import Node

from graph.errors import RdfError
from graph.model import Extraction
from graph.rdf.mapping import Directory, graph_of, nanopub_quads, select, triples
from graph.rdf.shipped import context
from graph.rdf.terms import DEFAULT_BASE, FORMATS, GENERATOR_VERSION, PREFIXES, Triple, check_base


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
    those speakers. The provenance of TriG and N-Quads gives each source the
    time its claims were extracted and stored, so exporting the same records
    again gives the same graph; ``generated_at`` replaces it for every source.
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
    when = generated_at
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
        write(graph_of([extraction], Directory(), base))
    write(graph_of([], directory, base))
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
    when: datetime | None,
    version: str,
) -> None:
    for extraction in extractions:
        quads = nanopub_quads(extraction, base, when, version)
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
    when: datetime | None,
    version: str,
) -> None:
    out.write(_prefix_lines().encode("utf-8"))
    for extraction in extractions:
        by_graph: dict[Node, list[Triple]] = {}
        for s, p, o, g in nanopub_quads(extraction, base, when, version):
            by_graph.setdefault(g, []).append((s, p, o))
        text = "".join(
            f"{_ttl_term(g)} {{\n{_turtle_block(statements, '    ')}}}\n\n" for g, statements in by_graph.items()
        )
        out.write(text.encode("utf-8"))
    out.write(f"{{\n{_turtle_block(directory.triples(base), '    ')}}}\n".encode())


