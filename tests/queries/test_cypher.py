"""Ad-hoc Cypher: read-only unless asked, graph values printed readably."""

from __future__ import annotations

from datetime import date

import pytest

from graph.errors import StoreError
from graph.store import Store, cypher

from .conftest import Fixture


def test_a_read_returns_columns_and_rows(store: Store, graph: Fixture) -> None:
    result = cypher.run_cypher(
        store,
        "MATCH (p:Person)-[:STATED]->(c:Claim) RETURN p.name AS name, count(c) AS claims ORDER BY name",
    )
    assert result.columns == ["name", "claims"]
    assert result.rows[0] == {"name": "Kyrylo Budanov", "claims": 1}
    assert result.updates == {}


@pytest.mark.parametrize(
    "statement",
    [
        "MATCH (p:Person) SET p.name = 'x'",
        "MATCH (p:Person) DETACH DELETE p",
        "CREATE (:Person {id: 'person:new'})",
        "MATCH (p:Person) REMOVE p.role RETURN p.name",
        "MATCH (p:Person) SET p:Organisation",
    ],
)
def test_a_write_without_the_flag_is_rolled_back_and_refused(statement: str, store: Store, graph: Fixture) -> None:
    before = store.counts()
    names = store.read("speaker_names")
    with pytest.raises(cypher.WriteRefused, match=r"^cypher: the statement would change the graph \(.+\); nothing was written \(use --write to allow it\)$"):
        cypher.run_cypher(store, statement)
    assert store.counts() == before
    assert store.read("speaker_names") == names
    assert cypher.run_cypher(store, "MATCH (n:Person:Organisation) RETURN count(n) AS n").rows == [{"n": 0}]


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE INDEX person_role IF NOT EXISTS FOR (p:Person) ON (p.role)",
        "// a comment first\nDROP CONSTRAINT person_id IF EXISTS",
        "create constraint x if not exists for (r:Resolution) require r.id is unique",
    ],
)
def test_schema_commands_are_refused_before_they_run(statement: str, store: Store) -> None:
    # The embedded server applies schema changes outside the transaction.
    with pytest.raises(cypher.WriteRefused, match=r"^cypher: a schema or administration command"):
        cypher.run_cypher(store, statement)


def test_a_write_with_the_flag_lands(store: Store, graph: Fixture) -> None:
    result = cypher.run_cypher(store, "MATCH (p:Person {id: $id}) SET p.role = $role", {"id": "person:yevhen-magda", "role": "analyst"}, write=True)
    assert result.updates == {"properties_set": 1}
    rows = cypher.run_cypher(store, "MATCH (p:Person {id: 'person:yevhen-magda'}) RETURN p.role AS role").rows
    assert rows == [{"role": "analyst"}]


def test_a_limit_keeps_the_first_rows_and_says_there_were_more(store: Store) -> None:
    statement = "UNWIND range(1, $n) AS i RETURN i ORDER BY i"
    result = cypher.run_cypher(store, statement, {"n": 2500}, limit=1000)
    assert [row["i"] for row in result.rows] == list(range(1, 1001))
    assert result.truncated
    exact = cypher.run_cypher(store, statement, {"n": 1000}, limit=1000)
    assert len(exact.rows) == 1000 and not exact.truncated
    whole = cypher.run_cypher(store, statement, {"n": 2500})
    assert len(whole.rows) == 2500 and not whole.truncated


def test_a_limited_write_still_writes_every_row(store: Store) -> None:
    result = cypher.run_cypher(store, "UNWIND range(1, 30) AS i CREATE (e:Entity {id: 'entity:' + toString(i)}) RETURN e.id AS id", write=True, limit=5)
    assert len(result.rows) == 5 and result.truncated
    assert result.updates["nodes_created"] == 30
    assert cypher.run_cypher(store, "MATCH (e:Entity) RETURN count(e) AS n").rows == [{"n": 30}]


def test_a_limited_read_that_writes_later_is_still_rolled_back(store: Store) -> None:
    # The rows past the limit are never fetched; whatever the server did for them is rolled back.
    statement = "UNWIND range(1, 20) AS i CALL (i) { WITH i WHERE i > 10 CREATE (:Entity {id: 'entity:' + toString(i)}) } RETURN i"
    try:
        cypher.run_cypher(store, statement, limit=2)
    except cypher.WriteRefused:
        pass
    assert cypher.run_cypher(store, "MATCH (e:Entity) RETURN count(e) AS n").rows == [{"n": 0}]


def test_a_syntax_error_is_one_line(store: Store) -> None:
    with pytest.raises(StoreError) as error:
        cypher.run_cypher(store, "MATC (n) RETURN n")
    assert str(error.value).startswith("cypher: ")
    assert "\n" not in str(error.value)


def test_values_are_parameters_typed_on_request(store: Store, graph: Fixture) -> None:
    params = cypher.cypher_params(cypher.split_assignments(["d:date=2023-03-01", "name=Yevhen Magda", "n:integer=2"]))
    assert params == {"d": date(2023, 3, 1), "name": "Yevhen Magda", "n": 2}
    result = cypher.run_cypher(
        store,
        "MATCH (p:Person {name: $name})-[:STATED]->(:Claim)-[:MAKES]->(x:Prediction) "
        "WHERE x.window_end >= $d RETURN x.event AS event LIMIT $n",
        params,
    )
    assert result.rows == [{"event": "Russia strikes Moldova"}]
    with pytest.raises(cypher.ParameterError, match=r"^-p x=1$|expected NAME=VALUE"):
        cypher.split_assignments(["x"])


def test_nodes_relationships_and_paths_print_readably(store: Store, graph: Fixture) -> None:
    result = cypher.run_cypher(
        store,
        "MATCH path = (p:Person {id: 'person:yevhen-magda'})-[r:STATED]->(c:Claim) RETURN p, r, path",
    )
    [row] = cypher.printable(result, text=True)
    assert row["p"] == '(:Person {id: "person:yevhen-magda", name: "Yevhen Magda"})'
    assert row["r"] == "[:STATED]"
    claim = graph.b.claims[1]
    assert row["path"] == (
        f'(:Person {{id: "person:yevhen-magda", name: "Yevhen Magda"}})-[:STATED]->'
        f'(:Claim {{id: "{claim.id}", text: "{claim.text}"}})'
    )
    [data] = cypher.printable(result, text=False)
    assert data["p"]["labels"] == ["Person"]
    assert data["p"]["properties"]["name"] == "Yevhen Magda"
    assert data["r"] == {"type": "STATED", "start": "person:yevhen-magda", "end": claim.id, "properties": {}}


def test_schema_lists_the_model_counts_and_declarations(store: Store, graph: Fixture) -> None:
    rows = {(r["kind"], r["name"]): r for r in cypher.schema(store)}
    assert rows[("label", "Person")]["count"] == 3
    assert "aliases" in rows[("label", "Person")]["properties"]
    assert rows[("relationship", "STATED")]["details"] == "(Person)->(Claim), (Organisation)->(Claim)"
    assert rows[("relationship", "ABOUT")]["count"] == 5
    assert rows[("constraint", "claim_id")]["properties"] == ["Claim.id"]
    assert rows[("index", "prediction_window_end")]["details"] == "range index"
    assert {kind for kind, _ in rows} == {"label", "relationship", "constraint", "index"}
