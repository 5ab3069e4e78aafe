"""The exceptions claimgraph raises: one root, one small class per problem."""

from __future__ import annotations

from pathlib import Path


class ClaimGraphError(Exception):
    """Root of every error claimgraph raises on purpose."""


class InputError(ClaimGraphError):
    """An input file cannot be read or does not follow its format."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class StoreError(ClaimGraphError):
    """The graph database refused or failed an operation."""


class ConfigError(ClaimGraphError):
    """A setting (an environment variable) has a value claimgraph cannot use."""


class ServerError(ClaimGraphError):
    """The embedded database server cannot be started, reached or stopped."""


class UnknownQuery(ClaimGraphError):
    """No query file of that name ships with claimgraph."""


class NotFound(ClaimGraphError):
    """A person, organisation, source or claim named by the user does not exist."""


class RdfError(ClaimGraphError):
    """Records cannot be mapped to RDF (bad offsets, a bad base IRI, an unknown format)."""


class SparqlError(ClaimGraphError):
    """A SPARQL query cannot be parsed or run, or a parameter is missing, unknown or mistyped."""


class ModelMissing(ClaimGraphError):
    """A trained model shipped with claimgraph is not where it should be (retrain or reinstall)."""
