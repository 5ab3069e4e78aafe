"""Commands for named queries, ad-hoc Cypher and the schema (registered on the app when imported)."""

from __future__ import annotations

from typing import Annotated

import typer

from .cli import app
from .common import FormatOption, handles_errors, open_store
from .output import Format, emit

#: Rows a table shows unless --limit says otherwise (Neo4j Browser's default too).
TABLE_ROWS = 1000

LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit", min=0, metavar="N",
        help=f"Show at most N rows; 0 for all. Default: {TABLE_ROWS} in a table, all in JSON and CSV.",
    ),
]


def row_limit(limit: int | None, fmt: Format) -> int | None:
    """Return the rows to keep: ``--limit`` if given (0 = all), else the default of the format."""
    if limit is None:
        return TABLE_ROWS if fmt is Format.table else None
    return limit or None


def say_truncated(shown: int) -> None:
    """Tell, on stderr, that only the first rows are shown."""
    rows = "row" if shown == 1 else f"{shown} rows"
    typer.echo(f"showing the first {rows}; --limit 0 shows all", err=True)


ParamOption = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A parameter as NAME=VALUE (repeatable).", metavar="NAME=VALUE"),
]


@app.command()
@handles_errors
def query(
    name: Annotated[str | None, typer.Argument(help="The named query (see --list).")] = None,
    param: ParamOption = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries with their parameters.")] = False,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a named query from queries/ with typed parameters, or list them.

    Dates are YYYY-MM-DD; experts and entities are matched by name or alias
    like --by and --about. A table stops at 1000 rows and says so; JSON and
    CSV hold every row.

    Example: claimgraph query who-predicted -p about=Kyiv
    """
    from graph.store import cypher

    if list_ or name is None:
        rows = [
            {"query": q.command_name, "parameters": q.usage(), "returns": list(q.columns), "answers": q.summary}
            for q in cypher.named_queries()
        ]
        emit(rows, ["query", "parameters", "answers"] + ([] if fmt is Format.table else ["returns"]), fmt, title="Named queries")
        return
    raw = cypher.split_assignments(param or [])
    with open_store(read_only=True) as store:
        named, result = cypher.run_named(store, name, raw, limit=row_limit(limit, fmt))
    emit(cypher.printable(result, text=fmt is not Format.json), result.columns, fmt, title=named.summary)
    if result.truncated:
        say_truncated(len(result.rows))


@app.command("cypher")
@handles_errors
def cypher_command(
    statement: Annotated[str, typer.Argument(help="One Cypher statement; values as $parameters.")],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", metavar="NAME[:TYPE]=VALUE",
            help="A parameter (repeatable); text unless typed: date, integer, float, boolean.",
        ),
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to change the graph.")] = False,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a Cypher statement; read-only unless --write.

    A statement that would change the graph is rolled back and refused
    without --write. Nodes and relationships print with labels and key
    properties. A table stops at 1000 rows and says so; JSON and CSV hold
    every row.

    Example: claimgraph cypher "MATCH (p:Person)-[:STATED]->(c:Claim) RETURN p.name, count(c) ORDER BY count(c) DESC"
    """
    from graph.store import cypher

    params = cypher.cypher_params(cypher.split_assignments(param or []))
    with open_store(read_only=not write) as store:
        result = cypher.run_cypher(store, statement, params, write=write, limit=row_limit(limit, fmt))
    if write and result.updates:
        typer.echo(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in result.updates.items()), err=True)
    if result.columns:
        emit(cypher.printable(result, text=fmt is not Format.json), result.columns, fmt)
    elif fmt is Format.json:
        emit([], [], fmt)
    if result.truncated:
        say_truncated(len(result.rows))


@app.command()
@handles_errors
def schema(fmt: FormatOption = Format.table) -> None:
    """List the graph's labels, relationship types, properties and counts, and its constraints and indexes.

    Constraints and indexes are declared in queries/schema.cypher and
    created, if missing, whenever claimgraph writes.

    Example: claimgraph schema --format json
    """
    from graph.store import cypher

    with open_store() as store:
        rows = cypher.schema(store)
    emit(rows, ["kind", "name", "properties", "count", "details"], fmt, title="Schema")


