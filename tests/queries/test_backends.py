"""Same answers on both backends: in the Neo4j pass (NEO4J_URI set) every named
query, the schema listing and the counts run on the fixture graph on Neo4j and on
the embedded ArcadeDB server, started here beside it, and the rows are compared
whole. Differences that stay are listed in queries/README.md."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimgraph import embedded
from claimgraph.connect import open_store
from claimgraph.settings import Settings, load_settings
from graph.store import Store, cypher

from .conftest import Fixture, fixture_extractions
from .test_named import EXPECTED, _params


@pytest.fixture(scope="module")
def arcadedb(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The embedded server with the fixture graph, beside the session's Neo4j."""
    if settings.embedded:
        pytest.skip("compares Neo4j with the embedded server: set NEO4J_URI")
    home = tmp_path_factory.mktemp("embedded-beside-neo4j")
    with pytest.MonkeyPatch.context() as env:
        env.delenv("NEO4J_URI")
        local = load_settings(home)
    assert local.embedded
    try:
        with open_store(local) as store:
            store.clear()
            store.ensure_schema()
            fixture = fixture_extractions()
            store.write(fixture.a)
            store.write(fixture.b)
            yield store
    finally:
        embedded.stop(home)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_named_query_answers_the_same_on_neo4j_and_the_embedded_server(
    name: str, arcadedb: Store, store: Store, graph: Fixture
) -> None:
    raw = _params(EXPECTED[name][0], graph)
    _, on_neo4j = cypher.run_named(store, name.replace("_", "-"), raw)
    _, on_arcadedb = cypher.run_named(arcadedb, name.replace("_", "-"), raw)
    assert on_neo4j.columns == on_arcadedb.columns
    assert on_neo4j.rows and on_neo4j.rows == on_arcadedb.rows


def test_schema_and_counts_are_the_same_on_both(arcadedb: Store, store: Store, graph: Fixture) -> None:
    assert store.counts() == arcadedb.counts()
    assert cypher.schema(store) == cypher.schema(arcadedb)
