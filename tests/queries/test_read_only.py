"""Without --write nothing changes the database, schema included: our checks
refuse what they can before it runs, and the database itself refuses the rest
(the embedded server's read-only account; Neo4j's READ access mode)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from neo4j import READ_ACCESS
from neo4j.exceptions import Neo4jError

from graph.errors import StoreError
from graph.store import Store, cypher

from .conftest import Fixture

#: Every way of writing the fault probe tried, and a few more spellings.
WRITE_FORMS = [
    "CREATE (:Person {id: 'person:new'})",
    "MERGE (p:Person {id: 'person:merged'}) RETURN p",
    "MERGE (x:NewLabel {id: 1}) RETURN x",
    "MATCH (p:Person) SET p.name = 'x'",
    "MATCH (p:Person) SET p:Organisation",
    "MATCH (p:Person) REMOVE p.role RETURN p.name",
    "MATCH (:Claim)-[r:ABOUT]->() DELETE r",
    "MATCH (p:Person) DETACH DELETE p",
    "MATCH (p:Person) FOREACH (i IN [1] | CREATE (:Entity {id: 'entity:loop'}))",
    "CALL () { CREATE (:Entity {id: 'entity:sub'}) }",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1 ROW",
    "UNWIND range(1, 5000000) AS i CREATE (:Bulk {i: i})",
    "CREATE INDEX person_role IF NOT EXISTS FOR (p:Person) ON (p.role)",
    "CREATE CONSTRAINT entity_kind IF NOT EXISTS FOR (e:Entity) REQUIRE e.kind IS UNIQUE",
    "DROP CONSTRAINT person_id IF EXISTS",
    "DROP INDEX source_published IF EXISTS",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Entity {id: row[0]})",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "cre/**/ate (:Person {id: 'person:split'})",
    "create (:Person {id: 'person:lower'})",
    "match (p:Person) detach delete p",
    "// a comment first\nMATCH (p:Person) /* and one inside */ SET p.name = 'y'",
]


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a write could change: nodes, relationships, labels, types, indexes, constraints."""

    def rows(statement: str) -> list[str]:
        records, _, _ = store.driver.execute_query(statement, database_=store.database)
        return sorted(repr(sorted(r.data().items())) for r in records)

    return {
        "nodes": rows("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"),
        "relationships": rows("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS p, b.id AS b"),
        "labels": rows("CALL db.labels() YIELD label RETURN label"),
        "types": rows("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"),
        "indexes": rows("SHOW INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties"),
        "constraints": rows("SHOW CONSTRAINTS YIELD name RETURN name"),
    }


@pytest.mark.parametrize("statement", WRITE_FORMS)
def test_cypher_without_write_refuses_every_write_form_and_changes_nothing(
    statement: str, store: Store, reader: Store, graph: Fixture
) -> None:
    before = snapshot(store)
    if statement.startswith("cre/"):
        # A comment separates tokens: `cre ate` is no keyword, and the server says so.
        with pytest.raises(StoreError, match=r"^cypher: .*(?:[Ss]yntax|Invalid input)"):
            cypher.run_cypher(reader, statement)
    else:
        with pytest.raises(cypher.WriteRefused, match=r"^cypher: .*nothing was (?:run|written) \(use --write to allow it\)$"):
            cypher.run_cypher(reader, statement)
    assert snapshot(store) == before


@pytest.mark.parametrize("statement", [s for s in WRITE_FORMS if not s.startswith(("cre/", "TERMINATE"))])
def test_the_database_itself_refuses_the_write_our_checks_would_stop(
    statement: str, store: Store, reader: Store, graph: Fixture
) -> None:
    # Past our own checks, straight to the server as `cypher` logs in: it must
    # refuse too (an auto-commit run, so IN TRANSACTIONS is valid Cypher here).
    before = snapshot(store)
    with pytest.raises(Neo4jError):
        with reader.driver.session(database=reader.database, default_access_mode=READ_ACCESS) as session:
            session.run(statement).consume()
    assert snapshot(store) == before


def test_a_concurrent_writer_cannot_be_terminated_read_only(store: Store, reader: Store, graph: Fixture) -> None:
    with store.driver.session(database=store.database) as session:
        tx = session.begin_transaction()
        tx.run("CREATE (:Entity {id: 'entity:pending', name: 'pending'})").consume()
        try:
            records, _, _ = store.driver.execute_query("SHOW TRANSACTIONS YIELD transactionId RETURN transactionId")
            ids = [r["transactionId"] for r in records]
        except Neo4jError:  # the embedded server does not list them
            ids = [f"neo4j-transaction-{i}" for i in range(1, 1000)]
        with pytest.raises(cypher.WriteRefused):
            cypher.run_cypher(reader, "TERMINATE TRANSACTIONS $ids", {"ids": ids})
        tx.commit()
    assert store.read("entity_names") and any(r["id"] == "entity:pending" for r in _entities(store))


def _entities(store: Store) -> list[dict[str, Any]]:
    records, _, _ = store.driver.execute_query("MATCH (e:Entity) RETURN e.id AS id", database_=store.database)
    return [r.data() for r in records]


def test_a_read_that_would_run_forever_is_stopped_and_the_server_lives(reader: Store, graph: Fixture) -> None:
    started = time.monotonic()
    with pytest.raises(StoreError, match=r"^cypher: the statement ran past its time limit and was stopped"):
        cypher.run_cypher(
            reader,
            "UNWIND range(1, 6000000) AS i UNWIND range(1, 1000) AS j WITH i WHERE i < 0 RETURN count(i) AS n",
            timeout=3,
        )
    assert time.monotonic() - started < 60
    assert cypher.run_cypher(reader, "MATCH (p:Person) RETURN count(p) AS n").rows == [{"n": 3}]


def test_a_read_that_would_fill_the_memory_is_stopped_and_the_server_lives(reader: Store, graph: Fixture) -> None:
    with pytest.raises(StoreError):
        cypher.run_cypher(
            reader,
            "UNWIND range(1, 5000000) AS i UNWIND range(1, 8) AS j "
            "WITH collect(toString(i) + '-padding-to-fill-the-heap-' + toString(j)) AS big RETURN size(big) AS n",
        )
    assert cypher.run_cypher(reader, "MATCH (p:Person) RETURN count(p) AS n").rows == [{"n": 3}]


def test_a_read_runs_as_before(reader: Store, graph: Fixture) -> None:
    result = cypher.run_cypher(reader, "MATCH (p:Person) RETURN p.name AS name ORDER BY name")
    assert [row["name"] for row in result.rows] == ["Kyrylo Budanov", "Valerii Zaluzhnyi", "Yevhen Magda"]
