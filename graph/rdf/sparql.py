"""SPARQL over claimgraph's RDF: named queries in ``queries/*.rq`` with typed parameters.

A named SPARQL query is a ``.rq`` file whose header holds a ``# @named``
line, one ``# @param NAME TYPE  description`` line per parameter (``TYPE?``
when it may be left out) and a ``# @returns col, col, ...`` line, like the
``.cypher`` files. Parameter values arrive as text (``-p about=Kyiv``), are
typed here and bound to the query's variable of the same name (``?about``);
they are never spliced into the query text. A parameter left out stays
unbound, which the query can test with ``BOUND(?name)``.

Queries run offline: ``SERVICE`` and ``FROM`` clauses cannot fetch anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.query import ResultRow
from rdflib.term import Identifier, Node, Variable

import queries
from graph import headers
from graph.errors import SparqlError as SparqlError  # re-exported: graph.rdf.sparql.SparqlError is public
from graph.errors import UnknownQuery
from graph.headers import Param as Param  # re-exported with the query records
from graph.rdf.parse import NetworkRefused, offline

PARAM_TYPES: tuple[str, ...] = ("string", "integer", "decimal", "boolean", "date", "iri")



@dataclass(frozen=True)
class SparqlQuery:
    """A SPARQL query: where it came from, its header and its text."""

    name: str
    summary: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str


def parse_header(name: str, text: str) -> SparqlQuery:
    """Return the query ``name`` with the header comment of ``text`` parsed.

    Raises ``SparqlError`` when a ``@param`` line names an unknown type.
    """
    header = headers.parse_header(text, "#", PARAM_TYPES, name, SparqlError)
    return SparqlQuery(name, header.summary, header.params, header.columns, text)


def names() -> list[str]:
    """Return the names of the SPARQL queries shipped in ``queries/``, sorted."""
    return queries.names(".rq")


def load(name_or_path: str | Path) -> SparqlQuery:
    """Return a SPARQL query from a file path, or by name from ``queries/`` (``who_predicted``).

    Raises:
        UnknownQuery: neither a readable file nor a shipped query of that name.
        SparqlError: its header declares a parameter of an unknown type.
    """
    path = Path(name_or_path)
    if path.is_file():
        try:
            return parse_header(str(path), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as e:
            raise UnknownQuery(f"{path}: cannot read: {e}") from e
    # "queries/who_predicted.rq" run outside the repository means the shipped file.
    if len(path.parts) > 1 and path.parent.name != "queries":
        raise UnknownQuery(f"{path}: no such file")
    name = path.name.removesuffix(".rq")
    return parse_header(f"queries/{name}.rq", queries.load(name, ".rq"))


def split_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """Return ``name=value`` words as a dict.

    Raises ``SparqlError`` for a word without '=' or a name given twice.
    """
    return headers.split_assignments(pairs, SparqlError)


def convert(name: str, ptype: str, value: str) -> Identifier:
    """Return ``value`` as the RDF term of type ``ptype`` (see ``PARAM_TYPES``).

    Raises ``SparqlError`` naming the parameter when the value is not of that type.
    """
    try:
        if ptype == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if ptype == "decimal":
            return Literal(Decimal(value), datatype=XSD.decimal)
        if ptype == "boolean":
            if value.lower() not in ("true", "false"):
                raise ValueError(value)
            return Literal(value.lower() == "true")
        if ptype == "date":
            return Literal(date.fromisoformat(value), datatype=XSD.date)
        if ptype == "iri":
            if not value.startswith(("http://", "https://", "urn:")) or " " in value:
                raise ValueError(value)
            return URIRef(value)
    except (ValueError, InvalidOperation):
        raise SparqlError(f"-p {name}={value}: not a{'n' if ptype[0] in 'aeiou' else ''} {ptype}") from None
    return Literal(value)


def bindings(query: SparqlQuery, raw: Mapping[str, str]) -> dict[str, Identifier]:
    """Return the parameters as typed RDF terms, checked against the query's header.

    A query without ``@param`` lines takes any parameter, as a plain string.

    Raises ``SparqlError`` for an unknown parameter, a missing required one
    or a value not of its type.
    """
    if not query.params:
        return {name: Literal(value) for name, value in raw.items()}
    declared = {p.name: p for p in query.params}
    if unknown := sorted(set(raw) - declared.keys()):
        raise SparqlError(f"-p {unknown[0]}: {query.name} takes no such parameter (it takes {', '.join(declared)})")
    if missing := [p.name for p in query.params if not p.optional and p.name not in raw]:
        raise SparqlError(f"{query.name}: missing parameter -p {missing[0]}={declared[missing[0]].type.upper()}")
    return {name: convert(name, declared[name].type, value) for name, value in raw.items()}


def run(query: SparqlQuery, data: Graph, raw: Mapping[str, str] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a SELECT ``query`` on ``data`` with the parameters ``raw`` (text values).

    Returns the column names and the rows, each a dict of Python values
    (IRIs as strings, literals as dates, numbers, booleans or strings,
    unbound as None).

    Raises ``SparqlError`` for a query that does not parse, is not a SELECT,
    reaches for the network, or gets bad parameters.
    """
    bound = bindings(query, raw or {})
    try:
        with offline():
            result = data.query(query.text, initBindings=bound)
            if result.type != "SELECT":
                raise SparqlError(f"{query.name}: only SELECT queries are supported, not {result.type}")
            columns = [str(v) for v in (result.vars or [])]
            # A SELECT result yields only ResultRows (ASK would yield a bool, CONSTRUCT triples).
            rows = [{c: _python(row[Variable(c)]) for c in columns} for row in result if isinstance(row, ResultRow)]
    except (SparqlError, NetworkRefused):
        raise
    except Exception as e:  # rdflib's SPARQL parser and evaluator raise many types
        message = " ".join(str(e).split()) or type(e).__name__
        raise SparqlError(f"{query.name}: {message}") from e
    return columns, rows


def _python(value: Node | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        converted = value.toPython()
        if isinstance(converted, Decimal):
            return float(converted)
        return converted if not isinstance(converted, Literal) else str(converted)
    return str(value)
