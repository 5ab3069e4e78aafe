"""The graph store: claimgraph's records in a Neo4j-compatible database.

The store receives a ``neo4j.Driver`` and never builds one (the CLI does).
Every statement comes from a file in ``queries/`` and takes parameters. A
source and everything extracted from it are written in one transaction, so a
source lands whole or not at all, and writing it again changes nothing.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction, Session
from neo4j.exceptions import ConstraintError, DriverError, Neo4jError, TransientError
from neo4j.time import Date, DateTime

import queries
from graph.errors import StoreError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
)

T = TypeVar("T")

#: Rows per UNWIND statement when writing.
BATCH_SIZE = 500

#: Times a source's transaction is tried when concurrent writers race on a key.
WRITE_ATTEMPTS = 8

LABELS = ("Source", "Person", "Organisation", "Entity", "Claim", "Prediction", "Resolution")


def _native(value: Any) -> Any:
    """Return ``value`` with neo4j temporal types turned into Python ones."""
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


def _batches(rows: list[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


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
            StoreError: the database refused the write; nothing was written.
        """
        rows = _extraction_rows(extraction)

        def work(tx: ManagedTransaction) -> None:
            tx.run(queries.load("upsert_source"), source=rows["source"]).consume()
            tx.run(
                queries.load("delete_stale_claims"),
                source_id=extraction.source.id,
                claim_ids=[c["id"] for c in rows["claims"]],
            ).consume()
            for name, key in (
                ("upsert_organisations", "organisations"),
                ("upsert_people", "people"),
                ("upsert_entities", "entities"),
                ("upsert_claims", "claims"),
                ("upsert_predictions", "predictions"),
                ("link_claim_entities", "about"),
            ):
                for batch in _batches(rows[key]):
                    tx.run(queries.load(name), rows=batch).consume()

        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                self._write(work)
                return
            except StoreError as e:
                # Two writers merging the same new person or entity race: the
                # loser hits the uniqueness constraint. Every statement merges
                # on the key, so running the whole transaction again finds the
                # winner's node and lands without a duplicate.
                if attempt == WRITE_ATTEMPTS or not _race(e.__cause__):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)

    # -- reading --------------------------------------------------------------

    def people(self) -> list[dict[str, Any]]:
        """Return every speaker with role, affiliation and claim/prediction counts."""
        return self._read("list_people")

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
    ) -> list[dict[str, Any]]:
        """Return claims with speaker and source, filtered by the arguments given."""
        return self._read(
            "list_claims", speaker_ids=speaker_ids, entity_ids=entity_ids, source_id=source_id
        )

    def predictions(
        self,
        speaker_ids: list[str] | None = None,
        open_only: bool = False,
        due_before: date | None = None,
        unresolved: bool = False,
    ) -> list[dict[str, Any]]:
        """Return predictions with speaker, window and current outcome, filtered by the arguments given."""
        return self._read(
            "list_predictions",
            speaker_ids=speaker_ids,
            open_only=open_only,
            due_before=due_before,
            unresolved=unresolved,
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

    def scorecard_rows(self) -> list[dict[str, Any]]:
        """Return every prediction with speaker, organisations, probability, window and current outcome."""
        return self._read("scorecard_rows")

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
            claim = _claim(row["claim"], row["prediction"], row["about"])
            claims_by_source.setdefault(claim.source_id, []).append(claim)
        people: list[Person] = []
        organisations: list[Organisation] = []
        for row in self._read("export_speakers"):
            if row["kind"] == "person":
                people.append(_person(row["speaker"]))
            else:
                organisations.append(_organisation(row["speaker"]))
        entities = [_entity(row["entity"]) for row in self._read("export_entities")]
        result = [Extraction(source=s, claims=tuple(claims_by_source[s.id])) for s in sources]
        if result:
            result[0] = replace(
                result[0],
                people=tuple(people),
                organisations=tuple(organisations),
                entities=tuple(entities),
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


def _extraction_rows(extraction: Extraction) -> dict[str, Any]:
    _check(extraction)
    source = extraction.source
    claims = list(extraction.claims)
    return {
        "source": {
            "id": source.id,
            "title": source.title,
            "url": source.url,
            "publisher": source.publisher,
            "published": source.published,
            "language": source.language,
            "text": source.text,
            "text_hash": source.text_hash,
            "path": source.path,
        },
        "organisations": [
            {"id": o.id, "name": o.name, "aliases": list(o.aliases), "wikidata": o.wikidata}
            for o in extraction.organisations
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "aliases": list(p.aliases),
                "role": p.role,
                "affiliation": p.affiliation,
                "affiliation_id": p.affiliation_id,
                "wikidata": p.wikidata,
            }
            for p in extraction.people
        ],
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases), "wikidata": e.wikidata}
            for e in extraction.entities
        ],
        "claims": [
            {
                "id": c.id,
                "source_id": c.source_id,
                "speaker_id": c.speaker_id,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "direct": c.direct,
                "cue": c.cue,
                "kind": c.kind,
                "confidence": c.confidence,
            }
            for c in claims
        ],
        "predictions": [
            {
                "id": p.id,
                "claim_id": p.claim_id,
                "event": p.event,
                "horizon": p.horizon,
                "window_start": p.window_start,
                "window_end": p.window_end,
                "probability": p.probability,
                "probability_words": p.probability_words,
                "negated": p.negated,
                "status": p.status,
            }
            for c in claims
            if (p := c.prediction) is not None
        ],
        "about": [{"claim_id": c.id, "entity_id": e} for c in claims for e in c.about],
    }


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
    )


def _person(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        aliases=tuple(row.get("aliases") or ()),
        role=row.get("role"),
        affiliation=row.get("affiliation"),
        wikidata=row.get("wikidata"),
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


def _claim(row: dict[str, Any], prediction: dict[str, Any] | None, about: Iterable[str]) -> Claim:
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
        about=tuple(about),
        prediction=None
        if prediction is None
        else Prediction(
            id=prediction["id"],
            claim_id=prediction["claim_id"],
            event=prediction["event"],
            horizon=prediction.get("horizon"),
            window_start=prediction.get("window_start"),
            window_end=prediction.get("window_end"),
            probability=prediction.get("probability"),
            probability_words=prediction.get("probability_words"),
            negated=bool(prediction.get("negated")),
            status=prediction.get("status") or "open",
        ),
    )
