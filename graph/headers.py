"""The header comments of named query files, shared by Cypher and SPARQL.

A named query file opens with comment lines: a summary, ``@named``, one
``@param NAME TYPE  description`` line per parameter (``TYPE?`` when it may
be left out) and ``@returns col, col, ...``. Cypher files write them after
``//``, SPARQL files after ``#``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from graph.errors import ClaimGraphError


@dataclass(frozen=True)
class Param:
    """A parameter a named query declares in its header."""

    name: str
    type: str
    description: str = ""
    optional: bool = False


@dataclass(frozen=True)
class Header:
    """What a query file's header says about it."""

    summary: str
    """The comment text before the first ``@`` line, joined into one line."""
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    named: bool


def parse_header(
    text: str, comment: str, types: Sequence[str], where: str, error: type[ClaimGraphError]
) -> Header:
    """Return the header of the query ``text`` whose comments start with ``comment``.

    Raises:
        error: a ``@param`` line names a type not in ``types`` (``where`` names the file).
    """
    marker = re.escape(comment)
    param_line = re.compile(rf"^{marker}\s*@param\s+(\w+)\s+(\w+)(\?)?\s*(.*)$")
    returns_line = re.compile(rf"^{marker}\s*@returns\s+(.*)$")
    params: list[Param] = []
    columns: tuple[str, ...] = ()
    summary: list[str] = []
    named = seen_tag = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith(comment):
            break
        body = stripped.removeprefix(comment).strip()
        if body == "@named":
            named = seen_tag = True
        elif match := param_line.match(stripped):
            seen_tag = True
            name, ptype, optional, description = match.groups()
            if ptype not in types:
                raise error(f"{where}: @param {name}: unknown type {ptype} (use {', '.join(types)})")
            params.append(Param(name, ptype, description.strip(), bool(optional)))
        elif match := returns_line.match(stripped):
            seen_tag = True
            columns = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
        elif not seen_tag:
            summary.append(body)
    return Header(" ".join(summary).strip(), tuple(params), columns, named)


_ASSIGNMENT = re.compile(r"^(\w+)(?::(\w+))?=(.*)$", re.DOTALL)


def split_assignments(pairs: Iterable[str], error: type[ClaimGraphError]) -> dict[str, str]:
    """Return ``NAME=VALUE`` words as a dict (a ``NAME:TYPE=VALUE`` keeps its type in the key).

    Raises:
        error: a word has no ``=``, or names a parameter twice.
    """
    result: dict[str, str] = {}
    for pair in pairs:
        match = _ASSIGNMENT.match(pair)
        if not match:
            raise error(f"-p {pair}: expected NAME=VALUE")
        key = match.group(1) + (f":{match.group(2)}" if match.group(2) else "")
        if any(k.split(":")[0] == match.group(1) for k in result):
            raise error(f"-p {pair}: parameter {match.group(1)} given twice")
        result[key] = match.group(3)
    return result
