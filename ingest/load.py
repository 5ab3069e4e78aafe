"""From paths on the command line to extractions and stored sources.

``collect`` expands folders into the files claimgraph reads; ``read_paths``
turns them into extractions (curated YAML as written; a ``.txt`` with a brat
``.ann`` beside it as annotated there, see ``ingest.brat_claims``; articles
through the extractor, many at once with ``nlp.pipe``); ``ingest`` stores each source in
its own transaction. In a batch the good sources land and the bad ones are
reported, never half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from graph.errors import ClaimGraphError, InputError
from graph.model import Extraction, Source
from graph.store import ConnectionLost, SourcesNotWritten, Store
from graph.yamlfile import Loader
from ingest.directory import Directory, load_directory

#: File suffixes read as curated claims.
CURATED_SUFFIXES = (".yaml", ".yml")
#: File suffixes read as articles and run through the extractor.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over the file's own."""

    published: date | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None


def _is_curated(path: Path) -> bool:
    """Tell curated claim files from other YAML in a folder (people, lexicons, gold)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)  # noqa: S506 - no aliases
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return True  # let read_curated report the problem with its line
    return isinstance(data, dict) and "source" in data and "claims" in data


def collect(paths: Iterable[Path]) -> list[Path]:
    """Return the files to read: files as given, folders searched recursively.

    In a folder, articles (.txt .md .html .jsonl) and curated claim files
    (.yaml with ``source`` and ``claims``) are taken, in path order; other
    YAML (people, lexicons) and README files (a corpus's own notes) are
    skipped. A file named on its own is always taken.

    Raises:
        InputError: a path does not exist, or a folder holds nothing to read.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.stem.upper().startswith("README")
                and (p.suffix in ARTICLE_SUFFIXES or (p.suffix in CURATED_SUFFIXES and _is_curated(p)))
            )
            if not inside:
                raise InputError(path, "no articles or curated claim files in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return list(dict.fromkeys(found))


def _sources(path: Path, overrides: Overrides) -> Iterator[Source | InputError]:
    from ingest.read import read_sources

    try:
        yield from read_sources(
            path,
            published=overrides.published,
            publisher=overrides.publisher,
            url=overrides.url,
            title=overrides.title,
        )
    except InputError as e:
        yield e


def read_paths(
    files: Iterable[Path],
    overrides: Overrides = Overrides(),
    directory: Directory | None = None,
) -> Iterator[Extraction | ClaimGraphError]:
    """Yield one extraction per source in ``files``, or the error in its place.

    Articles of all files go through one ``nlp.pipe`` stream, so many small
    articles are parsed in batches. Curated files are read as they are.
    """
    directory = directory or load_directory()
    # FILE.ann means the article beside it; a .txt with an .ann beside it is
    # read as annotated (brat), without extraction.
    files = list(dict.fromkeys(p.with_suffix(".txt") if p.suffix == ".ann" else p for p in files))
    annotated = {p for p in files if is_annotated(p)}
    for path in files:
        if path in annotated:
            yield from _read_annotated(path, overrides, directory)
        elif path.suffix in CURATED_SUFFIXES:
            try:
                yield _read_curated(path, directory)
            except ClaimGraphError as e:
                yield e
        elif path.suffix not in ARTICLE_SUFFIXES:
            kinds = " ".join(ARTICLE_SUFFIXES + CURATED_SUFFIXES)
            yield InputError(path, f"cannot read {path.suffix or 'files without a suffix'} files ({kinds})")
    articles = [p for p in files if p.suffix in ARTICLE_SUFFIXES and p not in annotated]
    if not articles:
        return
    errors: list[InputError] = []

    def good_sources() -> Iterator[Source]:
        for path in articles:
            for item in _sources(path, overrides):
                if isinstance(item, InputError):
                    errors.append(item)
                else:
                    yield item

    from ingest.extract import extract_many

    for extraction in extract_many(good_sources(), directory):
        while errors:
            yield errors.pop(0)
        yield extraction
    yield from errors


def is_annotated(path: Path) -> bool:
    """Return True for a ``.txt`` article with a brat ``.ann`` file beside it."""
    return path.suffix == ".txt" and path.with_suffix(".ann").is_file()


def _read_annotated(path: Path, overrides: Overrides, directory: Directory) -> Iterator[Extraction | ClaimGraphError]:
    from ingest.brat_claims import read_brat

    for item in _sources(path, overrides):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield read_brat(path, path.with_suffix(".ann"), item, directory)
        except ClaimGraphError as e:
            yield e


def _read_curated(path: Path, directory: Directory) -> Extraction:
    from ingest.curated import read_curated

    return read_curated(path, directory)


def count_sources(files: Iterable[Path]) -> int:
    """Return how many sources ``files`` hold (a .jsonl file: its non-empty lines)."""
    total = 0
    for path in files:
        if path.suffix == ".jsonl":
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def extract_paths(
    paths: Iterable[Path], overrides: Overrides = Overrides(), directory: Directory | None = None
) -> tuple[list[Extraction], list[ClaimGraphError]]:
    """Return the extractions of every source in ``paths`` and the errors met on the way.

    Raises:
        InputError: a path does not exist.
    """
    extractions: list[Extraction] = []
    errors: list[ClaimGraphError] = []
    for item in read_paths(collect(paths), overrides, directory):
        (errors if isinstance(item, ClaimGraphError) else extractions).append(item)  # type: ignore[arg-type]
    return extractions, errors


@dataclass
class IngestReport:
    """What an ingest run stored and what it could not."""

    sources: list[str] = field(default_factory=list)
    claims: int = 0
    predictions: int = 0
    errors: list[ClaimGraphError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Warnings about stored sources (e.g. no publication date: no windows)."""
    stored: list[str] = field(default_factory=list)
    """Where each stored source came from (its path, else its id), in ``sources`` order."""
    lost: ConnectionLost | None = None
    """The server went away: the run stopped; ``sources`` are those that landed before."""


#: Sources read before they are handed to the store together (``Store.write_many``
#: packs them into transactions); small enough that progress stays lively.
FLUSH_SOURCES = 64


def ingest(
    store: Store,
    paths: Iterable[Path],
    *,
    overrides: Overrides = Overrides(),
    directory: Directory | None = None,
    on_source: Callable[[Extraction | ClaimGraphError], None] | None = None,
) -> IngestReport:
    """Read and store every source, each whole or not at all.

    Sources are written in packs through ``Store.write_many`` (many small
    sources per transaction, never one source split between two). A source
    that fails (bad input, refused write) is recorded in the report and
    leaves nothing behind; the others still land.

    Should the server go away, the run stops at once: ``report.lost`` holds
    the error and ``report.sources`` the sources that landed before it.

    Raises:
        InputError: a path does not exist (before anything is written).
    """
    files = collect(paths)
    report = IngestReport()
    store.ensure_schema()
    pending: list[Extraction] = []

    def flush() -> None:
        refused: set[int] = set()
        try:
            store.write_many(pending)
        except SourcesNotWritten as e:
            for extraction, error in e.failures:
                refused.add(id(extraction))
                report.errors.append(error)
        except ConnectionLost as e:
            report.lost = e
            report.errors.extend(error for _, error in e.failures)
            landed = {id(extraction) for extraction in e.written}
            refused.update(id(item) for item in pending if id(item) not in landed)
        for item in pending:
            if id(item) not in refused:
                report.sources.append(item.source.id)
                report.stored.append(item.source.path or item.source.id)
                where = item.source.path or item.source.id
                report.notes.extend(f"{where}: {note}" for note in item.notes)
                report.claims += len(item.claims)
                report.predictions += sum(len(c.predictions) for c in item.claims)
            if on_source:
                on_source(item)
        pending.clear()

    for item in read_paths(files, overrides, directory):
        if isinstance(item, ClaimGraphError):
            report.errors.append(item)
            if on_source:
                on_source(item)
            continue
        pending.append(item)
        if len(pending) >= FLUSH_SOURCES:
            flush()
            if report.lost:
                return report
    if pending:
        flush()
    return report
