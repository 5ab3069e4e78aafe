"""Size limits that protect the machine from one huge input.

An article of 50 MB took over 15 minutes and 3.4 GB to extract; an N-Triples
line of 8 MB took minutes to parse. Inputs past these limits are refused
with one line naming the file, before the costly work starts. The defaults
leave room for any news article (a long one is 50,000 characters); the CLI
reads other values from the environment (``claimgraph/settings.py``:
``CLAIMGRAPH_MAX_ARTICLE_CHARS``, ``CLAIMGRAPH_MAX_LINE_CHARS``,
``CLAIMGRAPH_MAX_LITERAL_CHARS``) and sets them with ``use``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """The largest inputs claimgraph reads, in characters."""

    article_chars: int = 2_000_000
    """One article's text (a .txt/.md file, an HTML page's text, a .jsonl
    line's ``text``, a curated file's article). Extraction costs about 1 s of
    CPU per 100,000 characters (bench/bench_size.py)."""
    line_chars: int = 8_000_000
    """One line of a .jsonl, N-Triples or N-Quads file (or of any RDF file):
    room for the longest article with every character escaped."""
    literal_chars: int = 2_000_000
    """One RDF literal: the longest article's text (``schema:text``)."""


_current = Limits()


def current() -> Limits:
    """Return the limits in force."""
    return _current


def use(limits: Limits) -> Limits:
    """Put ``limits`` in force and return the ones they replace."""
    global _current
    previous, _current = _current, limits
    return previous


def too_long(what: str, size: int, limit: int, setting: str) -> str:
    """Return the message for an input of ``size`` characters past ``limit``."""
    return f"{what} has {size:,} characters, more than the limit of {limit:,} (set {setting} to change it)"
