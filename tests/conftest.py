"""Shared fixtures: one real graph database for the whole session.

Without ``NEO4J_URI`` the tests start the embedded ArcadeDB server in a
temporary data directory; with it they run against that Neo4j server. Each
test that takes ``store`` starts on an empty database, so on Neo4j the
session refuses to start on a database that holds anything, unless
``CLAIMGRAPH_TEST_WIPE=1`` says it may be emptied; it leaves it empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from claimgraph import embedded
from claimgraph.connect import open_driver
from claimgraph.settings import Settings, load_settings
from graph.store import Store

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The backend of the test session: Neo4j if NEO4J_URI is set, else embedded."""
    home = tmp_path_factory.mktemp("claimgraph-home")
    # A runaway statement is stopped after this long (tests/queries/test_read_only.py).
    os.environ.setdefault("CLAIMGRAPH_STATEMENT_TIMEOUT", str(STATEMENT_TIMEOUT_S))
    current = load_settings(home)
    yield current
    if current.embedded:
        embedded.stop(home)


#: The embedded test server's limit on one statement, in seconds.
STATEMENT_TIMEOUT_S = 20

#: Set to 1 to let the tests empty a Neo4j database that holds something.
WIPE = "CLAIMGRAPH_TEST_WIPE"


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[Driver]:
    driver = open_driver(settings)
    if not settings.embedded:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=settings.database)
        nodes = records[0]["n"]
        if nodes and os.environ.get(WIPE) != "1":
            driver.close()
            pytest.exit(
                f"{settings.describe()} holds {nodes} node{'s' if nodes != 1 else ''} and the tests empty it: "
                f"point NEO4J_DATABASE at a scratch database, or set {WIPE}=1",
                returncode=2,
            )
    yield driver
    if not settings.embedded:
        Store(driver, settings.database).clear()
    driver.close()


@pytest.fixture(scope="session")
def reader_driver(settings: Settings, driver: Driver) -> Iterator[Driver]:
    """A driver as `cypher` without --write logs in: the embedded server's read-only account."""
    reader = open_driver(settings, read_only=True)
    yield reader
    reader.close()


@pytest.fixture
def reader(reader_driver: Driver, store: Store) -> Store:
    """A read-only store on the same (emptied) database as ``store``."""
    return Store(reader_driver, store.database)


@pytest.fixture
def store(driver: Driver, settings: Settings) -> Store:
    """A store on an emptied database with the schema in place."""
    store = Store(driver, settings.database)
    store.clear()
    store.ensure_schema()
    return store


@pytest.fixture
def cli_env(settings: Settings) -> dict[str, str]:
    """Environment for CliRunner so the CLI uses the test session's database."""
    env = {"CLAIMGRAPH_HOME": str(settings.home)}
    if not settings.embedded:
        env |= {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE") if k in os.environ}
    return env


@pytest.fixture
def seed_article() -> Path:
    """The reference article, read from ../shared/seed (skipped where absent)."""
    path = SEED / "tsn-2022-12-20-putin-minsk.txt"
    if not path.exists():
        pytest.skip(f"reference article not found at {path} (the shared/ folder is not beside the repo)")
    return path
