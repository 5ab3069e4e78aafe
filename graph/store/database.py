"""The graph store: claimgraph's records in a Neo4j-compatible database.

The store receives a ``neo4j.Driver`` and never builds one (the CLI does).
Every statement comes from a file in ``queries/`` and takes parameters. A
source and everything extracted from it are written in one transaction, so a
source lands whole or not at all, and writing it again changes nothing.

Writing is one statement (``upsert_sources.cypher``) per transaction for a
source of up to ``BATCH_SIZE`` claims. ``write_many`` puts several small
sources in one transaction and, should that transaction fail, writes each of
them again in a transaction of its own, so a bad source fails alone.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction, Session
from neo4j.exceptions import (
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from neo4j.time import Date, DateTime

import queries
from graph.errors import StoreError
from graph.model import (
    AUDIT_FIELDS,
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Resolution,
    Source,
    prediction_order,
)

T = TypeVar("T")

#: Claims per write statement, and per transaction in ``write_many``. A
#: source with more is written in several statements of its one transaction;
#: ``write_many`` packs small sources into one transaction up to this many
#: claims. Measured with ``bench/bench_ingest.py --batch-sizes`` on the
#: embedded server (2 cores; 10,000 claims): one source of 10,000 claims
#: 3,200 / 5,300 / 5,000 / 4,400 / 4,600 claims/s at 100 / 250 / 500 / 1,000 /
#: 2,000; write_many of 2,000 sources 3,000 / 3,800 / 3,300-4,200 / 3,200 /
#: 4,700, within this machine's noise from 250 on. 500 keeps a failed pack
#: cheap to write again, source by source.
BATCH_SIZE = 500

#: Rows per UNWIND statement for the other batched writes (resolutions).
ROWS_PER_STATEMENT = 500

#: Times a source's transaction is tried when concurrent writers race on a key.
WRITE_ATTEMPTS = 8

LABELS = ("Source", "Person", "Organisation", "Entity", "Claim", "Prediction", "Resolution")


#: Values ``_native`` returns unchanged without looking further.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _native(value: Any) -> Any:
    """Return ``value`` with neo4j temporal types turned into Python ones."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, (Date, DateTime)):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    return value


def describe_error(error: Neo4jError | DriverError, database: str | None, what: str = "graph database") -> str:
    """Return a driver error as one line: ``<what>: <the server's message>``.

    A missing database gets its own wording: the server's is long and differs
    between Neo4j and ArcadeDB.
    """
    code = getattr(error, "code", None) or ""
    if code.endswith("DatabaseNotFound"):
        return f"database {database or '(default)'}: no such database on the server"
    message = getattr(error, "message", None) or str(error) or error.__class__.__name__
    return f"{what}: " + " ".join(str(message).split())


def _race(error: BaseException | None) -> bool:
    """Return whether ``error`` comes from a concurrent writer, so retrying may succeed.

    ArcadeDB also reports a record another transaction deleted meanwhile as
    EntityNotFound, where Neo4j would have waited on a lock.
    """
    if isinstance(error, (ConstraintError, TransientError)):
        return True
    return isinstance(error, Neo4jError) and (error.code or "").endswith("EntityNotFound")


def _lost_message(error: BaseException) -> str:
    return f"the connection to the graph database was lost ({error.__class__.__name__})"


def _batches(rows: list[dict[str, Any]], size: int | None = None) -> Iterator[list[dict[str, Any]]]:
    size = size or ROWS_PER_STATEMENT  # read at call time, so the bench can change it
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class SourcesNotWritten(StoreError):
    """Some sources of a ``write_many`` call were refused; the others landed."""

    def __init__(self, failures: list[tuple[Extraction, StoreError]]):
        self.failures = failures
        first = failures[0][1]
        more = f" (and {len(failures) - 1} more sources)" if len(failures) > 1 else ""
        super().__init__(f"{first}{more}")


class ConnectionLost(StoreError):
    """The connection to the graph database was lost mid-write; what landed before stays.

    ``written`` lists the sources of the ``write_many`` call that landed
    before it, ``failures`` those refused before it (as in SourcesNotWritten).
    """

    def __init__(self, message: str, written: list[Extraction] | None = None,
                 failures: list[tuple[Extraction, StoreError]] | None = None):
        self.written = written or []
        self.failures = failures or []
        super().__init__(message)


def _lost(error: BaseException) -> bool:
    """Return whether ``error`` means the server is gone (retrying source by source cannot help)."""
    return isinstance(error, (ServiceUnavailable, SessionExpired))


class Store:
    """Reads and writes claimgraph records through one driver and database."""

    def __init__(self, driver: Driver, database: str | None = None):
        self.driver = driver
        self.database = database

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with self.driver.session(database=self.database) as session:
                yield session
        except (Neo4jError, DriverError) as e:
            raise StoreError(describe_error(e, self.database)) from e

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query and return its rows as plain dicts."""
        text = queries.load(name)

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [_native(record.data()) for record in tx.run(text, params)]

        with self._session() as session:
            return session.execute_read(work)

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Return the rows of the read query file ``name`` run with ``params``.

        Raises:
            UnknownQuery: no query file of that name.
            StoreError: the database failed the query.
        """
        return self._read(name, **params)

    def _write(self, work: Callable[[ManagedTransaction], T]) -> T:
        with self._session() as session:
            return session.execute_write(work)

    # -- schema ---------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``queries/schema.cypher`` if missing."""
        with self._session() as session:
            for statement in queries.statements("schema"):
                session.run(statement).consume()

    def clear(self) -> None:
        """Delete every node and relationship of the database."""
        self._write(lambda tx: tx.run(queries.load("clear_graph")).consume())

    # -- writing --------------------------------------------------------------

    def write(self, extraction: Extraction) -> None:
        """Store a source and everything extracted from it, in one transaction.

        Claims of the source that the new extraction no longer has are removed.

        Raises:
            StoreError: the extraction is inconsistent, or the database refused
                the write; nothing was written.
        """
        _check(extraction)
        statements = list(_write_statements([extraction]))
        with self._session() as session:
            self._write_retrying(session, statements)

    def write_many(self, extractions: Iterable[Extraction]) -> None:
        """Store many sources, each whole or not at all, with few round trips.

        Sources are packed into transactions of up to ``BATCH_SIZE`` claims,
        one statement each, on one session. A source is never split between
        transactions, so each still lands whole or not at all, and writing the
        same sources again changes nothing. The price of packing: should a
        transaction fail (a refused value, a lost connection), its sources are
        written again one transaction each, so only the bad source fails; and
        a process killed mid-way loses the whole pack in flight, not just one
        source. An extraction that is inconsistent is refused before any
        write and does not hold the others back.

        On the embedded server (2 cores; 10,000 claims in 2,000 sources) this
        wrote 4,200 claims/s, against 1,130 for ``write`` per source and 7,600
        for one bare ``UNWIND ... MERGE`` of the same claims.

        A lost server is not retried source by source: the driver's own
        retries (``max_transaction_retry_time``, set by whoever built the
        driver) are the only wait, then ``ConnectionLost`` ends the call.

        Raises:
            SourcesNotWritten: after every other source landed; its
                ``failures`` lists the sources refused, each with its
                StoreError, in the order they were found (inconsistent
                extractions as they are packed, refused writes after).
            ConnectionLost: the server went away; its ``written`` lists the
                sources that landed before.
        """
        failures: list[tuple[Extraction, StoreError]] = []
        written: list[Extraction] = []
        try:
            with self._session() as session:
                for pack in _packs(extractions, failures):
                    try:
                        self._write_retrying(session, list(_write_statements(pack)))
                        written.extend(pack)
                    except ConnectionLost:
                        raise
                    except StoreError as e:
                        if len(pack) == 1:
                            failures.append((pack[0], e))
                            continue
                        for extraction in pack:
                            self._write_alone(session, extraction, failures, written)
                    except Exception:
                        # A value the driver cannot send is a bug, not a refusal:
                        # the pack's other sources still land, then it propagates.
                        if len(pack) == 1:
                            raise
                        for extraction in pack:
                            self._write_alone(session, extraction, failures, written)
        except ConnectionLost as e:
            raise ConnectionLost(str(e), written, failures) from e.__cause__
        if failures:
            raise SourcesNotWritten(failures)

    def _write_alone(
        self,
        session: Session,
        extraction: Extraction,
        failures: list[tuple[Extraction, StoreError]],
        written: list[Extraction],
    ) -> None:
        """Write one source in its own transaction; a refusal goes to ``failures``.

        Raises:
            ConnectionLost: the server went away.
        """
        try:
            self._write_retrying(session, list(_write_statements([extraction])))
            written.append(extraction)
        except ConnectionLost:
            raise
        except StoreError as e:
            failures.append((extraction, e))

    def _write_retrying(self, session: Session, statements: list[dict[str, Any]]) -> None:
        """Run the ``upsert_sources`` statements in one transaction, again on a race.

        Raises:
            StoreError: the database refused the write; nothing was written.
        """
        text = queries.load("upsert_sources")

        def work(tx: ManagedTransaction) -> None:
            for params in statements:
                if params.get("replace"):
                    tx.run(queries.load("replace_by_path"), sources=params["replace"]).consume()
                tx.run(text, {k: v for k, v in params.items() if k not in _EXTRA_KEYS}).consume()
            for params in statements:
                for batch in _batches(params.get("resolutions") or []):
                    tx.run(queries.load("restore_resolutions"), rows=batch).consume()

        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                session.execute_write(work)
                return
            except (Neo4jError, DriverError) as e:
                if _lost(e):
                    raise ConnectionLost(_lost_message(e)) from e
                # Two writers merging the same new person or entity race: the
                # loser hits the uniqueness constraint. Every node is merged on
                # its key, so running the whole transaction again finds the
                # winner's node and lands without a duplicate.
                if attempt == WRITE_ATTEMPTS or not _race(e):
                    raise StoreError(describe_error(e, self.database)) from e
                time.sleep(random.uniform(0.01, 0.05) * attempt)

    # -- reading --------------------------------------------------------------

    def people(self, include_unnamed: bool = False) -> list[dict[str, Any]]:
        """Return every speaker with role, affiliation and claim/prediction counts.

        Unnamed sources ("officials") only with ``include_unnamed``.
        """
        return self._read("list_people", include_unnamed=include_unnamed)

    def speaker_names(self) -> list[dict[str, Any]]:
        """Return every person and organisation as {id, name, aliases}."""
        return self._read("speaker_names")

    def entity_names(self) -> list[dict[str, Any]]:
        """Return every entity as {id, name, aliases}."""
        return self._read("entity_names")

    def claims(
        self,
        speaker_ids: list[str] | None = None,
        entity_ids: list[str] | None = None,
        source_id: str | None = None,
        include_unnamed: bool = False,
    ) -> list[dict[str, Any]]:
        """Return claims with speaker and source, filtered by the arguments given.

        Claims of unnamed sources only with ``include_unnamed``.
        """
        return self._read(
            "list_claims", speaker_ids=speaker_ids, entity_ids=entity_ids, source_id=source_id,
            include_unnamed=include_unnamed,
        )

    def predictions(
        self,
        speaker_ids: list[str] | None = None,
        open_on: date | None = None,
        due_before: date | None = None,
        unresolved: bool = False,
        kind: str | None = None,
        include_unnamed: bool = False,
    ) -> list[dict[str, Any]]:
        """Return predictions with speaker, window and current outcome, filtered by the arguments given.

        ``open_on`` keeps the windows not yet closed on that day (no end, or an
        end on or after it), resolved or not; ``unresolved`` keeps the
        predictions with no current resolution, whatever their window;
        ``kind`` keeps only "forecast" or "intention" predictions; predictions
        of unnamed sources only come with ``include_unnamed``.
        """
        return self._read(
            "list_predictions",
            speaker_ids=speaker_ids,
            open_on=open_on,
            due_before=due_before,
            unresolved=unresolved,
            kind=kind,
            include_unnamed=include_unnamed,
        )

    # -- track records ----------------------------------------------------------

    def record_resolutions(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store resolutions (rows of ``upsert_resolution``) in one transaction.

        Returns one row per resolution written: {id, prediction_id, change}.

        Raises:
            StoreError: the database refused the write; nothing was written.
        """

        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            out: list[dict[str, Any]] = []
            for batch in _batches(rows):
                out.extend(r.data() for r in tx.run(queries.load("upsert_resolution"), rows=batch))
            return out

        return self._write(work)

    def resolutions(
        self, prediction_ids: list[str] | None = None, with_superseded: bool = False
    ) -> list[dict[str, Any]]:
        """Return the current resolutions (and the superseded ones if asked), newest first."""
        return self._read("list_resolutions", prediction_ids=prediction_ids, with_superseded=with_superseded)

    def prediction_keys(self) -> list[dict[str, Any]]:
        """Return every prediction with its speaker, claim text and source identifiers."""
        return self._read("prediction_keys")

    def scorecard_rows(self, include_unnamed: bool = False) -> list[dict[str, Any]]:
        """Return every prediction with speaker, organisations, probability, window and current outcome.

        Predictions of unnamed sources only with ``include_unnamed``: they
        build no track record, since they are never the same source twice.
        """
        return self._read("scorecard_rows", include_unnamed=include_unnamed)

    def network_claims(self) -> list[dict[str, Any]]:
        """Return every claim with speaker, source, entities and prediction, for the expert network."""
        return self._read("network_claims")

    def counts(self) -> dict[str, int]:
        """Return the number of nodes per label and relationships per type."""
        found = {row["label"]: row["count"] for row in self._read("count_labels")}
        result = {label: int(found.get(label, 0)) for label in LABELS}
        for row in self._read("count_relationships"):
            result[row["type"]] = int(row["count"])
        return result

    def extractions(self, source_ids: list[str] | None = None) -> list[Extraction]:
        """Return the stored graph as one Extraction per source (for export).

        Every stored person, organisation and entity is attached to the first
        extraction, so an export of the whole graph loses none of them.
        """
        sources = [_source(row["source"]) for row in self._read("export_sources", source_ids=source_ids)]
        claims_by_source: dict[str, list[Claim]] = {s.id: [] for s in sources}
        for row in self._read("export_claims", source_ids=source_ids):
            claim = _claim(row["claim"], row["predictions"], row["about"])
            claims_by_source.setdefault(claim.source_id, []).append(claim)
        people: list[Person] = []
        organisations: list[Organisation] = []
        for row in self._read("export_speakers"):
            if row["kind"] == "person":
                people.append(_person(row["speaker"]))
            else:
                organisations.append(_organisation(row["speaker"]))
        entities = [_entity(row["entity"]) for row in self._read("export_entities")]
        resolutions: dict[str | None, list[Resolution]] = {}
        for row in self._read("export_resolutions", source_ids=source_ids):
            resolutions.setdefault(row["source_id"], []).append(_resolution(row["resolution"]))
        result = [
            Extraction(source=s, claims=tuple(claims_by_source[s.id]), resolutions=tuple(resolutions.get(s.id, ())))
            for s in sources
        ]
        if result:
            # Like the directory, resolutions whose prediction is gone go with the first source.
            result[0] = replace(
                result[0],
                people=tuple(people),
                organisations=tuple(organisations),
                entities=tuple(entities),
                resolutions=result[0].resolutions + tuple(resolutions.get(None, ())),
            )
        return result


# -- records <-> rows ------------------------------------------------------------


def _check(extraction: Extraction) -> None:
    """Raise StoreError if the extraction is not self-consistent (before any write)."""
    speakers = {p.id for p in extraction.people} | {o.id for o in extraction.organisations}
    entities = {e.id for e in extraction.entities}
    for claim in extraction.claims:
        if claim.source_id != extraction.source.id:
            raise StoreError(f"claim {claim.id}: belongs to {claim.source_id}, not {extraction.source.id}")
        if claim.speaker_id not in speakers:
            raise StoreError(f"claim {claim.id}: its speaker {claim.speaker_id} is not in the extraction")
        if extraction.source.text[claim.start : claim.end] != claim.text:
            raise StoreError(f"claim {claim.id}: its offsets do not point at its text in the source")
        if missing := set(claim.about) - entities:
            raise StoreError(f"claim {claim.id}: unknown entities {', '.join(sorted(missing))}")


def _present(row: dict[str, Any]) -> dict[str, Any]:
    """Return ``row`` without its None values: a missing key reads as null in
    Cypher, and the driver packs parameters in pure Python, key by key."""
    return {k: v for k, v in row.items() if v is not None}


def _once(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return ``rows`` with repeated identical rows dropped, keeping the last.

    Many sources of one pack name the same people and entities. Applying an
    identical row twice changes nothing, and keeping the last occurrence keeps
    the outcome of applying every row in order (``coalesce`` keeps the last
    value that is not null; ``MERGE`` of a relationship is a set).
    """
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items())
        kept.pop(key, None)
        kept[key] = row
    return list(kept.values())


def _claim_row(claim: Claim) -> dict[str, Any]:
    predictions = [_present({
        "id": p.id,
        "event": p.event,
        "horizon": p.horizon,
        "window_start": p.window_start,
        "window_end": p.window_end,
        "probability": p.probability,
        "probability_words": p.probability_words,
        "negated": p.negated,
        "status": p.status,
        "kind": p.kind,
        "condition": p.condition,
    }) for p in claim.predictions]
    return _present({
        "id": claim.id,
        "speaker_id": claim.speaker_id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "direct": claim.direct,
        "cue": claim.cue,
        **{name: getattr(claim, name) for name in AUDIT_FIELDS},
        "kind": claim.kind,
        "confidence": claim.confidence,
        "predictions": predictions,
        "about": list(claim.about),
    })


def _source_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """Yield the ``$sources`` rows of one source: one, or one per ``BATCH_SIZE``
    claims for a large source, where only the first carries ``keep``."""
    source = extraction.source
    head = _present({
        "id": source.id,
        "title": source.title,
        "label": source.label,
        "url": source.url,
        "publisher": source.publisher,
        "published": source.published,
        "language": source.language,
        "text": source.text,
        "text_hash": source.text_hash,
        "path": source.path,
        "extracted_at": source.extracted_at,
        # Whole seconds: the provenance time of an export (xsd:dateTime) then
        # reads back as the same instant.
        "now": datetime.now(UTC).replace(microsecond=0),
    })
    claims = [_claim_row(c) for c in extraction.claims]
    size = max(BATCH_SIZE, 1)
    yield head | {"keep": [c.id for c in extraction.claims], "claims": claims[:size]}
    for start in range(size, len(claims), size):
        yield head | {"claims": claims[start : start + size]}


def _write_statements(pack: list[Extraction]) -> Iterator[dict[str, Any]]:
    """Yield the parameters of the ``upsert_sources`` statements that write ``pack``.

    The first statement carries every organisation, person and entity of the
    pack, so they exist before any claim names them; the sources follow, at
    most ``BATCH_SIZE`` claims per statement (a source row is never split
    further than ``_source_rows`` does).
    """
    params: dict[str, Any] = {
        "organisations": _once(
            _present({"id": o.id, "name": o.name, "aliases": list(o.aliases), "wikidata": o.wikidata})
            for e in pack
            for o in e.organisations
        ),
        "people": _once(
            _present({
                "id": p.id,
                "name": p.name,
                "aliases": list(p.aliases),
                "role": p.role,
                "affiliation": p.affiliation,
                "kind": p.kind,
                "affiliation_id": p.affiliation_id,
                "wikidata": p.wikidata,
            })
            for e in pack
            for p in e.people
        ),
        "entities": _once(
            _present({"id": x.id, "name": x.name, "kind": x.kind, "aliases": list(x.aliases), "wikidata": x.wikidata})
            for e in pack
            for x in e.entities
        ),
        "sources": [],
        "replace": [{"id": e.source.id, "path": e.source.path} for e in pack if _replaces_by_path(e.source)],
        "resolutions": [_resolution_row(r) for e in pack for r in e.resolutions],
    }
    claims = 0
    for row in (row for e in pack for row in _source_rows(e)):
        if params["sources"] and claims + len(row["claims"]) > BATCH_SIZE:
            yield params
            params = {"organisations": [], "people": [], "entities": [], "sources": []}
            claims = 0
        params["sources"].append(row)
        claims += len(row["claims"])
    yield params


#: Keys of the first statement's parameters that are not upsert_sources's:
#: the earlier versions it replaces and the resolutions written after it.
_EXTRA_KEYS = ("replace", "resolutions")


def _resolution_row(resolution: Resolution) -> dict[str, Any]:
    """Return a resolution as a row of ``restore_resolutions.cypher``."""
    return resolution.row() | {"superseded": resolution.superseded}


#: The path of a line of a JSON Lines file: ``corpus.jsonl:12``.
_JSONL_LINE = re.compile(r"\.jsonl:\d+$", re.IGNORECASE)


def _replaces_by_path(source: Source) -> bool:
    """Return whether ``source`` replaces an earlier version read from the same path.

    Only a source without a URL (its id comes from its text, so an edit
    changes it) read from a whole file: a line of a JSON Lines file is named
    by its number, which moves when a line is inserted above it.
    """
    return source.url is None and bool(source.path) and not _JSONL_LINE.search(source.path or "")


def _packs(
    extractions: Iterable[Extraction], failures: list[tuple[Extraction, StoreError]]
) -> Iterator[list[Extraction]]:
    """Yield the extractions in packs of up to ``BATCH_SIZE`` claims, one pack per transaction.

    An inconsistent extraction goes to ``failures`` instead. A larger source
    is a pack of its own; a source met twice starts a new pack, so the second
    version removes the claims of the first as it would one after the other.
    """
    pack: list[Extraction] = []
    ids: set[str] = set()
    claims = 0
    for extraction in extractions:
        try:
            _check(extraction)
        except StoreError as e:
            failures.append((extraction, e))
            continue
        size = max(len(extraction.claims), 1)
        if pack and (claims + size > BATCH_SIZE or extraction.source.id in ids):
            yield pack
            pack, ids, claims = [], set(), 0
        pack.append(extraction)
        ids.add(extraction.source.id)
        claims += size
    if pack:
        yield pack


def _source(row: dict[str, Any]) -> Source:
    return Source(
        id=row["id"],
        text=row.get("text") or "",
        title=row.get("title"),
        url=row.get("url"),
        publisher=row.get("publisher"),
        published=row.get("published"),
        language=row.get("language") or "en",
        path=row.get("path"),
        extracted_at=row.get("extracted_at"),
    )


def _resolution(row: dict[str, Any]) -> Resolution:
    return Resolution(
        id=row["id"],
        prediction_id=row["prediction_id"],
        outcome=row["outcome"],
        resolved_on=row["resolved_on"],
        evidence=tuple(row.get("evidence") or ()),
        note=row.get("note"),
        resolved_by=row.get("resolved_by"),
        origin=row.get("origin"),
        recorded_at=row.get("recorded_at"),
        superseded=bool(row.get("superseded")),
    )


def _person(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        aliases=tuple(row.get("aliases") or ()),
        role=row.get("role"),
        affiliation=row.get("affiliation"),
        wikidata=row.get("wikidata"),
        kind="unnamed" if row.get("kind") == "unnamed" else "person",
    )


def _organisation(row: dict[str, Any]) -> Organisation:
    return Organisation(
        id=row["id"],
        name=row["name"],
        aliases=tuple(row.get("aliases") or ()),
        wikidata=row.get("wikidata"),
    )


def _entity(row: dict[str, Any]) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        kind=row.get("kind") or "other",
        aliases=tuple(row.get("aliases") or ()),
        wikidata=row.get("wikidata"),
    )


def _claim(row: dict[str, Any], predictions: Iterable[dict[str, Any]], about: Iterable[str]) -> Claim:
    return Claim(
        id=row["id"],
        source_id=row["source_id"],
        speaker_id=row["speaker_id"],
        text=row["text"],
        start=int(row["start"]),
        end=int(row["end"]),
        direct=bool(row["direct"]),
        cue=row.get("cue"),
        confidence=float(row.get("confidence", 1.0)),
        **{name: row.get(name) for name in AUDIT_FIELDS},
        about=tuple(about),
        predictions=tuple(_prediction(p) for p in sorted(predictions, key=lambda p: prediction_order(p["id"]))),
    )


def _prediction(row: dict[str, Any]) -> Prediction:
    return Prediction(
        id=row["id"],
        claim_id=row["claim_id"],
        event=row["event"],
        horizon=row.get("horizon"),
        window_start=row.get("window_start"),
        window_end=row.get("window_end"),
        probability=row.get("probability"),
        probability_words=row.get("probability_words"),
        negated=bool(row.get("negated")),
        status=row.get("status") or "open",
        kind=row.get("kind") or "forecast",
        condition=row.get("condition"),
    )
