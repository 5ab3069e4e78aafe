"""From paths on the command line to stored sources.

``collect`` expands folders into the files claimgraph reads, ``read_file``
turns one file into extractions, and ``ingest`` stores each source in its own
transaction: in a batch the good files land, the bad ones are reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ClaimGraphError, InputError
from graph.model import Extraction
from graph.store import Store
from ingest.directory import Directory, load_directory

#: File suffixes read as curated claims.
CURATED_SUFFIXES = (".yaml", ".yml")


def collect(paths: Iterable[Path]) -> list[Path]:
    """Return the files to ingest: files as given, folders searched recursively.

    Raises:
        InputError: a path does not exist, or a folder holds nothing to read.
    """
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix in CURATED_SUFFIXES and p.is_file())
            if not inside:
                raise InputError(path, "no curated claim files (*.yaml) in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return list(dict.fromkeys(found))


def read_file(path: Path, directory: Directory | None = None) -> Iterator[Extraction]:
    """Yield the extractions in one file (one per source).

    Raises:
        InputError: the file is of an unknown kind or does not follow its format.
    """
    if path.suffix in CURATED_SUFFIXES:
        from ingest.curated import read_curated

        yield read_curated(path, directory)
        return
    raise InputError(path, f"cannot ingest {path.suffix or 'files without a suffix'} files (curated *.yaml only)")


@dataclass
class IngestReport:
    """What an ingest run stored and what it could not."""

    sources: list[str] = field(default_factory=list)
    claims: int = 0
    predictions: int = 0
    errors: list[ClaimGraphError] = field(default_factory=list)


def ingest(
    store: Store,
    paths: Iterable[Path],
    *,
    directory: Directory | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Read and store every file; each source is written in one transaction.

    A file that fails is recorded in the report and the others still land.

    Raises:
        InputError: a path does not exist (before anything is written).
    """
    files = collect(paths)
    directory = directory or load_directory()
    report = IngestReport()
    store.ensure_schema()
    for path in files:
        try:
            for extraction in read_file(path, directory):
                store.write(extraction)
                report.sources.append(extraction.source.id)
                report.claims += len(extraction.claims)
                report.predictions += sum(1 for c in extraction.claims if c.prediction)
        except ClaimGraphError as e:
            report.errors.append(e)
        if on_file:
            on_file(path)
    return report
