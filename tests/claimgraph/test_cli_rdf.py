"""claimgraph export, import-rdf, sparql and validate through CliRunner, on the test database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from graph.rdf import parse, read, union
from graph.store import Store
from tests.graph.rdf.test_export import same_dataset

from ..ingest.test_curated import GOOD, write

runner = CliRunner()
WHEN = "2024-05-01T12:00:00+00:00"


@pytest.fixture
def cli(store: Store, cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    """Run claimgraph on an empty test database holding the GOOD sample; return the result."""

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env=cli_env, catch_exceptions=False)

    return run


@pytest.fixture
def ingested(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    assert cli("ingest", str(write(tmp_path, GOOD))).exit_code == 0
    return cli


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("jsonld", "jsonld"), ("nt", "nt"), ("trig", "trig"), ("nquads", "nq")])
def test_export_import_export(ingested, store: Store, tmp_path: Path, fmt: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / f"first.{suffix}"
    result = ingested("export", "--format", fmt, "-o", str(first), "--generated-at", WHEN)
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"wrote {first}"
    assert not first.with_name(first.name + ".partial").exists()

    store.clear()
    store.ensure_schema()
    result = ingested("import-rdf", str(first))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "imported 1 source(s): 2 claims, 1 predictions"

    second = tmp_path / f"second.{suffix}"
    assert ingested("export", "-f", fmt, "-o", str(second), "--generated-at", WHEN).exit_code == 0
    assert same_dataset(read(first), read(second))


def test_export_to_stdout_by_speaker(ingested) -> None:  # type: ignore[no-untyped-def]
    result = ingested("export", "--format", "nt", "--by", "ISW")
    assert result.exit_code == 0, result.output
    g = union(parse(result.stdout_bytes, "nt"))
    texts = {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("schema:text")) if len(str(o)) < 80}
    assert texts == {"Russia is preparing a new stage of the war"}


def test_export_bad_base(ingested) -> None:  # type: ignore[no-untyped-def]
    result = ingested("export", "--base", "kg/")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --base kg/: not an absolute http(s) IRI")


def test_export_unknown_format(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("export", "--format", "docx")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --format docx: unknown RDF format")


@pytest.mark.parametrize(
    "name, fmt",
    [("x.ttl", "turtle"), ("x.jsonld", "jsonld"), ("x.json", "jsonld"), ("x.nt", "nt"), ("x.trig", "trig"), ("x.nq", "nquads")],
)
def test_export_takes_the_format_from_the_suffix(ingested, tmp_path: Path, name: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    result = ingested("export", "-o", str(out))
    assert result.exit_code == 0, result.output
    parse(out.read_bytes(), fmt, out)  # raises unless the file is in that format
    if fmt == "jsonld":
        assert json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("alias, suffix", [("ttl", "ttl"), ("json-ld", "jsonld"), ("n-triples", "nt"), ("nq", "nq"), ("TURTLE", "ttl")])
def test_export_accepts_common_aliases(ingested, tmp_path: Path, alias: str, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"claims.{suffix}"
    result = ingested("export", "--format", alias, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert read(out)  # the suffix and the alias name the same format


def test_export_refuses_a_format_that_contradicts_the_suffix(ingested, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "claims.ttl"
    result = ingested("export", "--format", "jsonld", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: --format jsonld: contradicts -o {out}, whose suffix means turtle; drop one or make them agree\n"
    )
    assert not out.exists()


def test_export_refuses_an_unknown_suffix_without_a_format(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "claims.rdf"
    result = cli("export", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: -o {out}: cannot tell the RDF format from the suffix .rdf; use .ttl")
    assert cli("export", "-f", "nt", "-o", str(out)).exit_code == 0  # a format given: any suffix


def test_sparql_over_the_store_as_json(ingested) -> None:  # type: ignore[no-untyped-def]
    result = ingested("sparql", "queries/who_predicted.rq", "-p", "about=Kyiv", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["speaker"], r["window_start"]) for r in rows] == [("Valerii Zaluzhnyi", "2023-02-01")]


def test_sparql_over_a_file_by_name_as_csv(ingested, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.trig"
    ingested("export", "-f", "trig", "-o", str(path))
    result = ingested("sparql", "predictions_due", "-p", "from=2023-01-01", "-p", "to=2023-03-01", "--data", str(path), "-f", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("speaker,event,window_start,window_end")
    assert len(lines) == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["who_predicted"], "Error: queries/who_predicted.rq: missing parameter -p about=STRING"),
        (["who_predicted", "-p", "about=Kyiv", "-p", "when=now"], "Error: -p when: queries/who_predicted.rq takes no such parameter (it takes about)"),
        (["predictions_due", "-p", "from=soon", "-p", "to=2023-01-01"], "Error: -p from=soon: not a date"),
        (["no_such_query"], "Error: no query named 'no_such_query'"),
    ],
)
def test_sparql_errors(cli, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("sparql", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message), result.stderr


def test_sparql_syntax_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.rq"
    path.write_text("SELECT ?x WHERE { ?x }")
    result = cli("sparql", str(path), "--data", str(path.with_suffix(".ttl")))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")


def test_validate_a_good_export(ingested, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.ttl"
    ingested("export", "-o", str(path))
    result = ingested("validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"{path}: conforms"


def test_validate_reports_one_line_per_violation(ingested, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.ttl"
    ingested("export", "-f", "nt", "-o", str(path.with_suffix(".nt")))
    # Break a probability and a window, as a hand edit might.
    text = path.with_suffix(".nt").read_text()
    text = text.replace('"0.4"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"4"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    text = text.replace('"2023-02-01"^^', '"2023-03-15"^^')
    path.with_suffix(".nt").write_text(text)
    result = ingested("validate", str(path.with_suffix(".nt")))
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("cg:probability: at most one probability, a decimal from 0 to 1")
    assert lines[1].endswith("cg:windowStart: at most one cg:windowStart, an xsd:date not after cg:windowEnd")
    assert all(line.startswith("<https://claimgraph.example/id/pred/") for line in lines)
    assert result.stderr.strip() == f"Error: {path.with_suffix('.nt')}: does not conform to the shapes (2 violation(s))"

    as_json = json.loads(ingested("validate", str(path.with_suffix(".nt")), "--format", "json").stdout)
    assert {v["path"] for v in as_json} == {"cg:probability", "cg:windowStart"}


def test_validate_refuses_a_remote_context(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "https://x.example/a"}))
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {path}: remote JSON-LD context 'http://127.0.0.1:9/context.jsonld' refused: claimgraph never fetches contexts"
    )


def test_import_rdf_missing_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("import-rdf", str(tmp_path / "nope.ttl"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.ttl'}: cannot read: No such file or directory"
