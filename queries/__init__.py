"""The named Cypher (and SPARQL) queries claimgraph runs, as readable files.

Each ``*.cypher`` file holds one statement with a header comment naming its
parameters and the columns it returns; ``load("list_people")`` returns its
text. Researchers read, run and adapt these files.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from graph.errors import UnknownQuery


def names(suffix: str = ".cypher") -> list[str]:
    """Return the names of the shipped query files with ``suffix``, sorted."""
    return sorted(
        entry.name.removesuffix(suffix)
        for entry in resources.files(__name__).iterdir()
        if entry.name.endswith(suffix)
    )


@cache
def load(name: str, suffix: str = ".cypher") -> str:
    """Return the text of the query file ``name`` (without its suffix).

    Raises:
        UnknownQuery: no such file ships with claimgraph.
    """
    path = resources.files(__name__).joinpath(name + suffix)
    if not path.is_file():
        known = ", ".join(names(suffix)) or "none"
        raise UnknownQuery(f"no query named {name!r} (known: {known})")
    return path.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """Return the statements of a multi-statement file (schema.cypher), comments dropped."""
    body = "\n".join(
        line for line in load(name).splitlines() if not line.lstrip().startswith("//")
    )
    return [part.strip() for part in body.split(";") if part.strip()]
