"""The command line through typer's CliRunner, on the test session's database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from claimgraph.cli import app
from graph.store import Store

from ..ingest.test_curated import GOOD, write

runner = CliRunner()


@pytest.fixture
def cli(store: Store, cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    """Run claimgraph with arguments on an empty test database; return the result."""

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env=cli_env, catch_exceptions=False)

    return run


def counts(cli) -> dict[str, int]:  # type: ignore[no-untyped-def]
    result = cli("db", "status", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)[0]


def test_ingest_then_list_people_claims_and_predictions(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", str(write(tmp_path, GOOD)))
    assert result.exit_code == 0, result.output
    assert "ingested 1 source(s): 2 claims, 1 predictions" in result.stdout

    people = json.loads(cli("people", "--format", "json").stdout)
    assert {p["name"] for p in people} == {"Valerii Zaluzhnyi", "Institute for the Study of War"}

    claims = json.loads(cli("claims", "--by", "zaluzhny", "--format", "json").stdout)
    assert [c["speaker"] for c in claims] == ["Valerii Zaluzhnyi"]
    assert claims[0]["published"] == "2022-12-20"

    predictions = json.loads(cli("predictions", "--unresolved", "--format", "json").stdout)
    assert predictions[0]["window_start"] == "2023-02-01"
    assert predictions[0]["speaker"] == "Valerii Zaluzhnyi"


def test_an_untitled_source_has_a_readable_label_in_listings_and_the_network(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from graph.model import source_label

    from ..ingest.test_curated import ARTICLE

    assert cli("ingest", str(write(tmp_path, GOOD))).exit_code == 0  # no title: publisher and date only
    label = source_label(None, "claimgraph samples", date(2022, 12, 20), ARTICLE)
    assert label == "claimgraph samples, 2022-12-20: \u201cKyiv, 20 December. The commander-in-chief said a new\u2026\u201d"
    claims = json.loads(cli("claims", "--format", "json").stdout)
    assert {c["source"] for c in claims} == {label}
    assert {c["source_title"] for c in claims} == {None}
    table = cli("claims").stdout
    assert "claimgraph samples," in table and "src:" in table  # the label, and the id in its own column
    top = json.loads(cli("network", "--top", "10", "--format", "json").stdout)
    assert [n["label"] for n in top if n["kind"] == "source"] == [label]


def test_ingesting_twice_changes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GOOD)
    cli("ingest", str(path))
    first = counts(cli)
    assert cli("ingest", str(path)).exit_code == 0
    assert counts(cli) == first


def test_a_bad_file_exits_1_with_one_error_line_and_writes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GOOD.replace("      kind: person\n", "      kind: human\n"))
    result = cli("ingest", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {path}:9: claims[0].speaker.kind: Input should be 'person' or 'organisation'"
    ]
    assert counts(cli)["Claim"] == 0
    assert counts(cli)["Source"] == 0


def test_in_a_batch_good_files_land_and_bad_ones_are_listed(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path, GOOD, "a.yaml")
    bad = write(tmp_path, GOOD.replace("could begin in February", "could begin in May", 1), "b.yaml")
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 1
    assert f"Error: {bad}:12: claims[0].text: not found in the article" in result.stderr
    assert counts(cli)["Claim"] == 2
    assert good.exists()


def test_missing_path_is_an_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.yaml'}: no such file or folder"


def test_unknown_speaker_is_an_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("claims", "--by", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --by Nobody Atall: no person or organisation of that name"


def test_bad_date_option(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("predictions", "--due-before", "next week")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --due-before next week: not a date (YYYY-MM-DD)"


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_listing_offers_every_format(cli, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", str(write(tmp_path, GOOD)))
    for command in (["people"], ["claims"], ["predictions"]):
        result = cli(*command, "--format", fmt)
        assert result.exit_code == 0, result.output
        if fmt == "json":
            assert isinstance(json.loads(result.stdout), list)
        elif fmt == "csv":
            assert len(result.stdout.splitlines()) >= 2
        else:
            assert "┃" in result.stdout


def test_export_turtle_parses_back(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", str(write(tmp_path, GOOD)))
    out = tmp_path / "claims.ttl"
    result = cli("export", "--format", "turtle", "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(out, format="turtle")
    schema = rdflib.Namespace("https://schema.org/")
    assert len(list(graph.subjects(rdflib.RDF.type, schema.Claim))) == 2
    names = {str(o) for o in graph.objects(None, schema.name)}
    assert "Valerii Zaluzhnyi" in names


def test_export_unknown_format(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("export", "--format", "docx")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --format docx: unknown RDF format")


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("claimgraph ")


def _commands(group, prefix=()):  # type: ignore[no-untyped-def]
    import typer.main

    click_group = typer.main.get_command(group)
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        if hasattr(command, "commands"):
            for sub in command.commands:
                yield (*prefix, name, sub)
        else:
            yield (*prefix, name)


@pytest.mark.parametrize("command", list(_commands(app)), ids=" ".join)
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example: claimgraph " in result.stdout


def test_unnamed_sources_are_left_out_unless_asked(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "2024-03-05-bridge.txt"
    article.write_text("Officials said the bridge would reopen in May.\n\nOlena Kovalenko said the bridge would stay shut.\n")
    assert cli("ingest", str(article)).exit_code == 0
    for command in ("people", "claims"):
        plain = {row.get("name") or row.get("speaker") for row in json.loads(cli(command, "--format", "json").stdout)}
        everyone = {row.get("name") or row.get("speaker")
                    for row in json.loads(cli(command, "--include-unnamed", "--format", "json").stdout)}
        assert plain == {"Olena Kovalenko"}
        assert everyone == {"Olena Kovalenko", "officials"}
    assert cli("scorecard", "--include-unnamed").exit_code == 0
