"""Commands for track records: resolutions, scorecards, timelines and networks (registered on the app when imported)."""

from __future__ import annotations

from .cli import app  # noqa: F401
