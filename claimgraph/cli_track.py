"""Commands for track records: resolutions, scorecards, timelines and networks (registered on the app when imported)."""

from __future__ import annotations

import getpass
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .cli import app
from .common import FormatOption, IncludeUnnamedOption, date_option, fail, handles_errors, open_store
from .output import Format, emit


class OutcomeChoice(str, Enum):
    """The outcomes a resolution may have (graph.track.resolutions.OUTCOMES)."""

    yes = "yes"
    no = "no"
    partly = "partly"
    ambiguous = "ambiguous"
    annulled = "annulled"


class Per(str, Enum):
    """Whose track record a scorecard lists."""

    expert = "expert"
    organisation = "organisation"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


@app.command()
@handles_errors
def resolve(
    prediction_id: Annotated[str | None, typer.Argument(help="The prediction's id (see predictions --format json).")] = None,
    outcome: Annotated[OutcomeChoice | None, typer.Option(help="Did the predicted event happen?")] = None,
    on: Annotated[str | None, typer.Option("--on", help="Day the outcome was settled (YYYY-MM-DD).", metavar="DATE")] = None,
    evidence: Annotated[list[str] | None, typer.Option(help="URL showing what happened (repeatable).")] = None,
    note: Annotated[str | None, typer.Option(help="What happened, in a sentence.")] = None,
    resolved_by: Annotated[str | None, typer.Option(help="Who judges (default: your login name).")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Apply a resolutions YAML file, or every one in a folder, instead.")
    ] = None,
    skip_unmatched: Annotated[
        bool, typer.Option(help="With --file: skip entries naming no stored prediction instead of failing.")
    ] = False,
) -> None:
    """Record how a prediction turned out; earlier resolutions are kept as history.

    The outcome is about the event as the prediction states it: for "there
    will be no offensive" an outcome of no means the speaker was right.
    Applying the same resolution or file again changes nothing.

    Example: claimgraph resolve --file data/resolutions/
    """
    from graph.track.resolutions import apply_resolutions
    from graph.track.resolutions import resolve as record

    if file is not None:
        if prediction_id or outcome or on:
            fail("--file: give either a file or a prediction id with --outcome and --on, not both")
        with open_store() as store:
            report = apply_resolutions(store, file, skip_unmatched=skip_unmatched)
    else:
        if not (prediction_id and outcome and on):
            fail("resolve: give a prediction id with --outcome and --on, or --file FILE")
        day = date_option("--on", on)
        assert prediction_id and outcome and day
        with open_store() as store:
            report = record(store, prediction_id, outcome.value, day, evidence or (), note, resolved_by or _user())
    typer.echo(report.summary())
    for line in report.skipped:
        typer.echo(f"skipped: {line}", err=True)


@app.command()
@handles_errors
def resolutions(
    prediction_id: Annotated[str | None, typer.Argument(help="Only this prediction.")] = None,
    history: Annotated[bool, typer.Option("--history", help="Also the superseded resolutions.")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """List how predictions were resolved: outcome, date, evidence, note and who judged.

    Example: claimgraph resolutions --history --format json
    """
    from graph.track.resolutions import resolutions as list_resolutions

    with open_store() as store:
        rows = list_resolutions(store, [prediction_id] if prediction_id else None, history)
    columns = ["speaker", "event", "outcome", "resolved_on", "note", "resolved_by"]
    if history:
        columns.append("superseded")
    if fmt is not Format.table:
        columns = ["id", "prediction_id", *columns, "evidence", "origin", "recorded_at", "superseded", "text"]
        columns = list(dict.fromkeys(columns))
    emit(rows, columns, fmt, title="Resolutions")


@app.command()
@handles_errors
def scorecard(
    per: Annotated[Per, typer.Option(help="Score each expert, or each organisation with its people.")] = Per.expert,
    calibration: Annotated[bool, typer.Option("--calibration", help="List the calibration table instead.")] = False,
    plot: Annotated[Path | None, typer.Option(help="Also draw the calibration chart (.png or .svg).")] = None,
    scale: Annotated[
        Path | None, typer.Option("--scale", help="Probability scale (YAML like data/lexicon/probability.yaml); default ICD 203.")
    ] = None,
    include_unnamed: IncludeUnnamedOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Score experts on resolved predictions: Brier score, hit rate and counts.

    Unnamed sources ("officials said") are left out unless --include-unnamed:
    each stands for one article's anonymous source, never a track record.

    Brier = mean of (f - o)^2 over predictions resolved yes/no that have a
    probability, with f the forecast that the event happens (1 - p for a
    negated prediction) and o = 1 for yes, 0 for no. Lower is better; always
    saying "could" (f = 0.5) scores 0.25.

    Probabilities are read from each prediction's words on the scale (the
    packaged ICD 203 one, or --scale FILE); the scale used is printed.

    Example: claimgraph scorecard --scale my_scale.yaml --plot calibration.png
    """
    from graph.track import scoring
    from ingest.probability import load_scale

    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        fail(f"--plot {plot}: use a .png or .svg file")
    used = load_scale(scale)
    with open_store() as store:
        rows = scoring.rescale(store.scorecard_rows(include_unnamed), used.lookup)
    typer.echo(f"scale: {used.describe()}", err=True)
    if plot is not None:
        scoring.plot_calibration(scoring.calibration(rows), plot)
        typer.echo(f"wrote {plot}", err=True)
    if calibration:
        table = [row.row() for row in scoring.calibration(rows)]
        emit(table, ["band", "low", "high", "predictions", "mean_forecast", "happened", "observed"], fmt, title="Calibration")
        return
    scores = [s.row() for s in scoring.scores(rows, per.value)]
    columns = ["name", "kind", "predictions", "resolved", "scored", "brier", "hits", "hit_rate", "excluded", "unscored"]
    emit(scores, columns if fmt is Format.table else ["id", *columns], fmt, title=f"Scorecard per {per.value}")


@app.command()
@handles_errors
def timeline(
    output: Annotated[Path, typer.Option("--output", "-o", help="Picture to write: .png, .svg or .html (hover tooltips).")],
) -> None:
    """Draw each expert's prediction windows on a time axis: colour = was the forecast right, dot = did the event happen.

    Example: claimgraph timeline -o timeline.png
    """
    from graph.track.timeline import timeline as draw

    with open_store() as store:
        written = draw(store, output)
    typer.echo(f"wrote {written}", err=True)


@app.command()
@handles_errors
def network(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the graph: .graphml or .gexf (Gephi).")] = None,
    top: Annotated[int | None, typer.Option(help="Print the N most central nodes.", min=1)] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Build the expert-entity-source network with centralities and communities; export it for Gephi.

    Example: claimgraph network -o experts.graphml --top 10
    """
    from graph.track import network as net

    if output is None and top is None:
        fail("network: give -o FILE (.graphml or .gexf), --top N, or both")
    with open_store() as store:
        graph = net.network(store)
    if output is not None:
        net.export(graph, output)
        typer.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    if top is not None:
        columns = ["label", "kind", "links", "degree", "betweenness", "community"]
        emit(net.central_nodes(graph, top), columns if fmt is Format.table else ["id", *columns], fmt, title="Central nodes")
