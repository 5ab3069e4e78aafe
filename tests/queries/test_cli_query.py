"""`claimgraph query`, `cypher` and `schema` through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimgraph import embedded
from claimgraph.cli import app
from claimgraph.settings import Settings
from graph.store import Store

from .conftest import Fixture

runner = CliRunner()


@pytest.fixture
def cli(store: Store, graph: Fixture, cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    """Run claimgraph on the fixture graph; return the result."""

    def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env=cli_env | (env or {}), catch_exceptions=False)

    return run


def test_query_list_shows_named_queries_with_parameters(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("query", "--list", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = {row["query"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["predictions-due"]["parameters"] == "-p from=DATE -p to=DATE"
    assert rows["who-predicted"]["parameters"] == "-p about=ENTITY"
    assert rows["open-predictions"]["parameters"] == "[-p as_of=DATE]"
    assert "upsert-claims" not in rows
    assert rows["expert-ranking"]["answers"].startswith("Experts ranked by")


def test_who_predicted_matches_the_entity_by_alias(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("query", "who-predicted", "-p", "about=kiev", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [row["speaker"] for row in json.loads(result.stdout)] == ["Kyrylo Budanov", "Valerii Zaluzhnyi"]


def test_predictions_due_as_csv(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("query", "predictions-due", "-p", "from=2023-03-01", "-p", "to=2023-03-31", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("speaker,event,window_start,window_end,")
    assert lines[1].startswith("Yevhen Magda,Russia strikes Moldova,2022-12-20,2023-03-20,")
    assert len(lines) == 2


def test_a_table_stops_at_the_limit_and_says_so(cli) -> None:  # type: ignore[no-untyped-def]
    statement = "UNWIND range(1, 1500) AS i RETURN i"
    table = cli("cypher", statement)
    assert table.exit_code == 0, table.output
    assert "showing the first 1000 rows; --limit 0 shows all" in table.stderr
    assert " 1000 " in table.stdout and " 1001 " not in table.stdout
    everything = cli("cypher", statement, "--limit", "0")
    assert " 1500 " in everything.stdout and "showing the first" not in everything.stderr
    as_csv = cli("cypher", statement, "--format", "csv")
    assert len(as_csv.stdout.splitlines()) == 1501 and "showing the first" not in as_csv.stderr
    limited = cli("query", "who-predicted", "-p", "about=kiev", "--format", "json", "--limit", "1")
    assert [row["speaker"] for row in json.loads(limited.stdout)] == ["Kyrylo Budanov"]
    assert "showing the first row; --limit 0 shows all" in limited.stderr


@pytest.mark.parametrize(
    "args, error",
    [
        (["query", "predictions-due", "-p", "from=2023-01-01"], "Error: predictions-due: missing parameter to (date): -p to=DATE"),
        (["query", "predictions-due", "-p", "from=1 Jan", "-p", "to=2023-03-31"], "Error: -p from=1 Jan: not a date (YYYY-MM-DD)"),
        (["query", "who-predicted", "-p", "about=Atlantis"], "Error: -p about=Atlantis: no entity of that name"),
        (["query", "expert-claims", "-p", "expert=Nobody Atall"], "Error: -p expert=Nobody Atall: no person or organisation of that name"),
        (["query", "who-predicted", "-p", "about"], "Error: -p about: expected NAME=VALUE"),
        (["query", "who-predicted", "-p", "abut=Kyiv"], "Error: who-predicted: unknown parameter abut (parameters: about)"),
        (["cypher", "MATCH (n:Person) DETACH DELETE n"], None),
        (["cypher", "CREATE INDEX x IF NOT EXISTS FOR (p:Person) ON (p.role)"],
         "Error: cypher: a schema or administration command; nothing was run (use --write to allow it)"),
        (["cypher", "MATCH (n) RETURN n", "-p", "d:week=1"], "Error: -p d=1: unknown type week (use string, integer, float, boolean, date, entity, expert)"),
    ],
)
def test_errors_are_one_line(cli, args: list[str], error: str | None) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    if error is None:
        assert lines[0].startswith("Error: cypher: the statement would change the graph (")
        assert lines[0].endswith("); nothing was written (use --write to allow it)")
    else:
        assert lines == [error]


def test_unknown_query(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("query", "who-guessed")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: who-guessed: no such query (known: claim-provenance, ")


def test_cypher_reads_and_writes_only_with_the_flag(cli) -> None:  # type: ignore[no-untyped-def]
    statement = "MATCH (p:Person)-[:STATED]->(c:Claim) RETURN p.name, count(c) ORDER BY count(c) DESC, p.name"
    result = cli("cypher", statement, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["p.name,count(c)", "Kyrylo Budanov,1"]
    refused = cli("cypher", "MATCH (p:Person {id: 'person:yevhen-magda'}) SET p.role = 'analyst'")
    assert refused.exit_code == 1
    role = "MATCH (p:Person {id: 'person:yevhen-magda'}) RETURN p.role AS role"
    assert json.loads(cli("cypher", role, "-f", "json").stdout) == [{"role": None}]
    written = cli("cypher", "--write", "MATCH (p:Person {id: 'person:yevhen-magda'}) SET p.role = 'analyst'")
    assert written.exit_code == 0, written.output
    assert json.loads(cli("cypher", role, "-f", "json").stdout) == [{"role": "analyst"}]


def test_cypher_prints_nodes_readably(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("cypher", "MATCH (p:Person {id: $id}) RETURN p", "-p", "id=person:yevhen-magda", "--format", "csv")
    assert result.stdout.splitlines() == ["p", '"(:Person {id: ""person:yevhen-magda"", name: ""Yevhen Magda""})"']


def test_schema_command(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("schema", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {(r["kind"], r["name"]): r for r in json.loads(result.stdout)}
    assert rows[("label", "Claim")]["count"] == 4
    assert rows[("constraint", "person_id")]["properties"] == ["Person.id"]


def test_connection_problems_are_one_line_without_the_password(cli, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    if not settings.embedded:
        pytest.skip("uses the embedded server's address and password")
    info = embedded.status(settings.home)
    assert info is not None
    secret = embedded.password(settings.home)
    base = {"NEO4J_USERNAME": "root"}
    cases = [
        ({"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": secret},
         "Error: bolt://127.0.0.1:1: cannot reach the graph database (ServiceUnavailable)"),
        ({"NEO4J_URI": info.uri, "NEO4J_PASSWORD": secret + "x"},
         f"Error: {info.uri}: the server refused the login of user 'root'"),
        ({"NEO4J_URI": info.uri, "NEO4J_PASSWORD": secret, "NEO4J_DATABASE": "nope"},
         "Error: database nope: no such database on the server"),
    ]
    for env, error in cases:
        for args in (["query", "expert-ranking"], ["cypher", "RETURN 1"], ["schema"]):
            result = cli(*args, env=base | env)
            assert result.exit_code == 1, args
            assert result.stderr.strip().splitlines() == [error], args
            assert secret not in result.output
    # --debug shows the traceback instead of the one line.
    debug = runner.invoke(app, ["--debug", "schema"], env=base | cases[2][0])
    assert debug.exit_code == 1
    assert debug.exception is not None and "no such database" in str(debug.exception)
