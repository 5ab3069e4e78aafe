"""The tests never empty a Neo4j database that holds data without being told to."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimgraph import embedded
from claimgraph.settings import Settings
from graph.store import Store

from .conftest import REPO, WIPE


def test_the_suite_refuses_a_neo4j_database_that_holds_data(store: Store, settings: Settings) -> None:
    if not settings.embedded:
        pytest.skip("points NEO4J_URI at the embedded server")
    info = embedded.status(settings.home)
    assert info is not None
    store.driver.execute_query("CREATE (:Entity {id: 'entity:user-data', name: 'a user node'})", database_=store.database)
    env = {k: v for k, v in os.environ.items() if k != WIPE} | {
        "NEO4J_URI": info.uri,
        "NEO4J_USERNAME": "root",
        "NEO4J_PASSWORD": embedded.password(settings.home),
        "NEO4J_DATABASE": store.database or "",
    }
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/queries/test_cypher.py"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"holds 1 node and the tests empty it: point NEO4J_DATABASE at a scratch database, or set {WIPE}=1" in run.stdout + run.stderr
    records, _, _ = store.driver.execute_query("MATCH (e:Entity) RETURN e.name AS name", database_=store.database)
    assert [r["name"] for r in records] == ["a user node"]
