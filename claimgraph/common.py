"""What every command module shares: global options, error handling, the store."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from graph.errors import ClaimGraphError, NotFound
from graph.store import Store

from .output import Format
from .settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    db: Path | None = None
    debug: bool = False


state = _State()

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
IncludeUnnamedOption = Annotated[
    bool, typer.Option("--include-unnamed", help='Also list unnamed sources ("officials said", "a source close to ...").')
]


def settings() -> Settings:
    """Return the settings, with the global ``--db`` applied."""
    return load_settings(state.db)


def use_limits() -> None:
    """Put the size limits of the environment in force; exit with one error line on a bad value."""
    from graph import limits

    from .settings import load_limits

    try:
        limits.use(load_limits())
    except ClaimGraphError as e:
        fail(str(e))


def fail(message: str, code: int = 1) -> None:
    """Print ``Error: message`` to stderr and exit with ``code``."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def handles_errors(command: F) -> F:
    """Turn library errors into one ``Error:`` line and exit code 1 (traceback with --debug)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimGraphError as e:
            if state.debug:
                raise
            fail(str(e))

    return wrapper  # type: ignore[return-value]


@contextmanager
def open_store(read_only: bool = False) -> Iterator[Store]:
    """Yield the store of the configured backend (starting the embedded server if needed).

    ``read_only``: as the embedded server's read-only account (see claimgraph/connect.py).
    """
    from .connect import open_store as connect

    with connect(settings(), read_only) as store:
        yield store


def speaker_ids(store: Store, name: str | None) -> list[str] | None:
    """Return the ids of the speakers ``name`` refers to, None without a name.

    Raises:
        NotFound: no person or organisation has that name or alias.
    """
    if name is None:
        return None
    from graph.store.names import match_ids

    ids = match_ids(store.speaker_names(), name)
    if not ids:
        raise NotFound(f"--by {name}: no person or organisation of that name")
    return ids


def entity_ids(store: Store, name: str | None) -> list[str] | None:
    """Return the ids of the entities ``name`` refers to, None without a name.

    Raises:
        NotFound: no entity has that name or alias.
    """
    if name is None:
        return None
    from graph.store.names import match_ids

    ids = match_ids(store.entity_names(), name)
    if not ids:
        raise NotFound(f"--about {name}: no entity of that name")
    return ids


def date_option(name: str, value: str | None) -> date | None:
    """Return ``value`` as a date; exit with an error naming the option if it is not one."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{name} {value}: not a date (YYYY-MM-DD)")
    return None
