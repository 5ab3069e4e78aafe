"""The claimgraph command line: thin commands over the library.

Each command parses its options, opens the store, makes one library call and
prints. Errors from the library (``ClaimGraphError``) become one line,
``Error: <what>: <problem>``, on stderr and exit code 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .common import (
    FormatOption,
    date_option,
    entity_ids,
    fail,
    handles_errors,
    open_store,
    settings,
    speaker_ids,
    state,
)
from .output import Format, emit

app = typer.Typer(
    help="Who said what, and who predicted what: an expert-claim knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Manage the embedded database server.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: Annotated[
        Optional[Path],
        typer.Option("--db", help="Data directory of the embedded store (default: $CLAIMGRAPH_HOME).", metavar="DIR"),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Who said what, and who predicted what: an expert-claim knowledge graph.

    Example: claimgraph ingest data/claims && claimgraph predictions --open
    """
    state.db = db
    state.debug = debug


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Curated YAML files or folders of them.")],
) -> None:
    """Read sources and their claims and store them; re-ingesting changes nothing.

    Each source lands in one transaction. In a batch the good files land and
    the bad ones are listed at the end (exit code 1).

    Example: claimgraph ingest data/claims
    """
    from rich.progress import Progress

    from ingest.load import collect
    from ingest.load import ingest as run_ingest

    files = collect(paths)
    with open_store() as store, Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting", total=len(files))
        report = run_ingest(store, files, on_file=lambda _: bar.advance(task))
    typer.echo(
        f"ingested {len(report.sources)} source(s): {report.claims} claims, {report.predictions} predictions"
    )
    for error in report.errors:
        typer.echo(f"Error: {error}", err=True)
    if report.errors:
        raise typer.Exit(1)


@app.command()
@handles_errors
def people(fmt: FormatOption = Format.table) -> None:
    """List the experts: people and organisations with role, affiliation and claim counts.

    Example: claimgraph people --format csv
    """
    with open_store() as store:
        rows = store.people()
    emit(rows, ["name", "kind", "role", "affiliation", "claims", "predictions"], fmt, title="Experts")


@app.command()
@handles_errors
def claims(
    by: Annotated[Optional[str], typer.Option(help="Speaker name or alias (case-insensitive).")] = None,
    about: Annotated[Optional[str], typer.Option(help="Entity the claims are about.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source id.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List claims with their speaker, source and date, newest first.

    Example: claimgraph claims --by Zaluzhny
    """
    with open_store() as store:
        rows = store.claims(speaker_ids(store, by), entity_ids(store, about), source)
    columns = ["speaker", "text", "direct", "cue", "kind", "published", "source_title", "source_id"]
    if fmt is not Format.table:
        columns = ["id", *columns, "start", "end", "about", "speaker_id"]
    emit(rows, columns, fmt, title="Claims")


@app.command()
@handles_errors
def predictions(
    by: Annotated[Optional[str], typer.Option(help="Speaker name or alias (case-insensitive).")] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only predictions not yet resolved.")] = False,
    due_before: Annotated[
        Optional[str], typer.Option(help="Only windows ending before this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List who predicted what, for which time window.

    Example: claimgraph predictions --open --due-before 2023-04-01
    """
    due = date_option("--due-before", due_before)
    with open_store() as store:
        rows = store.predictions(speaker_ids(store, by), open_only, due)
    columns = ["speaker", "event", "horizon", "window_start", "window_end", "probability", "probability_words", "negated"]
    if fmt is not Format.table:
        columns.append("status")
    if fmt is not Format.table:
        columns = ["id", *columns, "text", "source_id", "published", "speaker_id"]
    emit(rows, columns, fmt, title="Predictions")


@app.command()
@handles_errors
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="RDF format: turtle, nt or jsonld.")] = "turtle",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    source: Annotated[Optional[list[str]], typer.Option(help="Only these source ids (repeatable).")] = None,
) -> None:
    """Export the graph as RDF (schema.org, PROV-O, Web Annotation).

    Example: claimgraph export --format turtle -o claims.ttl
    """
    from graph import rdf

    if fmt not in rdf.FORMATS:
        fail(f"--format {fmt}: unknown RDF format; choose one of {', '.join(rdf.FORMATS)}")
    with open_store() as store:
        extractions = store.extractions(source or None)
    data = rdf.export(extractions, fmt)
    assert data is not None
    if output is None:
        sys.stdout.buffer.write(data)
        return
    partial = output.with_name(output.name + ".partial")
    partial.write_bytes(data)
    partial.replace(output)
    typer.echo(f"wrote {output}", err=True)


@db_app.command("start")
@handles_errors
def db_start() -> None:
    """Start the embedded server (commands also start it when needed).

    Example: claimgraph db start
    """
    from . import embedded

    current = settings()
    if not current.embedded:
        fail("NEO4J_URI is set: claimgraph uses that server, not the embedded one")
    info = embedded.start(current.home, current.idle_minutes)
    typer.echo(f"embedded server running (pid {info.pid}, bolt port {info.bolt_port}) in {current.home}")


@db_app.command("stop")
@handles_errors
def db_stop() -> None:
    """Stop the embedded server.

    Example: claimgraph db stop
    """
    from . import embedded

    current = settings()
    stopped = embedded.stop(current.home)
    typer.echo("embedded server stopped" if stopped else "embedded server was not running")


@db_app.command("status")
@handles_errors
def db_status(fmt: FormatOption = Format.table) -> None:
    """Say where the data lives, which backend, and how many nodes of each kind.

    Example: claimgraph db status --format json
    """
    current = settings()
    with open_store() as store:
        counts = store.counts()
    row: dict[str, Any] = {"backend": "embedded ArcadeDB" if current.embedded else "neo4j"}
    if current.embedded:
        from . import embedded

        info = embedded.status(current.home)
        row |= {"data": str(current.home), "bolt": info.uri if info else None, "pid": info.pid if info else None}
    else:
        row |= {"uri": current.uri, "database": current.database or "(default)"}
    row |= counts
    if fmt is Format.table:
        emit([{"setting": k, "value": v} for k, v in row.items()], ["setting", "value"], fmt, title="claimgraph")
    else:
        emit([row], list(row), fmt)


# Command modules register themselves on ``app`` when imported; keep them last.
from . import cli_query, cli_rdf, cli_track  # noqa: E402,F401
