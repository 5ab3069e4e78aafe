"""Commands for linked data: RDF export, import, SPARQL and SHACL validation (registered on the app when imported)."""

from __future__ import annotations

from .cli import app  # noqa: F401
