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
from urllib.parse import urlsplit, urlunsplit

from platformdirs import user_data_dir

from graph.errors import ConfigError
from graph.limits import Limits

#: The database the embedded server creates and claimgraph uses.
EMBEDDED_DATABASE = "claimgraph"
#: Minutes an embedded server stays up after the last command used it.
DEFAULT_IDLE_MINUTES = 20.0
#: Seconds the driver keeps retrying a transaction whose server is gone or
#: busy (``max_transaction_retry_time``; the driver's own default is 30).
#: A lost server then ends an ingest in about this time (README, "Faults").
DEFAULT_RETRY_SECONDS = 10.0
#: Seconds to open a connection (the driver's own default is 30).
DEFAULT_CONNECT_TIMEOUT = 5.0


@dataclass(frozen=True)
class Settings:
    """Where the graph lives and how to reach it."""

    uri: str | None
    username: str
    password: str | None = field(repr=False)
    database: str | None
    home: Path
    idle_minutes: float
    retry_seconds: float = DEFAULT_RETRY_SECONDS
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT

    @property
    def embedded(self) -> bool:
        return self.uri is None

    def describe(self) -> str:
        """Return a one-line description of the backend, never with the password."""
        if self.embedded:
            return f"embedded ArcadeDB in {self.home}"
        database = self.database or "(server default)"
        return f"Neo4j at {redact(self.uri or '')} as {self.username}, database {database}"


#: URI schemes of the neo4j driver's Bolt connections (its HTTP support needs
#: extra packages and is a preview).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> str:
    """Return ``uri`` when the driver can use it.

    Raises:
        ConfigError: an unsupported scheme, or a user name or password inside
            it (the message shows the URI with those masked).
    """
    parts = urlsplit(uri)
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        scheme = parts.scheme or uri.split(":", 1)[0]
        shown = redact(uri)
        raise ConfigError(
            f"NEO4J_URI {shown}: unsupported scheme {scheme!r} (use {', '.join(SCHEMES[:-1])} or {SCHEMES[-1]})"
        )
    if "@" in parts.netloc:
        raise ConfigError(
            f"NEO4J_URI {redact(uri)}: put the user name and password in NEO4J_USERNAME and NEO4J_PASSWORD, "
            "not in the URI"
        )
    return uri


def redact(uri: str) -> str:
    """Return ``uri`` with any user name and password replaced by ``***``."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def load_settings(db: Path | None = None) -> Settings:
    """Return the settings from the environment; ``db`` overrides ``CLAIMGRAPH_HOME``.

    Raises:
        ConfigError: a setting has a value claimgraph cannot use.
    """
    env = os.environ
    uri = env.get("NEO4J_URI") or None
    if uri is not None:
        check_uri(uri)
    home = db or Path(env.get("CLAIMGRAPH_HOME") or user_data_dir("claimgraph"))
    idle = _number("CLAIMGRAPH_IDLE_MINUTES", DEFAULT_IDLE_MINUTES)
    return Settings(
        uri=uri,
        username=env.get("NEO4J_USERNAME") or "neo4j",
        password=env.get("NEO4J_PASSWORD"),
        database=(env.get("NEO4J_DATABASE") or None) if uri else EMBEDDED_DATABASE,
        home=home.expanduser().resolve(),
        idle_minutes=idle,
        retry_seconds=_number("CLAIMGRAPH_RETRY_SECONDS", DEFAULT_RETRY_SECONDS),
        connect_timeout=_number("CLAIMGRAPH_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT),
    )


def load_limits() -> Limits:
    """Return the size limits, each from its environment variable or ``graph.limits``'s default.

    Raises:
        ConfigError: a variable is set to something other than a positive whole number.
    """
    default = Limits()
    return Limits(
        article_chars=_count("CLAIMGRAPH_MAX_ARTICLE_CHARS", default.article_chars),
        line_chars=_count("CLAIMGRAPH_MAX_LINE_CHARS", default.line_chars),
        literal_chars=_count("CLAIMGRAPH_MAX_LITERAL_CHARS", default.literal_chars),
    )


def _count(name: str, default: int) -> int:
    raw = (os.environ.get(name) or "").replace("_", "").replace(",", "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) == 0:
        raise ConfigError(f"{name}={os.environ.get(name)!r}: not a positive whole number of characters")
    return int(raw)


def _number(name: str, default: float) -> float:
    """Return the environment variable ``name`` as a positive number, ``default`` when unset.

    Raises:
        ConfigError: it is set to something else.
    """
    raw = os.environ.get(name) or ""
    if not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise ConfigError(f"{name}={raw!r}: not a positive number")
    return value
