"""Track-record commands through CliRunner on the test session's database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from graph.store import Store

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
WINTER = REPO / "data" / "resolutions" / "winter-2023.yaml"


@pytest.fixture
def cli(store: Store, cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    """Run claimgraph on a test database holding the sample claims."""

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env=cli_env, catch_exceptions=False)

    assert run("ingest", str(REPO / "data" / "claims")).exit_code == 0
    return run


def moldova_id(cli) -> str:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("predictions", "--by", "Musteata", "--format", "json").stdout)
    [row] = [r for r in rows if r["text"] == "Russia could attack Moldova next year"]
    return str(row["id"])


def test_resolve_a_file_twice_then_list_what_is_left(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("resolve", "--file", str(WINTER))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "resolved 20 new, 0 replaced, 0 unchanged"
    assert cli("resolve", "--file", str(WINTER)).stdout.strip() == "resolved 0 new, 0 replaced, 20 unchanged"
    due = json.loads(cli("predictions", "--due-before", "2023-06-01", "--unresolved", "--format", "json").stdout)
    assert due == []
    left = json.loads(cli("predictions", "--unresolved", "--format", "json").stdout)
    assert len(left) == 8 and all(r["outcome"] is None for r in left)
    table = cli("predictions", "--by", "Budanov").stdout
    assert "outcome" in table


def test_open_means_a_running_window_unresolved_means_no_verdict(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("resolve", "--file", str(WINTER)).exit_code == 0

    def ids(*flags: str) -> set[str]:
        result = cli("predictions", *flags, "--format", "json")
        assert result.exit_code == 0, result.output
        return {r["id"] for r in json.loads(result.stdout)}

    every = json.loads(cli("predictions", "--format", "json").stdout)
    # The sample windows all closed in 2023: only predictions without an end are still open.
    assert ids("--open") == {r["id"] for r in every if r["window_end"] is None}
    assert ids("--unresolved") == {r["id"] for r in every if r["outcome"] is None}
    assert ids("--open") != ids("--unresolved")
    # A resolved prediction with no end is open; an unresolved one is in both.
    assert any(r["outcome"] for r in every if r["window_end"] is None)
    assert ids("--open", "--unresolved") == ids("--open") & ids("--unresolved")


def test_open_and_unresolved_say_what_they_mean() -> None:
    import typer.main

    command = typer.main.get_command(app).commands["predictions"]  # type: ignore[attr-defined]
    helps = {option: param.help for param in command.params for option in param.opts}
    assert helps["--open"] == (
        "Only predictions whose window has not closed yet (no end, or an end today or later), resolved or not."
    )
    assert helps["--unresolved"] == "Only predictions with no resolution recorded, whatever their window."


def test_resolve_one_prediction_and_see_its_history(cli) -> None:  # type: ignore[no-untyped-def]
    pid = moldova_id(cli)
    result = cli("resolve", pid, "--outcome", "partly", "--on", "2023-12-31", "--note", "first", "--resolved-by", "alice")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "resolved 1 new, 0 replaced, 0 unchanged"
    result = cli("resolve", pid, "--outcome", "no", "--on", "2023-12-31", "--evidence", "https://example.org/x",
                 "--note", "no offensive from Belarus", "--resolved-by", "bob")
    assert result.stdout.strip() == "resolved 0 new, 1 replaced, 0 unchanged"
    history = json.loads(cli("resolutions", pid, "--history", "--format", "json").stdout)
    assert [(h["outcome"], h["resolved_by"], h["superseded"]) for h in history] == [
        ("no", "bob", False), ("partly", "alice", True)]
    assert history[0]["evidence"] == ["https://example.org/x"]
    assert history[0]["origin"] == "command line"
    current = json.loads(cli("resolutions", "--format", "json").stdout)
    assert [c["outcome"] for c in current] == ["no"]


@pytest.mark.parametrize(
    "args, error",
    [
        (["resolve", "pred:nope", "--outcome", "no", "--on", "2023-03-31"],
         "Error: pred:nope: no such prediction (see claimgraph predictions --format json)"),
        (["resolve", "pred:nope", "--outcome", "no", "--on", "spring"], "Error: --on spring: not a date (YYYY-MM-DD)"),
        (["resolve", "pred:nope"], "Error: resolve: give a prediction id with --outcome and --on, or --file FILE"),
        (["resolve", "--file", "/nonexistent/res.yaml"], "Error: /nonexistent/res.yaml: cannot read: No such file or directory"),
        (["timeline", "-o", "t.pdf"], "Error: t.pdf: unknown picture format .pdf; use .png, .svg or .html"),
        (["network"], "Error: network: give -o FILE (.graphml or .gexf), --top N, or both"),
        (["scorecard", "--plot", "c.pdf"], "Error: --plot c.pdf: use a .png or .svg file"),
    ],
)
def test_errors_are_one_line(cli, args: list[str], error: str) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == 1
    assert result.stderr.strip() == error


def test_a_bad_resolutions_file_names_its_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(WINTER.read_text(encoding="utf-8").replace("outcome: ambiguous", "outcome: unclear", 1), encoding="utf-8")
    result = cli("resolve", "--file", str(bad))
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if "outcome: unclear" in text)
    assert result.stderr.strip() == (
        f"Error: {bad}:{line}: resolutions[1].outcome: Input should be 'yes', 'no', 'partly', 'ambiguous' or 'annulled'"
    )
    assert json.loads(cli("resolutions", "--format", "json").stdout) == []


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_scorecard_in_every_format(cli, fmt: str) -> None:  # type: ignore[no-untyped-def]
    cli("resolve", "--file", str(WINTER))
    result = cli("scorecard", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        rows = {r["name"]: r for r in json.loads(result.stdout)}
        assert rows["Institute for the Study of War"]["brier"] == 0.101
        assert rows["Valerii Zaluzhnyi"]["brier"] == 0.387
    elif fmt == "csv":
        rows = {r["name"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
        assert rows["Alexandru Musteata"]["brier"] == "0.25"
    else:
        assert "Institute for the Study of War" in result.stdout and "┃" in result.stdout
    per_org = json.loads(cli("scorecard", "--per", "organisation", "--format", "json").stdout)
    assert "Armed Forces of Ukraine" in {r["name"] for r in per_org}
    bands = json.loads(cli("scorecard", "--calibration", "--format", "json").stdout)
    assert [b["band"] for b in bands][3] == "even chance" and bands[3]["predictions"] == 6


def test_pictures_and_network_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("resolve", "--file", str(WINTER))
    png = tmp_path / "timeline.png"
    result = cli("timeline", "-o", str(png))
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    plot = tmp_path / "calibration.png"
    assert cli("scorecard", "--plot", str(plot)).exit_code == 0
    assert plot.read_bytes()[:4] == b"\x89PNG"
    graphml = tmp_path / "experts.graphml"
    result = cli("network", "-o", str(graphml), "--top", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    top = json.loads(result.stdout)
    assert len(top) == 3 and top[0]["label"] == "Institute for the Study of War"
    assert nx.read_graphml(graphml).number_of_nodes() > 11
    gexf = tmp_path / "experts.gexf"
    assert cli("network", "-o", str(gexf)).exit_code == 0
    assert nx.read_gexf(gexf).number_of_nodes() > 11


def test_scorecard_prints_its_scale_and_takes_a_users_own(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("resolve", "--file", str(WINTER))
    default = cli("scorecard", "--format", "json")
    assert default.stderr.startswith("scale: ICD 203 (") and "probability.yaml" in default.stderr
    scale = tmp_path / "coarse.yaml"
    scale.write_text(
        "name: Coarse\nbands:\n  low: {low: 0.0, high: 0.2}\n  high: {low: 0.8, high: 1.0}\n"
        "terms:\n  could: high\n  may: high\n  might: high\n  likely: high\n  unlikely: low\n",
        encoding="utf-8",
    )
    mine = cli("scorecard", "--scale", str(scale), "--format", "json")
    assert mine.exit_code == 0, mine.output
    assert mine.stderr.strip() == f"scale: Coarse ({scale})"
    assert json.loads(mine.stdout) != json.loads(default.stdout)  # "could" now means 0.9, not 0.5
    bad = cli("scorecard", "--scale", str(tmp_path / "missing.yaml"))
    assert bad.exit_code == 1 and bad.stderr.startswith(f"Error: {tmp_path / 'missing.yaml'}: cannot read")


def test_predictions_filtered_by_kind(cli) -> None:  # type: ignore[no-untyped-def]
    every = json.loads(cli("predictions", "--format", "json").stdout)
    forecasts = json.loads(cli("predictions", "--kind", "forecast", "--format", "json").stdout)
    intentions = json.loads(cli("predictions", "--kind", "intention", "--format", "json").stdout)
    assert every and {r["kind"] for r in every} == {"forecast"}  # the curated samples hold forecasts only
    assert forecasts == every and intentions == []
    assert cli("predictions", "--kind", "wish").exit_code != 0


def test_negated_predictions_read_negated_and_the_timeline_keeps_event_and_forecast_apart(  # type: ignore[no-untyped-def]
    cli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    cli("resolve", "--file", str(WINTER))
    wide = runner.invoke(app, ["predictions", "--by", "Budanov"], env={**cli_env, "COLUMNS": "300"})
    assert wide.exit_code == 0, wide.output
    assert "│ The Belarusian army joins the war against Ukraine (negated) " in wide.stdout
    assert "NOT" not in wide.stdout
    page = tmp_path / "timeline.html"
    result = cli("timeline", "-o", str(page))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {page}\n"
    text = page.read_text(encoding="utf-8")
    # Budanov: "the Belarusian army will not join the war", and it did not: the event did not happen, he was right.
    assert "event: The Belarusian army joins the war against Ukraine (negated)" in text
    assert "outcome: no, the event did not happen; the forecast was right" in text
    assert "outcome: yes, the event happened; the forecast was right" in text
    assert "NOT " not in text and "came true" not in text
