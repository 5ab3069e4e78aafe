"""Every Cypher text we ship passes Neo4j's own linter (Cypher 5) with no
finding at all: no error, no deprecation, no unknown label or property."""

from __future__ import annotations

from typing import Any

import pytest

import queries
from graph.store import cypher

from .conftest import code_strings, shipped_files

TEXTS = shipped_files() + code_strings()


@pytest.mark.parametrize("name", [t.name for t in TEXTS])
def test_passes_neo4j_linter(name: str, lint_results: dict[str, list[dict[str, Any]]]) -> None:
    findings = [f"{d['line']}:{d['column']}: {d['severity']}: {d['message']}" for d in lint_results[name]]
    # An unknown label, type or property means a typo, or a model change not yet
    # declared in graph/store/cypher.py (LABELS, RELATIONSHIPS) and queries/README.md.
    assert findings == [], f"{name}:\n" + "\n".join(findings)


def test_the_linter_catches_what_it_should() -> None:
    from .conftest import CypherText, lint

    found = lint([
        CypherText("deprecated", "MATCH (p:Person) RETURN id(p)", {}),
        CypherText("undeclared", "MATCH (p:Person {id: $who}) RETURN p", {}),
        CypherText("syntax", "MATCH (p:Person) RETRN p", {}),
        CypherText("typo", "MATCH (p:Persn) RETURN p.nme", {}),
    ])
    assert any(d["deprecated"] for d in found["deprecated"])
    assert [d["message"] for d in found["undeclared"]] == ["Parameter $who is not defined."]
    assert any(d["severity"] == "error" for d in found["syntax"])
    assert len(found["typo"]) == 2


def test_code_strings_are_found() -> None:
    names = {t.text for t in code_strings()}
    assert "MATCH (p:Person)-[:STATED]->(c:Claim) RETURN p.name, count(c) ORDER BY count(c) DESC" in names


@pytest.mark.parametrize("query", cypher.named_queries(), ids=lambda q: q.name)
def test_named_query_header_matches_its_parameters(query: cypher.NamedQuery) -> None:
    from .conftest import _used_parameters

    assert set(_used_parameters(query.text)) == {p.name for p in query.params}
    assert query.summary and query.columns


def test_every_file_has_a_header() -> None:
    for name in queries.names():
        assert queries.load(name).startswith("//"), name
