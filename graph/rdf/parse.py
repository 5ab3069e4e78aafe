"""Reading RDF safely: formats by suffix, local JSON-LD contexts only, the network off."""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal
from rdflib.parser import InputSource

from graph import limits
from graph.errors import ClaimGraphError, InputError, RdfError
from graph.rdf.shipped import context
from graph.rdf.terms import CONTEXT_IRI, DEFAULT_BASE, FORMATS, SUFFIXES, format_name, new_dataset, new_graph

# ---- reading RDF safely ----------------------------------------------------------

# Parsing runs with the network off for this thread: an audit hook refuses
# every socket connection and URL request while the flag is set. This guards
# against what the JSON-LD check below might miss (rdflib fetches remote
# contexts through urllib). Audit hooks cannot be removed, so one hook is
# installed once and does nothing unless the flag is set.
_offline = threading.local()
_hook_installed = False
_hook_lock = threading.Lock()
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "urllib.Request"})


class NetworkRefused(ClaimGraphError):
    """Parsing RDF tried to reach the network; claimgraph never fetches while parsing."""


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _NETWORK_EVENTS and getattr(_offline, "on", False):
        raise NetworkRefused(f"refused to reach the network while parsing RDF ({event} {args[:2]!r})")


@contextmanager
def offline() -> Iterator[None]:
    """Run the body with socket connections and URL requests refused in this thread.

    Raises ``NetworkRefused`` (inside the body) on any attempt to connect.
    """
    global _hook_installed
    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
    previous = getattr(_offline, "on", False)
    _offline.on = True
    try:
        yield
    finally:
        _offline.on = previous


def format_of(path: Path, format: str | None = None) -> str:
    """Return the RDF format of ``path``: ``format`` (a name or alias) if given, else from its suffix.

    Raises ``InputError`` for an unknown format or suffix.
    """
    if format is not None:
        try:
            return format_name(format)
        except RdfError:
            raise InputError(path, f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}") from None
    try:
        return SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise InputError(
            path, f"cannot tell the RDF format from the suffix {path.suffix!r}; give --format"
        ) from None


#: JSON-LD nesting claimgraph reads (its own exports nest 5 levels): rdflib's
#: JSON-LD reader recurses once per level, and Python's stack has about 1,000.
MAX_JSONLD_DEPTH = 100


def _check_depth(doc: Any, name: str | Path) -> None:
    """Raise InputError when the JSON document ``doc`` nests deeper than ``MAX_JSONLD_DEPTH``."""
    level: list[Any] = [doc]
    for _ in range(MAX_JSONLD_DEPTH + 1):
        level = [
            child
            for node in level
            for child in (node.values() if isinstance(node, dict) else node if isinstance(node, list) else ())
            if isinstance(child, (dict, list))
        ]
        if not level:
            return
    raise InputError(name, f"JSON nested more than {MAX_JSONLD_DEPTH} levels deep")


def _check_lines(text: str, name: str | Path) -> None:
    """Raise InputError naming the first line longer than the line limit (``graph.limits``)."""
    limit = limits.current().line_chars
    if len(text) <= limit:
        return
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > limit:
            raise InputError(name, limits.too_long("the line", end - start, limit, "CLAIMGRAPH_MAX_LINE_CHARS"), number)
        start, number = end + 1, number + 1


def _check_literals(ds: Dataset, name: str | Path) -> None:
    """Raise InputError naming the subject of the first literal longer than the literal limit."""
    limit = limits.current().literal_chars
    for s, _, o in ds.triples((None, None, None)):
        if isinstance(o, Literal) and len(o) > limit:
            raise InputError(name, f"{s}: " + limits.too_long("a literal", len(o), limit, "CLAIMGRAPH_MAX_LITERAL_CHARS"))


class _Lines(io.TextIOBase):
    """The text one line per read: rdflib's N-Triples reader re-scans its
    buffer after every 2 KB it reads, quadratic in the length of a line."""

    def __init__(self, text: str):
        self._lines = iter(text.splitlines(keepends=True))

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        return next(self._lines, "")


def _local_jsonld(data: bytes, name: str | Path) -> str:
    """Return the JSON-LD document with its contexts made local, as text.

    Our published context IRI is replaced by the shipped file; any other
    context given by reference (a remote document, an @import) is refused,
    since resolving it would mean fetching it.
    """
    try:
        doc = json.loads(data)
    except RecursionError as e:
        raise InputError(name, f"JSON nested more than {MAX_JSONLD_DEPTH} levels deep") from e
    except (ValueError, UnicodeDecodeError) as e:
        raise InputError(name, f"not JSON: {e}") from e
    _check_depth(doc, name)
    local = context()["@context"]

    def resolve(ctx: Any) -> Any:
        if isinstance(ctx, str):
            if ctx == CONTEXT_IRI:
                return local
            raise InputError(name, f"remote JSON-LD context {ctx!r} refused: claimgraph never fetches contexts")
        if isinstance(ctx, list):
            return [resolve(c) for c in ctx]
        if isinstance(ctx, dict):
            if "@import" in ctx:
                raise InputError(name, f"JSON-LD @import {ctx['@import']!r} refused: claimgraph never fetches contexts")
            return {k: walk(v) for k, v in ctx.items()}
        return ctx

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if isinstance(node, dict):
            # Scoped contexts sit inside term definitions, hence the walk.
            return {k: resolve(v) if k == "@context" else walk(v) for k, v in node.items()}
        return node

    return json.dumps(walk(doc))


def parse(data: bytes, format: str, name: str | Path = "<data>") -> Dataset:
    """Return the dataset in ``data`` (``format`` as in ``FORMATS``), parsed offline.

    Triples of Turtle, N-Triples and JSON-LD land in the default graph. No
    network access happens: remote JSON-LD contexts are refused, owl:imports
    are never followed, and any connection attempt fails.

    Raises ``InputError`` naming ``name`` when the data cannot be parsed or
    refers to a remote context.
    """
    if format not in FORMATS:
        raise InputError(name, f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
    text = data.decode("utf-8", errors="strict")
    _check_lines(text, name)
    if format == "jsonld":
        text = _local_jsonld(data, name)
    ds = new_dataset()
    try:
        with offline():
            if format in ("nt", "nquads"):
                source = InputSource()
                source.setCharacterStream(_Lines(text))
                ds.parse(source=source, format=FORMATS[format], publicID=DEFAULT_BASE)
            else:
                ds.parse(data=text, format=FORMATS[format], publicID=DEFAULT_BASE)
    except NetworkRefused as e:
        raise InputError(name, str(e)) from e
    except RecursionError as e:
        raise InputError(name, f"not valid {format}: nested too deeply") from e
    except Exception as e:  # rdflib's parsers raise many unrelated exception types
        message = " ".join(str(e).split()) or type(e).__name__
        raise InputError(name, f"not valid {format}: {message}") from e
    _check_literals(ds, name)
    return ds


def read(path: Path, format: str | None = None) -> Dataset:
    """Return the dataset in the RDF file ``path``, parsed offline (see ``parse``).

    Raises ``InputError`` when the file cannot be read or parsed.
    """
    fmt = format_of(path, format)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise InputError(path, "not UTF-8 text") from e
    try:
        return parse(data, fmt, path)
    except UnicodeDecodeError as e:
        raise InputError(path, "not UTF-8 text") from e


def union(ds: Graph) -> Graph:
    """Return one graph holding every triple of every graph of ``ds``."""
    g = new_graph()
    for t in ds.triples((None, None, None)):
        g.add(t)
    return g


