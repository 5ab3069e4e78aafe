"""Settings, read from the environment in this one place.

``NEO4J_URI`` set: claimgraph talks to that Neo4j 5 server with
``NEO4J_USERNAME``/``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``.
Not set: it runs the embedded ArcadeDB server whose data lives under
``CLAIMGRAPH_HOME`` (default: the user's data directory), or ``--db DIR``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

#: The database the embedded server creates and claimgraph uses.
EMBEDDED_DATABASE = "claimgraph"
#: Minutes an embedded server stays up after the last command used it.
DEFAULT_IDLE_MINUTES = 20.0


@dataclass(frozen=True)
class Settings:
    """Where the graph lives and how to reach it."""

    uri: str | None
    username: str
    password: str | None = field(repr=False)
    database: str | None
    home: Path
    idle_minutes: float

    @property
    def embedded(self) -> bool:
        return self.uri is None

    def describe(self) -> str:
        """Return a one-line description of the backend, never with the password."""
        if self.embedded:
            return f"embedded ArcadeDB in {self.home}"
        database = self.database or "(server default)"
        return f"Neo4j at {self.uri} as {self.username}, database {database}"


def load_settings(db: Path | None = None) -> Settings:
    """Return the settings from the environment; ``db`` overrides ``CLAIMGRAPH_HOME``."""
    env = os.environ
    uri = env.get("NEO4J_URI") or None
    home = db or Path(env.get("CLAIMGRAPH_HOME") or user_data_dir("claimgraph"))
    idle = float(env.get("CLAIMGRAPH_IDLE_MINUTES") or DEFAULT_IDLE_MINUTES)
    return Settings(
        uri=uri,
        username=env.get("NEO4J_USERNAME") or "neo4j",
        password=env.get("NEO4J_PASSWORD"),
        database=(env.get("NEO4J_DATABASE") or None) if uri else EMBEDDED_DATABASE,
        home=home.expanduser().resolve(),
        idle_minutes=idle,
    )
