"""The store: claimgraph's records in a Neo4j-compatible database, through the official driver.

- ``database``: ``Store``, the one class that reads and writes records (batched
  ``UNWIND`` statements from ``queries/``, one transaction per source);
- ``cypher``: named researcher queries with typed parameters, free Cypher
  (read-only unless asked), the schema listing;
- ``names``: matching people, organisations and entities by name, alias or
  spelling variant.
"""

from graph.store.database import ConnectionLost, SourcesNotWritten, Store, describe_error

__all__ = ["ConnectionLost", "SourcesNotWritten", "Store", "describe_error"]
