"""Build the one neo4j driver a command uses: to Neo4j, or to the embedded server."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

from graph.errors import ServerError
from graph.store import Store

from . import embedded
from .settings import Settings, redact


def open_driver(settings: Settings, read_only: bool = False) -> Driver:
    """Return a connected driver for ``settings``, starting the embedded server if needed.

    ``read_only`` logs in to the embedded server as its read-only account, whose
    group may read records and nothing else; Neo4j Community has no such role,
    so there the read-only statement runs in a READ session (graph/store/cypher.py).

    Raises:
        ServerError: the server cannot be started or reached, or refuses the login.
    """
    if settings.embedded:
        info = embedded.start(settings.home, settings.idle_minutes)
        user = embedded.READER if read_only else "root"
        uri, auth = info.uri, (user, embedded.password(settings.home, user))
    else:
        assert settings.uri is not None
        uri, auth = settings.uri, (settings.username, settings.password or "")
    _quiet_driver_log()
    shown = redact(uri)
    try:
        driver = GraphDatabase.driver(
            uri,
            auth=auth,
            # A server that dies mid-ingest ends the command in about this
            # time, instead of 30 s per transaction (see Store.write_many).
            max_transaction_retry_time=settings.retry_seconds,
            connection_timeout=settings.connect_timeout,
            connection_acquisition_timeout=settings.connect_timeout + settings.retry_seconds,
        )
        driver.verify_connectivity()
    except AuthError as e:
        # A server started by a claimgraph before the read-only account existed.
        hint = " (a server started by an older claimgraph: `claimgraph db stop`, then retry)" if read_only and settings.embedded else ""
        raise ServerError(f"{shown}: the server refused the login of user {auth[0]!r}{hint}") from e
    except (ServiceUnavailable, ConfigurationError, OSError, ValueError) as e:
        raise ServerError(f"{shown}: cannot reach the graph database ({e.__class__.__name__})") from e
    return driver


def _quiet_driver_log() -> None:
    """Keep the driver's log (its retry warnings) off stderr.

    The driver logs a warning each time it retries a transaction, and Python
    prints warnings of a logger without handlers to stderr. Concurrent ingests
    retry on purpose (``Store._write_retrying``) and succeed; a failure that
    matters reaches the user as one ``Error:`` line instead.
    """
    log = logging.getLogger("neo4j")
    if not log.handlers:
        log.addHandler(logging.NullHandler())


@contextmanager
def open_store(settings: Settings, read_only: bool = False) -> Iterator[Store]:
    """Yield a Store on the configured backend and close the driver afterwards (see ``open_driver``)."""
    driver = open_driver(settings, read_only)
    try:
        yield Store(driver, settings.database)
    finally:
        driver.close()
        if settings.embedded:
            embedded.touch(settings.home)
