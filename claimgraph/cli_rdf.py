"""Commands for linked data: RDF export, import, SPARQL and SHACL validation (registered on the app when imported)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from .cli import app
from .common import FormatOption, fail, handles_errors, open_store, speaker_ids
from .output import Format, emit

if TYPE_CHECKING:
    from rdflib import Graph

DEFAULT_BASE = "https://claimgraph.example/id/"  # graph.rdf.DEFAULT_BASE; rdflib loads only when a command runs

RdfFormatOption = Annotated[
    str | None,
    typer.Option("--rdf-format", help="RDF format of the file: turtle, jsonld, nt, trig or nquads (default: from its suffix)."),
]


@contextmanager
def _destination(output: Path | None) -> Iterator[BinaryIO]:
    """Yield stdout, or a partial file renamed to ``output`` once everything is written."""
    if output is None:
        yield sys.stdout.buffer
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    typer.echo(f"wrote {output}", err=True)


@app.command()
@handles_errors
def export(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f",
            help="RDF format: turtle, jsonld, nt, trig or nquads (or ttl, json-ld, n-triples, nq); "
            "default: from -o's suffix (.ttl .jsonld .json .nt .trig .nq), Turtle on stdout.",
        ),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Only these source ids (repeatable).")] = None,
    by: Annotated[str | None, typer.Option(help="Only claims by this speaker (name or alias).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI of every node.")] = DEFAULT_BASE,
    generated_at: Annotated[
        datetime | None,
        typer.Option(help="Time written in the provenance of trig/nquads (default: when each source's claims were stored)."),
    ] = None,
) -> None:
    """Export the graph as RDF (schema.org, PROV-O, Web Annotation, cg: ontology).

    trig and nquads write one nanopublication per source; nt and nquads are
    written source by source. The file appears only once it is complete.

    Example: claimgraph export -o claims.trig
    """
    from graph import rdf

    chosen = rdf.output_format(output, fmt)
    rdf.check_base(base)
    with open_store() as store:
        extractions = store.extractions(source or None)
        speakers = speaker_ids(store, by)
    with _destination(output) as out:
        rdf.export(extractions, chosen, out, base, speaker_ids=speakers, generated_at=generated_at)


@app.command("import-rdf")
@handles_errors
def import_rdf(
    path: Annotated[Path, typer.Argument(help="An RDF file exported by claimgraph.")],
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="RDF format: turtle, jsonld, nt, trig or nquads (default: from the suffix).")
    ] = None,
) -> None:
    """Read an RDF export back into the store, each source in one transaction.

    Nothing is fetched from the network while reading (remote JSON-LD
    contexts are refused).

    Example: claimgraph import-rdf claims.trig
    """
    from graph.rdf.importer import import_rdf as run_import

    with open_store() as store:
        report = run_import(store, path, fmt)
    typer.echo(f"imported {len(report.sources)} source(s): {report.claims} claims, {report.predictions} predictions")


@app.command()
@handles_errors
def sparql(
    query: Annotated[str, typer.Argument(help="A .rq file, or the name of a shipped query (who_predicted).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (repeatable).")] = None,
    data: Annotated[Path | None, typer.Option(help="Query this RDF file instead of the store.")] = None,
    rdf_format: RdfFormatOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a SPARQL SELECT query over the graph (the store's, or an RDF file's).

    Shipped queries: who_predicted, predictions_due, expert_claims, source_claims.

    Example: claimgraph sparql queries/who_predicted.rq -p about=Kyiv
    """
    from graph import rdf
    from graph.rdf import sparql as sparql_lib

    named = sparql_lib.load(query)
    raw = sparql_lib.split_assignments(param or [])
    sparql_lib.bindings(named, raw)  # bad parameters fail before the store starts
    graph: Graph  # a Dataset from a file, a plain Graph from the store
    if data is not None:
        graph = rdf.read(data, rdf_format)
    else:
        with open_store() as store:
            graph = rdf.build_graph(store.extractions())
    columns, rows = sparql_lib.run(named, graph, raw)
    emit(rows, columns, fmt, title=named.name)


@app.command()
@handles_errors
def validate(
    path: Annotated[Path, typer.Argument(help="The RDF file to check.")],
    rdf_format: RdfFormatOption = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="table, json or csv (default: one line per violation).")
    ] = None,
) -> None:
    """Check an RDF file against claimgraph's SHACL shapes (graph/rdf/shapes.ttl).

    Prints one line per violation (focus node, path: message) and exits 1
    when the file does not conform.

    Example: claimgraph validate claims.ttl
    """
    from graph import rdf

    report = rdf.validate_file(path, rdf_format)
    if fmt is None:
        for violation in report.violations:
            typer.echo(violation.line())
    else:
        emit([asdict(v) for v in report.violations], ["focus", "path", "message", "severity"], fmt, title="Violations")
    if not report.conforms:
        fail(f"{path}: does not conform to the shapes ({len(report.violations)} violation(s))")
    typer.echo(f"{path}: conforms", err=True)
