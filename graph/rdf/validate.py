"""SHACL validation against the shipped shapes (pySHACL)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from graph.rdf.parse import offline, read, union
from graph.rdf.shipped import shapes
from graph.rdf.terms import SH


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
    """Return the SHACL report of ``data`` (a graph or dataset) against ``graph/rdf/shapes.ttl``.

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

