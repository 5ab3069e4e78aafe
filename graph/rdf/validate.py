"""SHACL validation against the shipped shapes (pySHACL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from graph.errors import RdfError
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

    pySHACL parses a SPARQL constraint's query again for every focus node
    (most of its time on an export: a query per claim); so the shapes' SPARQL
    constraints are taken out and each runs here once over the whole graph,
    giving the same results (``tests/graph/rdf/test_validate.py`` compares
    them with pySHACL's).

    Raises ``RdfError`` if the shapes cannot be read.
    """
    from pyshacl import validate as shacl_validate

    g = union(data) if isinstance(data, Dataset) else data
    core = shapes()
    constraints = _take_sparql_constraints(core)
    with offline():
        conforms, results, _ = shacl_validate(
            g,
            shacl_graph=core,
            inference="none",
            do_owl_imports=False,
            allow_infos=True,
            allow_warnings=True,
        )
        found = [*_violations(results, g.namespace_manager)]
        for constraint in constraints:
            found.extend(constraint.run(g))
    failed = not conforms or any(v.severity == "Violation" for v in found)
    return Report(not failed, tuple(sorted(found, key=lambda v: (v.focus, v.path, v.message))))


@dataclass(frozen=True)
class _SparqlConstraint:
    """A SHACL-SPARQL constraint of a node shape, run once for all its focus nodes."""

    query: str
    """The SELECT with its prefixes, ``$this`` as the free variable ``?this``."""
    classes: tuple[URIRef, ...]
    """The shape's target classes."""
    message: str
    severity: str

    def run(self, g: Graph) -> Iterator[Violation]:
        """Yield a violation for every solution whose ``?this`` is a focus node of the shape (an instance of a target class)."""
        focus: set[Node] = set()
        for cls in self.classes:
            for sub in g.transitive_subjects(RDFS.subClassOf, cls):
                focus.update(g.subjects(RDF.type, sub))
        for row in g.query(self.query):
            node = row.this  # type: ignore[union-attr]
            if node in focus:
                yield Violation(_show(node, g.namespace_manager), "", self.message, self.severity)


def _take_sparql_constraints(shapes_graph: Graph) -> list[_SparqlConstraint]:
    """Remove the sh:sparql constraints of targeted node shapes from ``shapes_graph``; return them.

    Raises ``RdfError`` for a constraint this cannot run the way pySHACL would
    (no target class, a deactivated constraint, or a ``$``-variable other than ``$this``).
    """
    taken = []
    for shape, node in list(shapes_graph.subject_objects(SH.sparql)):
        select = str(shapes_graph.value(node, SH.select) or "")
        classes = tuple(c for c in shapes_graph.objects(shape, SH.targetClass) if isinstance(c, URIRef))
        others = set(re.findall(r"\$(\w+)", select)) - {"this"}
        if not classes or others or shapes_graph.value(node, SH.deactivated) is not None \
                or any((shape, p, None) in shapes_graph for p in _OTHER_TARGETS):
            raise RdfError(f"shapes: cannot run the SPARQL constraint of {shape} once for the whole graph")
        prefixes = "".join(
            f"PREFIX {shapes_graph.value(d, SH.prefix)}: <{shapes_graph.value(d, SH.namespace)}>\n"
            for declared in shapes_graph.objects(node, SH.prefixes)
            for d in shapes_graph.objects(declared, SH.declare)
        )
        severity = shapes_graph.value(shape, SH.severity)
        taken.append(
            _SparqlConstraint(
                query=prefixes + re.sub(r"\$this\b", "?this", select),
                classes=classes,
                message=" ".join(str(shapes_graph.value(node, SH.message) or "").split()),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
        shapes_graph.remove((shape, SH.sparql, node))
    return taken


#: Targets other than sh:targetClass, which the constraints run here do not look at.
_OTHER_TARGETS = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def validate_file(path: Path, format: str | None = None) -> Report:
    """Return the SHACL report of the RDF file ``path`` (see ``validate``).

    Raises ``InputError`` when the file cannot be read or parsed.
    """
    return validate(read(path, format))


def _show(node: Node | None, names: NamespaceManager) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return node.n3(names)
    if isinstance(node, Literal):
        return str(node)
    # A blank node: a path expression or a blank focus node.
    return str(node.n3())


def _violations(results: Graph, names: NamespaceManager) -> Iterator[Violation]:
    def show(node: Node | None) -> str:
        return _show(node, names)

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

