"""Commands for named queries, ad-hoc Cypher and the schema (registered on the app when imported)."""

from __future__ import annotations

from .cli import app  # noqa: F401
