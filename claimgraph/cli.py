"""The claimgraph command line: thin commands over the library.

Each command parses its options, opens the store, makes one library call and
prints. Errors from the library (``ClaimGraphError``) become one line,
``Error: <what>: <problem>``, on stderr and exit code 1.
"""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .common import (
    FormatOption,
    IncludeUnnamedOption,
    date_option,
    entity_ids,
    fail,
    handles_errors,
    open_store,
    settings,
    speaker_ids,
    state,
    use_limits,
)
from .output import Format, emit


class KindChoice(str, Enum):
    """The kinds of prediction (graph.model.PredictionKind)."""

    forecast = "forecast"
    intention = "intention"


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
        Path | None,
        typer.Option("--db", help="Data directory of the embedded store (default: $CLAIMGRAPH_HOME).", metavar="DIR"),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Who said what, and who predicted what: an expert-claim knowledge graph.

    Example: claimgraph ingest data/articles && claimgraph predictions
    """
    state.db = db
    state.debug = debug
    use_limits()


PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD); overrides the file's.", metavar="DATE")
]
PublisherOption = Annotated[str | None, typer.Option("--publisher", help="Publisher; overrides the file's.")]
UrlOption = Annotated[str | None, typer.Option("--url", help="URL; overrides the file's.")]
TitleOption = Annotated[str | None, typer.Option("--title", help="Title; overrides the file's.")]


class ExtractFormat(str, Enum):
    """How ``claimgraph extract`` gives its claims: a listing, or brat files."""

    table = "table"
    json = "json"
    csv = "csv"
    brat = "brat"


def _overrides(published: str | None, publisher: str | None, url: str | None, title: str | None) -> Any:
    from ingest.load import Overrides

    return Overrides(date_option("--published", published), publisher, url, title)


@app.command()
@handles_errors
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Articles (.txt .md .html .jsonl), curated YAML, or folders of them.")
    ],
    published: PublishedOption = None,
    publisher: PublisherOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    scale: Annotated[
        Path | None, typer.Option("--scale", help="Probability scale (YAML like data/lexicon/probability.yaml); default ICD 203.")
    ] = None,
) -> None:
    """Extract (articles) or read (curated YAML) sources and store them.

    Each source lands in one transaction; re-ingesting changes nothing. In a
    batch the good sources land and the bad ones are listed at the end (exit
    code 1).

    Example: claimgraph ingest data/claims article.txt corpus.jsonl
    """
    from rich.progress import Progress

    from ingest.load import collect, count_sources
    from ingest.load import ingest as run_ingest
    from ingest.probability import load_scale, use_scale

    overrides = _overrides(published, publisher, url, title)
    files = collect(paths)
    with use_scale(load_scale(scale) if scale else None), open_store() as store, Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting", total=count_sources(files))
        report = run_ingest(store, files, overrides=overrides, on_source=lambda _: bar.advance(task))
    typer.echo(
        f"ingested {len(report.sources)} source(s): {report.claims} claims, {report.predictions} predictions"
    )
    if report.lost:
        for where in report.stored:
            typer.echo(f"  {where}")
    for note in report.notes:
        typer.echo(f"Note: {note}", err=True)
    for error in report.errors:
        typer.echo(f"Error: {error}", err=True)
    if report.lost:
        fail(f"{report.lost}: the {len(report.sources)} source(s) listed above landed, "
             "the others did not; re-run the ingest once the server is back (re-ingesting changes nothing)")
    if report.errors:
        raise typer.Exit(1)


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Articles (.txt .md .html .jsonl) or folders of them.")],
    published: PublishedOption = None,
    publisher: PublisherOption = None,
    url: UrlOption = None,
    title: TitleOption = None,
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format; brat writes files for an annotation tool.")
    ] = ExtractFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Folder for --format brat.", metavar="DIR")
    ] = None,
) -> None:
    """Print the claims extracted from articles; store nothing.

    JSON (the default) follows the output contract in the README: one object
    for one source, an array for several. --format brat -o DIR writes
    DIR/<name>.txt and DIR/<name>.ann per article for brat or INCEpTION; once
    corrected there, `claimgraph ingest DIR` stores the corrected claims.

    Example: claimgraph extract article.txt --published 2022-12-20 --format json
    """
    from ingest.load import extract_paths

    if (fmt is ExtractFormat.brat) != (output is not None):
        fail("--output: give -o DIR with --format brat, and only then")
    extractions, errors = extract_paths(paths, _overrides(published, publisher, url, title))
    if output is not None:
        from ingest.brat_claims import write_brat

        written = write_brat(extractions, output)
        typer.echo(f"wrote {len(written)} article(s) with {sum(len(e.claims) for e in extractions)} claims to {output}")
    else:
        print_extractions(extractions, Format(fmt.value))
    for error in errors:
        typer.echo(f"Error: {error}", err=True)
    if errors:
        raise typer.Exit(1)


def print_extractions(extractions: list[Any], fmt: Format) -> None:
    """Print extractions as the JSON contract, or their claims as a table or CSV."""

    from ingest.jsonout import extraction_to_json

    documents = [extraction_to_json(e) for e in extractions]
    for document in documents:
        for note in document["source"]["notes"]:
            typer.echo(f"Note: {document['source']['path']}: {note}", err=True)
    if fmt is Format.json:
        body = documents[0] if len(documents) == 1 else documents
        typer.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    # a row per prediction (a claim that makes none has one row, with empty prediction columns)
    rows = [
        {
            **claim,
            "speaker": claim["speaker"]["name"],
            "source_id": document["source"]["id"],
            "window_start": prediction.get("window_start"),
            "window_end": prediction.get("window_end"),
            "prediction_kind": prediction.get("kind"),
            "event": prediction.get("event"),
            "negated": prediction.get("negated"),
            "condition": prediction.get("condition"),
        }
        for document in documents
        for claim in document["claims"]
        for prediction in claim["predictions"] or [{}]
    ]
    columns = ["speaker", "text", "direct", "cue", "is_prediction", "window_start", "window_end"]
    if fmt is Format.csv:
        columns = ["id", "source_id", *columns, "prediction_kind", "event", "negated", "condition",
                   "start", "end", "confidence",
                   "cue_start", "cue_end", "mention", "mention_start", "mention_end",
                   "antecedent", "antecedent_start", "antecedent_end", "via", "via_start", "via_end"]
    emit(rows, columns, fmt, title="Claims")


@app.command()
@handles_errors
def evaluate(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Gold files or folders: gold YAML (ours, curated, news corpus) or brat standoff (.ann)."),
    ],
    extractor: Annotated[
        str, typer.Option("--extractor", help="Registered extractor to score: default (what extract and ingest run), rules, model, combined... (ingest/extractors.py).")
    ] = "default",
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list every missed gold content and every wrong claim.")
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Score an extractor against gold annotations: content P/R/F1, speakers, predictions, relays.

    The format is detected per file: claimgraph's gold YAML, curated claims,
    the news corpus gold (verbatim quotes), or brat standoff (a .ann file, a
    .txt with its .ann, a folder such as PolNeAR's split). A gold content is
    found when claims cover half its characters; a claim is correct when half
    of it lies in gold content of the same speaker. With --errors, JSON is
    one object {"scores": [...], "errors": [...]}; CSV and tables follow the
    scores with the errors.

    Example: claimgraph evaluate ../shared/corpus/news/gold --errors
    """
    from rich.progress import Progress

    from ingest.evaluate import MISTAKE_COLUMNS, SCORE_COLUMNS, mistake_rows, score_rows
    from ingest.evaluate import evaluate as run_evaluate
    from ingest.extractors import get_extractor

    chosen = get_extractor(extractor)
    with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("evaluating", total=None)
        results = run_evaluate(paths, chosen, on_progress=lambda done, total: bar.update(task, completed=done, total=total))
    for row in mistake_rows(results):
        if row["error"] == "unfound":
            typer.echo(f"Warning: {row['gold']}: quote not found in its article: {row['text']}", err=True)
    rows = score_rows(results, None if fmt is Format.json else "n/a")
    if not errors:
        emit(rows, SCORE_COLUMNS, fmt, title=f"Extraction ({extractor}) against gold")
    elif fmt is Format.json:
        typer.echo(json.dumps({"scores": rows, "errors": mistake_rows(results)}, ensure_ascii=False, indent=2))
    else:
        emit(rows, SCORE_COLUMNS, fmt, title=f"Extraction ({extractor}) against gold")
        typer.echo()
        emit(mistake_rows(results), MISTAKE_COLUMNS, fmt, title="Errors")


@app.command()
@handles_errors
def people(include_unnamed: IncludeUnnamedOption = False, fmt: FormatOption = Format.table) -> None:
    """List the experts: people and organisations with role, affiliation and claim counts.

    Unnamed sources ("officials said") are left out unless --include-unnamed.

    Example: claimgraph people --format csv
    """
    with open_store() as store:
        rows = store.people(include_unnamed)
    emit(rows, ["name", "kind", "role", "affiliation", "claims", "predictions"], fmt, title="Experts")


@app.command()
@handles_errors
def claims(
    by: Annotated[str | None, typer.Option(help="Speaker name or alias (case-insensitive).")] = None,
    about: Annotated[str | None, typer.Option(help="Entity the claims are about.")] = None,
    source: Annotated[str | None, typer.Option(help="Source id.")] = None,
    include_unnamed: IncludeUnnamedOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """List claims with their speaker, source and date, newest first.

    Claims of unnamed sources ("officials said") are left out unless --include-unnamed.

    Example: claimgraph claims --by Zaluzhny
    """
    with open_store() as store:
        rows = store.claims(speaker_ids(store, by), entity_ids(store, about), source, include_unnamed)
    columns = ["speaker", "text", "direct", "cue", "kind", "published", "source", "source_id"]
    if fmt is not Format.table:
        columns = ["id", *columns, "source_title", "start", "end", "about", "speaker_id"]
    emit(rows, columns, fmt, title="Claims")


@app.command()
@handles_errors
def predictions(
    by: Annotated[str | None, typer.Option(help="Speaker name or alias (case-insensitive).")] = None,
    open_window: Annotated[
        bool,
        typer.Option(
            "--open",
            help="Only predictions whose window has not closed yet (no end, or an end today or later), "
            "resolved or not.",
        ),
    ] = False,
    due_before: Annotated[
        str | None, typer.Option(help="Only windows ending before this date (YYYY-MM-DD).", metavar="DATE")
    ] = None,
    unresolved: Annotated[
        bool,
        typer.Option("--unresolved", help="Only predictions with no resolution recorded, whatever their window."),
    ] = False,
    kind: Annotated[KindChoice | None, typer.Option("--kind", help="Only forecasts or only intentions.")] = None,
    include_unnamed: IncludeUnnamedOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """List who predicted what, for which time window, and how it turned out.

    --open is about time (the window is still running), --unresolved about
    verdicts (nobody has recorded how it turned out); both together give the
    running windows nobody has judged.

    Predictions of unnamed sources ("officials said") are left out unless --include-unnamed.

    Example: claimgraph predictions --kind intention --due-before 2023-06-01 --unresolved
    """
    from datetime import date

    due = date_option("--due-before", due_before)
    with open_store() as store:
        rows = store.predictions(
            speaker_ids(store, by), date.today() if open_window else None, due, unresolved, kind.value if kind else None,
            include_unnamed,
        )
    if fmt is Format.table:
        conditions = ["if"] if any(row.get("condition") for row in rows) else []  # the column only when it says something
        emit([_prediction_cells(row) for row in rows], ["speaker", "kind", "predicts", *conditions, "window", "likelihood", "outcome"],
             fmt, title="Predictions")
        return
    columns = [
        "id", "speaker", "event", "kind", "condition", "horizon", "window_start", "window_end", "probability", "probability_words",
        "negated", "outcome", "status", "resolved_on", "text", "source_id", "published", "speaker_id",
    ]
    emit(rows, columns, fmt)


def _prediction_cells(row: dict[str, Any]) -> dict[str, Any]:
    """Return a prediction as the compact cells of the table view."""
    from graph.model import event_label

    start, end = row.get("window_start"), row.get("window_end")
    window = f"{start} – {end}" if start or end else (f"({row['horizon']})" if row.get("horizon") else "")
    words = row.get("probability_words") or ""
    likelihood = f"{row['probability']:g} {words}".strip() if row.get("probability") is not None else words
    return {
        "speaker": row["speaker"],
        "kind": row.get("kind"),
        "predicts": event_label(row["event"], bool(row.get("negated"))),
        "if": row.get("condition") or "",
        "window": window,
        "likelihood": likelihood,
        "outcome": row.get("outcome"),
    }


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
    began, clock = time.time(), time.monotonic()
    info = embedded.start(current.home, current.idle_minutes)
    how = f"started in {time.monotonic() - clock:.1f} s" if info.started_at >= began else "already running"
    typer.echo(f"embedded server {how} (pid {info.pid}, bolt port {info.bolt_port}) in {current.home}")


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
    """Say which backend, where the data lives and, on a running server, how many nodes of each kind.

    A stopped embedded server stays stopped: status reports its data
    directory and size on disk without starting it.

    Example: claimgraph db status --format json
    """
    current = settings()
    row: dict[str, Any] = {"backend": "embedded ArcadeDB" if current.embedded else "neo4j"}
    running = True
    if current.embedded:
        from . import embedded

        info = embedded.status(current.home)
        running = info is not None
        row |= {
            "server": "running" if info else "stopped",
            "data": str(current.home),
            "size": f"{embedded.disk_usage(current.home) / 1e6:.1f} MB on disk",
            "bolt": info.uri if info else None,
            "pid": info.pid if info else None,
        }
    else:
        row |= {"uri": current.uri, "database": current.database or "(default)"}
    if running:
        with open_store() as store:
            row |= store.counts()
    if fmt is Format.table:
        emit([{"setting": k, "value": v} for k, v in row.items()], ["setting", "value"], fmt, title="claimgraph")
    else:
        emit([row], list(row), fmt)


# Command modules register themselves on ``app`` when imported; keep them last.
from . import cli_query, cli_rdf, cli_track  # noqa: E402,F401
