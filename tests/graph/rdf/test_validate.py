"""SHACL validation: the SPARQL constraints run once for the whole graph, with pySHACL's findings."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, namespace

from graph.rdf import CG, OA, SCHEMA, SH, export, parse, shapes, union, validate
from graph.rdf.validate import Report, _violations
from tests.graph.rdf.test_export import second_source
from tests.graph.rdf.test_mapping import make_extraction


def pyshacl_report(g: Graph) -> Report:
    """The report of pySHACL itself on the shipped shapes, SPARQL constraints included: the yardstick."""
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(g, shacl_graph=shapes(), inference="none", do_owl_imports=False,
                                          allow_infos=True, allow_warnings=True)
    return Report(bool(conforms), tuple(_violations(results, g.namespace_manager)))


def broken() -> Graph:
    """An export with one violation of each SPARQL constraint and two of core constraints.

    (XSD is reached through ``namespace``: as a module global, pytest's
    collection would probe it and rdflib warn.)
    """
    g = union(parse(export([make_extraction(), second_source()], "nt") or b"", "nt"))
    source = next(g.subjects(RDF.type, SCHEMA.NewsArticle))
    g.set((source, CG.textHash, Literal("0" * 64)))                       # hash no longer the text's
    claim = next(g.subjects(CG.direct, Literal(True)))
    g.set((claim, CG.direct, Literal(False)))                             # direct, but quoted
    selector = next(g.subjects(RDF.type, OA.TextPositionSelector))
    start = g.value(selector, OA.start)
    assert isinstance(start, Literal)
    g.set((selector, OA.start, Literal(int(start) + 1, datatype=namespace.XSD.nonNegativeInteger)))  # offsets off by one
    prediction = next(g.subjects(RDF.type, CG.Prediction))
    g.set((prediction, CG.probability, Literal("4", datatype=namespace.XSD.decimal)))
    g.remove((source, SCHEMA.inLanguage, None))
    return g


def test_the_findings_are_pyshacls() -> None:
    g = broken()
    report = validate(g)
    assert report == pyshacl_report(g)
    assert not report.conforms
    messages = {v.message for v in report.violations}
    # Every SPARQL constraint of the shapes found its broken node, and so did the core constraints.
    shipped = shapes()
    sparql = {" ".join(str(m).split()) for c in shipped.objects(None, SH.sparql) for m in shipped.objects(c, SH.message)}
    assert len(sparql) == 3 and sparql <= messages
    assert {"at most one probability, a decimal from 0 to 1", "a source needs exactly one language code"} <= messages


def test_a_good_export_conforms_as_for_pyshacl() -> None:
    g = union(parse(export([make_extraction(), second_source()], "trig") or b"", "trig"))
    assert validate(g) == pyshacl_report(g) == Report(True, ())


def test_a_node_of_another_class_is_not_checked_by_a_shapes_sparql_constraint() -> None:
    g = broken()
    claim = next(g.subjects(RDF.type, SCHEMA.Claim))
    # A claim has schema:text but no cg:textHash target: only sources are checked for their hash.
    g.add((claim, CG.textHash, Literal("0" * 64)))
    assert validate(g) == pyshacl_report(g)
